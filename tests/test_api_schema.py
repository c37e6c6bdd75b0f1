"""The API as a whole: its OpenAPI schema and docs, what it answers to bad requests, throttling."""

import datetime as dt
import re

import jsonschema
import pytest
from django.contrib.staticfiles import finders
from drf_spectacular.validation import validate_schema
from rest_framework.throttling import AnonRateThrottle

from claims.models import Claim
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    EventFactory,
    PublishedClaimFactory,
    TagFactory,
    TimelineFactory,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(api):
    response = api().get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_the_openapi_schema_is_served_and_valid(schema):
    validate_schema(schema)  # raises on an invalid document
    assert schema["openapi"].startswith("3.1")
    for path in [
        "/api/v1/claims/",
        "/api/v1/claims/{id}/claimreview/",
        "/api/v1/claims/{id}/verdict/",
        "/api/v1/sources/",
        "/api/v1/outlets/",
        "/api/v1/events/",
        "/api/v1/timelines/{slug}/",
        "/api/v1/timelines/{slug}/timelinejs/",
        "/api/v1/dates/normalize/",
    ]:
        assert path in schema["paths"], path


def response_schema(schema, path, method="get", status="200", media="application/json"):
    content = schema["paths"][path][method]["responses"][status]["content"][media]
    return {**content["schema"], "components": schema["components"]}


def check(schema, path, body, **where):
    jsonschema.validate(
        body,
        response_schema(schema, path, **where),
        cls=jsonschema.Draft202012Validator,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


@pytest.fixture
def story(db):
    timeline = TimelineFactory(slug="fb")
    claim = PublishedClaimFactory(
        quantity_text="nawet 87 mln",
        quantity_value=87_000_000,
        quantity_unit="users",
        quantity_qualifier=Claim.Qualifier.UP_TO,
        reviewed_at=dt.datetime(2018, 9, 22, tzinfo=dt.UTC),
        review_body="Matches Facebook's own figure.",
    )
    claim.tags.add(TagFactory())
    citation = CitationFactory(claim=claim)
    dated = EventFactory(source=citation.source)
    Event.objects.filter(pk=dated.pk).update(
        date_status="parsed",
        date_start=dt.date(2017, 1, 1),
        date_end=dt.date(2017, 12, 31),
        date_granularity="year",
        date_anchor=dt.date(2018, 9, 20),
    )
    dated.claims.add(claim)
    timeline.events.add(dated, EventFactory())  # and one still pending
    return claim, citation.source, dated


def test_every_read_matches_the_schema(api, staff, schema, story):
    claim, source, event = story
    for client in (api(), api(staff)):
        cases = [
            ("/api/v1/claims/", "/api/v1/claims/"),
            (f"/api/v1/claims/{claim.pk}/", "/api/v1/claims/{id}/"),
            (f"/api/v1/claims/{claim.pk}/graph/", "/api/v1/claims/{id}/graph/"),
            ("/api/v1/sources/", "/api/v1/sources/"),
            (f"/api/v1/sources/{source.pk}/", "/api/v1/sources/{id}/"),
            ("/api/v1/outlets/", "/api/v1/outlets/"),
            (f"/api/v1/outlets/{source.outlet_id}/", "/api/v1/outlets/{id}/"),
            ("/api/v1/events/", "/api/v1/events/"),
            (f"/api/v1/events/{event.pk}/", "/api/v1/events/{id}/"),
            ("/api/v1/timelines/", "/api/v1/timelines/"),
            ("/api/v1/timelines/fb/", "/api/v1/timelines/{slug}/"),
            ("/api/v1/timelines/fb/timelinejs/", "/api/v1/timelines/{slug}/timelinejs/"),
        ]
        for url, path in cases:
            response = client.get(url)
            assert response.status_code == 200, url
            check(schema, path, response.json())


def test_claimreview_matches_the_schema(api, schema, story):
    claim, _source, _event = story
    response = api().get(f"/api/v1/claims/{claim.pk}/claimreview/")

    check(
        schema,
        "/api/v1/claims/{id}/claimreview/",
        response.json(),
        media="application/ld+json",
    )


def test_writes_answer_what_the_schema_says(api, editor, schema, story):
    _claim, source, _event = story
    client = api(editor)

    created = client.post(
        "/api/v1/claims/",
        {
            "statement": "s",
            "language": "pl",
            "citations": [{"source": source.pk, "quote": "Facebook"}],
        },
        format="json",
    )
    check(schema, "/api/v1/claims/", created.json(), method="post", status="201")
    verdict = client.post(
        f"/api/v1/claims/{created.json()['id']}/verdict/", {"verdict": "mixed"}, format="json"
    )
    check(schema, "/api/v1/claims/{id}/verdict/", verdict.json(), method="post")
    event = client.post(
        "/api/v1/events/", {"title": "t", "date": {"text": "2017", "lang": "pl"}}, format="json"
    )
    check(schema, "/api/v1/events/", event.json(), method="post", status="201")
    normalised = client.post(
        "/api/v1/dates/normalize/", {"text": "W sierpniu", "anchor": "2018-09-20"}, format="json"
    )
    check(schema, "/api/v1/dates/normalize/", normalised.json(), method="post")


def _properties(schema, path, method):
    body = schema["paths"][path][method]["requestBody"]["content"]["application/json"]
    name = body["schema"]["$ref"].rsplit("/", 1)[1]
    return schema["components"]["schemas"][name]["properties"]


@pytest.mark.parametrize("kind", ["outlets", "sources"])
def test_the_schema_offers_a_version_to_changes_and_not_to_creates(api, editor, schema, kind):
    assert "version" not in _properties(schema, f"/api/v1/{kind}/", "post")
    assert "version" in _properties(schema, f"/api/v1/{kind}/{{id}}/", "patch")
    body = {"name": "PAP"} if kind == "outlets" else {"title": "WSJ"}
    created = api(editor).post(f"/api/v1/{kind}/", body, format="json")
    assert created.status_code == 201
    check(schema, f"/api/v1/{kind}/", created.json(), method="post", status="201")
    assert created.json()["version"] == 1


def test_the_docs_page_loads_only_scripts_from_this_site(api):
    response = api().get("/api/v1/docs/")

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    html = response.content.decode()
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts and all(src.startswith("/") for src in scripts)
    assert "<script>" not in html  # no inline script for the policy to block
    for src in scripts:
        if src.startswith("/static/"):
            assert finders.find(src.removeprefix("/static/")), src
        else:
            start_up = api().get(src)
            assert start_up.status_code == 200
            assert b"SwaggerUIBundle" in start_up.content


# Bad requests never end in a 500


def test_a_body_over_1_mb_answers_413(api, fact_checker):
    body = b'{"statement": "' + b"x" * (1_100_000) + b'", "language": "pl"}'

    response = api(fact_checker).post("/api/v1/claims/", body, content_type="application/json")

    assert response.status_code == 413
    assert "detail" in response.json()
    assert not Claim.objects.exists()


def test_an_anonymous_body_over_1_mb_answers_413_too(api):
    body = b'{"text": "' + b"x" * (1_100_000) + b'"}'

    response = api().post("/api/v1/dates/normalize/", body, content_type="application/json")

    assert response.status_code == 413


def test_malformed_json_answers_400(api, fact_checker):
    response = api(fact_checker).post(
        "/api/v1/claims/", b'{"statement": ', content_type="application/json"
    )

    assert response.status_code == 400
    assert "detail" in response.json()


def test_a_form_encoded_write_answers_415(api, fact_checker):
    response = api(fact_checker).post("/api/v1/claims/", {"statement": "s"}, format="multipart")

    assert response.status_code == 415


def test_a_json_list_instead_of_an_object_answers_400(api, fact_checker):
    response = api(fact_checker).post("/api/v1/claims/", [1, 2], format="json")

    assert response.status_code == 400


def test_an_unknown_claim_is_a_json_404(api):
    response = api().get("/api/v1/claims/999999/")

    assert response.status_code == 404
    assert response.json()["detail"]


def test_anonymous_readers_are_throttled(api, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "3/min", raising=False)
    ClaimFactory()
    client = api()

    statuses = [client.get("/api/v1/claims/").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]


def test_a_bad_token_is_401_not_anonymous_access(api):
    client = api()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")

    assert client.get("/api/v1/claims/").status_code == 401
