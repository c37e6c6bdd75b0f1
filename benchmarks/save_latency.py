"""From an event saved through the API to its date read, with a real, idle worker.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/4 \\
        .venv/bin/python -m benchmarks.save_latency [--events 200] [--pause 0.05]

Creates its own database (chronicle_bench on the DATABASE_URL server, dropped at the end) and
starts one `celery worker` process on it. Then, one at a time, an editor POSTs an event with a
date expression to /api/v1/events/ (Django's test client: the whole middleware stack and the
request's transaction, no network) and the script polls the row until the date is no longer
pending. The figure is that time, per event: the commit, the message through Redis, the worker's
read, the engine and the write. Between events it waits --pause seconds, so the worker is idle
when each arrives, as it is for a fact-checker saving one event. Expressions are the date
engine benchmark's stream (mostly distinct), so the worker's cache does not answer them.
"""

import argparse
import datetime as dt
import os
import statistics
import sys
import time

from benchmarks.workers import Worker, in_bench_database

POLL_SECONDS = 0.002
TIMEOUT_SECONDS = 10


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200, help="events saved (default 200)")
    parser.add_argument("--pause", type=float, default=0.05, help="idle seconds between saves")
    parser.add_argument("--seed", type=int, default=2018)
    args = parser.parse_args(argv)
    server_url, redis_url = os.environ.get("DATABASE_URL", ""), os.environ.get("REDIS_URL", "")
    if not server_url.startswith(("postgres://", "postgresql://")) or not redis_url:
        sys.exit("Set DATABASE_URL (a PostgreSQL server) and REDIS_URL: this measures them.")
    os.environ.update(
        SECURE_SSL_REDIRECT="0",
        STATIC_MANIFEST="0",
        ALLOWED_HOSTS="testserver",
        API_THROTTLE_USER="100000000/min",
        LOG_LEVEL="WARNING",
    )
    in_bench_database(server_url, lambda: _run(args))


def _distinct(items, size):
    """The first `size` triples whose expression has not come before: no cache answers."""
    seen, chosen = set(), []
    for text, anchor, lang in items:
        if (text, lang) not in seen:
            seen.add((text, lang))
            chosen.append((text, anchor, lang))
    return chosen[:size]


def _run(args):
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    from benchmarks.dates import stream
    from claims.models import Source
    from claims.roles import EDITORS
    from config.celery import app
    from timeline.models import DateStatus, Event

    call_command("migrate", verbosity=0)
    editor = User.objects.create_user("bench-editor", password="x" * 20)
    editor.groups.add(Group.objects.get(name=EDITORS))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    items = _distinct(stream(args.events * 20, args.seed), args.events)
    app.control.purge()

    latencies, unread = [], 0
    with Worker(os.environ["DATABASE_URL"], 0, "prefork", 1):
        for index, (text, anchor, lang) in enumerate(items):
            # The article the date comes from, published on its anchor day (not timed).
            source = Source.objects.create(
                title=f"Source {index}",
                published_at=dt.datetime.combine(anchor, dt.time(12), tzinfo=dt.UTC),
            )
            time.sleep(args.pause)
            started = time.perf_counter()
            answer = client.post(
                "/api/v1/events/",
                {
                    "title": f"Event {index}",
                    "source": source.pk,
                    "date": {"text": text, "lang": lang},
                },
                format="json",
            )
            if answer.status_code != 201:
                sys.exit(f"The API answered {answer.status_code}: {answer.content[:500]!r}")
            pk = answer.json()["id"]
            pending = Event.objects.filter(pk=pk, date_status=DateStatus.PENDING)
            while pending.exists():
                if time.perf_counter() - started > TIMEOUT_SECONDS:
                    unread += 1
                    break
                time.sleep(POLL_SECONDS)
            else:
                latencies.append(time.perf_counter() - started)

    latencies.sort()
    ms = [value * 1000 for value in latencies]
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    print(f"events: {len(items)}, {len({(t, lang) for t, _, lang in items})} distinct expressions")
    print(f"read within {TIMEOUT_SECONDS} s: {len(ms)}; not read: {unread}")
    print(
        f"save to read (ms): median {statistics.median(ms):.1f}, p95 {p95:.1f}, "
        f"max {ms[-1]:.1f}  (target p95 < 1000)"
    )


if __name__ == "__main__":
    main()
