import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ClaimFactory,
    EventFactory,
    PublishedClaimFactory,
    SourceFactory,
    TagFactory,
    TimelineFactory,
)
from timeline.models import DateStatus, Event

pytestmark = pytest.mark.django_db

EVENTS = "/api/v1/events/"


def settled(event, start, end, granularity, status=DateStatus.PARSED, relation=""):
    Event.objects.filter(pk=event.pk).update(
        date_status=status,
        date_start=start,
        date_end=end,
        date_granularity=granularity,
        date_relation=relation,
        date_anchor=dt.date(2018, 9, 20),
    )
    event.refresh_from_db()
    return event


def public_event(**kwargs):
    event = EventFactory(**kwargs)
    TimelineFactory().events.add(event)
    return event


def ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["results"]}


@pytest.mark.parametrize(
    "persona, status", [(None, 404), ("reader", 404), ("fact_checker", 200), ("staff", 200)]
)
def test_an_event_on_no_published_timeline_exists_only_for_colleagues(
    api, request, persona, status
):
    private = EventFactory()
    TimelineFactory(is_published=False).events.add(private)
    user = request.getfixturevalue(persona) if persona else None

    assert api(user).get(f"{EVENTS}{private.pk}/").status_code == status


def test_anonymous_readers_list_events_of_published_timelines(api):
    shown = public_event()
    EventFactory()

    assert ids(api().get(EVENTS)) == {shown.pk}


def test_an_event_date_reads_at_its_real_precision(api):
    event = settled(public_event(), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")

    date = api().get(f"{EVENTS}{event.pk}/").json()["date"]

    assert date == {
        "text": "w ubiegłym roku",
        "lang": "pl",
        "anchor": "2018-09-20",
        "offset": None,
        "start": "2017-01-01",
        "end": "2017-12-31",
        "granularity": "year",
        "relation": "",
        "status": "parsed",
        "display": "2017",
        "edtf": "2017",
        "reason": "",
        "reference": "",
        "reference_event": None,
        "reference_chosen": False,
        "flags": [],
    }


def test_the_date_label_follows_the_requested_language(api):
    event = settled(
        public_event(date_text="W sierpniu"), dt.date(2018, 8, 1), dt.date(2018, 8, 31), "month"
    )

    polish = api().get(f"{EVENTS}{event.pk}/", HTTP_ACCEPT_LANGUAGE="pl").json()["date"]
    english = api().get(f"{EVENTS}{event.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()["date"]

    assert polish["display"] == "sierpień 2018"
    assert english["display"] == "August 2018"
    assert polish["edtf"] == "2018-08"


def test_a_relation_shows_in_the_edtf_and_the_label(api):
    event = settled(
        public_event(), dt.date(2017, 4, 1), dt.date(2017, 4, 30), "month", relation="before"
    )

    date = api().get(f"{EVENTS}{event.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()["date"]

    assert date["edtf"] == "[..2017-03]"
    assert "2017" in date["display"] and date["display"] != "April 2017"


def test_a_pending_date_has_no_interval_yet(api):
    event = public_event()

    date = api().get(f"{EVENTS}{event.pk}/").json()["date"]

    assert (date["status"], date["start"], date["end"], date["edtf"]) == (
        "pending",
        None,
        None,
        None,
    )


def test_an_event_lists_its_public_claims_and_timelines_only(api, staff):
    event = EventFactory()
    public_timeline = TimelineFactory(slug="public")
    public_timeline.events.add(event)
    TimelineFactory(slug="draft", is_published=False).events.add(event)
    published, draft = PublishedClaimFactory(), ClaimFactory()
    event.claims.add(published, draft)

    public_view = api().get(f"{EVENTS}{event.pk}/").json()
    staff_view = api(staff).get(f"{EVENTS}{event.pk}/").json()

    assert (public_view["claims"], public_view["timelines"]) == ([published.pk], ["public"])
    assert sorted(staff_view["claims"]) == sorted([published.pk, draft.pk])
    assert sorted(staff_view["timelines"]) == ["draft", "public"]


@pytest.mark.parametrize("persona, status", [(None, 401), ("reader", 403)])
def test_events_cannot_be_created_without_the_role(api, request, persona, status):
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).post(EVENTS, {"title": "x"}, format="json")

    assert response.status_code == status
    assert not Event.objects.exists()


def test_fact_checkers_create_events_whose_date_comes_back_pending(api, fact_checker):
    source = SourceFactory()
    claim = ClaimFactory()
    TimelineFactory(slug="fb")
    TagFactory(slug="facebook")
    body = {
        "title": "Facebook asks banks for data",
        "source": source.pk,
        "date": {"text": "w ubiegłym roku", "lang": "pl"},
        "claims": [claim.pk],
        "timelines": ["fb"],
        "tags": ["facebook"],
    }

    response = api(fact_checker).post(EVENTS, body, format="json")

    assert response.status_code == 201, response.json()
    event = Event.objects.get()
    assert (event.date_text, event.date_lang, event.date_status) == (
        "w ubiegłym roku",
        "pl",
        "pending",
    )
    assert response.json()["date"]["status"] == "pending"
    assert list(event.claims.all()) == [claim]
    assert list(event.timelines.values_list("slug", flat=True)) == ["fb"]
    assert event.history.first().history_user == fact_checker


def test_a_created_event_is_queued_on_commit_and_reads_as_parsed_once_a_worker_ran(
    api, fact_checker, django_capture_on_commit_callbacks
):
    from timeline.services import normalise_pending_events

    source = SourceFactory()  # published 2018-09-20
    body = {"title": "x", "source": source.pk, "date": {"text": "w ubiegłym roku", "lang": "pl"}}

    with django_capture_on_commit_callbacks() as queued:
        response = api(fact_checker).post(EVENTS, body, format="json")
    assert response.status_code == 201
    assert queued, "the event was not handed to the workers on commit"
    event = Event.objects.get()
    normalise_pending_events([event.pk])  # what the worker does with the queued id

    event.refresh_from_db()
    assert (event.date_status, event.date_start, event.date_end, event.date_granularity) == (
        "parsed",
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
        "year",
    )
    date = api(fact_checker).get(f"{EVENTS}{event.pk}/").json()["date"]
    assert (date["status"], date["edtf"]) == ("parsed", "2017")


def test_changing_the_date_text_makes_the_date_pending_again(api, fact_checker):
    event = settled(EventFactory(), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")

    response = api(fact_checker).patch(
        f"{EVENTS}{event.pk}/", {"date": {"text": "W sierpniu"}, "version": 1}, format="json"
    )

    assert response.status_code == 200
    event.refresh_from_db()
    assert (event.date_text, event.date_status, event.date_start) == ("W sierpniu", "pending", None)
    assert response.json()["date"]["status"] == "pending"


def test_changing_the_title_leaves_a_settled_date_alone(api, fact_checker):
    event = settled(EventFactory(), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")

    api(fact_checker).patch(
        f"{EVENTS}{event.pk}/", {"title": "Renamed", "version": 1}, format="json"
    )

    event.refresh_from_db()
    assert (event.title, event.date_status) == ("Renamed", "parsed")


def test_the_interval_cannot_be_written_through_the_api(api, fact_checker):
    event = EventFactory()

    response = api(fact_checker).patch(
        f"{EVENTS}{event.pk}/",
        {"date": {"text": "2017", "start": "2017-01-01"}, "version": 1},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"date": {"start": ["Unknown field."]}}
    event.refresh_from_db()
    assert event.date_text == "w ubiegłym roku"


def test_an_unknown_date_language_is_rejected_on_that_field(api, fact_checker):
    response = api(fact_checker).post(
        EVENTS, {"title": "x", "date": {"text": "2017", "lang": "xx"}}, format="json"
    )

    assert response.status_code == 400
    assert "lang" in response.json()["date"]


@pytest.mark.parametrize(
    "persona, status", [(None, 401), ("reader", 403), ("fact_checker", 403), ("editor", 204)]
)
def test_only_editors_move_events_to_the_bin(api, request, persona, status):
    event = public_event()
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).delete(f"{EVENTS}{event.pk}/", HTTP_IF_MATCH='"v1-"')

    assert response.status_code == status
    assert (Event.all_objects.get(pk=event.pk).deleted_at is not None) == (status == 204)


def test_events_filter_by_timeline_status_tag_claim_and_window(api, staff):
    timeline = TimelineFactory(slug="fb")
    in_2017 = settled(EventFactory(), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")
    timeline.events.add(in_2017)
    in_2017.tags.add(TagFactory(slug="banks"))
    august = settled(EventFactory(), dt.date(2018, 8, 1), dt.date(2018, 8, 31), "month")
    claim = ClaimFactory()
    august.claims.add(claim)
    pending = EventFactory()
    client = api(staff)

    assert ids(client.get(EVENTS, {"timeline": "fb"})) == {in_2017.pk}
    assert ids(client.get(EVENTS, {"status": "pending"})) == {pending.pk}
    assert ids(client.get(EVENTS, {"tag": "banks"})) == {in_2017.pk}
    assert ids(client.get(EVENTS, {"claim": claim.pk})) == {august.pk}
    assert ids(client.get(EVENTS, {"date_from": "2017-12-31", "date_to": "2018-08-01"})) == {
        in_2017.pk,
        august.pk,
    }
    assert ids(client.get(EVENTS, {"date_from": "2018-01-01"})) == {august.pk}


@pytest.mark.parametrize(
    "params, field",
    [
        ({"status": "done"}, "status"),
        ({"date_from": "2018-02-30"}, "date_from"),
        ({"date_from": "2018-02-01", "date_to": "2018-01-01"}, "date_to"),
        ({"claim": "x"}, "claim"),
        ({"ordering": "title"}, "ordering"),
    ],
)
def test_bad_event_filters_answer_400_naming_the_parameter(api, params, field):
    response = api().get(EVENTS, params)

    assert response.status_code == 400
    assert field in response.json()


def test_the_events_list_costs_the_same_queries_for_1_or_50_events(api):
    timeline = TimelineFactory()
    tag = TagFactory()

    def make(count):
        for _ in range(count):
            event = settled(EventFactory(), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")
            timeline.events.add(event)
            event.tags.add(tag)
            event.claims.add(PublishedClaimFactory())

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert api().get(EVENTS, {"page_size": 50}).status_code == 200
        return len(queries)

    make(1)
    one = count()
    make(49)

    assert count() == one
