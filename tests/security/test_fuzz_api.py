"""The whole API fuzzed from its own OpenAPI schema: every operation, as the public and as an
editor, with data that fits the schema and data that does not. No answer may be a server error,
use a status code the schema does not list, or carry a body that breaks the schema.

Deterministic (Hypothesis derandomised, no example database), so a run in CI repeats exactly.
"""

import datetime as dt
import os
from urllib.parse import parse_qs, urlsplit

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from rest_framework.authtoken.models import Token
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

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

# Examples per operation and generation mode: with 29 operations, two modes, two personas and
# the passes pinned to real rows: 840 requests, under 20 s (docs/security.md).
# FUZZ_EXAMPLES=80 digs deeper by hand.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "4"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def story(db):
    """Real rows for the pinned passes to hit: a published and a draft claim, a public and a
    private timeline, a dated event on the public one."""
    public = TimelineFactory(slug="public-story")
    TimelineFactory(slug="draft-story", is_published=False)
    published = PublishedClaimFactory(review_body="Checked.")
    published.tags.add(TagFactory(slug="facebook"))
    citation = CitationFactory(claim=published)
    draft = ClaimFactory()
    event = EventFactory(source=citation.source)
    Event.objects.filter(pk=event.pk).update(
        date_status="parsed",
        date_start=dt.date(2017, 1, 1),
        date_end=dt.date(2017, 12, 31),
        date_granularity="year",
    )
    event.claims.add(published)
    public.events.add(event)
    return {
        "claims": [published.pk, draft.pk],
        "sources": [citation.source.pk],
        "outlets": [citation.source.outlet_id],
        "events": [event.pk],
        "timelines": ["public-story", "draft-story"],
    }


@pytest.fixture
def same_connection():
    """Keep the test's database connection across requests, as Django's test client does.

    The WSGI application closes a connection that is not in autocommit mode when a request
    finishes; inside the test's transaction that would close it under the test.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def unthrottled(monkeypatch):
    # Hundreds of requests in a minute: the limits are tested elsewhere (tests/test_api_schema.py).
    monkeypatch.setattr(AnonRateThrottle, "rate", "1000000/min", raising=False)
    monkeypatch.setattr(UserRateThrottle, "rate", "1000000/min", raising=False)


def pinned_parameters(operation, story):
    """Path parameters naming real rows for `operation`, or None when it takes none."""
    resource = operation.path.removeprefix("/api/v1/").split("/")[0]
    if "{id}" in operation.path:
        return [{"id": pk} for pk in story[resource]]
    if "{slug}" in operation.path:
        return [{"slug": slug} for slug in story[resource]]
    return None


def negative_data_refused(ctx, response, case):
    """Schemathesis's negative_data_rejection, allowing one convention of the list filters: an
    empty query parameter (`?language=`) means no filter, as an HTML form submits it."""
    data = case.meta.phase.data if case.meta is not None else None
    if data is not None and data.parameter_location == ParameterLocation.QUERY:
        mutated = {data.parameter, *(mutation.parameter for mutation in data.mutations)} - {None}
        # As sent: an empty object or list goes on the wire as an empty value too.
        sent = parse_qs(urlsplit(response.request.url).query, keep_blank_values=True)
        if any(sent.get(name) and not any(sent[name]) for name in mutated):
            return None
    return negative_data_rejection(ctx, response, case)


VERSIONED = {"claims": Claim, "events": Event}


def current_version_tag(operation, path_parameters):
    """An If-Match naming the row's current version, so that a change gets past the lock and
    the fuzzed body reaches the write itself; None for rows without versions."""
    model = VERSIONED.get(operation.path.removeprefix("/api/v1/").split("/")[0])
    if model is None or not path_parameters or "id" not in path_parameters:
        return None
    version = model.all_objects.filter(pk=path_parameters["id"]).values_list("version", flat=True)
    return f'"v{version.first()}-"' if version.exists() else None


def fuzz(operation, *, headers, mode, path_parameters=None, fresh=False):
    strategy = operation.as_strategy(generation_mode=mode, path_parameters=path_parameters)
    checks = [*CHECKS, negative_data_refused] if mode is GenerationMode.NEGATIVE else CHECKS

    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        sent = dict(headers)
        if fresh and (tag := current_version_tag(operation, path_parameters)):
            sent["If-Match"] = tag
        case.call_and_validate(headers=sent, checks=checks)

    run()


@pytest.mark.parametrize("persona", ["anonymous", "editor"])
def test_every_operation_answers_within_its_schema(
    request, api, story, unthrottled, same_connection, persona
):
    # (`api` is asked for its fresh cache: no throttle counts from earlier tests.)
    headers = {}
    if persona != "anonymous":
        user = request.getfixturevalue(persona)
        headers["Authorization"] = f"Token {Token.objects.create(user=user).key}"
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())

    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 29, [op.label for op in operations]
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            fuzz(operation, headers=headers, mode=mode)
        for parameters in pinned_parameters(operation, story) or []:
            for fresh in (False, True) if operation.method != "get" else (False,):
                fuzz(
                    operation,
                    headers=headers,
                    mode=GenerationMode.POSITIVE,
                    path_parameters=parameters,
                    fresh=fresh,
                )
