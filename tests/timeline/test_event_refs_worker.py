"""Dates read against other events, by real Celery workers on Redis and PostgreSQL: read once
the event they name is found, and read again when that event's date changes."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tests.factories import EventFactory, SourceFactory
from tests.timeline.test_workers import nothing_pending, wait_until
from timeline.models import DateStatus, Event

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restored_roles"),
]

WARSAW = ZoneInfo("Europe/Warsaw")
D = dt.date


def read_as(event, start, end):
    def check():
        row = Event.objects.get(pk=event.pk)
        return (row.date_start, row.date_end) == (start, end)

    return check


def test_a_worker_reads_the_date_against_the_event_it_names_and_again_when_that_moves(
    start_worker,
):
    start_worker()
    f8 = EventFactory(title="F8 developer conference", date_text="", source=None)
    f8.date_start, f8.date_end = D(2017, 4, 18), D(2017, 4, 19)
    f8.date_granularity, f8.date_status = "span", DateStatus.CONFIRMED
    f8.save()
    event = EventFactory(
        date_text="przed ubiegłoroczną konferencją Facebooka dla programistów F8",
        source=SourceFactory(),
    )
    wait_until(nothing_pending)
    wait_until(read_as(event, D(2017, 4, 18), D(2017, 4, 19)), message="the reference read")
    event.refresh_from_db()
    assert (event.date_status, event.date_relation) == (DateStatus.PARSED, "before")
    assert event.date_reference_event_id == f8.pk

    # A fact-checker corrects the conference's date: the dependent date follows.
    f8.date_start, f8.date_end = D(2017, 4, 11), D(2017, 4, 12)
    f8.save()
    wait_until(read_as(event, D(2017, 4, 11), D(2017, 4, 12)), message="the re-read")


def test_a_reference_event_read_again_by_a_worker_moves_the_dates_read_against_it(start_worker):
    start_worker()
    source = SourceFactory(published_at=dt.datetime(2018, 9, 20, 9, 30, tzinfo=WARSAW))
    leak = EventFactory(title="Cambridge Analytica data leak", date_text="W marcu", source=source)
    wait_until(nothing_pending)
    later = SourceFactory(published_at=dt.datetime(2019, 10, 1, 9, 30, tzinfo=WARSAW))
    event = EventFactory(date_text="two weeks after the leak", date_lang="en", source=later)
    # March 2018 plus two weeks, to whole weeks: 12 March to 15 April.
    wait_until(read_as(event, D(2018, 3, 12), D(2018, 4, 15)), message="the reference read")

    # The leak's source turns out to be from 2019: the worker reads "W marcu" as March 2019,
    # and the date read against it moves with it.
    source.published_at = dt.datetime(2019, 9, 20, 9, 30, tzinfo=WARSAW)
    source.save()
    wait_until(read_as(leak, D(2019, 3, 1), D(2019, 3, 31)), message="the leak re-read")
    wait_until(read_as(event, D(2019, 3, 11), D(2019, 4, 14)), message="the dependent re-read")
