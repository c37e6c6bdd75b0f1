"""Date normalisation end to end: Celery workers against the database floor and the engine.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/4 \\
        .venv/bin/python -m benchmarks.workers [--size 20000] [--repeat 3] [--stream distinct]
        [--scaling] [--steps]

Creates its own database (chronicle_bench on the DATABASE_URL server, dropped at the end), so
it never touches real data, and empties the default queue of the Redis database it is given.
Each event is on a source published on its anchor day, inserted pending as a save leaves it.

The stream (--stream):
- distinct (the default): everyday forms filled with random days, months, years and counts
  (benchmarks/dates.py distinct_stream), so that most expressions are new to the engine's
  cache, as the dates of a stream of articles mostly are;
- zipf: a few hundred distinct expressions with Zipf-like frequency, which the engine's cache
  answers after their first reading.

Figures on the same rows, each the best of --repeat runs (the machine is shared; the best run
is the least disturbed one):
- engine: normalise() in a loop in this process, starting from a cold expression cache;
- pipeline: ONE worker process (prefork, concurrency 1 unless --pool / --concurrency say
  otherwise), freshly started and given one task first (its one-time setup: imports, the
  grammars' indexes), then timed from the moment the rows are queued (DATES_BATCH_SIZE ids per
  message) until none is pending: the broker, the reads, the engine, the conditional bulk
  writes, the commits;
- database floor: the same rows set to a fixed result by a plain UPDATE ... WHERE id = ANY()
  in the same batches, no engine, no conditions: what writing the rows costs at the least.
  The target is a pipeline of at least 0.7 of it.
- with --scaling, the pipeline again with two worker processes (prefork, concurrency 2),
  runs alternating with one process; the target is at least 1.7 times one.
"""

import argparse
import datetime as dt
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

BENCH_DATABASE = "chronicle_bench"
ROOT = Path(__file__).resolve().parent.parent
# A run takes well under a second: a coarser poll would add a visible share to it.
POLL_SECONDS = 0.01


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="rows (default 20000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument("--seed", type=int, default=2018, help="random seed (default 2018)")
    parser.add_argument(
        "--pool",
        choices=["prefork", "threads", "solo"],
        default="prefork",
        help="the worker's pool (default prefork)",
    )
    parser.add_argument(
        "--concurrency", type=int, default=1, help="the worker's concurrency (default 1)"
    )
    parser.add_argument(
        "--stream",
        choices=["distinct", "zipf"],
        default="distinct",
        help="mostly distinct expressions (default) or a few hundred repeated ones",
    )
    parser.add_argument(
        "--scaling",
        action="store_true",
        help="also time two worker processes (prefork, concurrency 2) against one",
    )
    parser.add_argument(
        "--steps",
        action="store_true",
        help="also run the batches in this process, no broker, and time each step",
    )
    parser.add_argument(
        "--requeued",
        action="store_true",
        help="time rows queued again by renormalize_dates (a batch shares one updated_at, the"
        " table's statistics predate it) instead of rows saved pending one by one",
    )
    parser.add_argument(
        "--on-timeline",
        action="store_true",
        help="put every event on one timeline, so that the year-count triggers have work",
    )
    parser.add_argument(
        "--without-count-triggers",
        action="store_true",
        help="experiment: first disable the year-count triggers on timeline_event",
    )
    parser.add_argument(
        "--without-date-indexes",
        action="store_true",
        help="experiment: first drop every index on a column the workers write and leave room"
        " on each page, so that PostgreSQL can update the rows in place (HOT)",
    )
    args = parser.parse_args(argv)

    server_url, redis_url = os.environ.get("DATABASE_URL", ""), os.environ.get("REDIS_URL", "")
    if not server_url.startswith(("postgres://", "postgresql://")) or not redis_url:
        sys.exit("Set DATABASE_URL (a PostgreSQL server) and REDIS_URL: this measures them.")
    in_bench_database(server_url, lambda: _run(args))


def in_bench_database(server_url, run):
    """Run `run` with Django set up on a fresh benchmark database of the server at
    `server_url`, dropped afterwards whatever happens."""
    os.environ["DATABASE_URL"] = _recreate_database(server_url)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-" + "x" * 50)
    # DEBUG keeps every query in memory: not what production runs.
    os.environ["DEBUG"] = "0"
    try:
        run()
    finally:
        from django.db import connections

        connections.close_all()
        _drop_database(server_url)


def _run(args):
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from benchmarks.dates import distinct_stream, stream
    from config.celery import app

    call_command("migrate", verbosity=0)
    if args.without_date_indexes:
        print(f"dropped for the experiment: {', '.join(_drop_date_indexes())}")
    if args.without_count_triggers:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE timeline_event DISABLE TRIGGER USER")
        print("disabled for the experiment: the year-count triggers on timeline_event")
    items = (distinct_stream if args.stream == "distinct" else stream)(args.size, args.seed)
    distinct = len({(text, lang) for text, _, lang in items})

    engine = [time_engine(items) for _ in range(args.repeat)]

    app.control.purge()
    pipeline, floor, two = [], [], []
    for run in range(args.repeat):
        ids = _insert_pending(items, args.on_timeline)
        if args.requeued:
            _requeue(ids)
        with Worker(os.environ["DATABASE_URL"], run, args.pool, args.concurrency):
            pipeline.append(len(ids) / _time_pipeline(ids))
        parsed = _count_parsed()
        if args.scaling:
            ids = _insert_pending(items, args.on_timeline)
            with Worker(os.environ["DATABASE_URL"], run, "prefork", 2):
                two.append(len(ids) / _time_pipeline(ids))
        ids = _insert_pending(items, args.on_timeline)
        floor.append(len(ids) / _time_plain_update(ids, settings.DATES_BATCH_SIZE))

    best_engine, best_pipeline, best_floor = max(engine), max(pipeline), max(floor)
    print(
        f"rows: {len(items)}, stream {args.stream}: {distinct} distinct expressions,"
        f" seed {args.seed}"
    )
    if args.requeued:
        print("rows queued again as renormalize_dates does, on statistics from before")
    print(
        f"batch size: {settings.DATES_BATCH_SIZE} rows per task, one worker,"
        f" pool {args.pool}, concurrency {args.concurrency}"
    )
    print(f"engine alone:    {best_engine:8.0f} rows/s  (runs: {_rates(engine)})")
    print(f"worker pipeline: {best_pipeline:8.0f} rows/s  (runs: {_rates(pipeline)})")
    print(f"database floor:  {best_floor:8.0f} rows/s  (runs: {_rates(floor)})")
    print(f"pipeline / database floor: {best_pipeline / best_floor:5.2f}  (target >= 0.70)")
    print(f"engine / database floor:   {best_engine / best_floor:5.2f}  (no worker can pass it)")
    print(f"pipeline / engine:         {best_pipeline / best_engine:5.2f}")
    if two:
        print(f"two processes:   {max(two):8.0f} rows/s  (runs: {_rates(two)})")
        print(f"two / one process:         {max(two) / best_pipeline:5.2f}  (target >= 1.70)")
    print(f"parsed: {parsed} of {len(items)}")
    if args.steps:
        _print_steps(items, args.repeat, settings.DATES_BATCH_SIZE, args.on_timeline)


def time_engine(items) -> float:
    """Rows a second of normalise() alone on `items`, from a cold expression cache."""
    from timeline import dates
    from timeline.dates.parsing import compile_expression

    compile_expression.cache_clear()
    began = time.perf_counter()
    for text, anchor, lang in items:
        dates.normalise(text, anchor, lang)
    return len(items) / (time.perf_counter() - began)


def _drop_date_indexes():
    """An index on any column a worker writes makes each write add an entry to every index of
    the table instead of updating the row in place."""
    from django.db import connection

    from timeline.normalisation import WRITTEN_COLUMNS

    dropped = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'timeline_event'"
        )
        for name, definition in cursor.fetchall():
            if any(column in definition for column in WRITTEN_COLUMNS):
                cursor.execute(f'DROP INDEX "{name}"')
                dropped.append(name)
        cursor.execute("ALTER TABLE timeline_event SET (fillfactor = 50)")
    return dropped


def _print_steps(items, repeat, batch_size, on_timeline):
    """The batches run here, one transaction each, as a task runs them: the fastest run."""
    from django.db import connection, transaction

    from timeline import normalisation
    from timeline.dates.parsing import compile_expression

    best = None
    for _ in range(repeat):
        ids = _insert_pending(items, on_timeline)
        compile_expression.cache_clear()
        spent = [0.0, 0.0, 0.0]
        began = time.perf_counter()
        for start in range(0, len(ids), batch_size):
            with transaction.atomic():
                t0 = time.perf_counter()
                readings = normalisation.read_pending(ids[start : start + batch_size])
                t1 = time.perf_counter()
                outcomes = normalisation.read_dates(readings)
                t2 = time.perf_counter()
                normalisation.write_outcomes(readings, outcomes)
                t3 = time.perf_counter()
            spent = [spent[0] + t1 - t0, spent[1] + t2 - t1, spent[2] + t3 - t2]
        elapsed = time.perf_counter() - began
        if best is None or elapsed < best[0]:
            best = (elapsed, spent)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables"
            " WHERE relname = 'timeline_event'"
        )
        updated, hot = cursor.fetchone()
    elapsed, (read, engine, write) = best
    print(
        f"in this process: {len(items) / elapsed:8.0f} rows/s  (read {read:.3f} s,"
        f" engine {engine:.3f} s, write {write:.3f} s)"
    )
    print(f"updates in place (HOT) so far: {hot} of {updated}")


def _rates(rates):
    return ", ".join(f"{rate:.0f}" for rate in rates)


def _insert_pending(items, on_timeline=False):
    """Fresh rows each run, as saves leave them: pending, never written by a worker; with
    `on_timeline`, all of them on one new timeline."""
    from django.db import connection
    from django.utils import timezone

    from claims.models import Source
    from timeline.models import DateStatus, Event

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE timeline_event, claims_source CASCADE")
    warsaw = ZoneInfo("Europe/Warsaw")
    anchors = sorted({anchor for _, anchor, _ in items})
    Source.objects.bulk_create(
        Source(
            title=f"Source of {anchor}",
            published_at=dt.datetime(anchor.year, anchor.month, anchor.day, 12, tzinfo=warsaw),
        )
        for anchor in anchors
    )
    source_of = {
        timezone.localtime(published_at).date(): pk
        for pk, published_at in Source.objects.values_list("pk", "published_at")
    }
    now = timezone.now()
    Event.objects.bulk_create(
        (
            Event(
                title=f"Event {n}",
                source_id=source_of[anchor],
                date_text=text,
                date_lang=lang,
                date_status=DateStatus.PENDING,
                date_queued_at=now,
            )
            for n, (text, anchor, lang) in enumerate(items)
        ),
        batch_size=5000,
    )
    if on_timeline:
        from timeline.models import Timeline

        timeline = Timeline.objects.create(title="Benchmark", slug=f"bench-{time.time_ns()}")
        members = Event.objects.values_list("pk", flat=True)
        Timeline.events.through.objects.bulk_create(
            (Timeline.events.through(timeline_id=timeline.pk, event_id=pk) for pk in members),
            batch_size=5000,
        )
    with connection.cursor() as cursor:
        # What autovacuum would have done by the time a real backlog is read.
        cursor.execute("VACUUM ANALYZE timeline_event, claims_source")
    return list(Event.objects.order_by("pk").values_list("pk", flat=True))


def _requeue(ids):
    """The rows as renormalize_dates leaves them after an engine upgrade: read once, analysed,
    then made pending again a batch at a time. Its messages are dropped; the timing queues
    the rows itself."""
    from django.conf import settings
    from django.db import connection

    from config.celery import app
    from timeline import services
    from timeline.models import Event

    _time_plain_update(ids, settings.DATES_BATCH_SIZE)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE timeline_event")
    services.renormalise(Event.all_objects.all())
    app.control.purge()


def _time_pipeline(ids):
    from timeline import services
    from timeline.models import Event

    began = time.perf_counter()
    services.enqueue_normalisation(ids)
    while Event.objects.pending().exists():
        time.sleep(POLL_SECONDS)
    return time.perf_counter() - began


def _time_plain_update(ids, batch_size):
    from django.db import connection

    began = time.perf_counter()
    with connection.cursor() as cursor:
        for start in range(0, len(ids), batch_size):
            batch = "{" + ",".join(map(str, ids[start : start + batch_size])) + "}"
            cursor.execute(
                "UPDATE timeline_event SET date_status = 'parsed', date_start = '2017-01-01',"
                " date_end = '2017-12-31', date_granularity = 'year', date_anchor = '2018-09-20',"
                " date_engine_version = 'floor', updated_at = now()"
                " WHERE id = ANY(%s::bigint[])",
                [batch],
            )
    return time.perf_counter() - began


def _count_parsed():
    from timeline.models import DateStatus, Event

    return Event.objects.filter(date_status=DateStatus.PARSED).count()


class Worker:
    """One `celery worker` on the benchmark database, started and stopped."""

    def __init__(self, database_url, run, pool, concurrency):
        self.options = [f"--pool={pool}", f"--concurrency={concurrency}"]
        self.processes = concurrency if pool == "prefork" else 1
        self.env = {**os.environ, "DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"}
        self.log = Path(tempfile.gettempdir()) / f"chronicle-bench-worker-{os.getpid()}-{run}.log"

    def __enter__(self):
        from config.celery import app

        self.log.write_text("")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", *self.options,
             "--loglevel=WARNING", "--without-gossip", "--without-mingle",
             "--without-heartbeat", f"--hostname=bench-{os.getpid()}@%h"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if app.control.ping(timeout=0.5):
                self._warm_up()
                return self
            if self.process.poll() is not None:
                break
        self._stop()
        sys.exit(f"The worker did not start:\n{self.log.read_text()[-2000:]}")

    def _warm_up(self):
        """One task before the timing: a long-running worker has paid its one-time setup
        (imports, the grammars' indexes) long before, and its expression cache stays cold.
        Every child process of a pool gets one."""
        from timeline import services
        from timeline.models import DateStatus, Event

        warm = [
            Event.objects.create(
                title="warm-up", date_text="the warm-up", date_status=DateStatus.PENDING
            ).pk
            for _ in range(self.processes)
        ]
        for pk in warm:
            services.enqueue_normalisation([pk])
        while Event.objects.filter(pk__in=warm).pending().exists():
            time.sleep(POLL_SECONDS)
        Event.all_objects.filter(pk__in=warm).delete()

    def __exit__(self, *exc):
        self._stop()
        self.log.unlink(missing_ok=True)

    def _stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def _server(url):
    split = urlsplit(url)
    return {
        "host": split.hostname or "127.0.0.1",
        "port": split.port or 5432,
        "user": unquote(split.username or ""),
        "password": unquote(split.password or "") or None,
    }


def _maintenance_connection(server_url):
    import psycopg

    return psycopg.connect(**_server(server_url), dbname="postgres", autocommit=True)


def _recreate_database(server_url):
    with _maintenance_connection(server_url) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {BENCH_DATABASE}")
    server = _server(server_url)
    credentials = server["user"] + (f":{server['password']}" if server["password"] else "")
    return f"postgres://{credentials}@{server['host']}:{server['port']}/{BENCH_DATABASE}"


def _drop_database(server_url):
    with _maintenance_connection(server_url) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")


if __name__ == "__main__":
    main()
