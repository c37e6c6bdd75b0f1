"""Two people editing the same claim or event through the API never overwrite each other
unseen: a change names the version it is based on, and a stale one is refused with nothing
written."""

import re
import threading
import time

import pytest
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from claims import services
from claims.models import Citation, Claim, Outlet, Source
from claims.roles import FACT_CHECKERS, ensure_roles
from tests.conftest import _user
from tests.factories import (
    ClaimFactory,
    EventFactory,
    OutletFactory,
    PublishedClaimFactory,
    SourceFactory,
    TagFactory,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"
EVENTS = "/api/v1/events/"
SOURCES = "/api/v1/sources/"
OUTLETS = "/api/v1/outlets/"
TAG = re.compile(r'^"v(\d+)-[0-9a-f]{32}"$')


def claim_url(claim):
    return f"{CLAIMS}{claim.pk}/"


def event_url(event):
    return f"{EVENTS}{event.pk}/"


def etag_version(response):
    match = TAG.match(response["ETag"])
    assert match, response["ETag"]
    return int(match.group(1))


@pytest.fixture
def colleague(db, django_user_model):
    """A second fact-checker, as real as the first."""
    return _user(django_user_model, "second-fact-checker", FACT_CHECKERS, is_staff=True)


# What a read says


def test_a_claim_carries_its_version_and_an_etag_naming_it(api, fact_checker):
    claim = ClaimFactory()

    response = api(fact_checker).get(claim_url(claim))

    assert response.json()["version"] == 1
    assert etag_version(response) == 1


def test_an_event_carries_its_version_and_an_etag_naming_it(api, fact_checker):
    event = EventFactory()

    response = api(fact_checker).get(event_url(event))

    assert response.json()["version"] == 1
    assert etag_version(response) == 1


def test_the_etag_a_change_returns_is_the_one_the_next_read_gives(api, fact_checker):
    claim = ClaimFactory()
    client = api(fact_checker)
    first = client.get(claim_url(claim))

    changed = client.patch(
        claim_url(claim), {"summary": "New"}, format="json", HTTP_IF_MATCH=first["ETag"]
    )

    assert changed.status_code == 200
    assert etag_version(changed) == 2
    assert client.get(claim_url(claim))["ETag"] == changed["ETag"]


def test_an_unchanged_claim_answers_304_to_its_own_etag(api, fact_checker):
    claim = ClaimFactory()
    client = api(fact_checker)
    tag = client.get(claim_url(claim))["ETag"]

    assert client.get(claim_url(claim), HTTP_IF_NONE_MATCH=tag).status_code == 304


# Two fact-checkers, one claim


def test_the_second_of_two_fact_checkers_editing_one_claim_is_refused_not_applied(
    api, fact_checker, colleague
):
    claim = ClaimFactory(summary="Original")
    first, second = api(fact_checker), api(colleague)
    first_tag = first.get(claim_url(claim))["ETag"]
    second_tag = second.get(claim_url(claim))["ETag"]

    accepted = first.patch(
        claim_url(claim), {"summary": "First's words"}, format="json", HTTP_IF_MATCH=first_tag
    )
    refused = second.patch(
        claim_url(claim), {"summary": "Second's words"}, format="json", HTTP_IF_MATCH=second_tag
    )

    assert accepted.status_code == 200
    assert refused.status_code == 412
    body = refused.json()
    assert body["current_version"] == 2
    assert "version 2" in body["detail"] and "based on 1" in body["detail"]
    claim.refresh_from_db()
    assert (claim.summary, claim.version) == ("First's words", 2)


def test_the_refused_fact_checker_reads_again_and_then_succeeds(api, fact_checker, colleague):
    claim = ClaimFactory(summary="Original")
    services.update_claim(claim=claim, by=fact_checker, fields={"summary": "First's words"})
    second = api(colleague)

    assert (
        second.patch(claim_url(claim), {"summary": "Mine", "version": 1}, format="json").status_code
        == 412
    )
    fresh = second.get(claim_url(claim))
    retried = second.patch(
        claim_url(claim), {"claimant": "Reuters"}, format="json", HTTP_IF_MATCH=fresh["ETag"]
    )

    assert retried.status_code == 200
    claim.refresh_from_db()
    assert (claim.summary, claim.claimant, claim.version) == ("First's words", "Reuters", 3)


def test_a_stale_version_in_the_body_is_refused_like_a_stale_etag(api, fact_checker):
    claim = ClaimFactory(summary="Original")
    services.update_claim(claim=claim, by=fact_checker, fields={"summary": "Newer"})

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "Stale", "version": 1}, format="json"
    )

    assert response.status_code == 412
    assert response.json()["current_version"] == 2
    claim.refresh_from_db()
    assert (claim.summary, claim.version) == ("Newer", 2)


def test_a_change_that_names_no_version_is_428_and_writes_nothing(api, fact_checker):
    claim = ClaimFactory(summary="Original")

    response = api(fact_checker).patch(claim_url(claim), {"summary": "Blind"}, format="json")

    assert response.status_code == 428
    assert "If-Match" in response.json()["detail"]
    claim.refresh_from_db()
    assert (claim.summary, claim.version) == ("Original", 1)


def test_if_match_star_does_not_count_as_naming_a_version(api, fact_checker):
    claim = ClaimFactory(summary="Original")

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "Blind"}, format="json", HTTP_IF_MATCH="*"
    )

    assert response.status_code == 428
    claim.refresh_from_db()
    assert claim.summary == "Original"


def test_an_etag_that_names_no_version_is_412(api, fact_checker):
    claim = ClaimFactory(summary="Original")

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "X"}, format="json", HTTP_IF_MATCH='"0123abcd"'
    )

    assert response.status_code == 412
    assert response.json()["current_version"] == 1
    claim.refresh_from_db()
    assert claim.summary == "Original"


def test_if_match_and_a_body_version_that_disagree_are_refused(api, fact_checker):
    claim = ClaimFactory(summary="Original")

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "X", "version": 2}, format="json", HTTP_IF_MATCH='"v1-"'
    )

    assert response.status_code == 412
    claim.refresh_from_db()
    assert claim.summary == "Original"


def test_a_weak_etag_from_a_compressing_proxy_still_names_the_version(api, fact_checker):
    claim = ClaimFactory()
    tag = api(fact_checker).get(claim_url(claim))["ETag"]

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "Through a proxy"}, format="json", HTTP_IF_MATCH=f"W/{tag}"
    )

    assert response.status_code == 200


@pytest.mark.parametrize("version", [0, -1, "1", 1.5, None, True, 2**40])
def test_a_malformed_version_is_400_naming_it(api, fact_checker, version):
    claim = ClaimFactory(summary="Original")

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "X", "version": version}, format="json"
    )

    # "1" is read as the number by DRF's IntegerField; every other value is refused.
    if version == "1":
        assert response.status_code == 200
        return
    assert response.status_code == 400
    assert "version" in response.json()
    claim.refresh_from_db()
    assert (claim.summary, claim.version) == ("Original", 1)


# The version is the lock's, never the client's to set


def test_a_version_in_the_body_is_never_written_as_given(api, fact_checker):
    claim = ClaimFactory()

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "Changed", "version": 1}, format="json"
    )

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.version == 2
    assert response.json()["version"] == 2


def test_a_far_future_version_is_refused_and_not_adopted(api, fact_checker):
    claim = ClaimFactory(summary="Original")

    response = api(fact_checker).patch(
        claim_url(claim), {"summary": "Changed", "version": 99}, format="json"
    )

    assert response.status_code == 412
    claim.refresh_from_db()
    assert (claim.version, claim.summary) == (1, "Original")


@pytest.mark.parametrize(
    "url, body",
    [
        (CLAIMS, {"language": "pl", "statement": "S"}),
        (EVENTS, {"title": "T"}),
        (SOURCES, {"title": "T"}),
        (OUTLETS, {"name": "N"}),
    ],
)
def test_a_create_cannot_choose_its_version(api, fact_checker, url, body):
    response = api(fact_checker).post(url, {**body, "version": 7}, format="json")

    assert response.status_code == 400
    assert response.json() == {"version": ["Unknown field."]}
    assert not Claim.objects.exists() and not Event.objects.exists()
    assert not Source.objects.exists() and not Outlet.objects.exists()


@pytest.mark.parametrize("url, body", [(SOURCES, {"title": "T"}), (OUTLETS, {"name": "N"})])
def test_a_created_record_answers_with_version_1_and_its_etag(api, fact_checker, url, body):
    client = api(fact_checker)
    created = client.post(url, body, format="json")

    assert created.status_code == 201
    assert created.json()["version"] == 1
    read = client.get(f"{url}{created.json()['id']}/")
    assert read.json()["version"] == 1 and etag_version(read) == 1


# Sources and outlets are locked like claims and events


def record_url(obj):
    return f"{SOURCES if isinstance(obj, Source) else OUTLETS}{obj.pk}/"


def text_field(obj):
    return "title" if isinstance(obj, Source) else "name"


@pytest.mark.parametrize("factory", [SourceFactory, OutletFactory])
def test_the_second_of_two_fact_checkers_editing_one_record_is_refused_not_applied(
    api, fact_checker, colleague, factory
):
    obj = factory()
    url, field = record_url(obj), text_field(obj)
    first, second = api(fact_checker), api(colleague)
    first_tag, second_tag = first.get(url)["ETag"], second.get(url)["ETag"]

    accepted = first.patch(url, {field: "First's words"}, format="json", HTTP_IF_MATCH=first_tag)
    refused = second.patch(url, {field: "Second's words"}, format="json", HTTP_IF_MATCH=second_tag)

    assert (accepted.status_code, refused.status_code) == (200, 412)
    assert accepted.json()["version"] == 2 and etag_version(accepted) == 2
    assert refused.json()["current_version"] == 2
    obj.refresh_from_db()
    assert (getattr(obj, field), obj.version) == ("First's words", 2)
    assert obj.history.first().history_user == fact_checker


@pytest.mark.parametrize("factory", [SourceFactory, OutletFactory])
def test_a_record_change_without_a_version_is_428_and_a_stale_body_version_412(
    api, fact_checker, factory
):
    obj = factory()
    url, field = record_url(obj), text_field(obj)
    client = api(fact_checker)

    blind = client.patch(url, {field: "Blind"}, format="json")
    stale = client.patch(url, {field: "Stale", "version": 5}, format="json")
    current = client.patch(url, {field: "Current", "version": 1}, format="json")

    assert (blind.status_code, stale.status_code, current.status_code) == (428, 412, 200)
    obj.refresh_from_db()
    assert (getattr(obj, field), obj.version) == ("Current", 2)


def test_replacing_only_what_a_source_cites_moves_its_version_on(api, fact_checker, colleague):
    source, cited, other = SourceFactory(), SourceFactory(), SourceFactory()
    url = record_url(source)

    first = api(fact_checker).patch(url, {"cites": [cited.pk], "version": 1}, format="json")
    second = api(colleague).patch(url, {"cites": [other.pk], "version": 1}, format="json")

    assert (first.status_code, second.status_code) == (200, 412)
    source.refresh_from_db()
    assert source.version == 2
    assert list(source.cites.all()) == [cited]


# Every accepted change moves the version on


def test_replacing_only_tags_moves_the_version_on_so_a_stale_editor_is_refused(
    api, fact_checker, colleague
):
    claim = ClaimFactory()
    TagFactory(slug="banks")
    TagFactory(slug="privacy")

    first = api(fact_checker).patch(
        claim_url(claim), {"tags": ["banks"], "version": 1}, format="json"
    )
    second = api(colleague).patch(
        claim_url(claim), {"tags": ["privacy"], "version": 1}, format="json"
    )

    assert (first.status_code, second.status_code) == (200, 412)
    claim.refresh_from_db()
    assert claim.version == 2
    assert list(claim.tags.values_list("slug", flat=True)) == ["banks"]
    assert claim.history.first().history_user == fact_checker


def test_replacing_only_citations_moves_the_version_on(api, fact_checker):
    claim = ClaimFactory()
    source = SourceFactory()

    response = api(fact_checker).patch(
        claim_url(claim),
        {"citations": [{"source": source.pk, "quote": "Facebook prosił banki"}], "version": 1},
        format="json",
    )

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.version == 2
    assert Citation.objects.filter(claim=claim).count() == 1


# Events


def test_the_second_of_two_fact_checkers_editing_one_event_is_refused(api, fact_checker, colleague):
    event = EventFactory(title="Original")
    first, second = api(fact_checker), api(colleague)
    tag = first.get(event_url(event))["ETag"]
    assert second.get(event_url(event))["ETag"] == tag

    accepted = first.patch(event_url(event), {"title": "First"}, format="json", HTTP_IF_MATCH=tag)
    refused = second.patch(
        event_url(event), {"date": {"text": "W sierpniu"}}, format="json", HTTP_IF_MATCH=tag
    )

    assert (accepted.status_code, refused.status_code) == (200, 412)
    assert refused.json()["current_version"] == 2
    event.refresh_from_db()
    assert (event.title, event.date_text, event.version) == ("First", "w ubiegłym roku", 2)


def test_an_event_change_without_a_version_is_428(api, fact_checker):
    event = EventFactory(title="Original")

    response = api(fact_checker).patch(event_url(event), {"title": "Blind"}, format="json")

    assert response.status_code == 428
    event.refresh_from_db()
    assert (event.title, event.version) == ("Original", 1)


def test_linking_an_event_to_a_claim_moves_the_event_version_on(api, fact_checker):
    event = EventFactory()
    claim = ClaimFactory()

    response = api(fact_checker).patch(
        event_url(event), {"claims": [claim.pk], "version": 1}, format="json"
    )

    assert response.status_code == 200
    event.refresh_from_db()
    assert event.version == 2
    assert list(event.claims.all()) == [claim]


# Deleting


@pytest.mark.parametrize("kind", ["claim", "event", "source", "outlet"])
def test_deleting_needs_the_current_version(api, editor, kind):
    obj = {"claim": ClaimFactory, "event": EventFactory, "source": SourceFactory}.get(
        kind, OutletFactory
    )()
    url = {"claim": claim_url, "event": event_url}.get(kind, record_url)(obj)
    model = type(obj)
    client = api(editor)

    blind = client.delete(url)
    stale = client.delete(url, HTTP_IF_MATCH='"v7-"')
    assert (blind.status_code, stale.status_code) == (428, 412)
    assert model.all_objects.get(pk=obj.pk).deleted_at is None

    current = client.delete(url, HTTP_IF_MATCH=client.get(url)["ETag"])
    assert current.status_code == 204
    assert model.all_objects.get(pk=obj.pk).deleted_by == editor


def test_a_version_in_a_delete_body_works_like_if_match(api, editor):
    claim = ClaimFactory()

    response = api(editor).delete(claim_url(claim), {"version": 1}, format="json")

    assert response.status_code == 204
    assert Claim.all_objects.get(pk=claim.pk).deleted_at is not None


# Review actions check If-Match when it is sent


def test_a_verdict_based_on_a_stale_read_is_refused(api, editor):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW)
    client = api(editor)
    tag = client.get(claim_url(claim))["ETag"]
    services.update_claim(claim=claim, by=editor, fields={"summary": "Changed meanwhile"})

    response = client.post(
        f"{claim_url(claim)}verdict/", {"verdict": "false"}, format="json", HTTP_IF_MATCH=tag
    )

    assert response.status_code == 412
    claim.refresh_from_db()
    assert claim.verdict == ""


def test_a_verdict_based_on_the_current_read_is_given(api, editor):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW)
    client = api(editor)
    tag = client.get(claim_url(claim))["ETag"]

    response = client.post(
        f"{claim_url(claim)}verdict/", {"verdict": "false"}, format="json", HTTP_IF_MATCH=tag
    )

    assert response.status_code == 200
    assert etag_version(response) == 2
    claim.refresh_from_db()
    assert (claim.verdict, claim.version) == ("false", 2)


def test_publishing_a_stale_read_is_refused(api, editor):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.IN_REVIEW, verdict="true")
    client = api(editor)
    tag = client.get(claim_url(claim))["ETag"]
    services.record_verdict(claim=claim, verdict="false", by=editor)

    response = client.post(f"{claim_url(claim)}publish/", HTTP_IF_MATCH=tag)

    assert response.status_code == 412
    claim.refresh_from_db()
    assert claim.review_status == "in_review"


def test_review_actions_without_if_match_still_work(api, editor):
    claim = PublishedClaimFactory()

    response = api(editor).post(f"{claim_url(claim)}send-back/")

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.review_status == "in_review"


# Truly at the same time, on PostgreSQL


@pytest.fixture
def roles_after_a_flush(transactional_db):
    """Content types, permissions and the two roles as the migrations made them. Transactional
    tests run last, and a flush by an earlier one (the browser tests' live server) can leave
    the database without any of them."""
    ContentType.objects.clear_cache()
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)
        create_permissions(app_config, verbosity=0)
    ensure_roles()


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_changes_from_the_same_version_cannot_both_win(
    roles_after_a_flush, api, fact_checker, colleague, monkeypatch
):
    """The first change holds the row while it works; the second, sent meanwhile from the
    same version, waits for it and is then refused. A read-then-compare check would let the
    second through (it would read version 1 before the first commits) and overwrite."""
    assert connection.vendor == "postgresql"
    claim = ClaimFactory(summary="Original")
    holding = threading.Event()
    update_claim = services.update_claim

    def slow_update_claim(*, claim, by, **kwargs):
        result = update_claim(claim=claim, by=by, **kwargs)
        if by == fact_checker:
            holding.set()
            time.sleep(1.0)  # still inside the first request's transaction
        return result

    monkeypatch.setattr(services, "update_claim", slow_update_claim)
    answers = {}

    def send(name, user, summary):
        try:
            answers[name] = (
                api(user)
                .patch(claim_url(claim), {"summary": summary, "version": 1}, format="json")
                .status_code
            )
        except Exception as exc:  # noqa: BLE001 - reported by the assertions below
            answers[name] = repr(exc)
        finally:
            connection.close()

    first = threading.Thread(target=send, args=("first", fact_checker, "First"))
    first.start()
    assert holding.wait(30), answers
    second = threading.Thread(target=send, args=("second", colleague, "Second"))
    second.start()
    first.join(20)
    second.join(20)

    assert answers == {"first": 200, "second": 412}
    claim.refresh_from_db()
    assert (claim.summary, claim.version) == ("First", 2)
