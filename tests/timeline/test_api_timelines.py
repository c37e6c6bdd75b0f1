import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import EventFactory, PublishedClaimFactory, TagFactory, TimelineFactory
from timeline.models import DateStatus, Event

pytestmark = pytest.mark.django_db

TIMELINES = "/api/v1/timelines/"
NORMALIZE = "/api/v1/dates/normalize/"


def settled(event, start, end, granularity, relation=""):
    Event.objects.filter(pk=event.pk).update(
        date_status=DateStatus.PARSED,
        date_start=start,
        date_end=end,
        date_granularity=granularity,
        date_relation=relation,
    )
    return event


def test_anonymous_readers_list_published_timelines_only(api, staff):
    shown = TimelineFactory(slug="shown")
    TimelineFactory(slug="draft", is_published=False)

    assert [t["slug"] for t in api().get(TIMELINES).json()["results"]] == [shown.slug]
    assert len(api(staff).get(TIMELINES).json()["results"]) == 2


@pytest.mark.parametrize(
    "persona, status", [(None, 404), ("reader", 404), ("fact_checker", 200), ("staff", 200)]
)
def test_an_unpublished_timeline_exists_only_for_colleagues(api, request, persona, status):
    TimelineFactory(slug="draft", is_published=False)
    user = request.getfixturevalue(persona) if persona else None

    assert api(user).get(f"{TIMELINES}draft/").status_code == status
    assert api(user).get(f"{TIMELINES}draft/timelinejs/").status_code == status


def test_a_timeline_by_slug_carries_its_events_earliest_first_undated_last(api):
    timeline = TimelineFactory(slug="fb")
    undated = EventFactory(title="undated")
    late = settled(EventFactory(title="late"), dt.date(2018, 8, 1), dt.date(2018, 8, 31), "month")
    early = settled(EventFactory(title="early"), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")
    timeline.events.add(undated, late, early)

    body = api().get(f"{TIMELINES}fb/").json()

    assert body["url"] == "http://testserver/api/v1/timelines/fb/"
    assert body["html_url"].endswith(timeline.get_absolute_url())
    assert [e["title"] for e in body["events"]] == ["early", "late", "undated"]
    assert body["events"][0]["date"]["display"] == "2017"


def test_timelinejs_dates_name_only_the_parts_that_are_known(api):
    timeline = TimelineFactory(slug="fb", title="Facebook and the banks")
    year = settled(EventFactory(), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")
    month = settled(EventFactory(), dt.date(2018, 8, 1), dt.date(2018, 8, 31), "month")
    day = settled(EventFactory(), dt.date(2018, 9, 20), dt.date(2018, 9, 20), "day")
    quarter = settled(EventFactory(), dt.date(2018, 7, 1), dt.date(2018, 9, 30), "quarter")
    decade = settled(EventFactory(), dt.date(2010, 1, 1), dt.date(2019, 12, 31), "decade")
    week = settled(EventFactory(), dt.date(2018, 9, 17), dt.date(2018, 9, 23), "week")
    pending = EventFactory()
    timeline.events.add(year, month, day, quarter, decade, week, pending)

    body = api().get(f"{TIMELINES}fb/timelinejs/", HTTP_ACCEPT_LANGUAGE="pl").json()
    slides = {slide["unique_id"]: slide for slide in body["events"]}

    assert body["title"]["text"]["headline"] == "Facebook and the banks"
    assert f"event-{pending.pk}" not in slides
    assert slides[f"event-{year.pk}"]["start_date"] == {"year": 2017}
    assert "end_date" not in slides[f"event-{year.pk}"]
    assert slides[f"event-{year.pk}"]["display_date"] == "2017"
    assert slides[f"event-{month.pk}"]["start_date"] == {"year": 2018, "month": 8}
    assert slides[f"event-{month.pk}"]["display_date"] == "sierpień 2018"
    assert slides[f"event-{day.pk}"]["start_date"] == {"year": 2018, "month": 9, "day": 20}
    assert slides[f"event-{quarter.pk}"]["start_date"] == {"year": 2018, "month": 7}
    assert slides[f"event-{quarter.pk}"]["end_date"] == {"year": 2018, "month": 9}
    assert slides[f"event-{decade.pk}"]["start_date"] == {"year": 2010}
    assert slides[f"event-{decade.pk}"]["end_date"] == {"year": 2019}
    assert slides[f"event-{week.pk}"]["end_date"] == {"year": 2018, "month": 9, "day": 23}


def test_the_timeline_detail_costs_the_same_queries_for_1_or_50_events(api):
    timeline = TimelineFactory(slug="fb")
    tag = TagFactory()

    def make(count):
        for _ in range(count):
            event = settled(EventFactory(), dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")
            timeline.events.add(event)
            event.tags.add(tag)
            event.claims.add(PublishedClaimFactory())

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert api().get(f"{TIMELINES}fb/").status_code == 200
        return len(queries)

    make(1)
    one = count()
    make(49)

    assert count() == one


def test_an_unchanged_timeline_answers_304_to_its_etag(api):
    TimelineFactory(slug="fb")
    etag = api().get(f"{TIMELINES}fb/")["ETag"]

    assert api().get(f"{TIMELINES}fb/", HTTP_IF_NONE_MATCH=etag).status_code == 304


# The date normaliser


def test_the_normaliser_reads_an_expression_against_its_anchor(api):
    response = api().post(
        NORMALIZE, {"text": "w ubiegłym roku", "anchor": "2018-09-20", "lang": "pl"}, format="json"
    )

    assert response.status_code == 200
    assert response.json() == {
        "text": "w ubiegłym roku",
        "start": "2017-01-01",
        "end": "2017-12-31",
        "granularity": "year",
        "edtf": "2017",
        "status": "parsed",
        "reason": "",
        "relation": None,
        "reference": None,
    }


def test_the_normaliser_says_why_it_cannot_place_an_expression(api):
    body = api().post(NORMALIZE, {"text": "87 mln", "lang": "pl"}, format="json").json()

    assert body["status"] == "unparsed"
    assert body["reason"]
    assert body["start"] is None


@pytest.mark.parametrize(
    "body, field",
    [
        ({"anchor": "2018-09-20"}, "text"),
        ({"text": "2017", "anchor": "20.09.2018"}, "anchor"),
        ({"text": "2017", "lang": "klingon"}, "lang"),
        ({"text": "x" * 201}, "text"),
        ({"text": "2017", "when": "now"}, "when"),
    ],
)
def test_bad_normaliser_input_answers_400_naming_the_field(api, body, field):
    response = api().post(NORMALIZE, body, format="json")

    assert response.status_code == 400
    assert field in response.json()


def test_the_normaliser_is_not_a_get(api):
    assert api().get(NORMALIZE).status_code == 405
