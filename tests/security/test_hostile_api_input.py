"""Hostile input through the API: every field a newsroom client can write, on every write
endpoint, tried with markup and script, SQL fragments, huge strings, text that is not Unicode,
NUL bytes and direction overrides. Each is stored exactly as given (read back from the row) or
refused with 400 naming the field; never a 500. What is published shows escaped on the public
pages and cannot break out of the JSON-LD."""

import json
import re

import pytest
from django.core.cache import cache

from claims.models import Citation, Claim, Outlet, Source
from tests.factories import (
    ClaimFactory,
    EventFactory,
    OutletFactory,
    SourceFactory,
    TagFactory,
    TimelineFactory,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db

BREAK_OUT = "</script><script>alert(1)</script>"
MARKUP = [
    BREAK_OUT,
    '"><img src=x onerror=alert(1)>',
    "<!-- comment --><![CDATA[x]]>",
    "'; DROP TABLE claims_claim; --",
    "1 OR 1=1; SELECT * FROM auth_user",
    "\u202eevil\u202c right-to-left override \u2066isolate\u2069",
    "zero\u200bwidth, emoji 🧨, Łódź, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    'line\nbreak\ttab \\ backslash " quote',
]
NUL = "before\x00after"
LONE_SURROGATE = "before\ud800after"
MEGABYTE = 1_000_000  # characters: a body with one such string still fits the 1 MB limit


def existing(kind):
    """A row to PATCH, with its current version where it has one."""
    return {
        "claims": ClaimFactory,
        "sources": SourceFactory,
        "outlets": OutletFactory,
        "events": EventFactory,
    }[kind]()


def body_for(kind, field, value):
    """A valid create body for `kind` with `field` (a dotted path for nested fields) set to
    `value`."""
    bodies = {
        "claims": {"statement": "Plain statement.", "language": "en"},
        "sources": {"title": "Plain title"},
        "outlets": {"name": f"Plain outlet {field}"},
        "events": {"title": "Plain title"},
    }
    body = dict(bodies[kind])
    if field.startswith("quantity."):
        body["quantity"] = {"value": "12", "qualifier": "exact", field.split(".")[1]: value}
    elif field.startswith("date."):
        body["date"] = {"text": "2017", "lang": "en", field.split(".")[1]: value}
    else:
        body[field] = value
    return body


# Where a field the API names with a dotted path is stored.
COLUMNS = {
    "quantity.text": "quantity_text",
    "quantity.unit": "quantity_unit",
    "date.text": "date_text",
}
MODELS = {"claims": Claim, "sources": Source, "outlets": Outlet, "events": Event}


def stored(kind, pk, field):
    """The value as the database holds it."""
    return getattr(MODELS[kind].objects.get(pk=pk), COLUMNS.get(field, field))


def named(errors, field):
    """True when a DRF error body names `field` (a dotted path for nested ones)."""
    node = errors
    for part in field.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


# Free text: stored exactly, whatever it says.
TEXT_FIELDS = [
    ("claims", "statement", 10_000),
    ("claims", "summary", 500),
    ("claims", "claimant", 300),
    ("claims", "quantity.text", 200),
    ("claims", "quantity.unit", 50),
    ("sources", "title", 500),
    ("sources", "author", 300),
    ("sources", "text", 2_000_000),
    ("outlets", "name", 200),
    ("events", "title", 300),
    ("events", "description", None),
    ("events", "date.text", 200),
]
# Structured fields: markup is never a valid value, so it is refused on the field.
STRUCTURED_FIELDS = [
    ("claims", "language"),
    ("claims", "quantity.value"),
    ("claims", "quantity.qualifier"),
    ("claims", "tags"),
    ("claims", "citations"),
    ("sources", "url"),
    ("sources", "kind"),
    ("sources", "language"),
    ("sources", "outlet"),
    ("sources", "published_at"),
    ("sources", "retrieved_at"),
    ("sources", "cites"),
    ("outlets", "home_url"),
    ("outlets", "country"),
    ("outlets", "language"),
    ("events", "date.lang"),
    ("events", "source"),
    ("events", "claims"),
    ("events", "timelines"),
    ("events", "tags"),
]


def create(api, user, kind, field, value):
    return api(user).post(f"/api/v1/{kind}/", body_for(kind, field, value), format="json")


def patch(api, user, kind, field, value):
    row = existing(kind)
    top = field.split(".")[0]
    body = {top: body_for(kind, field, value)[top]}
    if hasattr(row, "version"):
        body["version"] = row.version
    return row, api(user).patch(f"/api/v1/{kind}/{row.pk}/", body, format="json")


@pytest.mark.parametrize("value", MARKUP, ids=range(len(MARKUP)))
@pytest.mark.parametrize(("kind", "field", "limit"), TEXT_FIELDS)
def test_hostile_text_is_stored_exactly_through_create_and_patch(
    api, editor, kind, field, limit, value
):
    created = create(api, editor, kind, field, value)
    assert created.status_code == 201, created.json()
    assert stored(kind, created.json()["id"], field) == value

    row, patched = patch(api, editor, kind, field, value[::-1])
    assert patched.status_code == 200, patched.json()
    assert stored(kind, row.pk, field) == value[::-1]


@pytest.mark.parametrize(
    ("kind", "field", "limit"),
    [(kind, field, limit) for kind, field, limit in TEXT_FIELDS if limit and limit < MEGABYTE],
)
def test_text_one_past_its_limit_is_refused_on_the_field(api, editor, kind, field, limit):
    assert create(api, editor, kind, field, "ą" * limit).status_code == 201

    response = create(api, editor, kind, field, "ą" * (limit + 1))

    assert response.status_code == 400
    assert named(response.json(), field)


@pytest.mark.parametrize(("kind", "field", "limit"), TEXT_FIELDS)
def test_a_megabyte_string_is_stored_refused_on_the_field_or_over_the_body_limit(
    api, editor, kind, field, limit
):
    model = MODELS[kind]
    before = model.objects.count()

    fits = create(api, editor, kind, field, "x" * MEGABYTE)
    too_big = create(api, editor, kind, field, "x" * (1024 * 1024 + 1))

    # Text without a limit below a megabyte (a source's text, an event's description) is
    # bounded by the 1 MB body: a megabyte of it is stored, a body over the limit is 413.
    if limit is None or limit >= MEGABYTE:
        assert fits.status_code == 201
        assert stored(kind, fits.json()["id"], field) == "x" * MEGABYTE
    else:
        assert fits.status_code == 400 and named(fits.json(), field)
    assert too_big.status_code == 413
    assert model.objects.count() == before + (fits.status_code == 201)


@pytest.mark.parametrize("value", [NUL, LONE_SURROGATE], ids=["nul", "lone-surrogate"])
@pytest.mark.parametrize(
    ("kind", "field"), [(kind, field) for kind, field, _ in TEXT_FIELDS] + STRUCTURED_FIELDS
)
def test_nul_and_lone_surrogates_are_refused_on_the_field_everywhere(
    api, editor, kind, field, value
):
    TagFactory(slug="facebook")
    if field in ("tags", "timelines", "cites", "claims", "citations"):
        value = [value]
    # json.dumps spells the surrogate "\ud800", as a hostile client would.
    body = json.dumps(body_for(kind, field, value))

    response = api(editor).post(f"/api/v1/{kind}/", body, content_type="application/json")

    assert response.status_code == 400
    assert named(response.json(), field), response.json()
    assert not Claim.objects.exists() and not Event.objects.exists()


@pytest.mark.parametrize("value", MARKUP[:5], ids=range(5))
@pytest.mark.parametrize(("kind", "field"), STRUCTURED_FIELDS)
def test_markup_in_a_structured_field_is_refused_on_that_field(api, editor, kind, field, value):
    if field in ("tags", "timelines", "cites", "claims"):
        value = [value]
    elif field == "citations":
        value = [{"source": value, "quote": value}]
    before = {model: model.objects.count() for model in (Claim, Source, Outlet, Event)}

    response = create(api, editor, kind, field, value)

    assert response.status_code == 400
    assert named(response.json(), field), response.json()
    assert {model: model.objects.count() for model in before} == before


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example"]
)
@pytest.mark.parametrize(("kind", "field"), [("sources", "url"), ("outlets", "home_url")])
def test_addresses_that_would_run_script_when_linked_are_refused(api, editor, kind, field, url):
    response = create(api, editor, kind, field, url)

    assert response.status_code == 400
    assert field in response.json()


def test_a_hostile_quote_found_in_the_source_is_cited_exactly(api, editor):
    source = SourceFactory(text=f"Before {BREAK_OUT} and {MARKUP[3]} after.")
    body = {
        "statement": "S",
        "language": "en",
        "citations": [
            {"source": source.pk, "quote": BREAK_OUT},
            {"source": source.pk, "quote": MARKUP[3]},
        ],
    }

    response = api(editor).post("/api/v1/claims/", body, format="json")

    assert response.status_code == 201
    quotes = Citation.objects.filter(claim_id=response.json()["id"]).values_list("quote", flat=True)
    assert sorted(quotes) == sorted([BREAK_OUT, MARKUP[3]])


@pytest.mark.parametrize("value", MARKUP, ids=range(len(MARKUP)))
def test_a_hostile_review_is_stored_exactly(api, editor, value):
    claim = ClaimFactory()

    response = api(editor).post(
        f"/api/v1/claims/{claim.pk}/verdict/",
        {"verdict": "false", "review_body": value},
        format="json",
    )

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.review_body == value


@pytest.mark.parametrize("verdict", [BREAK_OUT, "true' OR '1'='1", NUL, LONE_SURROGATE])
def test_a_hostile_verdict_is_refused_on_the_field(api, editor, verdict):
    claim = ClaimFactory()

    response = api(editor).post(
        f"/api/v1/claims/{claim.pk}/verdict/",
        json.dumps({"verdict": verdict}),
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "verdict" in response.json()
    claim.refresh_from_db()
    assert claim.verdict == ""


@pytest.mark.parametrize("value", [*MARKUP, NUL, LONE_SURROGATE, "x" * 5000])
@pytest.mark.parametrize("field", ["text", "lang", "anchor"])
def test_the_date_normaliser_answers_hostile_input_without_a_server_error(api, field, value):
    body = {"text": "W sierpniu", "anchor": "2018-09-20", field: value}

    response = api().post(
        "/api/v1/dates/normalize/", json.dumps(body), content_type="application/json"
    )

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert named(response.json(), field) or "non_field_errors" in response.json()
    else:
        assert response.json()["text"] == body["text"]


@pytest.mark.parametrize("action", ["submit", "publish", "send-back"])
def test_the_review_actions_take_no_body_and_ignore_a_hostile_one(api, editor, action):
    claim = ClaimFactory(verdict="false")

    response = api(editor).post(
        f"/api/v1/claims/{claim.pk}/{action}/",
        '{"review_status": "published", "\\ud800": "a\\u0000b", "verdict": "true"}',
        content_type="application/json",
    )

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.verdict == "false"  # the body named a verdict; only the action happened
    expected = {"submit": "in_review", "publish": "published", "send-back": "in_review"}
    assert claim.review_status == expected[action]


# The body itself


def test_invalid_utf8_in_the_body_is_400_not_a_server_error(api, editor):
    response = api(editor).post(
        "/api/v1/claims/",
        b'{"statement": "caf\xe9 \xff\xfe", "language": "en"}',
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "detail" in response.json()
    assert not Claim.objects.exists()


def test_a_field_name_that_is_not_unicode_is_refused_and_named_printably(api, editor):
    response = api(editor).post(
        "/api/v1/claims/",
        '{"statement": "S", "language": "en", "\\ud800x": 1}',
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json() == {"\\ud800x": ["Field names must be valid Unicode without NUL."]}


@pytest.mark.parametrize("value", [12, 1.5, True, {"a": 1}, ["a"]])
def test_a_text_field_takes_only_a_string(api, editor, value):
    response = api(editor).post(
        "/api/v1/claims/", {"statement": value, "language": "en"}, format="json"
    )

    assert response.status_code == 400
    assert "statement" in response.json()
    assert not Claim.objects.exists()


@pytest.mark.parametrize(
    "body",
    [b"[]", b'"a string"', b"null", b"1e999999", b'{"statement": ' * 5000, b"\x00", b""],
    ids=["list", "string", "null", "huge-number", "deep-nesting", "nul-byte", "empty"],
)
def test_bodies_that_are_not_an_object_are_400(api, editor, body):
    response = api(editor).post("/api/v1/claims/", body, content_type="application/json")

    assert response.status_code == 400
    assert not Claim.objects.exists()


@pytest.mark.parametrize("param", ["q", "tag", "timeline", "updated_since", "ordering", "cursor"])
@pytest.mark.parametrize("value", ["%00", "%ED%A0%80", "'%20OR%201=1--", "%3Cscript%3E", "9" * 400])
def test_hostile_query_parameters_never_cause_a_server_error(api, editor, param, value):
    response = api(editor).get(f"/api/v1/claims/?{param}={value}")

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert param in response.json()


@pytest.mark.parametrize(
    "value", ["2000-01-01T00:00:00+16:07", "0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-05:00"]
)
def test_date_times_at_the_edges_are_refused_or_stored_never_a_server_error(api, editor, value):
    for field in ("updated_since",):
        listed = api(editor).get("/api/v1/sources/", {field: value})
        assert listed.status_code in (200, 400)
    written = api(editor).post(
        "/api/v1/sources/", {"title": "T", "retrieved_at": value}, format="json"
    )

    assert written.status_code in (201, 400)
    if written.status_code == 400:
        assert "retrieved_at" in written.json()


# Shown escaped where it is published


@pytest.fixture
def published_through_the_api(api, editor):
    """A claim, its citation, an event and a timeline, every text hostile, written and
    published through the API as a newsroom client would."""
    cache.clear()
    client = api(editor)
    source = client.post(
        "/api/v1/sources/",
        {
            "title": f"Source {BREAK_OUT}",
            "author": MARKUP[1],
            "url": "https://news.example/a?x=<b>&y=\"'",
            "text": f"Said: {BREAK_OUT} {MARKUP[1]}",
            "published_at": "2018-09-20T09:30:00+02:00",
        },
        format="json",
    ).json()
    claim = client.post(
        "/api/v1/claims/",
        {
            "statement": BREAK_OUT,
            "summary": MARKUP[1],
            "claimant": MARKUP[2],
            "language": "en",
            "citations": [{"source": source["id"], "quote": BREAK_OUT}],
        },
        format="json",
    ).json()
    client.post(
        f"/api/v1/claims/{claim['id']}/verdict/",
        {"verdict": "false", "review_body": f"{BREAK_OUT}\n{MARKUP[1]}"},
        format="json",
    )
    assert client.post(f"/api/v1/claims/{claim['id']}/publish/").status_code == 200
    timeline = TimelineFactory(slug="hostile", title="Story", is_published=True)
    event = client.post(
        "/api/v1/events/",
        {
            "title": BREAK_OUT,
            "description": MARKUP[1],
            "source": source["id"],
            "date": {"text": "W sierpniu", "lang": "pl"},
            "claims": [claim["id"]],
            "timelines": [timeline.slug],
        },
        format="json",
    )
    assert event.status_code == 201
    cache.clear()
    return {"claim": claim, "source": source, "timeline": timeline}


def assert_escaped(html):
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The only script elements a page has are JSON-LD data blocks.
    assert all(
        tag == '<script type="application/ld+json">' for tag in re.findall(r"<script[^>]*>", html)
    )


def test_hostile_text_from_the_api_shows_escaped_on_the_claim_page(
    client, published_through_the_api
):
    claim = published_through_the_api["claim"]
    html = client.get(f"/claims/{claim['id']}/").content.decode()

    assert_escaped(html)
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert "<" not in block and ">" not in block
    review = json.loads(block)
    assert review["claimReviewed"] == BREAK_OUT
    assert review["reviewBody"] == f"{BREAK_OUT}\n{MARKUP[1]}"
    assert review["itemReviewed"]["name"] == MARKUP[1]
    assert review["itemReviewed"]["author"]["name"] == MARKUP[2]


def test_hostile_text_from_the_api_shows_escaped_on_the_timeline_page(
    client, published_through_the_api
):
    html = client.get("/timelines/hostile/").content.decode()

    assert_escaped(html)
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_hostile_text_from_the_api_shows_escaped_on_the_source_page(
    client, published_through_the_api
):
    source = published_through_the_api["source"]
    html = client.get(f"/sources/{source['id']}/").content.decode()

    assert_escaped(html)
    assert 'href="https://news.example/a?x=&lt;b&gt;&amp;y=&quot;&#x27;"' in html


def test_hostile_text_from_the_api_comes_back_exactly_in_the_api_and_claimreview(
    api, published_through_the_api
):
    claim = published_through_the_api["claim"]

    read = api().get(f"/api/v1/claims/{claim['id']}/").json()
    review = api().get(f"/api/v1/claims/{claim['id']}/claimreview/").json()

    assert read["statement"] == BREAK_OUT and read["summary"] == MARKUP[1]
    assert review["claimReviewed"] == BREAK_OUT


# Server errors the attacks above found, kept as regressions


@pytest.mark.parametrize(
    ("quantity", "missing"),
    [({"text": "x"}, {"value", "qualifier"}), ({"value": "3", "text": "x"}, {"qualifier"})],
)
def test_a_patch_with_half_a_quantity_is_400_naming_what_is_missing(
    api, fact_checker, quantity, missing
):
    claim = ClaimFactory()

    response = api(fact_checker).patch(
        f"/api/v1/claims/{claim.pk}/", {"quantity": quantity, "version": 1}, format="json"
    )

    assert response.status_code == 400
    assert set(response.json()["quantity"]) == missing
    claim.refresh_from_db()
    assert (claim.quantity_value, claim.version) == (None, 1)


def test_a_patch_with_a_quantity_without_its_optional_parts_clears_them(api, fact_checker):
    claim = ClaimFactory(
        quantity_text="old", quantity_value=1, quantity_unit="users", quantity_qualifier="exact"
    )

    response = api(fact_checker).patch(
        f"/api/v1/claims/{claim.pk}/",
        {"quantity": {"value": "3", "qualifier": "approx"}, "version": 1},
        format="json",
    )

    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.quantity_text, claim.quantity_value, claim.quantity_unit) == ("", 3, "")


@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/dates/normalize/"])
def test_json_nested_too_deeply_is_400_even_for_the_public(api, editor, url):
    deep = "[" * 100_000 + "]" * 100_000

    response = api(editor if url.endswith("claims/") else None).post(
        url, deep, content_type="application/json"
    )

    assert response.status_code == 400
    assert "nested" in response.json()["detail"]
