"""Date normalisation as the workers do it, run in-process: reading, conditional writing, the
sweep, re-normalising, the source hook. The real pipeline (a worker process, Redis, PostgreSQL)
is tested in test_workers.py."""

import datetime as dt
import time
from contextlib import contextmanager
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.models import Source
from config.celery import app
from tests.factories import EventFactory, SourceFactory, TimelineFactory
from timeline import dates, normalisation, services, tasks
from timeline.dates import DateResult
from timeline.models import DateStatus, Event
from timeline.pagecache import content_version

pytestmark = pytest.mark.django_db

WARSAW = ZoneInfo("Europe/Warsaw")
LAST_YEAR = (dt.date(2017, 1, 1), dt.date(2017, 12, 31))  # "w ubiegłym roku" on 2018-09-20
# Nothing listens on port 1: connecting is refused at once.
CLOSED_PORT_BROKER = "redis://127.0.0.1:1/0"


def interval(event):
    event.refresh_from_db()
    return event.date_start, event.date_end


def pending_event(**kwargs):
    """An event saved with its date pending and its message not delivered (no commit here)."""
    event = EventFactory(**kwargs)
    assert event.date_status == DateStatus.PENDING
    return event


def age(event, seconds):
    """Pretend the event was queued `seconds` ago."""
    queued = timezone.now() - dt.timedelta(seconds=seconds)
    Event.objects.filter(pk=event.pk).update(date_queued_at=queued)


# The embedded default: no broker, tasks in-process, the same code path.


def test_saving_an_event_in_the_default_setup_ends_parsed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        event = EventFactory(date_text="w ubiegłym roku", date_lang="pl")
    event.refresh_from_db()
    assert event.date_status == DateStatus.PARSED
    assert (event.date_start, event.date_end) == LAST_YEAR
    assert event.date_granularity == "year"
    assert event.date_anchor == dt.date(2018, 9, 20)
    assert event.date_engine_version == dates.ENGINE_VERSION
    assert event.date_reason == ""


def test_the_default_setup_runs_tasks_in_process():
    assert app.conf.task_always_eager is True


# What a worker writes.


def test_a_worker_writes_interval_granularity_anchor_and_engine_version():
    event = pending_event(date_text="W sierpniu", date_lang="pl")
    assert services.normalise_pending_events([event.pk]) == 1
    event.refresh_from_db()
    assert event.date_status == DateStatus.PARSED
    assert (event.date_start, event.date_end) == (dt.date(2018, 8, 1), dt.date(2018, 8, 31))
    assert event.date_granularity == "month"
    assert event.date_relation == ""
    assert event.date_anchor == dt.date(2018, 9, 20)
    assert event.date_engine_version == dates.ENGINE_VERSION


def test_a_relation_and_what_it_refers_to_are_stored():
    event = pending_event(date_text="przed kwietniem 2017", date_lang="pl")
    services.normalise_pending_events([event.pk])
    event.refresh_from_db()
    assert event.date_status == DateStatus.PARSED
    assert event.date_relation == "before"
    assert event.date_reference == "kwietniem 2017"
    assert (event.date_start, event.date_end) == (dt.date(2017, 4, 1), dt.date(2017, 4, 30))


def test_an_expression_the_engine_cannot_place_is_unparsed_with_its_reason():
    event = pending_event(date_text="kiedyś dawno temu", date_lang="pl")
    services.normalise_pending_events([event.pk])
    event.refresh_from_db()
    assert event.date_status == DateStatus.UNPARSED
    assert event.date_reason != ""
    assert event.date_start is None and event.date_end is None
    assert event.date_engine_version == dates.ENGINE_VERSION


def test_a_relative_date_without_an_anchor_is_unparsed():
    event = pending_event(source=SourceFactory(published_at=None), date_text="w ubiegłym roku")
    services.normalise_pending_events([event.pk])
    event.refresh_from_db()
    assert event.date_status == DateStatus.UNPARSED
    assert event.date_anchor is None
    assert "anchor" in event.date_reason


def test_an_event_in_the_bin_is_normalised_too():
    event = pending_event()
    Event.objects.filter(pk=event.pk).update(deleted_at=timezone.now())
    services.normalise_pending_events([event.pk])
    assert Event.all_objects.get(pk=event.pk).date_status == DateStatus.PARSED


def test_an_engine_crash_fails_that_row_and_not_its_batch(monkeypatch):
    broken, fine = pending_event(date_text="boom"), pending_event(date_text="w ubiegłym roku")
    real = dates.normalise

    def normalise(text, anchor, lang=None):
        if text == "boom":
            raise RuntimeError("bug")
        return real(text, anchor, lang)

    monkeypatch.setattr(dates, "normalise", normalise)
    assert services.normalise_pending_events([broken.pk, fine.pk]) == 2
    broken.refresh_from_db()
    assert broken.date_status == DateStatus.FAILED
    assert "RuntimeError" in broken.date_reason
    assert interval(fine) == LAST_YEAR


def engine_says(status, start=None, end=None, granularity=None, **kwargs):
    return DateResult("x", "pl", status, start, end, granularity, **kwargs)


JANUARY = (dt.date(2017, 1, 1), dt.date(2017, 1, 31))


@pytest.mark.parametrize(
    ("result", "status"),
    [
        (engine_says("parsed", *JANUARY, "month"), "parsed"),
        (engine_says("parsed", None, dt.date(2017, 1, 31), "month"), "failed"),
        (engine_says("parsed", dt.date(2017, 2, 1), dt.date(2017, 1, 1), "month"), "failed"),
        (engine_says("parsed", *JANUARY, "fortnight"), "failed"),
        (engine_says("parsed", *JANUARY, "month", relation="around"), "failed"),
        (engine_says("unparsed", reason="not a date"), "unparsed"),
        (engine_says("error", reason="unknown language"), "failed"),
    ],
)
def test_results_the_database_would_refuse_are_stored_as_failed(result, status):
    assert normalisation.outcome_of(result, dt.date(2018, 9, 20)).status == status


def test_each_distinct_expression_and_anchor_is_read_once_per_batch(monkeypatch):
    calls = []
    real = dates.normalise

    def counting(text, anchor, lang=None):
        calls.append((text, anchor, lang))
        return real(text, anchor, lang)

    monkeypatch.setattr(dates, "normalise", counting)
    source = SourceFactory()
    events = [pending_event(source=source, date_text="W sierpniu") for _ in range(5)]
    events += [pending_event(source=source, date_text="w ubiegłym roku") for _ in range(5)]
    assert services.normalise_pending_events([e.pk for e in events]) == 10
    assert len(calls) == 2


def test_a_batch_costs_one_read_and_on_postgresql_one_write():
    events = [pending_event(date_text=text) for text in ["W sierpniu", "w ubiegłym roku"] * 10]
    with CaptureQueriesContext(connection) as queries:
        services.normalise_pending_events([e.pk for e in events])
    statements = [
        q["sql"].split()[0].upper()
        for q in queries.captured_queries
        if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
    ]
    # The last SELECT asks whether any of the batch is on a published timeline (page cache).
    if connection.vendor == "postgresql":
        # The results travel by COPY into a temporary table, created once per connection.
        assert statements == ["SELECT", "CREATE", "COPY", "UPDATE", "SELECT"]
    else:
        # SQLite, the embedded default with its small batches, writes a row per statement.
        assert statements == ["SELECT"] + ["UPDATE"] * len(events) + ["SELECT"]
    assert Event.objects.pending().count() == 0


def test_two_batches_in_one_transaction_each_apply_only_their_own_results():
    if connection.vendor != "postgresql":
        pytest.skip("the results table is PostgreSQL's")
    first = pending_event(date_text="w ubiegłym roku")
    second = pending_event(date_text="W sierpniu")
    read_at = Event.objects.get(pk=first.pk).updated_at
    assert services.normalise_pending_events([first.pk]) == 1
    # The first batch's rows stay in the table until the commit. Put its event back exactly as
    # it was read: were the second batch to apply every row in the table, it would write it.
    Event.objects.filter(pk=first.pk).update(date_status=DateStatus.PENDING, updated_at=read_at)
    assert services.normalise_pending_events([second.pk]) == 1
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.date_status == DateStatus.PENDING
    assert (second.date_status, second.date_granularity) == (DateStatus.PARSED, "month")


def requeued_on_stale_statistics(count=300) -> list[int]:
    """Events read once, the table analysed, then made pending again by renormalize_dates:
    statistics saying no date is pending and each updated_at is its own."""
    ids = [pending_event(date_text="w ubiegłym roku").pk for _ in range(count)]
    assert services.normalise_pending_events(ids) == len(ids)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE timeline_event")
    assert services.renormalise(Event.all_objects.filter(pk__in=ids)) == len(ids)
    assert Event.all_objects.filter(pk__in=ids).values("updated_at").distinct().count() == 1
    return ids


@contextmanager
def explained(*beginnings):
    """The plans of the statements beginning so, by their first word, as they run."""
    plans = {}

    def explain(execute, sql, params, many, context):
        statement = sql.lstrip()
        if statement.startswith(beginnings):
            context["cursor"].execute("EXPLAIN (FORMAT JSON) " + sql, params)
            plans[statement.split()[0]] = context["cursor"].fetchone()[0]
        return execute(sql, params, many, context)

    with connection.execute_wrapper(explain):
        yield plans


def test_a_requeued_batch_is_read_and_written_by_primary_key_on_stale_statistics():
    if connection.vendor != "postgresql":
        pytest.skip("the plans are PostgreSQL's")
    ids = requeued_on_stale_statistics()
    with explained("SELECT e.id", "UPDATE") as plans:
        assert services.normalise_pending_events(ids) == len(ids)
    # Through the pending or the updated_at index, each row of the batch would be compared
    # with every pending row.
    primary_keys = {"timeline_event_pkey", "claims_source_pkey"}
    assert index_names(plans["SELECT"]) <= primary_keys
    assert index_names(plans["UPDATE"]) == primary_keys


def test_the_sweep_stamps_a_requeued_batch_by_primary_key_on_stale_statistics(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("the plans are PostgreSQL's")
    ids = requeued_on_stale_statistics()
    Event.all_objects.filter(pk__in=ids).update(
        date_queued_at=timezone.now() - dt.timedelta(hours=1)
    )
    monkeypatch.setattr(services, "_publish", lambda batch: None)
    with explained("UPDATE") as plans:
        assert services.sweep_pending_dates() == len(ids)
    # Through the pending index, each batch's stamp would walk every pending row.
    assert index_names(plans["UPDATE"]) <= {"timeline_event_pkey"}


def test_a_date_settled_before_its_stamp_keeps_its_queue_time(monkeypatch):
    settled, waiting = pending_event(), pending_event()
    age(settled, 3600)
    age(waiting, 3600)
    settled_queued_at = Event.objects.get(pk=settled.pk).date_queued_at

    def publish_and_have_one_read_at_once(batch):
        services.normalise_pending_events([settled.pk])

    monkeypatch.setattr(services, "_publish", publish_and_have_one_read_at_once)
    assert services.sweep_pending_dates() == 2
    assert Event.objects.get(pk=settled.pk).date_queued_at == settled_queued_at
    assert Event.objects.get(pk=waiting.pk).date_queued_at > settled_queued_at


def index_names(plan) -> set:
    if isinstance(plan, list):
        return set().union(*map(index_names, plan)) if plan else set()
    if isinstance(plan, dict):
        found = {plan["Index Name"]} if "Index Name" in plan else set()
        return found.union(*map(index_names, plan.values()))
    return set()


# Idempotent and safe under concurrency: the write is conditional.


def test_running_the_task_twice_gives_the_same_row():
    event = pending_event()
    tasks.normalise_events([event.pk])
    first = Event.objects.filter(pk=event.pk).values().get()
    tasks.normalise_events([event.pk])
    assert Event.objects.filter(pk=event.pk).values().get() == first
    assert first["date_status"] == DateStatus.PARSED


def test_two_workers_reading_the_same_row_write_it_once():
    event = pending_event()
    first_reading = normalisation.read_pending([event.pk])
    second_reading = normalisation.read_pending([event.pk])
    outcomes = normalisation.read_dates(first_reading)
    assert normalisation.write_outcomes(first_reading, outcomes) == 1
    assert normalisation.write_outcomes(second_reading, outcomes) == 0
    assert interval(event) == LAST_YEAR


def test_a_result_read_before_the_expression_changed_is_discarded():
    event = pending_event(date_text="w ubiegłym roku")
    readings = normalisation.read_pending([event.pk])
    event.date_text = "W sierpniu"
    event.save()
    assert normalisation.write_outcomes(readings, normalisation.read_dates(readings)) == 0
    event.refresh_from_db()
    assert event.date_status == DateStatus.PENDING
    services.normalise_pending_events([event.pk])
    assert interval(event) == (dt.date(2018, 8, 1), dt.date(2018, 8, 31))


def test_a_result_read_before_the_language_changed_is_discarded():
    event = pending_event(date_text="2017", date_lang="pl")
    readings = normalisation.read_pending([event.pk])
    Event.objects.filter(pk=event.pk).update(date_lang="en")
    assert normalisation.write_outcomes(readings, normalisation.read_dates(readings)) == 0


def test_a_result_read_against_an_older_anchor_is_discarded():
    event = pending_event(date_text="w ubiegłym roku")
    readings = normalisation.read_pending([event.pk])
    # A bulk update, so no hook marks the event again: only the anchor check stops the write.
    Source.objects.filter(pk=event.source_id).update(
        published_at=dt.datetime(2020, 1, 10, 12, 0, tzinfo=WARSAW)
    )
    assert normalisation.write_outcomes(readings, normalisation.read_dates(readings)) == 0
    services.normalise_pending_events([event.pk])
    assert interval(event) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_result_read_before_the_event_moved_to_another_source_is_discarded():
    event = pending_event(date_text="w ubiegłym roku")
    readings = normalisation.read_pending([event.pk])
    Event.objects.filter(pk=event.pk).update(source=SourceFactory())
    assert normalisation.write_outcomes(readings, normalisation.read_dates(readings)) == 0


def test_a_result_read_before_the_date_was_queued_again_is_discarded():
    event = pending_event()
    readings = normalisation.read_pending([event.pk])
    services.renormalise(Event.objects.filter(pk=event.pk))
    assert normalisation.write_outcomes(readings, normalisation.read_dates(readings)) == 0


def test_a_confirmed_date_is_never_overwritten_by_a_worker():
    event = pending_event(date_text="w ubiegłym roku")
    readings = normalisation.read_pending([event.pk])
    event.date_start, event.date_end = dt.date(2017, 3, 1), dt.date(2017, 3, 31)
    services.confirm_date_in_form(event=event)
    event.save()
    assert normalisation.write_outcomes(readings, normalisation.read_dates(readings)) == 0
    assert services.normalise_pending_events([event.pk]) == 0
    event.refresh_from_db()
    assert event.date_status == DateStatus.CONFIRMED
    assert (event.date_start, event.date_end) == (dt.date(2017, 3, 1), dt.date(2017, 3, 31))


# History and caches.


def test_worker_results_are_not_recorded_in_history():
    event = pending_event()
    recorded = event.history.count()
    services.normalise_pending_events([event.pk])
    event.refresh_from_db()
    assert event.date_status == DateStatus.PARSED
    assert event.history.count() == recorded
    # The engine version on the row is the audit trail of the reading.
    assert event.history.first().date_status == DateStatus.PENDING
    assert event.date_engine_version == dates.ENGINE_VERSION


def test_a_person_confirming_a_date_is_recorded_in_history(editor):
    event = pending_event()
    services.normalise_pending_events([event.pk])
    event.refresh_from_db()
    services.confirm_date(event=event, by=editor)
    latest = event.history.first()
    assert latest.date_status == DateStatus.CONFIRMED
    assert latest.history_user == editor


def test_public_pages_are_invalidated_once_per_batch():
    events = [pending_event() for _ in range(3)]
    TimelineFactory(is_published=True).events.add(*events)
    before = content_version()
    services.normalise_pending_events([e.pk for e in events])
    assert content_version() == before + 1
    services.normalise_pending_events([e.pk for e in events])
    assert content_version() == before + 1


# Queueing.


def test_events_are_queued_in_batches_of_the_configured_size(settings, monkeypatch):
    settings.DATES_BATCH_SIZE = 2
    published = []
    monkeypatch.setattr(services, "_publish", published.append)
    services.enqueue_normalisation([1, 2, 3, 4, 5])
    assert published == [[1, 2], [3, 4], [5]]


def test_saving_succeeds_and_stays_pending_when_publishing_fails(
    monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(event_ids):
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(services, "_publish", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        event = EventFactory()
    event.refresh_from_db()
    assert event.date_status == DateStatus.PENDING


@pytest.fixture
def broker_on_a_closed_port(broker_at):
    """The app publishing for real (not in-process) to a port where nothing listens."""
    with broker_at(CLOSED_PORT_BROKER):
        yield


def test_a_broker_on_a_closed_port_does_not_hold_up_a_save(
    broker_on_a_closed_port, django_capture_on_commit_callbacks
):
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        event = EventFactory()
    elapsed = time.monotonic() - started
    event.refresh_from_db()
    assert event.date_status == DateStatus.PENDING
    assert elapsed < 3, f"saving took {elapsed:.1f} s with the broker down"


# The sweep.


def test_the_sweep_queues_dates_pending_longer_than_the_grace_period(settings):
    settings.DATES_PENDING_GRACE_SECONDS = 120
    forgotten, recent = pending_event(), pending_event()
    age(forgotten, 121)
    assert services.sweep_pending_dates() == 1
    assert interval(forgotten) == LAST_YEAR
    recent.refresh_from_db()
    assert recent.date_status == DateStatus.PENDING


def test_a_queued_date_is_left_alone_by_the_next_sweeps(monkeypatch):
    published = []
    monkeypatch.setattr(services, "_publish", published.append)
    event = pending_event()
    age(event, 3600)
    assert services.sweep_pending_dates() == 1
    assert services.sweep_pending_dates() == 0
    assert published == [[event.pk]]
    event.refresh_from_db()
    assert timezone.now() - event.date_queued_at < dt.timedelta(minutes=1)


def test_the_sweep_takes_the_oldest_first_up_to_its_limit(monkeypatch):
    published = []
    monkeypatch.setattr(services, "_publish", published.extend)
    events = [pending_event() for _ in range(4)]
    for hours, event in zip([3, 1, 4, 2], events, strict=True):
        age(event, hours * 3600)
    assert services.sweep_pending_dates(limit=2) == 2
    assert published == [events[2].pk, events[0].pk]


def test_the_sweep_leaves_rows_for_the_next_one_when_the_broker_is_down(monkeypatch):
    def refuse(event_ids):
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(services, "_publish", refuse)
    event = pending_event()
    age(event, 3600)
    queued_at = Event.objects.get(pk=event.pk).date_queued_at
    assert services.sweep_pending_dates() == 0
    assert Event.objects.get(pk=event.pk).date_queued_at == queued_at


def test_only_one_sweep_runs_at_a_time():
    event = pending_event()
    age(event, 3600)
    cache.add(services.SWEEP_LOCK_KEY, "another sweep", 60)
    try:
        assert services.sweep_pending_dates() == 0
    finally:
        cache.delete(services.SWEEP_LOCK_KEY)
    assert Event.objects.get(pk=event.pk).date_status == DateStatus.PENDING
    assert services.sweep_pending_dates() == 1


def test_the_sweep_never_queues_settled_dates(monkeypatch):
    published = []
    monkeypatch.setattr(services, "_publish", published.append)
    event = pending_event()
    services.normalise_pending_events([event.pk])
    age(event, 3600)
    assert services.sweep_pending_dates() == 0
    assert published == []


def test_beat_runs_the_sweep_every_interval(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["sweep-pending-dates"]
    assert entry["task"] == tasks.sweep_pending_dates.name
    assert entry["schedule"] == settings.DATES_SWEEP_INTERVAL_SECONDS
    assert app.conf.beat_schedule["sweep-pending-dates"]["task"] in app.tasks


def test_tasks_are_acknowledged_late_and_requeued_when_their_worker_dies():
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert tasks.normalise_events.acks_late is True


def test_only_transient_database_errors_are_retried_with_backoff_and_jitter(settings):
    task = tasks.normalise_events
    assert set(task.autoretry_for) == set(tasks.TRANSIENT_ERRORS)
    assert task.retry_backoff and task.retry_jitter
    visibility = app.conf.broker_transport_options["visibility_timeout"]
    assert task.retry_backoff_max <= visibility / 2


# Re-normalising.


def test_renormalising_makes_dates_pending_and_queues_them_in_batches(monkeypatch):
    published = []
    monkeypatch.setattr(services, "_publish", published.append)
    events = [pending_event() for _ in range(5)]
    services.normalise_pending_events([e.pk for e in events])
    assert services.renormalise(Event.objects.all(), batch_size=2) == 5
    assert Event.objects.pending().count() == 5
    # Queued after the commit of each batch; in a test the transaction never commits.
    assert published == []


def test_renormalising_queues_each_batch_after_it_commits(
    monkeypatch, django_capture_on_commit_callbacks
):
    published = []
    monkeypatch.setattr(services, "_publish", published.append)
    events = [pending_event() for _ in range(5)]
    with django_capture_on_commit_callbacks(execute=True):
        services.renormalise(Event.objects.all(), batch_size=2)
    assert published == [[e.pk for e in events[:2]], [e.pk for e in events[2:4]], [events[4].pk]]


def test_renormalising_skips_confirmed_dates_unless_asked():
    confirmed = EventFactory(
        date_status=DateStatus.CONFIRMED,
        date_start=dt.date(2017, 1, 1),
        date_end=dt.date(2017, 1, 31),
    )
    assert services.renormalise(Event.objects.all()) == 0
    assert Event.objects.get(pk=confirmed.pk).date_status == DateStatus.CONFIRMED
    assert services.renormalise(Event.objects.all(), include_confirmed=True) == 1
    assert Event.objects.get(pk=confirmed.pk).date_status == DateStatus.PENDING


# A source's publication date is corrected.


def test_correcting_a_publication_date_reads_its_dates_again(django_capture_on_commit_callbacks):
    source = SourceFactory()
    with django_capture_on_commit_callbacks(execute=True):
        relative = EventFactory(source=source, date_text="w ubiegłym roku")
        confirmed = EventFactory(source=source, date_text="w ubiegłym roku")
        elsewhere = EventFactory(date_text="w ubiegłym roku")
    confirmed.refresh_from_db()
    confirmed.date_start, confirmed.date_end = dt.date(2017, 6, 1), dt.date(2017, 6, 30)
    services.confirm_date_in_form(event=confirmed)
    confirmed.save()
    confirmed_row = Event.objects.filter(pk=confirmed.pk).values().get()
    elsewhere_row = Event.objects.filter(pk=elsewhere.pk).values().get()

    with django_capture_on_commit_callbacks(execute=True):
        source.published_at = dt.datetime(2020, 2, 1, 10, 0, tzinfo=WARSAW)
        source.save()

    assert interval(relative) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert relative.date_anchor == dt.date(2020, 2, 1)
    assert Event.objects.filter(pk=confirmed.pk).values().get() == confirmed_row
    assert Event.objects.filter(pk=elsewhere.pk).values().get() == elsewhere_row


def test_the_new_anchor_and_the_pending_dates_commit_together():
    source = SourceFactory()
    event = EventFactory(source=source)
    services.normalise_pending_events([event.pk])
    source.published_at = dt.datetime(2020, 2, 1, 10, 0, tzinfo=WARSAW)
    source.save(update_fields=["published_at"])
    assert Event.objects.get(pk=event.pk).date_status == DateStatus.PENDING


def test_saving_a_source_without_moving_its_date_reads_nothing_again(
    django_capture_on_commit_callbacks,
):
    source = SourceFactory()
    event = EventFactory(source=source)
    services.normalise_pending_events([event.pk])
    with django_capture_on_commit_callbacks() as callbacks:
        source.title = "Corrected title"
        source.save()
        source.published_at = source.published_at.astimezone(dt.UTC)  # the same instant
        source.save(update_fields=["published_at"])
    assert callbacks == []
    assert Event.objects.get(pk=event.pk).date_status == DateStatus.PARSED


# The command that re-reads dates after the engine changed.


def read_by(version, status=DateStatus.PARSED, **kwargs):
    """An event whose date an engine of `version` read."""
    event = EventFactory(**kwargs)
    Event.objects.filter(pk=event.pk).update(
        date_status=status,
        date_start=dt.date(2010, 1, 1) if status != DateStatus.UNPARSED else None,
        date_end=dt.date(2010, 12, 31) if status != DateStatus.UNPARSED else None,
        date_engine_version=version,
    )
    return event


def run_command(*args, django_capture_on_commit_callbacks):
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("renormalize_dates", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_command_rereads_dates_of_other_engine_versions_by_default(
    django_capture_on_commit_callbacks,
):
    old = read_by("0.9")
    old_unparsed = read_by("0.9", status=DateStatus.UNPARSED)
    current = read_by(dates.ENGINE_VERSION)
    confirmed = read_by("0.9", status=DateStatus.CONFIRMED)
    untouched = {e.pk: Event.objects.filter(pk=e.pk).values().get() for e in [current, confirmed]}

    output = run_command(django_capture_on_commit_callbacks=django_capture_on_commit_callbacks)

    assert "Queued 2 date(s)" in output
    for event in [old, old_unparsed]:
        event.refresh_from_db()
        assert (event.date_start, event.date_end) == LAST_YEAR
        assert event.date_engine_version == dates.ENGINE_VERSION
    for pk, row in untouched.items():
        assert Event.objects.filter(pk=pk).values().get() == row


def test_a_dry_run_counts_and_changes_nothing(django_capture_on_commit_callbacks):
    read_by("0.9")
    read_by("0.9", status=DateStatus.FAILED)
    read_by(dates.ENGINE_VERSION)
    before = list(Event.objects.order_by("pk").values())

    output = run_command(
        "--dry-run", django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )

    assert "Would re-normalise 2 date(s)" in output
    assert "failed 1" in output and "parsed 1" in output
    assert list(Event.objects.order_by("pk").values()) == before


def test_all_rereads_every_date_but_the_confirmed_ones(django_capture_on_commit_callbacks):
    current = read_by(dates.ENGINE_VERSION)
    confirmed = read_by(dates.ENGINE_VERSION, status=DateStatus.CONFIRMED)
    output = run_command(
        "--all", django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )
    assert "Queued 1 date(s)" in output
    assert interval(current) == LAST_YEAR
    assert interval(confirmed) == (dt.date(2010, 1, 1), dt.date(2010, 12, 31))


def test_status_pending_queues_the_waiting_dates_now(django_capture_on_commit_callbacks):
    waiting = pending_event()
    read_by("0.9")
    output = run_command(
        "--status", "pending", django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )
    assert "Queued 1 date(s)" in output
    assert interval(waiting) == LAST_YEAR


# The admin action, by role.


def renormalise_in_admin(client, event):
    return client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "renormalise_selected", "_selected_action": [event.pk]},
    )


@pytest.fixture
def confirmed_by_hand():
    event = EventFactory(date_text="w ubiegłym roku")
    Event.objects.filter(pk=event.pk).update(
        date_status=DateStatus.CONFIRMED,
        date_start=dt.date(2017, 6, 1),
        date_end=dt.date(2017, 6, 30),
    )
    return event


def test_anonymous_visitors_cannot_renormalise_from_the_admin(client, confirmed_by_hand):
    response = renormalise_in_admin(client, confirmed_by_hand)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Event.objects.get(pk=confirmed_by_hand.pk).date_status == DateStatus.CONFIRMED


def test_readers_cannot_renormalise_from_the_admin(client, reader, confirmed_by_hand):
    client.force_login(reader)
    response = renormalise_in_admin(client, confirmed_by_hand)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Event.objects.get(pk=confirmed_by_hand.pk).date_status == DateStatus.CONFIRMED


def test_staff_who_may_only_view_events_cannot_renormalise(
    client, django_user_model, confirmed_by_hand
):
    viewer = django_user_model.objects.create_user(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_event"))
    client.force_login(viewer)
    renormalise_in_admin(client, confirmed_by_hand)
    assert Event.objects.get(pk=confirmed_by_hand.pk).date_status == DateStatus.CONFIRMED


def test_a_fact_checker_renormalises_selected_dates_even_confirmed_ones(
    client, fact_checker, confirmed_by_hand, django_capture_on_commit_callbacks
):
    client.force_login(fact_checker)
    with django_capture_on_commit_callbacks(execute=True):
        response = renormalise_in_admin(client, confirmed_by_hand)
    assert response.status_code == 302
    event = Event.objects.get(pk=confirmed_by_hand.pk)
    assert event.date_status == DateStatus.PARSED
    assert (event.date_start, event.date_end) == LAST_YEAR


def test_a_transient_database_error_is_retried_until_the_batch_goes_through(monkeypatch):
    event = pending_event()
    real, calls = services.normalise_pending_events, []

    def flaky(event_ids):
        calls.append(event_ids)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real(event_ids)

    monkeypatch.setattr(services, "normalise_pending_events", flaky)
    # In-process, Celery runs the retry at once instead of after its backoff.
    result = tasks.normalise_events.apply(args=[[event.pk]], throw=False)
    assert result.state == "SUCCESS"
    assert len(calls) == 2
    assert interval(event) == LAST_YEAR


def test_other_errors_are_not_retried(monkeypatch):
    event = pending_event()
    calls = []

    def broken(event_ids):
        calls.append(event_ids)
        raise ValueError("a bug")

    monkeypatch.setattr(services, "normalise_pending_events", broken)
    result = tasks.normalise_events.apply(args=[[event.pk]], throw=False)
    assert result.state == "FAILURE"
    assert len(calls) == 1
    assert Event.objects.get(pk=event.pk).date_status == DateStatus.PENDING
