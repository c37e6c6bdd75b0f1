"""Load test: public readers and fact-checkers' writes at once, with workers normalising dates.

Run by hand on PostgreSQL and Redis (it creates and drops its own database):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/7 \
        .venv/bin/python -m benchmarks.load --duration 120

It starts gunicorn and one Celery worker on this machine, drives them from threads in this
process (loopback only, bounded in time), then checks that every write is present and every
date was normalised. Prints requests per second, median and p95 latency per kind, and errors.
"""

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "chronicle_load"
PORT = 8765
EXPRESSIONS = [
    "w ubiegłym roku",
    "W sierpniu",
    "w marcu 2018 roku",
    "na początku 2017 roku",
    "rok temu",
    "w drugim kwartale 2016 roku",
    "pod koniec ubiegłego roku",
    "3 października 2017 r.",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=120, help="seconds of load")
    parser.add_argument("--readers", type=int, default=6)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--web-workers", type=int, default=3)
    args = parser.parse_args()

    base_url = os.environ.get("DATABASE_URL", "")
    if not base_url.startswith("postgres") or not os.environ.get("REDIS_URL"):
        sys.exit("Set DATABASE_URL (postgres://...) and REDIS_URL: the load test needs both.")
    env = _environment(base_url)
    _recreate_database(base_url)
    processes = []
    try:
        token, source_id = _prepare(env)
        processes.append(_start_web(env, args.web_workers))
        processes.append(_start_worker(env))
        _wait_for_web()
        results = _run_load(args, token, source_id)
        confirmed = _check_writes(env, results["created_ids"])
        _report(args, results, confirmed)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        _drop_database(base_url)


def _environment(base_url):
    parts = urlsplit(base_url)
    env = dict(os.environ)
    env.update(
        DATABASE_URL=urlunsplit(parts._replace(path=f"/{DB_NAME}")),
        DEBUG="0",
        SECRET_KEY="load-test-only-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        STATIC_MANIFEST="0",
        # The point is capacity, not the rate limits: lift them for this run.
        API_THROTTLE_ANON="1000000/min",
        API_THROTTLE_USER="1000000/min",
        LOG_LEVEL="WARNING",
        DATES_PENDING_GRACE_SECONDS="30",
    )
    return env


def _admin_connection(base_url):
    import psycopg

    parts = urlsplit(base_url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def _recreate_database(base_url):
    with _admin_connection(base_url) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DB_NAME}")


def _drop_database(base_url):
    with _admin_connection(base_url) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def _manage(env, *args, input_text=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=input_text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


SETUP = """
from django.contrib.auth.models import Group, User
from rest_framework.authtoken.models import Token
from claims.models import Source
user = User.objects.create_user("load-fact-checker", password=None, is_staff=True)
user.groups.add(Group.objects.get(name="fact-checkers"))
print(Token.objects.create(user=user).key, Source.objects.get(outlet__name="PAP").pk)
"""


def _prepare(env):
    _manage(env, "migrate", "--noinput")
    _manage(env, "load_demo")
    token, source_id = _manage(env, "shell", "-c", SETUP).split()[-2:]
    return token, int(source_id)


def _start_web(env, workers):
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "config.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )


def _start_worker(env):
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/celery"),
            "-A",
            "config",
            "worker",
            "--concurrency",
            "1",
            "--loglevel",
            "warning",
            "--beat",
            "--schedule",
            "/tmp/chronicle-load-beat",
        ],
        cwd=ROOT,
        env=env,
    )


def _wait_for_web():
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit("The web server did not start.")


def _run_load(args, token, source_id):
    stop_at = time.monotonic() + args.duration
    lock = threading.Lock()
    latencies = {"timeline page": [], "claims API": [], "events API": [], "event write": []}
    errors = []
    created_ids = []

    def record(kind, started, status, body=None):
        elapsed = time.perf_counter() - started
        with lock:
            latencies[kind].append(elapsed)
            if status >= 400:
                errors.append((kind, status, (body or b"")[:200]))

    def reader(seed):
        rng = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        pages = [
            ("timeline page", "/timelines/facebook-banks-data/"),
            ("claims API", "/api/v1/claims/?page_size=20"),
            ("events API", "/api/v1/events/?page_size=20"),
        ]
        while time.monotonic() < stop_at:
            kind, path = rng.choice(pages)
            started = time.perf_counter()
            try:
                connection.request(
                    "GET", path, headers={"Accept-Language": rng.choice(["pl", "en"])}
                )
                response = connection.getresponse()
                body = response.read()
                record(kind, started, response.status, body)
            except OSError as exc:
                record(kind, started, 599, str(exc).encode())
                connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)

    def writer(seed):
        rng = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        number = 0
        while time.monotonic() < stop_at:
            number += 1
            payload = {
                "title": f"Load event {seed}-{number}",
                "source": source_id,
                "date": {"text": rng.choice(EXPRESSIONS), "lang": "pl"},
            }
            started = time.perf_counter()
            try:
                connection.request(
                    "POST",
                    "/api/v1/events/",
                    body=json.dumps(payload),
                    headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
                )
                response = connection.getresponse()
                body = response.read()
                record("event write", started, response.status, body)
                if response.status == 201:
                    with lock:
                        created_ids.append(json.loads(body)["id"])
            except OSError as exc:
                record("event write", started, 599, str(exc).encode())
                connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(args.readers)]
    threads += [threading.Thread(target=writer, args=(1000 + n,)) for n in range(args.writers)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "elapsed": time.monotonic() - started,
        "latencies": latencies,
        "errors": errors,
        "created_ids": created_ids,
    }


CHECK = """
import json, sys, time
from timeline.models import Event
ids = json.loads(sys.stdin.read())
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    pending = Event.objects.filter(pk__in=ids, date_status="pending").count()
    if not pending:
        break
    time.sleep(1)
present = Event.objects.filter(pk__in=ids).count()
parsed = Event.objects.filter(pk__in=ids, date_status="parsed").count()
print(json.dumps({"present": present, "parsed": parsed, "pending": pending}))
"""


def _check_writes(env, ids):
    output = _manage(env, "shell", "-c", CHECK, input_text=json.dumps(ids))
    return json.loads(output.strip().splitlines()[-1])


def _report(args, results, confirmed):
    elapsed = results["elapsed"]
    total = sum(len(v) for v in results["latencies"].values())
    print(
        f"{elapsed:.0f} s, {args.readers} readers, {args.writers} writers, "
        f"{args.web_workers} gunicorn workers, 1 Celery worker"
    )
    print(f"{'kind':<15} {'requests':>9} {'req/s':>8} {'median ms':>10} {'p95 ms':>8}")
    for kind, values in results["latencies"].items():
        if not values:
            continue
        values = sorted(values)
        p95 = values[int(len(values) * 0.95) - 1] if len(values) >= 20 else values[-1]
        print(
            f"{kind:<15} {len(values):>9} {len(values) / elapsed:>8.1f} "
            f"{statistics.median(values) * 1000:>10.1f} {p95 * 1000:>8.1f}"
        )
    print(f"{'all':<15} {total:>9} {total / elapsed:>8.1f}")
    print(f"errors: {len(results['errors'])}")
    for kind, status, body in results["errors"][:10]:
        print(f"  {kind}: {status} {body!r}")
    created = len(results["created_ids"])
    print(
        f"writes acknowledged: {created}; present afterwards: {confirmed['present']}; "
        f"dates parsed: {confirmed['parsed']}; still pending: {confirmed['pending']}"
    )


if __name__ == "__main__":
    main()
