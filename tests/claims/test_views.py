"""The public pages of one claim and of one source."""

import json
import re

import pytest
from django.utils import timezone

from claims.models import Claim, Source
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    EventFactory,
    PublishedClaimFactory,
    SourceFactory,
    TimelineFactory,
    load_dated_demo,
)
from timeline.demo import PAP_URL, WSJ_AUGUST_URL, WSJ_URL
from timeline.models import Event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

CLAIMREVIEW_REQUIRED = {"@context", "@type", "url", "claimReviewed", "reviewRating", "author"}


@pytest.fixture
def story():
    load_dated_demo()


def html_of(client, url, lang="en"):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    return response.content.decode()


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def leak_claim():
    return Claim.objects.get(summary__startswith="The Cambridge Analytica leak")


# The claim page


def test_a_published_claim_shows_its_verdict_quantity_review_and_citations(client, story):
    claim = leak_claim()
    html = html_of(client, claim.get_absolute_url())
    assert "<h1>The Cambridge Analytica leak affected up to 87 million Facebook users.</h1>" in html
    assert '<span class="verdict verdict-true">True</span>' in html
    assert "(5 of 5)" in html
    assert '<q lang="pl">nawet 87 mln</q>' in html
    assert "up to 87,000,000 users" in html
    assert "Facebook&#x27;s own estimate of up to 87 million people" in html
    assert '<span class="outlet">PAP</span>, citing <a href="' in html


def test_the_claim_page_reads_in_polish(client, story):
    html = html_of(client, leak_claim().get_absolute_url(), lang="pl")
    assert '<span class="verdict verdict-true">Prawda</span>' in html
    assert "nawet 87 000 000 users" in html.replace("\xa0", " ")
    assert "powołując się na" in html
    assert "20 września 2018" in html


def test_the_claim_page_links_its_public_events_with_their_labels(client, story):
    claim = Claim.objects.get(summary__startswith="JPMorgan Chase, Citigroup")
    event = Event.objects.get(title__startswith="WSJ reports")
    html = html_of(client, claim.get_absolute_url())
    assert '<span class="event-date">August 2018</span>' in html
    assert f'href="/timelines/facebook-banks-data/#event-{event.pk}"' in html


def test_events_of_an_unpublished_timeline_stay_off_the_claim_page(client):
    claim = PublishedClaimFactory()
    private = EventFactory(title="A private event")
    private.claims.add(claim)
    TimelineFactory(is_published=False).events.add(private)
    html = html_of(client, claim.get_absolute_url())
    assert "A private event" not in html


@pytest.mark.parametrize(
    "fields",
    [
        {"review_status": Claim.ReviewStatus.DRAFT},
        {"review_status": Claim.ReviewStatus.IN_REVIEW, "verdict": Claim.Verdict.FALSE},
    ],
    ids=["draft", "in review"],
)
def test_a_claim_that_is_not_published_is_not_found(client, fields):
    claim = ClaimFactory(**fields)
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_a_published_claim_in_the_bin_is_not_found(client):
    claim = PublishedClaimFactory(deleted_at=timezone.now())
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_the_claim_review_json_ld_parses_and_has_the_required_fields(client, story):
    claim = leak_claim()
    data = json_ld(html_of(client, claim.get_absolute_url()))
    assert CLAIMREVIEW_REQUIRED <= set(data)
    assert data["@type"] == "ClaimReview"
    assert data["url"] == f"http://testserver{claim.get_absolute_url()}"
    assert data["claimReviewed"] == claim.statement
    assert data["reviewRating"]["ratingValue"] == 5
    assert data["reviewRating"]["alternateName"] == "true"
    assert data["itemReviewed"]["appearance"][0]["url"] == PAP_URL
    assert data["datePublished"] == "2018-09-21"


def test_an_unverifiable_claim_still_gets_claim_review_without_a_rating_value(client, story):
    claim = Claim.objects.get(summary__startswith="One bank left the talks")
    data = json_ld(html_of(client, claim.get_absolute_url()))
    assert "ratingValue" not in data["reviewRating"]
    assert data["reviewRating"]["alternateName"] == "unverifiable"


def test_the_claim_page_has_open_graph_tags(client, story):
    claim = leak_claim()
    html = html_of(client, claim.get_absolute_url())
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="http://testserver{claim.get_absolute_url()}">' in html
    assert '<meta property="og:title" content="True: The Cambridge Analytica leak' in html
    assert '<meta property="og:site_name" content="Chronicle">' in html


def test_a_script_in_a_claim_shows_as_text_and_cannot_break_out_of_the_json_ld(client):
    statement = "</script><script>alert('x')</script> & <b>more</b>"
    claim = PublishedClaimFactory(statement=statement, summary="<i>summary</i>")
    CitationFactory(
        claim=claim,
        quote="<script>alert(1)</script>",
        start_offset=None,
        end_offset=None,
        source=SourceFactory(text="Zdanie <script>alert(1)</script> koniec."),
    )
    html = html_of(client, claim.get_absolute_url())
    assert "<script>alert" not in html and "<b>more" not in html and "<i>summary" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert json_ld(html)["claimReviewed"] == statement


# The source page


def test_a_source_page_shows_what_it_cites_and_the_published_claims_drawn_from_it(client, story):
    pap = Source.objects.get(url=PAP_URL)
    html = html_of(client, pap.get_absolute_url())
    assert '<h1 lang="pl">Facebook negocjował z bankami dostęp do danych klientów</h1>' in html
    assert f'href="{Source.objects.get(url=WSJ_URL).get_absolute_url()}"' in html
    assert f'href="{Source.objects.get(url=WSJ_AUGUST_URL).get_absolute_url()}"' in html
    quoted_here = Claim.objects.published().filter(citations__source=pap)
    assert quoted_here.count() >= 2
    for claim in quoted_here:
        assert claim.get_absolute_url() in html
    # Published, but quoted from another source only (the first reports' 50 million).
    for claim in Claim.objects.published().exclude(citations__source=pap):
        assert claim.get_absolute_url() not in html
    for claim in Claim.objects.exclude(review_status="published"):
        assert claim.get_absolute_url() not in html
        assert claim.statement not in html


def test_a_source_cited_by_a_public_source_is_public_one_step_down_the_chain(client, story):
    august = Source.objects.get(url=WSJ_AUGUST_URL)
    html = html_of(client, august.get_absolute_url())
    assert "Cited by" in html and Source.objects.get(url=PAP_URL).get_absolute_url() in html


def test_a_source_used_only_by_drafts_is_not_found(client):
    source = SourceFactory()
    CitationFactory(claim=ClaimFactory(), source=source)
    assert client.get(source.get_absolute_url()).status_code == 404


def test_a_source_only_cited_by_a_private_source_is_not_found(client):
    private, cited = SourceFactory(), SourceFactory()
    private.cites.add(cited)
    CitationFactory(claim=ClaimFactory(), source=private)
    assert client.get(cited.get_absolute_url()).status_code == 404


def test_a_source_dating_a_public_event_is_public_and_one_in_the_bin_is_not(client):
    source = SourceFactory()
    TimelineFactory().events.add(EventFactory(source=source, title="Dated from it"))
    assert "Dated from it" in html_of(client, source.get_absolute_url())
    source.deleted_at = timezone.now()
    source.save(update_fields=["deleted_at"])
    assert client.get(source.get_absolute_url()).status_code == 404


def test_the_public_source_rule_is_one_queryset_method():
    used = SourceFactory()
    CitationFactory(claim=PublishedClaimFactory(), source=used)
    cited, beyond, unused = SourceFactory(), SourceFactory(), SourceFactory()
    used.cites.add(cited)
    cited.cites.add(beyond)
    assert set(Source.objects.public()) == {used, cited}
    assert unused not in Source.objects.public()
