"""How fast could one worker process normalise dates, whatever the design? Upper bounds.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python -m benchmarks.worker_bounds [--size 20000] [--repeat 3]

benchmarks.workers times the shipped pipeline against the engine alone (the target is a
pipeline at half the engine's speed). This script asks what any design could reach in one
Python process, with no broker at all, by timing the same rows (the same stream, the same
database set-up, in its own database chronicle_bench, dropped at the end) through designs that
do less and less besides the engine:

- shipped, serial: read_pending, read_dates and write_outcomes one batch after another, as a
  task runs them (the pipeline minus Celery and Redis);
- narrow table, three stages: the reading kept in a table of its own (the event's id, a
  generation number that saves would bump, the result columns, an interval and a pending
  index), written by one conditional UPDATE per batch; one thread reads the next batch while
  the main thread runs the engine and a third thread writes the previous one;
- append only, three stages: the same, but the results are only COPYed into an unlogged table
  with no index: the least any write can cost;
- read and engine, no write, two stages: batches read ahead in a thread while the engine runs;
  what a worker would reach if writing were free.

Every design runs the production read (timeline.normalisation.read_pending) and the production
engine path (read_dates), each thread on its own connection. The engine alone is timed in the
same process between designs, from a cold expression cache each time, as in benchmarks.workers.
Figures are the best of --repeat runs.
"""

import argparse
import os
import queue
import sys
import threading
import time

from benchmarks.workers import _insert_pending, in_bench_database, time_engine

_NARROW = """
CREATE TABLE bench_reading (
    event_id bigint PRIMARY KEY,
    generation bigint NOT NULL DEFAULT 1,
    status text NOT NULL,
    date_start date, date_end date, granularity text NOT NULL DEFAULT '',
    relation text NOT NULL DEFAULT '', reference text NOT NULL DEFAULT '',
    reason text NOT NULL DEFAULT '', anchor date,
    engine_version text NOT NULL DEFAULT '', updated_at timestamptz
);
CREATE INDEX bench_reading_interval ON bench_reading (date_start, date_end);
CREATE INDEX bench_reading_pending ON bench_reading (event_id) WHERE status = 'pending';
CREATE UNLOGGED TABLE bench_appended (
    event_id bigint, generation bigint, status text, date_start date, date_end date,
    granularity text, relation text, reference text, reason text, anchor date
);
"""
_RESULT_COLUMNS = (
    "event_id, generation, status, date_start, date_end, granularity, relation, reference,"
    " reason, anchor"
)
# A result is kept only if the row is still pending in the generation it was read in: the
# cheapest check that still drops results computed from inputs changed since.
_NARROW_WRITE = """
UPDATE bench_reading AS r SET status = v.status, date_start = v.date_start,
    date_end = v.date_end, granularity = v.granularity, relation = v.relation,
    reference = v.reference, reason = v.reason, anchor = v.anchor, engine_version = %s,
    updated_at = now()
FROM bench_results AS v
WHERE r.event_id = v.event_id AND r.generation = v.generation AND r.status = 'pending'
"""


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="rows (default 20000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument("--seed", type=int, default=2018, help="random seed (default 2018)")
    args = parser.parse_args(argv)

    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url.startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to a PostgreSQL server: this measures it.")
    in_bench_database(server_url, lambda: _run(args))


def _run(args):
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from benchmarks.dates import stream
    from timeline.dates.parsing import compile_expression

    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(_NARROW)
    items = stream(args.size, args.seed)
    ids = _insert_pending(items)
    size = settings.DATES_BATCH_SIZE
    batches = [ids[start : start + size] for start in range(0, len(ids), size)]

    designs = {
        "shipped, serial": _shipped,
        "narrow table, three stages": lambda batches: _staged(batches, _write_narrow),
        "append only, three stages": lambda batches: _staged(batches, _append),
        "read and engine, no write": lambda batches: _staged(batches, None),
    }
    engine, rates = [], {name: [] for name in designs}
    for _ in range(args.repeat):
        engine.append(time_engine(items))
        for name, design in designs.items():
            _reset()
            compile_expression.cache_clear()
            began = time.perf_counter()
            settled = design(batches)
            elapsed = time.perf_counter() - began
            if settled != len(ids):
                sys.exit(f"{name}: {settled} of {len(ids)} rows settled")
            rates[name].append(len(ids) / elapsed)

    best_engine = max(engine)
    print(f"rows: {len(ids)} in batches of {settings.DATES_BATCH_SIZE}, seed {args.seed}")
    print(f"{'engine alone':28} {best_engine:8.0f} rows/s  (runs: {_runs(engine)})")
    for name, runs in rates.items():
        best = max(runs)
        share = best / best_engine
        print(f"{name:28} {best:8.0f} rows/s  {share:5.2f} of the engine  (runs: {_runs(runs)})")


def _runs(rates):
    return ", ".join(f"{rate:.0f}" for rate in rates)


def _reset():
    """Every row pending again, in both the event table and the narrow one, and analysed."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE timeline_event SET date_status = 'pending', date_start = NULL,"
            " date_end = NULL, date_granularity = '', date_engine_version = ''"
        )
        cursor.execute("TRUNCATE bench_reading, bench_appended")
        cursor.execute(
            "INSERT INTO bench_reading (event_id, status) SELECT id, 'pending' FROM timeline_event"
        )
        cursor.execute("VACUUM ANALYZE timeline_event, bench_reading")


def _shipped(batches):
    from django.db import transaction

    from timeline import normalisation

    written = 0
    for batch in batches:
        with transaction.atomic():
            readings = normalisation.read_pending(batch)
            written += normalisation.write_outcomes(readings, normalisation.read_dates(readings))
    return written


def _staged(batches, write):
    """Read ahead in one thread, compute here, write behind in another (if `write`)."""
    from django.db import connection

    from timeline import normalisation

    read_queue, write_queue = queue.Queue(maxsize=2), queue.Queue(maxsize=2)
    written = [0]

    def reader():
        try:
            for batch in batches:
                read_queue.put(normalisation.read_pending(batch))
        finally:
            read_queue.put(None)
            connection.close()

    def writer():
        try:
            while (work := write_queue.get()) is not None:
                written[0] += write(*work)
        finally:
            connection.close()

    threads = [threading.Thread(target=reader)]
    if write is not None:
        threads.append(threading.Thread(target=writer))
    for thread in threads:
        thread.start()
    while (readings := read_queue.get()) is not None:
        outcomes = normalisation.read_dates(readings)
        if write is None:
            written[0] += len(outcomes)
        else:
            write_queue.put((readings, outcomes))
    write_queue.put(None)
    for thread in threads:
        thread.join()
    return written[0]


def _copy_results(cursor, table, readings, outcomes):
    with cursor.copy(f"COPY {table} ({_RESULT_COLUMNS}) FROM STDIN") as copy:
        for reading, outcome in zip(readings, outcomes, strict=True):
            copy.write_row((reading.pk, 1, *outcome))


def _write_narrow(readings, outcomes):
    from django.db import connection, transaction

    from timeline import dates

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMPORARY TABLE IF NOT EXISTS bench_results"
            " (LIKE bench_appended) ON COMMIT DELETE ROWS"
        )
        _copy_results(cursor, "bench_results", readings, outcomes)
        cursor.execute(_NARROW_WRITE, [dates.ENGINE_VERSION])
        return cursor.rowcount


def _append(readings, outcomes):
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        _copy_results(cursor, "bench_appended", readings, outcomes)
    return len(readings)


if __name__ == "__main__":
    main()
