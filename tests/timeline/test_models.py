import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.factories import EventFactory, SourceFactory, TimelineFactory
from timeline.models import DateStatus, Event, Timeline

pytestmark = pytest.mark.django_db


def dated_event(start, end):
    return EventFactory(date_start=start, date_end=end, date_status=DateStatus.CONFIRMED)


def test_a_new_event_with_a_date_expression_is_pending():
    event = EventFactory(date_text="w ubiegłym roku")
    assert event.date_status == DateStatus.PENDING
    assert event.date_queued_at is not None


def test_saving_an_event_queues_its_date_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        EventFactory()
    assert len(callbacks) == 1


def test_changing_the_expression_makes_a_parsed_date_pending_again():
    event = EventFactory()
    Event.objects.filter(pk=event.pk).update(
        date_status=DateStatus.PARSED,
        date_start=dt.date(2017, 1, 1),
        date_end=dt.date(2017, 12, 31),
        date_granularity="year",
    )
    event.refresh_from_db()
    event.date_text = "W sierpniu"
    event.save()
    event.refresh_from_db()
    assert event.date_status == DateStatus.PENDING
    assert event.date_start is None


def test_editing_only_the_title_leaves_the_date_alone(django_capture_on_commit_callbacks):
    event = EventFactory()
    Event.objects.filter(pk=event.pk).update(
        date_status=DateStatus.PARSED,
        date_start=dt.date(2017, 1, 1),
        date_end=dt.date(2017, 12, 31),
    )
    event.refresh_from_db()
    event.title = "New title"
    with django_capture_on_commit_callbacks() as callbacks:
        event.save()
    event.refresh_from_db()
    assert event.date_status == DateStatus.PARSED
    assert callbacks == []


def test_a_confirmed_date_survives_a_new_expression():
    event = EventFactory()
    event.date_start, event.date_end = dt.date(2017, 4, 1), dt.date(2017, 4, 30)
    event.date_status = DateStatus.CONFIRMED
    event.save()
    event.date_text = "something else"
    event.save()
    event.refresh_from_db()
    assert event.date_status == DateStatus.CONFIRMED
    assert event.date_start == dt.date(2017, 4, 1)


def test_an_end_before_the_start_is_rejected_on_the_end():
    event = EventFactory.build(
        source=SourceFactory(), date_start=dt.date(2018, 2, 1), date_end=dt.date(2018, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "date_end" in error.value.message_dict


def test_the_database_refuses_an_end_before_the_start():
    event = EventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(
            date_start=dt.date(2018, 2, 1), date_end=dt.date(2018, 1, 1)
        )


def test_the_database_refuses_a_confirmed_date_without_bounds():
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.create(title="x", date_status=DateStatus.CONFIRMED)


def test_a_confirmed_date_without_bounds_fails_validation_on_the_start():
    event = Event(title="x", date_status=DateStatus.CONFIRMED)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "date_start" in error.value.message_dict


def test_the_anchor_is_the_local_publication_date_of_the_source():
    source = SourceFactory(published_at=dt.datetime(2018, 9, 19, 23, 30, tzinfo=dt.UTC))
    event = EventFactory(source=source)
    # 23:30 UTC is already the 20th in Warsaw, where the project's clock runs.
    assert event.anchor == dt.date(2018, 9, 20)


def test_an_event_without_a_dated_source_has_no_anchor():
    assert EventFactory(source=SourceFactory(published_at=None)).anchor is None


def test_timeline_slugs_are_unique():
    TimelineFactory(slug="story")
    with pytest.raises(IntegrityError), transaction.atomic():
        TimelineFactory(slug="story")


def test_only_events_on_a_published_timeline_are_public():
    public, private, loose = EventFactory(), EventFactory(), EventFactory()
    TimelineFactory(is_published=True).events.add(public)
    TimelineFactory(is_published=False).events.add(private)
    assert list(Event.objects.public()) == [public]
    assert loose not in Event.objects.public()


def test_events_on_a_timeline_come_in_chronological_order_undated_last():
    timeline = TimelineFactory()
    late = dated_event(dt.date(2018, 8, 1), dt.date(2018, 8, 31))
    undated = EventFactory()
    early = dated_event(dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    timeline.events.add(late, undated, early)
    assert list(Event.objects.for_timeline(timeline)) == [early, late, undated]


def test_overlapping_selects_intervals_that_touch_the_window():
    year = dated_event(dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    august = dated_event(dt.date(2018, 8, 1), dt.date(2018, 8, 31))
    window = Event.objects.overlapping(dt.date(2017, 12, 31), dt.date(2018, 1, 31))
    assert list(window) == [year]
    assert list(Event.objects.overlapping(date_from=dt.date(2018, 8, 31))) == [august]


def test_published_timelines_exclude_drafts_and_the_bin():
    shown = TimelineFactory(is_published=True)
    TimelineFactory(is_published=False)
    assert list(Timeline.objects.published()) == [shown]
