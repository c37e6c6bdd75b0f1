"""A write that fails half-way leaves nothing behind: no claim without its citations, no
event without its links, no change half applied. The client gets a plain error, never a
traceback."""

import pytest
from django.db import DatabaseError, OperationalError
from django.db.models import QuerySet

from claims.models import Citation, Claim
from tests.factories import CitationFactory, ClaimFactory, SourceFactory, TimelineFactory
from timeline.models import Event, Timeline

pytestmark = pytest.mark.django_db

QUOTE = "Facebook prosił banki"
OTHER_QUOTE = "w ubiegłym roku"


def fail_on_call(monkeypatch, model, method, number, error):
    """Make `model.method` raise `error` on its `number`th call; the earlier calls work."""
    original = getattr(model, method)
    calls = []

    def failing(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == number:
            raise error
        return original(self, *args, **kwargs)

    monkeypatch.setattr(model, method, failing)
    return calls


def two_citations(source):
    return [{"source": source.pk, "quote": QUOTE}, {"source": source.pk, "quote": OTHER_QUOTE}]


def assert_plain_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"detail"}
    text = response.content.decode()
    for trace in ("Traceback", 'File "', "DatabaseError", "simulated", "site-packages"):
        assert trace not in text


def test_a_claim_whose_second_citation_fails_to_save_leaves_no_claim_and_no_citation(
    api, fact_checker, monkeypatch
):
    source = SourceFactory()
    calls = fail_on_call(
        monkeypatch, Citation, "save", 2, DatabaseError("simulated: could not extend file")
    )

    response = api(fact_checker).post(
        "/api/v1/claims/",
        {"statement": "S", "language": "pl", "citations": two_citations(source)},
        format="json",
    )

    assert len(calls) == 2  # the first citation was saved before the second failed
    assert_plain_error(response, 500)
    assert "nothing was saved" in response.json()["detail"]
    assert Claim.all_objects.count() == 0
    assert Citation.all_objects.count() == 0
    assert Claim.history.count() == 0 and Citation.history.count() == 0


def test_a_connection_lost_mid_write_answers_503_and_leaves_nothing(api, fact_checker, monkeypatch):
    source = SourceFactory()
    fail_on_call(monkeypatch, Citation, "save", 2, OperationalError("simulated: server closed"))

    response = api(fact_checker).post(
        "/api/v1/claims/",
        {"statement": "S", "language": "pl", "citations": two_citations(source)},
        format="json",
    )

    assert_plain_error(response, 503)
    assert response["Retry-After"]
    assert Claim.all_objects.count() == 0 and Citation.all_objects.count() == 0


def test_a_change_that_fails_half_way_leaves_the_claim_as_it_was(api, fact_checker, monkeypatch):
    claim = ClaimFactory(summary="Before")
    old = CitationFactory(claim=claim)
    source = SourceFactory()
    fail_on_call(monkeypatch, Citation, "save", 3, DatabaseError("simulated"))

    response = api(fact_checker).patch(
        f"/api/v1/claims/{claim.pk}/",
        {"summary": "After", "citations": two_citations(source), "version": 1},
        format="json",
    )

    assert_plain_error(response, 500)
    claim.refresh_from_db()
    assert (claim.summary, claim.version) == ("Before", 1)
    assert list(Citation.all_objects.filter(claim=claim)) == [old]
    assert Citation.all_objects.get(pk=old.pk).deleted_at is None


def test_an_event_whose_timeline_link_fails_is_not_created_with_its_other_links(
    api, fact_checker, monkeypatch
):
    timeline = TimelineFactory(slug="story")
    claim = ClaimFactory()
    bulk_create = QuerySet.bulk_create

    def failing_bulk_create(self, objs, *args, **kwargs):
        # The claims are linked first; the timelines' link rows then fail.
        if self.model is Timeline.events.through:
            raise DatabaseError("simulated")
        return bulk_create(self, objs, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "bulk_create", failing_bulk_create)

    response = api(fact_checker).post(
        "/api/v1/events/",
        {
            "title": "Facebook asks banks",
            "date": {"text": "W sierpniu", "lang": "pl"},
            "claims": [claim.pk],
            "timelines": [timeline.slug],
        },
        format="json",
    )

    assert_plain_error(response, 500)
    assert Event.all_objects.count() == 0
    assert Event.claims.through.objects.count() == 0
    assert Event.history.count() == 0


def test_a_failed_verdict_leaves_no_verdict(api, editor, monkeypatch):
    claim = ClaimFactory(review_status="in_review")
    fail_on_call(monkeypatch, Claim, "save", 1, DatabaseError("simulated"))

    response = api(editor).post(
        f"/api/v1/claims/{claim.pk}/verdict/", {"verdict": "false"}, format="json"
    )

    assert_plain_error(response, 500)
    claim.refresh_from_db()
    assert (claim.verdict, claim.reviewed_by, claim.version) == ("", None, 1)
