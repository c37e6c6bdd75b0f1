"""One claim across its sources: groups of the same claim, ranked values, first and last seen,
attribution; in the services, the API, the public pages and the admin."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims import graph, links
from claims.models import Claim, ClaimLink, Source
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    PublishedClaimFactory,
    SourceFactory,
    load_dated_demo,
)
from timeline.demo import FIRST_REPORT_URL, PAP_URL, TIMELINE_SLUG, WSJ_URL

pytestmark = pytest.mark.django_db

UTC = dt.UTC


def link(a, b, status=ClaimLink.Status.SAME):
    low, high = sorted((a.pk, b.pk))
    return ClaimLink.objects.create(claim_id=low, other_id=high, status=status)


def figure(value, published=True, when=None, **fields):
    factory = PublishedClaimFactory if published else ClaimFactory
    claim = factory(
        quantity_text=f"{value} mln",
        quantity_value=Decimal(value) * 1_000_000,
        quantity_unit="users",
        quantity_qualifier=Claim.Qualifier.EXACT,
        **fields,
    )
    if when:
        source = SourceFactory(published_at=dt.datetime(*when, 12, 0, tzinfo=UTC))
        CitationFactory(
            claim=claim,
            source=source,
            quote="Facebook prosił banki",
            start_offset=None,
            end_offset=None,
        )
    return claim


@pytest.fixture
def story(db):
    load_dated_demo()


def leak():
    return Claim.objects.get(citations__source__url=PAP_URL, quantity_value=87_000_000)


def first_report():
    return Claim.objects.get(citations__source__url=FIRST_REPORT_URL)


# Groups


def test_a_group_is_every_claim_reached_through_confirmed_links_only():
    a, b, c, d, e = (figure(n) for n in (50, 87, 87, 60, 70))
    link(a, b)
    link(b, c)
    link(c, d, ClaimLink.Status.CANDIDATE)
    link(a, e, ClaimLink.Status.DIFFERENT)

    found = graph.groups([a.pk, d.pk])

    assert found[a.pk] == {a.pk, b.pk, c.pk}
    assert found[d.pk] == {d.pk}


def test_values_are_ranked_preferred_first_then_by_first_publication():
    old = figure(50, when=(2018, 3, 17))
    new = figure(87, when=(2018, 4, 4))
    other = figure(70, when=(2018, 3, 1))
    link(old, new)
    link(new, other)
    Claim.objects.filter(pk=new.pk).update(value_rank=Claim.Rank.PREFERRED)
    Claim.objects.filter(pk=other.pk).update(value_rank=Claim.Rank.DEPRECATED)

    values = graph.values_of([old.pk])[old.pk]

    assert [v.claim.pk for v in values] == [new.pk, old.pk, other.pk]
    assert values[1].first_published == dt.datetime(2018, 3, 17, 12, 0, tzinfo=UTC)


def test_the_public_sees_only_the_published_claims_of_a_group():
    public = figure(87)
    draft = figure(50, published=False)
    link(public, draft)

    assert [v.claim.pk for v in graph.values_of([public.pk])[public.pk]] == [public.pk]
    staff_view = graph.values_of([public.pk], public=False)[public.pk]
    assert {v.claim.pk for v in staff_view} == {public.pk, draft.pk}


# Ranking


def test_preferring_a_value_needs_a_reason_and_demotes_the_other_preferred(editor):
    first, second = figure(50), figure(87)
    link(first, second)
    graph.set_rank(claim=first, rank="preferred", reason="The first count.", by=editor)

    with pytest.raises(ValidationError) as error:
        graph.set_rank(claim=second, rank="preferred", reason="  ", by=editor)
    assert "reason" in error.value.message_dict

    graph.set_rank(claim=second, rank="preferred", reason="Facebook's own count.", by=editor)

    first.refresh_from_db()
    second.refresh_from_db()
    assert second.value_rank == "preferred" and second.value_rank_reason == "Facebook's own count."
    assert second.value_ranked_by == editor and second.value_ranked_at is not None
    assert first.value_rank == "normal"
    assert first.value_rank_reason == f"Claim {second.pk} preferred instead."
    ranks = [(h.value_rank, h.history_user, h.history_change_reason) for h in first.history.all()]
    assert ranks[0] == ("normal", editor, "rank: normal")
    assert ranks[1] == ("preferred", editor, "rank: preferred")


def test_a_rank_is_an_editors_act(fact_checker):
    claim = figure(50)
    with pytest.raises(PermissionDenied):
        graph.set_rank(claim=claim, rank="deprecated", reason="Wrong.", by=fact_checker)
    with pytest.raises(ValidationError):
        graph.set_rank(claim=claim, rank="best", reason="x", by=_editor_like())


def _editor_like():
    class Anyone:
        def has_perm(self, perm):
            return True

    return Anyone()


def test_a_normal_rank_needs_no_reason(editor):
    claim = figure(50)
    graph.set_rank(claim=claim, rank="normal", by=editor)
    claim.refresh_from_db()
    assert claim.value_rank == "normal" and claim.value_ranked_by == editor


# Attribution, first and last seen


def test_the_demo_claim_is_attributed_to_pap_citing_the_journal_citing_its_sources(story):
    chains = graph.attribution(leak())
    names = [[s.outlet.name if s.outlet_id else s.title for s in chain] for chain in chains]
    assert [
        "PAP",
        "The Wall Street Journal",
        "Documents and people familiar with the matter",
    ] in names
    assert ["PAP", "The Wall Street Journal"] in names  # the August report cites nobody


def test_attribution_survives_a_loop_of_citations():
    a, b = SourceFactory(), SourceFactory()
    a.cites.add(b)
    b.cites.add(a)
    claim = figure(50)
    CitationFactory(claim=claim, source=a, quote="Facebook", start_offset=None, end_offset=None)

    assert [[s.pk for s in chain] for chain in graph.attribution(claim, None)] == [[a.pk, b.pk]]


def test_the_public_chain_stops_before_a_source_the_public_cannot_see():
    public_source, hidden = SourceFactory(), SourceFactory()
    public_source.cites.add(hidden)
    claim = figure(50)
    CitationFactory(
        claim=claim, source=public_source, quote="Facebook", start_offset=None, end_offset=None
    )
    hidden.cites.add(SourceFactory())  # a source cited by a cited one: not public itself
    deep = graph.attribution(claim, None)
    assert [s.pk for s in deep[0]][:2] == [public_source.pk, hidden.pk]
    assert len(deep[0]) == 2


def test_first_and_last_seen_span_every_source_of_the_group(story):
    found = graph.graph_for(leak())
    assert found.first_seen.url == FIRST_REPORT_URL
    assert found.last_seen.url == PAP_URL
    assert found.conflicting


# The API


def graph_url(claim):
    return reverse("api:claim-graph", args=[claim.pk])


def test_the_api_shows_both_figures_of_the_leak_ranked_with_their_sources(client, story):
    body = client.get(graph_url(leak())).json()

    assert body["conflicting"] is True
    values = [
        (v["quantity"]["value"], v["rank"], v["sources"][0]["outlet"]) for v in body["values"]
    ]
    assert values == [("87000000", "preferred", "PAP"), ("50000000", "deprecated", "The Observer")]
    assert body["values"][1]["rank_reason"].startswith("Superseded")
    assert body["first_seen"]["url"] == FIRST_REPORT_URL
    assert body["last_seen"]["url"] == PAP_URL
    assert [s["outlet"] for s in body["attribution"][0]][:2] == ["PAP", "The Wall Street Journal"]
    assert [(item["other"], item["status"]) for item in body["links"]] == [
        (first_report().pk, "same")
    ]


def test_the_public_api_hides_drafts_and_candidates_that_colleagues_see(client, fact_checker):
    public, draft, candidate = figure(87), figure(50, published=False), figure(87)
    link(public, draft)
    link(public, candidate, ClaimLink.Status.CANDIDATE)

    body = client.get(graph_url(public)).json()
    assert [v["claim"] for v in body["values"]] == [public.pk]
    assert body["links"] == []
    assert body["conflicting"] is False

    client.force_login(fact_checker)
    body = client.get(graph_url(public)).json()
    assert {v["claim"] for v in body["values"]} == {public.pk, draft.pk}
    assert {item["status"] for item in body["links"]} == {"same", "candidate"}
    assert body["conflicting"] is True


def test_a_draft_has_no_graph_for_the_public(client):
    assert client.get(graph_url(figure(50, published=False))).status_code == 404


def test_ranking_through_the_api_is_for_editors_and_says_what_is_wrong(
    client, fact_checker, editor
):
    claim = figure(50)
    url = reverse("api:claim-rank", args=[claim.pk])
    assert client.post(url, {"rank": "deprecated", "reason": "x"}).status_code in (401, 403)
    client.force_login(fact_checker)
    assert client.post(url, {"rank": "deprecated", "reason": "x"}).status_code == 403

    client.force_login(editor)
    missing = client.post(url, {"rank": "deprecated"}, content_type="application/json")
    assert missing.status_code == 400 and "reason" in missing.json()
    unknown = client.post(url, {"rank": "best"}, content_type="application/json")
    assert unknown.status_code == 400 and "rank" in unknown.json()
    extra = client.post(
        url, {"rank": "normal", "value_rank": "preferred"}, content_type="application/json"
    )
    assert extra.status_code == 400 and "value_rank" in extra.json()

    done = client.post(
        url, {"rank": "deprecated", "reason": "Superseded."}, content_type="application/json"
    )
    assert done.status_code == 200
    assert done.json()["values"][0]["rank"] == "deprecated"
    claim.refresh_from_db()
    assert (claim.value_rank, claim.value_ranked_by) == ("deprecated", editor)


def test_a_stale_version_of_the_claim_refuses_the_rank(client, editor):
    claim = figure(50)
    client.force_login(editor)
    answer = client.post(
        reverse("api:claim-rank", args=[claim.pk]),
        {"rank": "normal"},
        content_type="application/json",
        HTTP_IF_MATCH=f'"{claim.version + 5}"',
    )
    assert answer.status_code == 412


def test_the_schema_documents_the_graph_and_the_rank(api):
    paths = api().get("/api/v1/schema/", {"format": "json"}).json()["paths"]
    assert "get" in paths["/api/v1/claims/{id}/graph/"]
    rank = paths["/api/v1/claims/{id}/rank/"]["post"]
    assert "RankRequest" in str(rank["requestBody"]) or "Rank" in str(rank["requestBody"])


# The public pages


def test_the_claim_page_shows_every_value_ranked_first_and_last_seen_and_attribution(client, story):
    html = client.get(leak().get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "The same claim in other sources" in html
    assert "The sources disagree on the value" in html
    preferred = html.index('class="value rank-preferred"')
    deprecated = html.index('class="value rank-deprecated"')
    assert preferred < deprecated
    assert "Superseded by Facebook&#x27;s count of up to 87 million." in html
    assert f'href="{first_report().get_absolute_url()}"' in html
    first_seen = html[html.index('class="first-seen"') :]
    assert "The Observer" in first_seen[:400]
    assert "Documents and people familiar with the matter" in html[html.index("attribution") :]


def test_a_claim_standing_alone_shows_no_group(client):
    claim = figure(50)
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "The same claim in other sources" not in html


def test_the_claim_page_escapes_a_rank_reason(client, editor):
    a, b = figure(50), figure(87)
    link(a, b)
    graph.set_rank(claim=a, rank="deprecated", reason="<script>alert(1)</script>", by=editor)
    html = client.get(b.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_timeline_shows_both_figures_under_the_leak(client, story):
    html = client.get(f"/timelines/{TIMELINE_SLUG}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert html.count('class="value rank-preferred"') == 1
    assert html.count('class="value rank-deprecated"') == 1
    assert "The Observer" in html


def test_deciding_a_link_refreshes_the_cached_claim_page(client, editor):
    a, b = figure(50), figure(87)
    low, high = sorted((a.pk, b.pk))
    candidate = ClaimLink.objects.create(claim_id=low, other_id=high)
    before = client.get(a.get_absolute_url()).content.decode()
    assert "The same claim in other sources" not in before

    links.decide(candidate, ClaimLink.Status.SAME, editor)

    after = client.get(a.get_absolute_url()).content.decode()
    assert "The same claim in other sources" in after


def test_ranking_refreshes_the_cached_claim_page(client, editor):
    a, b = figure(50), figure(87)
    link(a, b)
    assert "rank-deprecated" not in client.get(b.get_absolute_url()).content.decode()
    graph.set_rank(claim=a, rank="deprecated", reason="Superseded.", by=editor)
    assert "rank-deprecated" in client.get(b.get_absolute_url()).content.decode()


# The admin


def test_an_editor_ranks_a_value_in_the_admin(client, editor):
    a, b = figure(50), figure(87)
    link(a, b)
    client.force_login(editor)
    change = client.get(reverse("admin:claims_claim_change", args=[a.pk])).content.decode()
    rank_url = reverse("admin:claims_claim_rank", args=[a.pk])
    assert rank_url in change

    assert client.get(rank_url).status_code == 200
    refused = client.post(rank_url, {"rank": "deprecated", "reason": ""})
    assert refused.status_code == 200 and "errorlist" in refused.content.decode()
    done = client.post(rank_url, {"rank": "deprecated", "reason": "Superseded."})
    assert done.status_code == 302
    a.refresh_from_db()
    assert a.value_rank == "deprecated" and a.value_ranked_by == editor


def test_a_fact_checker_cannot_rank_in_the_admin(client, fact_checker):
    claim = figure(50)
    client.force_login(fact_checker)
    rank_url = reverse("admin:claims_claim_rank", args=[claim.pk])
    assert client.post(rank_url, {"rank": "deprecated", "reason": "x"}).status_code == 403
    claim.refresh_from_db()
    assert claim.value_rank == "normal"


def test_the_demo_records_one_claim_with_two_sources_and_ranks(story):
    found = graph.graph_for(leak())
    assert [v.claim.value_rank for v in found.values] == ["preferred", "deprecated"]
    assert {s.url for v in found.values for s in v.sources} == {PAP_URL, FIRST_REPORT_URL}
    assert Source.objects.get(url=WSJ_URL).cites.count() == 1


def test_claims_that_date_one_event_differently_conflict_and_show_both_dates(client):
    from tests.factories import EventFactory, TimelineFactory

    story = TimelineFactory()
    first, second = figure(87), figure(87)
    link(first, second)
    for claim, month in ((first, 3), (second, 4)):
        event = EventFactory(
            title=f"Leak revealed ({month})",
            date_start=dt.date(2018, month, 1),
            date_end=dt.date(2018, month, 31 if month == 3 else 30),
            date_granularity="month",
            date_status="confirmed",
        )
        event.claims.add(claim)
        story.events.add(event)

    found = graph.graph_for(first)
    assert found.conflicting
    assert [[e.date_start.month for e in v.events] for v in found.values] == [[3], [4]]

    html = client.get(first.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "The sources disagree" in html
    assert '<span class="value-date">(March 2018)</span>' in html
    assert '<span class="value-date">(April 2018)</span>' in html
    body = client.get(graph_url(first)).json()
    assert [v["events"][0]["date_start"] for v in body["values"]] == ["2018-03-01", "2018-04-01"]


def test_claims_of_one_value_and_one_date_do_not_conflict():
    first, second = figure(87), figure(87)
    link(first, second)
    assert not graph.graph_for(first).conflicting
