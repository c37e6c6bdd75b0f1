import datetime as dt
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Citation, Claim
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
from timeline.models import Event

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"
QUOTE = "Facebook prosił banki o dane"


def detail(claim):
    return f"{CLAIMS}{claim.pk}/"


def dated_event(claim, start, end, granularity="year", timeline=None):
    event = EventFactory()
    Event.objects.filter(pk=event.pk).update(
        date_status="parsed", date_start=start, date_end=end, date_granularity=granularity
    )
    event.claims.add(claim)
    (timeline or TimelineFactory()).events.add(event)
    return event


# Reading: who sees what


def test_anonymous_readers_list_only_published_claims(api):
    published = PublishedClaimFactory()
    ClaimFactory()
    ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW)

    response = api().get(CLAIMS)

    assert response.status_code == 200
    assert [item["id"] for item in response.json()["results"]] == [published.pk]


@pytest.mark.parametrize(
    "persona, status",
    [(None, 404), ("reader", 404), ("fact_checker", 200), ("editor", 200), ("staff", 200)],
)
def test_a_draft_exists_only_for_those_who_work_on_claims(api, request, persona, status):
    draft = ClaimFactory()
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).get(detail(draft))

    assert response.status_code == status


def test_claims_in_review_are_404_for_anonymous_readers_not_403(api):
    in_review = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW)

    assert api().get(detail(in_review)).status_code == 404
    assert api().get(f"{detail(in_review)}claimreview/").status_code == 404


def test_staff_tokens_list_drafts_too(api, staff):
    draft = ClaimFactory()
    published = PublishedClaimFactory()

    ids = {item["id"] for item in api(staff).get(CLAIMS).json()["results"]}

    assert ids == {draft.pk, published.pk}


def test_a_claim_carries_its_quantity_citations_events_tags_and_links(api):
    tag = TagFactory(slug="facebook")
    claim = PublishedClaimFactory(
        quantity_text="nawet 87 mln",
        quantity_value=Decimal("87000000"),
        quantity_unit="users",
        quantity_qualifier=Claim.Qualifier.UP_TO,
    )
    claim.tags.add(tag)
    citation = CitationFactory(claim=claim)
    event = dated_event(claim, dt.date(2017, 1, 1), dt.date(2017, 12, 31))

    body = api().get(detail(claim)).json()

    assert body["url"] == f"http://testserver{detail(claim)}"
    assert body["html_url"] == f"http://testserver{reverse('claims:claim-detail', args=[claim.pk])}"
    assert body["quantity"] == {
        "text": "nawet 87 mln",
        "value": "87000000",
        "unit": "users",
        "qualifier": "up_to",
        "unit_inferred": False,
    }
    assert (body["review_status"], body["verdict"], body["rating"]) == ("published", "true", 5)
    assert body["events"] == [event.pk]
    assert body["tags"] == ["facebook"]
    [cited] = body["citations"]
    assert cited["quote"] == citation.quote
    assert cited["source"]["id"] == citation.source.pk
    assert cited["source"]["url"] == citation.source.url
    assert cited["source"]["title"] == citation.source.title
    assert cited["source"]["outlet"] == citation.source.outlet.name
    assert cited["source"]["published_at"] == "2018-09-20T09:30:00+02:00"
    assert {"created_at", "updated_at", "id"} <= body.keys()


def test_the_public_does_not_see_who_reviewed_a_claim_but_colleagues_do(api, editor):
    claim = PublishedClaimFactory(reviewed_by=editor, created_by=editor)

    assert api().get(detail(claim)).json()["reviewed_by"] is None
    assert api(editor).get(detail(claim)).json()["reviewed_by"] == "editor"


def test_a_published_claim_lists_only_its_public_events_to_the_public(api, staff):
    claim = PublishedClaimFactory()
    public = dated_event(claim, dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    private = dated_event(
        claim,
        dt.date(2018, 1, 1),
        dt.date(2018, 1, 31),
        timeline=TimelineFactory(is_published=False),
    )

    assert api().get(detail(claim)).json()["events"] == [public.pk]
    assert sorted(api(staff).get(detail(claim)).json()["events"]) == sorted([public.pk, private.pk])


# Writing: the ladder, validation, no mass assignment


def new_claim_body(source, **extra):
    return {
        "statement": "Facebook prosił banki o dane klientów.",
        "language": "pl",
        "citations": [{"source": source.pk, "quote": QUOTE}],
        **extra,
    }


def test_anonymous_requests_cannot_create_claims(api):
    source = SourceFactory()

    response = api().post(CLAIMS, new_claim_body(source), format="json")

    assert response.status_code == 401
    assert not Claim.objects.exists()


def test_readers_without_a_role_cannot_create_claims(api, reader):
    source = SourceFactory()

    response = api(reader).post(CLAIMS, new_claim_body(source), format="json")

    assert response.status_code == 403
    assert not Claim.objects.exists()


def test_fact_checkers_create_draft_claims_with_citations_and_tags(api, fact_checker):
    source = SourceFactory()
    TagFactory(slug="facebook")
    body = new_claim_body(
        source,
        summary="Facebook asked banks for data.",
        quantity={
            "text": "nawet 87 mln",
            "value": "87000000",
            "unit": "users",
            "qualifier": "up_to",
        },
        tags=["facebook"],
    )

    response = api(fact_checker).post(CLAIMS, body, format="json")

    assert response.status_code == 201, response.json()
    claim = Claim.objects.get()
    assert claim.review_status == Claim.ReviewStatus.DRAFT
    assert claim.created_by == fact_checker
    assert claim.quantity_value == Decimal("87000000")
    assert claim.quantity_qualifier == "up_to"
    assert list(claim.tags.values_list("slug", flat=True)) == ["facebook"]
    citation = Citation.objects.get(claim=claim)
    assert source.text[citation.start_offset : citation.end_offset] == QUOTE
    assert response.json()["id"] == claim.pk
    assert response.json()["citations"][0]["start_offset"] == citation.start_offset
    assert claim.history.first().history_user == fact_checker


def test_a_quote_not_in_the_source_text_is_rejected_on_that_field(api, fact_checker):
    source = SourceFactory()
    body = new_claim_body(source, citations=[{"source": source.pk, "quote": "Not in the text"}])

    response = api(fact_checker).post(CLAIMS, body, format="json")

    assert response.status_code == 400
    assert "quote" in response.json()["citations"]["0"]
    assert not Claim.objects.exists()


def test_a_citation_of_an_unknown_source_is_rejected_on_that_field(api, fact_checker):
    body = new_claim_body(SourceFactory(), citations=[{"source": 999999, "quote": QUOTE}])

    response = api(fact_checker).post(CLAIMS, body, format="json")

    assert response.status_code == 400
    assert "source" in response.json()["citations"]["0"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("review_status", "published"),
        ("verdict", "true"),
        ("created_by", 1),
        ("reviewed_by", 1),
        ("rating", 5),
    ],
)
def test_review_fields_cannot_be_set_through_a_plain_create(api, fact_checker, field, value):
    response = api(fact_checker).post(
        CLAIMS, new_claim_body(SourceFactory(), **{field: value}), format="json"
    )

    assert response.status_code == 400
    assert field in response.json()
    assert not Claim.objects.exists()


def test_review_fields_cannot_be_changed_through_a_plain_patch(api, editor):
    claim = ClaimFactory()

    response = api(editor).patch(
        detail(claim),
        {"review_status": "published", "verdict": "true", "version": 1},
        format="json",
    )

    assert response.status_code == 400
    assert {"review_status", "verdict"} <= response.json().keys()
    claim.refresh_from_db()
    assert (claim.review_status, claim.verdict) == ("draft", "")


def test_unknown_fields_are_rejected_by_name(api, fact_checker):
    response = api(fact_checker).post(
        CLAIMS, new_claim_body(SourceFactory(), statment="typo"), format="json"
    )

    assert response.status_code == 400
    assert response.json() == {"statment": ["Unknown field."]}


def test_unknown_fields_inside_a_citation_or_quantity_are_rejected_by_name(api, fact_checker):
    source = SourceFactory()
    body = new_claim_body(
        source,
        citations=[{"source": source.pk, "quote": QUOTE, "offset": 3}],
        quantity={"value": "1", "qualifier": "exact", "currency": "PLN"},
    )

    errors = api(fact_checker).post(CLAIMS, body, format="json").json()

    assert errors["citations"]["0"] == {"offset": ["Unknown field."]}
    assert errors["quantity"] == {"currency": ["Unknown field."]}


def test_a_quantity_needs_a_qualifier(api, fact_checker):
    body = new_claim_body(SourceFactory(), quantity={"value": "12"})

    response = api(fact_checker).post(CLAIMS, body, format="json")

    assert response.status_code == 400
    assert "qualifier" in response.json()["quantity"]


def test_fact_checkers_change_only_the_fields_they_send(api, fact_checker):
    claim = ClaimFactory(summary="Old summary", claimant="PAP")

    response = api(fact_checker).patch(
        detail(claim), {"summary": "New summary", "version": 1}, format="json"
    )

    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.summary, claim.claimant, claim.version) == ("New summary", "PAP", 2)
    assert response.json()["summary"] == "New summary"


def test_a_patch_with_citations_replaces_them_and_bins_the_old_ones(api, fact_checker):
    claim = ClaimFactory()
    old = CitationFactory(claim=claim)
    source = SourceFactory()

    response = api(fact_checker).patch(
        detail(claim),
        {"citations": [{"source": source.pk, "quote": QUOTE}], "version": 1},
        format="json",
    )

    assert response.status_code == 200
    assert [c.source_id for c in Citation.objects.filter(claim=claim)] == [source.pk]
    assert Citation.all_objects.get(pk=old.pk).deleted_by == fact_checker


def test_a_patch_can_clear_the_quantity(api, fact_checker):
    claim = ClaimFactory(
        quantity_value=Decimal(5), quantity_qualifier="exact", quantity_text="pięć"
    )

    response = api(fact_checker).patch(
        detail(claim), {"quantity": None, "version": 1}, format="json"
    )

    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.quantity_value, claim.quantity_qualifier, claim.quantity_text) == (None, "", "")


def test_put_is_not_offered_patch_is(api, editor):
    claim = ClaimFactory()

    response = api(editor).put(detail(claim), {"statement": "x", "language": "pl"}, format="json")

    assert response.status_code == 405


# Review workflow actions


@pytest.mark.parametrize(
    "persona, status", [(None, 401), ("reader", 403), ("fact_checker", 403), ("editor", 200)]
)
def test_only_editors_give_verdicts(api, request, persona, status):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW)
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).post(
        f"{detail(claim)}verdict/", {"verdict": "false", "review_body": "No."}, format="json"
    )

    assert response.status_code == status
    claim.refresh_from_db()
    if status == 200:
        assert (claim.verdict, claim.review_body, claim.reviewed_by) == ("false", "No.", user)
        assert response.json()["rating"] == 1
    else:
        assert claim.verdict == ""


def test_an_unknown_verdict_is_rejected_on_that_field(api, editor):
    claim = ClaimFactory()

    response = api(editor).post(f"{detail(claim)}verdict/", {"verdict": "pants"}, format="json")

    assert response.status_code == 400
    assert "verdict" in response.json()
    claim.refresh_from_db()
    assert claim.verdict == ""


@pytest.mark.parametrize(
    "persona, status", [(None, 401), ("reader", 403), ("fact_checker", 403), ("editor", 200)]
)
def test_only_editors_publish(api, request, persona, status):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW, verdict="mostly_true")
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).post(f"{detail(claim)}publish/")

    assert response.status_code == status
    claim.refresh_from_db()
    expected = "published" if status == 200 else "in_review"
    assert claim.review_status == expected


def test_publishing_without_a_verdict_is_rejected_on_the_verdict(api, editor):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW)

    response = api(editor).post(f"{detail(claim)}publish/")

    assert response.status_code == 400
    assert "verdict" in response.json()
    claim.refresh_from_db()
    assert claim.review_status == "in_review"


def test_editors_send_a_published_claim_back_and_it_leaves_the_public_api(api, editor):
    claim = PublishedClaimFactory()

    response = api(editor).post(f"{detail(claim)}send-back/")

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.review_status == "in_review"
    assert api().get(detail(claim)).status_code == 404


def test_fact_checkers_cannot_send_back_a_published_claim(api, fact_checker):
    claim = PublishedClaimFactory()

    assert api(fact_checker).post(f"{detail(claim)}send-back/").status_code == 403
    claim.refresh_from_db()
    assert claim.review_status == "published"


def test_fact_checkers_submit_their_drafts_for_review(api, fact_checker, reader):
    claim = ClaimFactory()

    assert api(reader).post(f"{detail(claim)}submit/").status_code == 403
    response = api(fact_checker).post(f"{detail(claim)}submit/")

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.review_status == "in_review"


@pytest.mark.parametrize(
    "persona, status", [(None, 401), ("reader", 403), ("fact_checker", 403), ("editor", 204)]
)
def test_only_editors_delete_and_deleting_moves_to_the_bin(api, request, persona, status):
    claim = PublishedClaimFactory()
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).delete(detail(claim), HTTP_IF_MATCH='"v1-"')

    assert response.status_code == status
    row = Claim.all_objects.get(pk=claim.pk)
    if status == 204:
        assert row.deleted_by == user and row.deleted_at is not None
        assert api().get(detail(claim)).status_code == 404
    else:
        assert row.deleted_at is None


# ClaimReview


def test_claimreview_follows_googles_fact_check_markup(api):
    claim = PublishedClaimFactory(
        claimant="PAP", verdict="mostly_false", review_body="Partly.", reviewed_at=None
    )
    citation = CitationFactory(claim=claim)

    response = api().get(f"{detail(claim)}claimreview/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    review = json.loads(response.content)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.statement
    assert review["url"] == f"http://testserver{claim.get_absolute_url()}"
    assert review["datePublished"] == "2018-09-21"
    assert review["author"]["@type"] == "Organization"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "mostly false",
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"] == "PAP"
    assert item["datePublished"] == "2018-09-20"
    assert item["appearance"][0]["url"] == citation.source.url


def test_claimreview_also_answers_plain_json_when_asked(api):
    claim = PublishedClaimFactory()

    response = api().get(f"{detail(claim)}claimreview/", HTTP_ACCEPT="application/json")

    assert response["Content-Type"].startswith("application/json")
    assert response.json()["@type"] == "ClaimReview"


def test_a_draft_has_no_claimreview_even_for_staff(api, staff):
    claim = ClaimFactory(verdict="true")

    assert api(staff).get(f"{detail(claim)}claimreview/").status_code == 404


# CSV


def read_csv(response):
    import csv
    import io

    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_claims_export_as_csv_with_the_same_visibility_and_filters(api):
    first = PublishedClaimFactory(language="pl")
    PublishedClaimFactory(language="en")
    ClaimFactory(language="pl")
    first.tags.add(TagFactory(slug="privacy"))
    CitationFactory(claim=first)

    response = api().get(CLAIMS, {"format": "csv", "language": "pl"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    [row] = read_csv(response)
    assert row["id"] == str(first.pk)
    assert row["url"] == f"http://testserver{detail(first)}"
    assert row["html_url"] == f"http://testserver{first.get_absolute_url()}"
    assert row["statement"] == first.statement
    assert row["verdict"] == "true" and row["rating"] == "5"
    assert row["tags"] == "privacy"
    assert row["source_urls"] == first.citations.get().source.url


def test_csv_cells_never_start_a_spreadsheet_formula(api):
    PublishedClaimFactory(statement='=HYPERLINK("http://evil.example")')

    [row] = read_csv(api().get(CLAIMS, {"format": "csv"}))

    assert row["statement"].startswith("'=")


def test_a_bad_filter_value_in_a_csv_export_is_still_a_400(api):
    response = api().get(CLAIMS, {"format": "csv", "verdict": "pants"})

    assert response.status_code == 400
    assert b"verdict" in response.content


# Filters


def ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["results"]}


def test_claims_filter_by_status_verdict_and_language(api, staff):
    true_pl = PublishedClaimFactory(language="pl", verdict="true")
    false_en = PublishedClaimFactory(language="en", verdict="false")
    draft = ClaimFactory()
    client = api(staff)

    assert ids(client.get(CLAIMS, {"review_status": "draft"})) == {draft.pk}
    assert ids(client.get(CLAIMS, {"verdict": "false"})) == {false_en.pk}
    assert ids(client.get(CLAIMS, {"language": "pl", "review_status": "published"})) == {true_pl.pk}


def test_the_public_cannot_filter_its_way_to_drafts(api):
    ClaimFactory()

    assert ids(api().get(CLAIMS, {"review_status": "draft"})) == set()


def test_claims_filter_by_outlet_source_tag_event_and_timeline(api):
    outlet = OutletFactory(name="PAP")
    source = SourceFactory(outlet=outlet)
    cited = PublishedClaimFactory()
    CitationFactory(claim=cited, source=source)
    tagged = PublishedClaimFactory()
    tagged.tags.add(TagFactory(slug="messenger"))
    timeline = TimelineFactory(slug="fb")
    dated = PublishedClaimFactory()
    event = dated_event(dated, dt.date(2017, 1, 1), dt.date(2017, 12, 31), timeline=timeline)
    PublishedClaimFactory()
    client = api()

    assert ids(client.get(CLAIMS, {"outlet": outlet.pk})) == {cited.pk}
    assert ids(client.get(CLAIMS, {"source": source.pk})) == {cited.pk}
    assert ids(client.get(CLAIMS, {"tag": "messenger"})) == {tagged.pk}
    assert ids(client.get(CLAIMS, {"event": event.pk})) == {dated.pk}
    assert ids(client.get(CLAIMS, {"timeline": "fb"})) == {dated.pk}


def test_a_date_window_selects_claims_whose_events_overlap_it(api):
    in_2017 = PublishedClaimFactory()
    dated_event(in_2017, dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    august_2018 = PublishedClaimFactory()
    dated_event(august_2018, dt.date(2018, 8, 1), dt.date(2018, 8, 31), "month")
    PublishedClaimFactory()  # no events
    client = api()

    assert ids(client.get(CLAIMS, {"date_from": "2017-12-01", "date_to": "2018-01-31"})) == {
        in_2017.pk
    }
    assert ids(client.get(CLAIMS, {"date_from": "2018-08-31"})) == {august_2018.pk}
    assert ids(client.get(CLAIMS, {"date_to": "2017-01-01"})) == {in_2017.pk}
    assert ids(client.get(CLAIMS, {"date_from": "2017-06-01", "date_to": "2018-08-01"})) == {
        in_2017.pk,
        august_2018.pk,
    }


def test_an_event_on_no_public_timeline_does_not_select_claims_for_the_public(api, staff):
    claim = PublishedClaimFactory()
    dated_event(
        claim,
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
        timeline=TimelineFactory(is_published=False),
    )
    window = {"date_from": "2017-01-01", "date_to": "2017-12-31"}

    assert ids(api().get(CLAIMS, window)) == set()
    assert ids(api(staff).get(CLAIMS, window)) == {claim.pk}


def test_claims_filter_by_updated_since(api):
    old = PublishedClaimFactory()
    Claim.objects.filter(pk=old.pk).update(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    new = PublishedClaimFactory()

    assert ids(api().get(CLAIMS, {"updated_since": "2021-01-01T00:00:00Z"})) == {new.pk}


def test_full_text_search_finds_every_word_in_statement_summary_or_claimant(api):
    wanted = PublishedClaimFactory(
        statement="Facebook negocjował z bankami dostęp do danych", claimant="Reuters"
    )
    PublishedClaimFactory(statement="Bank raised rates", claimant="PAP")

    assert ids(api().get(CLAIMS, {"q": "bankami danych"})) == {wanted.pk}
    assert ids(api().get(CLAIMS, {"q": "Reuters"})) == {wanted.pk}
    assert ids(api().get(CLAIMS, {"q": "nothing-like-this"})) == set()


@pytest.mark.parametrize(
    "params, field",
    [
        ({"verdict": "pants"}, "verdict"),
        ({"review_status": "secret"}, "review_status"),
        ({"language": "xx"}, "language"),
        ({"date_from": "2018-13-01"}, "date_from"),
        ({"date_to": "yesterday"}, "date_to"),
        ({"date_from": "2018-02-01", "date_to": "2018-01-01"}, "date_to"),
        ({"outlet": "abc"}, "outlet"),
        ({"source": "-4"}, "source"),
        ({"event": "1.5x"}, "event"),
        ({"updated_since": "not-a-time"}, "updated_since"),
        ({"ordering": "statement"}, "ordering"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "many"}, "page_size"),
        ({"cursor": "garbage"}, "cursor"),
    ],
)
def test_bad_filter_values_answer_400_naming_the_parameter(api, params, field):
    response = api().get(CLAIMS, params)

    assert response.status_code == 400
    assert field in response.json()


# Pagination, ordering, conditional GET


def test_cursor_pages_are_stable_while_claims_are_added(api):
    claims = [PublishedClaimFactory() for _ in range(5)]
    client = api()

    first = client.get(CLAIMS, {"page_size": 2}).json()
    PublishedClaimFactory()  # a newer claim arrives while the reader pages on
    seen = [item["id"] for item in first["results"]]
    next_url = first["next"]
    while next_url:
        page = client.get(next_url).json()
        seen += [item["id"] for item in page["results"]]
        next_url = page["next"]

    assert seen == [claim.pk for claim in reversed(claims)]


def test_page_size_is_capped_at_100(api):
    Claim.objects.bulk_create(
        Claim(statement=f"s{n}", language="pl", review_status="published", verdict="true")
        for n in range(101)
    )

    body = api().get(CLAIMS, {"page_size": 500}).json()

    assert len(body["results"]) == 100
    assert body["next"]


def test_claims_order_by_updated_at_when_asked(api):
    older, newer = PublishedClaimFactory(), PublishedClaimFactory()
    Claim.objects.filter(pk=newer.pk).update(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))

    body = api().get(CLAIMS, {"ordering": "updated_at"}).json()

    assert [item["id"] for item in body["results"]] == [newer.pk, older.pk]


def test_an_unchanged_list_answers_304_to_its_etag_and_a_change_gives_a_new_one(api):
    claim = PublishedClaimFactory()
    client = api()
    first = client.get(CLAIMS)
    etag = first["ETag"]

    again = client.get(CLAIMS, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""

    Claim.objects.filter(pk=claim.pk).update(summary="Changed")
    changed = client.get(CLAIMS, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_a_claim_answers_304_to_its_etag(api):
    claim = PublishedClaimFactory()
    etag = api().get(detail(claim))["ETag"]

    assert api().get(detail(claim), HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_cors_lets_any_site_read_claims(api):
    PublishedClaimFactory()

    response = api().get(CLAIMS, HTTP_ORIGIN="https://newsroom.example")

    assert response["Access-Control-Allow-Origin"] == "*"


# Query counts


def full_claims(count):
    timeline = TimelineFactory()
    tag = TagFactory()
    for _ in range(count):
        claim = PublishedClaimFactory()
        claim.tags.add(tag)
        CitationFactory(claim=claim)
        CitationFactory(claim=claim)
        event = EventFactory()
        event.claims.add(claim)
        timeline.events.add(event)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("persona", [None, "staff"])
def test_the_claims_list_costs_the_same_queries_for_1_or_50_claims(api, request, persona):
    client = api(request.getfixturevalue(persona) if persona else None)
    full_claims(1)
    one = count_queries(client, f"{CLAIMS}?page_size=50")
    full_claims(49)

    fifty = count_queries(client, f"{CLAIMS}?page_size=50")

    assert len(client.get(f"{CLAIMS}?page_size=50").json()["results"]) == 50
    assert fifty == one


def test_the_written_out_claim_representation_matches_drfs_generic_one(rf, staff):
    from rest_framework import serializers

    from claims.serializers import ClaimSerializer

    claim = PublishedClaimFactory(
        quantity_value=Decimal("12.5"),
        quantity_qualifier="approx",
        reviewed_by=staff,
        created_by=staff,
        reviewed_at=dt.datetime(2018, 9, 22, 12, 0, tzinfo=dt.UTC),
    )
    claim.tags.add(TagFactory())
    CitationFactory(claim=claim)
    CitationFactory(claim=claim, source=SourceFactory(outlet=None, published_at=None))
    dated_event(claim, dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    loaded = Claim.objects.for_api(staff).select_related("created_by", "reviewed_by").get()
    context = {"request": rf.get("/"), "show_people": True}
    serializer = ClaimSerializer(loaded, context=context)

    generic = serializers.Serializer.to_representation(serializer, loaded)

    assert serializer.data == generic


@pytest.mark.parametrize("persona", [None, "staff"])
def test_the_list_shows_each_claim_exactly_as_its_own_page_does(api, request, persona):
    """The list reads rows (claims.list_rows), a single claim reads instances: one output."""
    user = request.getfixturevalue(persona) if persona else None
    client = api(user)
    full_claims(3)
    draft = ClaimFactory(created_by=request.getfixturevalue("editor"))
    CitationFactory(claim=draft, source=SourceFactory(outlet=None, published_at=None))
    tagged = PublishedClaimFactory(
        quantity_value=Decimal("87000000"),
        quantity_unit="users",
        quantity_qualifier="up_to",
        reviewed_by=request.getfixturevalue("editor"),
    )
    tagged.tags.add(TagFactory(name="B tag"), TagFactory(name="A tag"))
    hidden = EventFactory()  # on no published timeline: only colleagues see it
    hidden.claims.add(tagged)

    listed = client.get(f"{CLAIMS}?page_size=50").json()["results"]

    assert len(listed) == (5 if persona else 4)
    for item in listed:
        assert client.get(f"{CLAIMS}{item['id']}/").json() == item
