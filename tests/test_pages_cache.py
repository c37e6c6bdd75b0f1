"""Public pages are cached, and any change to published content makes them fresh again."""

import gzip
import re

import pytest
from django.test import Client
from django.utils import timezone

from claims import services
from claims.models import Citation, Claim, Source
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    EventFactory,
    OutletFactory,
    PublishedClaimFactory,
    SourceFactory,
    TagFactory,
    TimelineFactory,
)
from timeline import normalisation
from timeline.models import Timeline
from timeline.pagecache import bump_content_version, content_version

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def timeline_with_claim():
    timeline = TimelineFactory()
    event = EventFactory(title="The event")
    claim = PublishedClaimFactory(summary="First wording")
    CitationFactory(claim=claim)
    event.claims.add(claim)
    timeline.events.add(event)
    return timeline, event, claim


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_editing_a_claim_changes_the_cached_timeline_page(client, timeline_with_claim, editor):
    timeline, _event, claim = timeline_with_claim
    assert "First wording" in get(client, timeline.get_absolute_url())
    claim.summary = "Second wording"
    claim.save(update_fields=["summary"])
    html = get(client, timeline.get_absolute_url())
    assert "Second wording" in html and "First wording" not in html


def test_withdrawing_a_claim_through_the_service_removes_it_from_cached_pages(
    client, timeline_with_claim, editor
):
    timeline, _event, claim = timeline_with_claim
    assert "First wording" in get(client, timeline.get_absolute_url())
    assert client.get(claim.get_absolute_url()).status_code == 200
    services.send_back_to_review(claim=claim, by=editor)
    assert "First wording" not in get(client, timeline.get_absolute_url())
    assert client.get(claim.get_absolute_url()).status_code == 404
    assert Claim.objects.get(pk=claim.pk).review_status == Claim.ReviewStatus.IN_REVIEW


@pytest.mark.parametrize("model", ["timeline", "citation", "source", "outlet", "tag"])
def test_editing_public_content_changes_the_cached_timeline_page(
    client, timeline_with_claim, model
):
    timeline, event, claim = timeline_with_claim
    event.tags.add(TagFactory())
    citation = claim.citations.get()
    row, field = {
        "timeline": (timeline, "title"),
        "citation": (citation, "quote"),
        "source": (citation.source, "title"),
        "outlet": (citation.source.outlet, "name"),
        "tag": (event.tags.get(), "name"),
    }[model]
    assert getattr(row, field) in get(client, timeline.get_absolute_url())
    setattr(row, field, "Written after the page was cached")
    row.save()
    assert "Written after the page was cached" in get(client, timeline.get_absolute_url())


def test_unpublishing_a_timeline_makes_its_cached_page_not_found(client, timeline_with_claim):
    timeline, _event, _claim = timeline_with_claim
    get(client, timeline.get_absolute_url())
    timeline.is_published = False
    timeline.save(update_fields=["is_published"])
    assert client.get(timeline.get_absolute_url()).status_code == 404


def test_without_a_change_the_page_comes_from_the_cache(client, timeline_with_claim):
    timeline, _event, claim = timeline_with_claim
    get(client, timeline.get_absolute_url())
    # A bulk write sends no signal: the page stays as cached until someone bumps the version.
    Claim.objects.filter(pk=claim.pk).update(summary="Written in bulk")
    assert "First wording" in get(client, timeline.get_absolute_url())
    bump_content_version()
    assert "Written in bulk" in get(client, timeline.get_absolute_url())


@pytest.mark.parametrize(
    "change",
    [
        "claim",
        "citation",
        "event",
        "source",
        "outlet",
        "tag",
        "timeline",
        "event claims",
        "event tags",
        "timeline events",
        "claim tags",
        "source cites",
        "delete citation",
    ],
)
def test_every_kind_of_content_write_bumps_the_version(timeline_with_claim, change):
    timeline, event, claim = timeline_with_claim
    citation = claim.citations.get()
    tag = TagFactory()
    event.tags.add(tag)
    before = content_version()
    {
        "claim": lambda: claim.save(),
        "citation": lambda: citation.save(),
        "event": lambda: event.save(),
        "source": lambda: citation.source.save(),
        "outlet": lambda: citation.source.outlet.save(),
        "tag": lambda: tag.save(),
        "timeline": lambda: timeline.save(),
        "event claims": lambda: event.claims.clear(),
        "event tags": lambda: event.tags.add(TagFactory()),
        "timeline events": lambda: timeline.events.remove(event),
        "claim tags": lambda: claim.tags.add(TagFactory()),
        "source cites": lambda: citation.source.cites.add(SourceFactory()),
        "delete citation": lambda: citation.delete(),
    }[change]()
    assert content_version() > before


def test_the_cache_key_includes_the_language(client, timeline_with_claim):
    timeline, _event, _claim = timeline_with_claim
    english = client.get(timeline.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    polish = client.get(timeline.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert '<html lang="en">' in english and '<html lang="pl">' in polish


def test_the_cache_key_includes_the_query(client, timeline_with_claim):
    timeline, _event, _claim = timeline_with_claim
    assert "The event" in get(client, timeline.get_absolute_url())
    assert "The event" not in get(client, timeline.get_absolute_url(), verdict="false")


def test_each_visitor_gets_their_own_csrf_token_from_a_cached_page(timeline_with_claim):
    timeline, _event, _claim = timeline_with_claim
    tokens = []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        html = visitor.get(timeline.get_absolute_url()).content.decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
        tokens.append(token)
        # The token works for this visitor: the language switcher accepts the POST.
        response = visitor.post(
            "/i18n/setlang/", {"language": "pl", "next": "/", "csrfmiddlewaretoken": token}
        )
        assert response.status_code == 302
        assert visitor.cookies["django_language"].value == "pl"
    assert tokens[0] != tokens[1]


# Writes the public cannot see leave the cached pages alone


def test_a_draft_claim_changed_or_created_leaves_the_pages_cached(timeline_with_claim):
    draft = ClaimFactory(summary="Draft")
    before = content_version()

    draft.summary = "Draft, reworded"
    draft.save()
    Claim.objects.get(pk=draft.pk).save()
    ClaimFactory()

    assert content_version() == before


def test_publishing_and_withdrawing_a_claim_each_refresh_the_pages(editor):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW, verdict="false")
    claim.reviewed_by = editor
    claim.save()
    before = content_version()

    services.publish_claim(claim=claim, by=editor)
    published = content_version()
    # The same object, then a fresh copy: both know the public saw it.
    services.send_back_to_review(claim=claim, by=editor)
    withdrawn = content_version()
    services.publish_claim(claim=Claim.objects.get(pk=claim.pk), by=editor)
    services.send_back_to_review(claim=Claim.objects.get(pk=claim.pk), by=editor)

    assert before < published < withdrawn < content_version()


def test_a_claim_loaded_without_its_status_counts_as_public():
    draft = ClaimFactory()
    loaded = Claim.objects.only("summary").get(pk=draft.pk)
    before = content_version()

    loaded.summary = "Changed"
    loaded.save(update_fields=["summary"])

    assert content_version() > before


def test_an_event_on_no_published_timeline_leaves_the_pages_cached(timeline_with_claim):
    hidden = TimelineFactory(is_published=False)
    loose, on_hidden = EventFactory(), EventFactory()
    hidden.events.add(on_hidden)
    before = content_version()

    loose.title = "Reworded"
    loose.save()
    on_hidden.save()
    EventFactory(source=loose.source)

    assert content_version() == before


def test_an_event_put_on_a_published_timeline_refreshes_the_pages(timeline_with_claim):
    timeline, _event, _claim = timeline_with_claim
    event = EventFactory()
    before = content_version()
    timeline.events.add(event)
    added = content_version()
    event.save()

    assert before < added < content_version()


def test_dates_read_by_a_worker_refresh_the_pages_only_for_public_events(timeline_with_claim):
    timeline, _event, _claim = timeline_with_claim
    loose = EventFactory(date_text="w ubiegłym roku", source=SourceFactory())
    before = content_version()
    assert normalisation.normalise_batch([loose.pk]) == 1
    assert content_version() == before

    public = EventFactory(date_text="w ubiegłym roku", source=SourceFactory())
    timeline.events.add(public)
    added = content_version()
    assert normalisation.normalise_batch([public.pk]) == 1
    assert content_version() > added


def test_a_timeline_the_public_sees_neither_before_nor_after_leaves_the_pages_cached(
    timeline_with_claim, editor
):
    timeline, _event, _claim = timeline_with_claim
    services.move_to_bin(obj=timeline, by=editor)
    before = content_version()

    draft = TimelineFactory(is_published=False)
    draft.title = "Reworded"
    draft.save()
    services.move_to_bin(obj=Timeline.objects.get(pk=draft.pk), by=editor)
    # Still marked published, but in the bin: the public sees it neither before nor after.
    timeline.title = "Reworded in the bin"
    timeline.save()
    Timeline.all_objects.get(pk=timeline.pk).save()

    assert content_version() == before


def test_publishing_and_unpublishing_a_timeline_each_refresh_the_pages():
    timeline = TimelineFactory(is_published=False)
    versions = [content_version()]
    # The same object, then fresh copies: both know whether the public saw it.
    for copy in (timeline, timeline, Timeline.objects.get(pk=timeline.pk)):
        copy.is_published = not copy.is_published
        copy.save()
        versions.append(content_version())
    fresh = Timeline.objects.get(pk=timeline.pk)
    fresh.is_published = False
    fresh.save(update_fields=["is_published"])
    versions.append(content_version())

    assert versions == sorted(set(versions))


def test_a_timeline_loaded_without_its_status_counts_as_public():
    draft = TimelineFactory(is_published=False)
    loaded = Timeline.objects.only("title").get(pk=draft.pk)
    before = content_version()

    loaded.title = "Changed"
    loaded.save(update_fields=["title"])

    assert content_version() > before


def test_a_citation_of_a_claim_the_public_cannot_see_leaves_the_pages_cached(timeline_with_claim):
    binned_claim = PublishedClaimFactory(deleted_at=timezone.now())
    before = content_version()

    citation = CitationFactory(claim=ClaimFactory())
    citation.quote = "Reworded"
    citation.save()
    Citation.objects.get(pk=citation.pk).save()
    CitationFactory(claim=binned_claim)

    assert content_version() == before


def test_a_citation_moved_onto_or_off_a_published_claim_refreshes_the_pages(timeline_with_claim):
    _timeline, _event, claim = timeline_with_claim
    draft = ClaimFactory()
    citation = claim.citations.get()
    versions = [content_version()]
    moves = ((citation, draft), (citation, claim), (Citation.objects.get(pk=citation.pk), draft))
    for copy, to in moves:
        copy.claim = to
        copy.save()
        versions.append(content_version())
    assert versions == sorted(set(versions))

    # Off the published claim, it is a draft's citation like any other.
    moved = Citation.objects.get(pk=citation.pk)
    moved.quote = "Reworded"
    moved.save()
    assert content_version() == versions[-1]


def test_a_citation_loaded_without_its_claim_counts_as_public():
    citation = CitationFactory(claim=ClaimFactory())
    loaded = Citation.objects.only("quote").get(pk=citation.pk)
    before = content_version()

    loaded.quote = "Changed"
    loaded.save(update_fields=["quote"])

    assert content_version() > before


def test_a_source_no_public_page_shows_leaves_the_pages_cached(timeline_with_claim, editor):
    quoted_by_draft, dating_hidden, cited_by_draft = (
        SourceFactory(),
        SourceFactory(),
        SourceFactory(),
    )
    CitationFactory(claim=ClaimFactory(), source=quoted_by_draft)
    quoted_by_draft.cites.add(cited_by_draft)
    TimelineFactory(is_published=False).events.add(EventFactory(source=dating_hidden))
    before = content_version()

    SourceFactory()
    for source in (quoted_by_draft, dating_hidden, cited_by_draft):
        source.title = "Reworded"
        source.save()
    services.move_to_bin(obj=Source.objects.get(pk=quoted_by_draft.pk), by=editor)

    assert content_version() == before


@pytest.mark.parametrize(
    "use", ["quoted", "dating a public event", "cited by a used source", "cited by a public source"]
)
def test_a_source_a_public_page_shows_refreshes_the_pages(timeline_with_claim, use):
    timeline, _event, claim = timeline_with_claim
    used = claim.citations.get().source
    source = SourceFactory()
    if use == "quoted":
        CitationFactory(claim=claim, source=source)
    elif use == "dating a public event":
        timeline.events.add(EventFactory(source=source))
    elif use == "cited by a used source":
        used.cites.add(source)
    else:
        # Two steps down the chain: no page of its own, but listed on the page of what cites it.
        cited = SourceFactory()
        used.cites.add(cited)
        cited.cites.add(source)
    before = content_version()

    source.title = "Reworded"
    source.save()

    assert content_version() > before


def test_an_outlet_of_no_shown_source_leaves_the_pages_cached(timeline_with_claim):
    binned = SourceFactory(deleted_at=timezone.now())
    CitationFactory(claim=PublishedClaimFactory(), source=binned)
    private = SourceFactory()
    CitationFactory(claim=ClaimFactory(), source=private)
    before = content_version()

    OutletFactory(name="A new outlet")
    for outlet in (binned.outlet, private.outlet):
        outlet.name += ", renamed"
        outlet.save()

    assert content_version() == before


def test_a_tag_on_nothing_public_leaves_the_pages_cached(timeline_with_claim, editor):
    on_draft, on_hidden_event = TagFactory(), TagFactory()
    ClaimFactory().tags.add(on_draft)
    hidden_event = EventFactory()
    hidden_event.tags.add(on_hidden_event)
    TimelineFactory(is_published=False).events.add(hidden_event)
    before = content_version()

    TagFactory()
    for tag in (on_draft, on_hidden_event):
        tag.name += ", renamed"
        tag.save()
    services.move_to_bin(obj=on_draft, by=editor)

    assert content_version() == before


@pytest.mark.parametrize("on", ["published claim", "public event"])
def test_a_tag_on_a_published_claim_or_a_public_event_refreshes_the_pages(timeline_with_claim, on):
    _timeline, event, claim = timeline_with_claim
    tag = TagFactory()
    (claim if on == "published claim" else event).tags.add(tag)
    before = content_version()

    tag.name = "Renamed"
    tag.save()

    assert content_version() > before


@pytest.mark.parametrize("model", ["timeline", "citation", "source", "tag"])
def test_public_content_moved_to_the_bin_and_back_refreshes_the_pages(
    timeline_with_claim, editor, model
):
    timeline, _event, claim = timeline_with_claim
    tag = TagFactory()
    claim.tags.add(tag)
    citation = claim.citations.get()
    row = {"timeline": timeline, "citation": citation, "source": citation.source, "tag": tag}[model]
    before = content_version()

    services.move_to_bin(obj=row, by=editor)
    binned = content_version()
    services.restore_from_bin(obj=type(row).all_objects.get(pk=row.pk), by=editor)

    assert before < binned < content_version()


# Sent gzipped


def test_a_browser_gets_the_cached_page_gzipped_with_its_own_csrf_token(timeline_with_claim):
    timeline, _event, _claim = timeline_with_claim
    url = timeline.get_absolute_url()
    plain = Client().get(url)
    assert "Content-Encoding" not in plain and "Accept-Encoding" in plain["Vary"]
    tokens = []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        response = visitor.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response["Content-Encoding"] == "gzip" and "Accept-Encoding" in response["Vary"]
        assert int(response["Content-Length"]) == len(response.content)
        html = gzip.decompress(response.content).decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
        tokens.append(token)
        same = re.sub(r'(csrfmiddlewaretoken" value=)"[^"]+"', r"\1", html)
        assert same == re.sub(
            r'(csrfmiddlewaretoken" value=)"[^"]+"', r"\1", plain.content.decode()
        )
        response = visitor.post(
            "/i18n/setlang/", {"language": "pl", "next": "/", "csrfmiddlewaretoken": token}
        )
        assert response.status_code == 302
    assert tokens[0] != tokens[1]


def test_a_gzipped_page_changes_with_an_edit_like_a_plain_one(client, timeline_with_claim):
    timeline, _event, claim = timeline_with_claim

    def page():
        response = client.get(timeline.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")
        assert response["Content-Encoding"] == "gzip"
        return gzip.decompress(response.content).decode()

    assert "First wording" in page()
    claim.summary = "Second wording"
    claim.save(update_fields=["summary"])
    html = page()
    assert "Second wording" in html and "First wording" not in html


def test_the_api_is_not_gzipped_so_its_etags_stay_strong(client, timeline_with_claim):
    response = client.get("/api/v1/claims/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert response["ETag"].startswith('"')
