"""The events per year of each timeline, kept by the database's triggers, always equal a count
of the events themselves, whichever way an event, a date or a membership changes."""

import datetime as dt
import random

import pytest
from django.db import connection, transaction
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone

from claims import services as claim_services
from tests.factories import EventFactory, TimelineFactory
from timeline import normalisation, year_counts
from timeline.models import DateStatus, Event, TimelineYear

pytestmark = pytest.mark.django_db


def kept(timeline):
    return dict(
        TimelineYear.objects.filter(timeline_id=timeline.pk)
        .exclude(events=0)
        .values_list("year", "events")
    )


def counted(timeline):
    rows = (
        Event.objects.filter(timelines=timeline)
        .annotate(year=ExtractYear("date_start"))
        .values("year")
        .annotate(n=Count("pk"))
    )
    return {row["year"] or TimelineYear.UNDATED: row["n"] for row in rows}


def dated(start, **fields):
    event = EventFactory(**fields)
    Event.all_objects.filter(pk=event.pk).update(
        date_start=start, date_end=start, date_status=DateStatus.CONFIRMED
    )
    return event


@pytest.fixture
def story():
    timeline = TimelineFactory()
    events = [dated(dt.date(2017, 3, 1)), dated(dt.date(2017, 9, 1)), dated(dt.date(2018, 8, 6))]
    undated = EventFactory()
    Event.all_objects.filter(pk=undated.pk).update(date_start=None, date_end=None)
    timeline.events.add(*events, undated)
    return timeline, events, undated


def test_memberships_are_counted_by_the_year_the_event_starts(story):
    timeline, _events, _undated = story
    assert kept(timeline) == {2017: 2, 2018: 1, TimelineYear.UNDATED: 1} == counted(timeline)


def test_a_date_moved_by_save_by_update_or_by_a_worker_moves_its_count(story):
    timeline, (first, _second, third), undated = story
    first.refresh_from_db()
    first.date_start = dt.date(2016, 1, 1)
    first.save()
    assert kept(timeline) == {2016: 1, 2017: 1, 2018: 1, TimelineYear.UNDATED: 1}

    Event.all_objects.filter(pk=third.pk).update(date_start=dt.date(2016, 5, 5))
    assert kept(timeline) == {2016: 2, 2017: 1, TimelineYear.UNDATED: 1}

    # The worker's own bulk write (COPY and one UPDATE on PostgreSQL).
    Event.all_objects.filter(pk=undated.pk).update(
        date_text="w sierpniu 2018", date_lang="pl", date_status=DateStatus.PENDING
    )
    assert normalisation.normalise_batch([undated.pk]) == 1
    assert kept(timeline) == {2016: 2, 2017: 1, 2018: 1} == counted(timeline)


def test_the_bin_takes_an_event_out_of_the_counts_and_restoring_puts_it_back(story, editor):
    timeline, (first, *_rest), _undated = story
    claim_services.move_to_bin(obj=Event.objects.get(pk=first.pk), by=editor)
    assert kept(timeline) == {2017: 1, 2018: 1, TimelineYear.UNDATED: 1} == counted(timeline)
    claim_services.restore_from_bin(obj=Event.all_objects.get(pk=first.pk), by=editor)
    assert kept(timeline) == {2017: 2, 2018: 1, TimelineYear.UNDATED: 1} == counted(timeline)
    # A date changed while in the bin is counted at its new year when it comes back.
    Event.all_objects.filter(pk=first.pk).update(deleted_at=timezone.now())
    Event.all_objects.filter(pk=first.pk).update(date_start=dt.date(2010, 1, 1))
    assert kept(timeline) == {2017: 1, 2018: 1, TimelineYear.UNDATED: 1}
    Event.all_objects.filter(pk=first.pk).update(deleted_at=None)
    assert kept(timeline) == {2010: 1, 2017: 1, 2018: 1, TimelineYear.UNDATED: 1}


def test_removing_clearing_and_setting_memberships(story):
    timeline, (first, second, third), undated = story
    timeline.events.remove(first)
    assert kept(timeline) == {2017: 1, 2018: 1, TimelineYear.UNDATED: 1}
    timeline.events.set([third])
    assert kept(timeline) == {2018: 1}
    timeline.events.clear()
    assert kept(timeline) == {}
    # An event in the bin put on a timeline is not counted until it comes back.
    Event.all_objects.filter(pk=second.pk).update(deleted_at=timezone.now())
    timeline.events.add(second, undated)
    assert kept(timeline) == {TimelineYear.UNDATED: 1} == counted(timeline)


def test_deleting_an_event_counts_once_whichever_row_goes_first(story):
    timeline, (first, second, _third), _undated = story
    Event.all_objects.get(pk=first.pk).delete()
    assert kept(timeline) == {2017: 1, 2018: 1, TimelineYear.UNDATED: 1}
    # The event row first, its membership after, in one transaction (the foreign key is
    # checked at the commit).
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM timeline_event WHERE id = %s", [second.pk])
        cursor.execute("DELETE FROM timeline_timeline_events WHERE event_id = %s", [second.pk])
    assert kept(timeline) == {2018: 1, TimelineYear.UNDATED: 1} == counted(timeline)


def test_two_timelines_sharing_events_are_counted_apart(story):
    timeline, (first, _second, third), _undated = story
    other = TimelineFactory()
    other.events.add(first, third)
    Event.all_objects.filter(pk__in=[first.pk, third.pk]).update(
        date_start=dt.date(2019, 1, 1), date_end=dt.date(2019, 1, 1)
    )
    assert kept(other) == {2019: 2} == counted(other)
    assert kept(timeline) == {2017: 1, 2019: 2, TimelineYear.UNDATED: 1} == counted(timeline)


def test_random_changes_keep_the_counts_equal_to_counting(editor):
    rng = random.Random(2018)
    timelines = [TimelineFactory() for _ in range(3)]
    events = [dated(dt.date(rng.randint(2015, 2019), 1, 1)) for _ in range(12)]
    for _ in range(150):
        timeline, event = rng.choice(timelines), rng.choice(events)
        action = rng.randrange(6)
        if action == 0:
            timeline.events.add(event)
        elif action == 1:
            timeline.events.remove(event)
        elif action == 2:
            year = rng.choice([None, *range(2015, 2020)])
            start = dt.date(year, 6, 1) if year else None
            status = DateStatus.CONFIRMED if start else DateStatus.PENDING
            Event.all_objects.filter(pk=event.pk).update(
                date_start=start, date_end=start, date_status=status
            )
        elif action == 3:
            Event.all_objects.filter(pk=event.pk).update(
                deleted_at=rng.choice([None, timezone.now()])
            )
        elif action == 4:
            timeline.events.set(rng.sample(events, rng.randint(0, 5)))
        else:
            ids = [e.pk for e in rng.sample(events, 4)]
            start = dt.date(rng.randint(2015, 2019), 2, 2)
            Event.all_objects.filter(pk__in=ids).update(
                date_start=start, date_end=start, date_status=DateStatus.CONFIRMED
            )
        for each in timelines:
            assert kept(each) == counted(each)


def test_recount_rebuilds_the_same_counts(story):
    timeline, _events, _undated = story
    before = kept(timeline)
    TimelineYear.objects.all().delete()
    with connection.cursor() as cursor:
        year_counts.recount(cursor, connection.vendor)
    assert kept(timeline) == before


def test_every_count_trigger_is_installed():
    # A migration that remakes timeline_event on SQLite would drop them silently.
    with connection.cursor() as cursor:
        assert year_counts.installed(cursor, connection.vendor) == year_counts.expected(
            connection.vendor
        )


def test_the_unfiltered_page_reads_its_year_links_from_the_counts(client, story):
    timeline, *_rest = story
    # Not what the events say: the page must show it, so it read the kept count.
    TimelineYear.objects.filter(timeline_id=timeline.pk, year=2017).update(events=150)
    html = client.get(timeline.get_absolute_url()).content.decode()
    assert '>2017</a> <span class="meta">(150)</span>' in html
    assert '>2018</a> <span class="meta">(1)</span>' in html
    # A filter counts the events it keeps.
    html = client.get(timeline.get_absolute_url(), {"verdict": "false"}).content.decode()
    assert "(150)" not in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statement triggers")
def test_a_large_write_after_a_one_row_write_is_planned_on_its_own_rows():
    # A plan kept from a one-row write scanned the before rows once per after row: 2,000 rows
    # cost 4 million comparisons. Each call is planned afresh, so no scan of a transition
    # table repeats, and the counts stay right.
    timeline = TimelineFactory()
    events = Event.objects.bulk_create(
        Event(title=f"Event {n}", date_status=DateStatus.PENDING) for n in range(2000)
    )
    timeline.events.add(*events)
    ids = [event.pk for event in events]
    plans = []
    with connection.cursor() as cursor:
        cursor.execute("LOAD 'auto_explain'")
        Event.all_objects.filter(pk=ids[0]).update(date_start=dt.date(2016, 1, 1))
        for setting, value in {
            "log_min_duration": "0",
            "log_analyze": "on",
            "log_nested_statements": "on",
            "log_level": "notice",
        }.items():
            cursor.execute(f"SET LOCAL auto_explain.{setting} = {value}")
        raw = connection.connection

        def handler(diagnostic):
            plans.append(diagnostic.message_primary)

        raw.add_notice_handler(handler)
        try:
            Event.all_objects.filter(pk__in=ids).update(date_start=dt.date(2017, 5, 1))
        finally:
            raw.remove_notice_handler(handler)
            cursor.execute("SET LOCAL auto_explain.log_min_duration = -1")
    upserts = [plan for plan in plans if "timeline_timelineyear" in plan]
    assert upserts, plans
    loops = [
        int(line.rsplit("loops=", 1)[1].rstrip(")"))
        for plan in upserts
        for line in plan.splitlines()
        if "Named Tuplestore Scan" in line
    ]
    assert loops and max(loops) == 1, upserts
    assert kept(timeline) == {2017: 2000} == counted(timeline)
