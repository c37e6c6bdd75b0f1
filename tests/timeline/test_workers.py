"""The date pipeline for real: Celery worker processes on Redis, reading the PostgreSQL test
database. Rows must be committed for a worker to see them, hence transaction=True."""

import datetime as dt
import re
import threading
import time
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from tests.factories import EventFactory, SourceFactory
from timeline import dates, normalisation, services, tasks
from timeline.models import DateStatus, Event

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restored_roles"),
]

WARSAW = ZoneInfo("Europe/Warsaw")
CLOSED_PORT_BROKER = "redis://127.0.0.1:1/0"

# Expressions as fact-checkers record them, with their reading against 20 September 2018.
EXPRESSIONS = [
    ("w ubiegłym roku", "pl", dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
    ("W sierpniu", "pl", dt.date(2018, 8, 1), dt.date(2018, 8, 31)),
    ("early 2017", "en", dt.date(2017, 1, 1), dt.date(2017, 4, 30)),
    ("w marcu 2018 roku", "pl", dt.date(2018, 3, 1), dt.date(2018, 3, 31)),
]


def wait_until(condition, *, timeout=60, message="the workers"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"Timed out after {timeout} s waiting for {message}")


def nothing_pending():
    return not Event.all_objects.pending().exists()


def assert_read_as_written(events):
    for event, (_text, _lang, start, end) in zip(events, EXPRESSIONS, strict=True):
        event.refresh_from_db()
        assert event.date_status == DateStatus.PARSED, event.date_text
        assert (event.date_start, event.date_end) == (start, end), event.date_text
        assert event.date_engine_version == dates.ENGINE_VERSION


def test_events_saved_through_the_orm_are_read_by_a_worker(start_worker):
    start_worker()
    source = SourceFactory()
    events = [
        EventFactory(source=source, date_text=text, date_lang=lang)
        for text, lang, _start, _end in EXPRESSIONS
    ]
    wait_until(nothing_pending)
    assert_read_as_written(events)


def test_events_posted_to_the_api_are_read_by_a_worker(start_worker, api, fact_checker):
    start_worker()
    source = SourceFactory()
    client = api(fact_checker)
    ids = []
    for text, lang, _start, _end in EXPRESSIONS:
        response = client.post(
            reverse("api:event-list"),
            {"title": f"About {text}", "source": source.pk, "date": {"text": text, "lang": lang}},
            format="json",
        )
        assert response.status_code == 201, response.content
        assert response.json()["date"]["status"] == DateStatus.PENDING
        ids.append(response.json()["id"])
    wait_until(nothing_pending)
    assert_read_as_written([Event.objects.get(pk=pk) for pk in ids])


def test_an_event_added_in_the_admin_is_read_by_a_worker(start_worker, client, fact_checker):
    start_worker()
    source = SourceFactory()
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:timeline_event_add"),
        {"title": "Banks asked", "source": source.pk, "date_text": "W sierpniu", "date_lang": "pl"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    wait_until(nothing_pending)
    event = Event.objects.get(title="Banks asked")
    assert (event.date_start, event.date_end) == (dt.date(2018, 8, 1), dt.date(2018, 8, 31))


def test_a_worker_keeps_its_database_connection_from_one_batch_to_the_next(start_worker):
    start_worker()
    source = SourceFactory()
    EventFactory(source=source, date_text="w ubiegłym roku")
    wait_until(nothing_pending)
    after_first = worker_backends()
    EventFactory(source=source, date_text="W sierpniu")
    wait_until(nothing_pending)
    # Celery's own default would close it after each task and open a new one for the next.
    assert len(after_first) == 1
    assert worker_backends() == after_first


def worker_backends() -> set:
    """The PostgreSQL backends connected to the test database, other than this test's own."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
        )
        return {pid for (pid,) in cursor.fetchall()}


def test_correcting_a_publication_date_has_a_worker_read_its_dates_again(start_worker):
    start_worker()
    source = SourceFactory()
    relative = EventFactory(source=source, date_text="w ubiegłym roku")
    confirmed = EventFactory(source=source, date_text="W sierpniu")
    wait_until(nothing_pending)
    confirmed.refresh_from_db()
    services.confirm_date_in_form(event=confirmed)
    confirmed.save()
    confirmed_row = Event.objects.filter(pk=confirmed.pk).values().get()

    source.published_at = dt.datetime(2020, 2, 1, 10, 0, tzinfo=WARSAW)
    source.save()

    wait_until(nothing_pending)
    relative.refresh_from_db()
    assert (relative.date_start, relative.date_end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert relative.date_anchor == dt.date(2020, 2, 1)
    assert Event.objects.filter(pk=confirmed.pk).values().get() == confirmed_row


def test_a_date_saved_while_the_broker_is_down_is_read_once_the_sweep_runs(start_worker, broker_at):
    start_worker(DATES_PENDING_GRACE_SECONDS=1)
    with broker_at(CLOSED_PORT_BROKER):
        started = time.monotonic()
        event = EventFactory(date_text="w ubiegłym roku")
        elapsed = time.monotonic() - started
    assert elapsed < 3, f"saving took {elapsed:.1f} s with the broker down"
    time.sleep(2)
    event.refresh_from_db()
    assert event.date_status == DateStatus.PENDING  # no message ever reached the worker

    # The broker is back: what beat does every DATES_SWEEP_INTERVAL_SECONDS.
    tasks.sweep_pending_dates.delay()
    wait_until(nothing_pending)
    event.refresh_from_db()
    assert (event.date_start, event.date_end) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))


# Exactly once, checkably: a trigger logs every write that leaves a row settled (a worker's
# result); marking rows pending and the sweep's stamps leave them pending and are not logged.
@pytest.fixture
def write_log():
    with connection.cursor() as cursor:
        cursor.execute(
            """
            CREATE TABLE test_date_writes (event_id bigint NOT NULL);
            CREATE FUNCTION test_log_date_write() RETURNS trigger AS $$
            BEGIN
                INSERT INTO test_date_writes (event_id) VALUES (NEW.id);
                RETURN NEW;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER test_date_writes AFTER UPDATE ON timeline_event FOR EACH ROW
                WHEN (NEW.date_status <> 'pending')
                EXECUTE FUNCTION test_log_date_write();
            """
        )

    def writes_per_row():
        with connection.cursor() as cursor:
            cursor.execute("SELECT event_id, count(*) FROM test_date_writes GROUP BY event_id")
            return dict(cursor.fetchall())

    yield writes_per_row
    with connection.cursor() as cursor:
        cursor.execute(
            """
            DROP TRIGGER test_date_writes ON timeline_event;
            DROP FUNCTION test_log_date_write();
            DROP TABLE test_date_writes;
            """
        )


def pending_rows(count):
    """`count` pending events on sources published on different days, made in bulk (no save(),
    so nothing is queued yet)."""
    sources = [
        SourceFactory(published_at=dt.datetime(2018, 1 + n % 12, 1 + n, 9, 0, tzinfo=WARSAW))
        for n in range(20)
    ]
    now = timezone.now()
    Event.objects.bulk_create(
        Event(
            title=f"Event {n}",
            source=sources[n % len(sources)],
            date_text=EXPRESSIONS[n % len(EXPRESSIONS)][0],
            date_lang=EXPRESSIONS[n % len(EXPRESSIONS)][1],
            date_status=DateStatus.PENDING,
            date_queued_at=now,
        )
        for n in range(count)
    )
    return list(Event.objects.order_by("pk").values_list("pk", flat=True))


def a_worker_waits_on_a_lock():
    with connection.cursor() as cursor:
        # Inside a transaction the statistics views are a snapshot taken on first use.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0] > 0


def assert_every_row_read_once(ids, write_log):
    writes = write_log()
    assert len(writes) == len(ids)  # none lost
    assert set(writes.values()) == {1}  # none written twice
    assert sorted(writes) == ids
    assert not Event.objects.exclude(date_status=DateStatus.PARSED).exists()
    rows = Event.objects.values_list(
        "pk", "date_text", "date_lang", "date_start", "date_end", "source__published_at"
    )
    for pk, text, lang, start, end, published_at in rows:
        result = dates.normalise(text, timezone.localtime(published_at).date(), lang)
        assert (start, end) == (result.start, result.end), pk


def test_a_worker_killed_mid_batch_loses_nothing_and_writes_every_row_once(
    start_worker, write_log, settings
):
    batch = 25
    ids = pending_rows(5000)
    recovery = {
        "DATES_BATCH_SIZE": batch,
        "CELERY_VISIBILITY_TIMEOUT": 10,
        "DATES_PENDING_GRACE_SECONDS": 5,
        "DATES_SWEEP_INTERVAL_SECONDS": 3,
    }
    settings.DATES_BATCH_SIZE = batch  # 200 tasks
    first = start_worker(**recovery)
    # Hold a row of the 41st batch: the worker, one task at a time, writes 40 batches and then
    # stops in the middle of the 41st, its transaction open, and is killed right there.
    held = ids[40 * batch + batch // 2]
    with transaction.atomic():
        Event.objects.select_for_update().filter(pk=held).get()
        services.enqueue_normalisation(ids)
        wait_until(a_worker_waits_on_a_lock, message="the worker to reach the held row")
        first.kill()
        assert Event.objects.exclude(date_status=DateStatus.PENDING).count() == 40 * batch
    # Its statement, already in the database's hands, may still complete once the lock is
    # released: then the redelivered task finds those rows settled and writes nothing.
    in_flight = task_ids(first.log(), "received") - task_ids(first.log(), "succeeded")
    assert len(in_flight) == 1

    # A new worker, with beat running the sweep. The killed worker's unacknowledged message
    # comes back after the visibility timeout; the others are still queued.
    second = start_worker(beat=True, **recovery)
    wait_until(nothing_pending, timeout=90, message="every row to be read")
    assert_every_row_read_once(ids, write_log)
    wait_until(lambda: in_flight <= task_ids(second.log(), "received"), message="redelivery")


def task_ids(log, event):
    return set(re.findall(rf"normalise_events\[([0-9a-f-]+)\] {event}", log))


def test_dates_whose_messages_were_lost_are_read_after_the_sweep_finds_them(
    start_worker, write_log
):
    # Made in bulk, never queued: as if Redis restarted without persistence.
    ids = pending_rows(1000)
    Event.objects.update(date_queued_at=timezone.now() - dt.timedelta(minutes=10))
    start_worker(
        beat=True,
        DATES_BATCH_SIZE=100,
        DATES_PENDING_GRACE_SECONDS=5,
        DATES_SWEEP_INTERVAL_SECONDS=2,
    )
    wait_until(nothing_pending, timeout=60, message="the sweep and the workers")
    assert_every_row_read_once(ids, write_log)


def test_two_writers_on_the_same_rows_at_once_write_each_row_once():
    ids = pending_rows(50)
    readings = normalisation.read_pending(ids)
    outcomes = normalisation.read_dates(readings)
    first_holds_locks, results = threading.Event(), {}

    def first_writer():
        with transaction.atomic():
            results["first"] = normalisation.write_outcomes(readings, outcomes)
            first_holds_locks.set()
            time.sleep(1)
        connection.close()

    def second_writer():
        first_holds_locks.wait()
        started = time.monotonic()
        results["second"] = normalisation.write_outcomes(readings, outcomes)
        results["waited"] = time.monotonic() - started
        connection.close()

    threads = [threading.Thread(target=first_writer), threading.Thread(target=second_writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results["first"] == 50
    assert results["second"] == 0
    assert results["waited"] > 0.5  # it queued behind the first writer's row locks


def test_a_reading_of_the_old_anchor_blocked_behind_its_correction_writes_nothing():
    source = SourceFactory()
    event = EventFactory(source=source, date_text="w ubiegłym roku")
    readings = normalisation.read_pending([event.pk])
    outcomes = normalisation.read_dates(readings)
    correction_holds_locks, results = threading.Event(), {}

    def correct_the_source():
        with transaction.atomic():
            source.published_at = dt.datetime(2020, 2, 1, 10, 0, tzinfo=WARSAW)
            source.save()
            correction_holds_locks.set()
            time.sleep(1)
        connection.close()

    def stale_writer():
        correction_holds_locks.wait()
        results["written"] = normalisation.write_outcomes(readings, outcomes)
        connection.close()

    threads = [threading.Thread(target=correct_the_source), threading.Thread(target=stale_writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results["written"] == 0
    event.refresh_from_db()
    assert event.date_status == DateStatus.PENDING
