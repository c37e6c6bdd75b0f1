"""The public timeline page at size: queries that do not grow, and render times cold and warm.

    .venv/bin/python -m benchmarks.pages [--events 5000] [--claims-per-event 4] [--repeat 15]
        [--browser LOADS]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python -m benchmarks.pages

Builds a throwaway database the way the test runner does (in memory on SQLite; a separate
database named by TEST_DATABASE_NAME, default chronicle_bench_pages, on PostgreSQL, dropped at
the end), bulk-creates a timeline of --events events with --claims-per-event claims each (one
in ten a draft that must not show), each claim quoted from one of 500 sources, and a second
timeline holding a tenth of those events. Then it requests the pages through Django's test
client, middleware and all:
- queries per page for both timelines (they must be equal);
- median render time cold (cache emptied before each request) and warm (served from the page
  cache), for the first page of each timeline;
- once, for comparison, the whole large timeline on a single page;
- with --browser, what chromium spends on the smaller timeline's page, next to the same page
  cut to the size target (benchmarks/page_browser.py).
"""

import argparse
import datetime as dt
import os
import random
import statistics
import time
from contextlib import contextmanager

EPOCH = dt.date(2000, 1, 1)
YEARS = 25
SOURCES = 500
OUTLETS = 20
TAGS = 40


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000, help="events (default 5000)")
    parser.add_argument("--claims-per-event", type=int, default=4, help="(default 4)")
    parser.add_argument("--repeat", type=int, default=15, help="cold renders (default 15)")
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--dump", metavar="PATH", help="write the large timeline's first page here")
    parser.add_argument(
        "--browser",
        type=int,
        metavar="LOADS",
        help="also load the smaller timeline's page LOADS times in chromium, next to the same "
        "page without its quotes and source lines (benchmarks/page_browser.py)",
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-" + "x" * 50)
    os.environ.setdefault("TEST_DATABASE_NAME", "chronicle_bench_pages")
    # DEBUG keeps every query in memory and serves unhashed static files: not production.
    os.environ["DEBUG"] = "0"
    os.environ["SECURE_SSL_REDIRECT"] = "0"
    os.environ["STATIC_MANIFEST"] = "0"
    os.environ["ALLOWED_HOSTS"] = "testserver"

    import django

    django.setup()
    from django.db import connection

    # No setup_test_environment(): its template instrumentation would be measured too.
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        _run(args)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def _run(args):
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from timeline import views

    rng = random.Random(args.seed)
    started = time.perf_counter()
    large, small = _build(rng, args.events, args.claims_per_event)
    # Planner statistics, as PostgreSQL's autovacuum keeps them: without them SQLite reads the
    # "deleted_at IS NULL" index (every row) instead of the foreign key's.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"{connection.vendor}: built {args.events} events, "
        f"{args.events * args.claims_per_event} claims in {time.perf_counter() - started:.1f} s"
    )
    client = Client()

    def render(url, *, cold, gzip=False):
        """(wall seconds, CPU seconds of this process, response) for one request."""
        if cold:
            cache.clear()
        headers = {"HTTP_ACCEPT_LANGUAGE": "en"}
        if gzip:
            headers["HTTP_ACCEPT_ENCODING"] = "gzip, deflate, br"
        started, cpu = time.perf_counter(), time.process_time()
        response = client.get(url, **headers)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert response.status_code == 200, (url, response.status_code)
        return elapsed, cpu, response

    print()
    # "sent" is what a browser receives: the page gzipped (each response differs by its CSRF
    # field and the random-length header, so the size is of one of them).
    print(
        "| timeline | events on the page | queries | HTML | sent | cold median (CPU) "
        "| cold, gzipped | warm median | warm, gzipped |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for timeline, total in ((small, args.events // 10), (large, args.events)):
        url = timeline.get_absolute_url()
        with counting_queries() as queries:
            *_times, response = render(url, cold=True)
        shown = response.content.count(b'<li class="event')
        cold = [render(url, cold=True) for _ in range(args.repeat)]
        render(url, cold=False)
        warm = [render(url, cold=False)[0] for _ in range(args.repeat * 4)]
        cold_gzip = [render(url, cold=True, gzip=True)[0] for _ in range(args.repeat)]
        sent = render(url, cold=False, gzip=True)[2]
        assert sent["Content-Encoding"] == "gzip", "the page was not compressed"
        warm_gzip = [render(url, cold=False, gzip=True)[0] for _ in range(args.repeat * 4)]
        print(
            f"| {total:,} events | {shown} | {len(queries)} | "
            f"{len(response.content) / 1024:,.0f} KiB | {len(sent.content) / 1024:,.0f} KiB | "
            f"{_ms(run[0] for run in cold)} ({_ms(run[1] for run in cold)}) | {_ms(cold_gzip)} | "
            f"{_ms(warm)} | {_ms(warm_gzip)} |"
        )

    if args.browser:
        from benchmarks import page_browser

        html = render(small.get_absolute_url(), cold=False)[2].content.decode()
        page_browser.compare(
            {"served": html, "cut": page_browser.without_quotes(html)}, args.browser
        )

    if args.dump:
        with open(args.dump, "wb") as out:
            out.write(render(large.get_absolute_url(), cold=True)[2].content)

    # Where a cold render of the large timeline spends its database time: the tag list probes
    # the whole timeline once per tag, the year counts are read from the kept counts, the rest
    # is over one page of events.
    with timing_queries() as timings:
        render(large.get_absolute_url(), cold=True)
    print()
    print(f"Slowest statements of a cold render of the {args.events:,}-event timeline:")
    for seconds, sql in sorted(timings, reverse=True)[:4]:
        print(f"  {seconds * 1000:7.2f} ms  {' '.join(sql.split())[:150]}")
    print(f"  all {len(timings)} statements: {sum(t for t, _ in timings) * 1000:.2f} ms")

    # What a single page would cost: the reason for a page per year.
    views.PAGE_EVENTS = 10**9
    url = large.get_absolute_url()
    with counting_queries() as queries:
        elapsed, _cpu, response = render(url, cold=True)
    shown = response.content.count(b'<li class="event')
    print()
    print(
        f"All {shown:,} events on one page: {elapsed * 1000:,.0f} ms cold, {len(queries)} "
        f"queries, {len(response.content) / 1024 / 1024:,.1f} MiB of HTML"
    )


@contextmanager
def counting_queries():
    """Count the statements sent to the database, without Django's debug query log."""
    from django.db import connection

    statements = []

    def count(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        yield statements


@contextmanager
def timing_queries():
    """(seconds, SQL) of each statement sent to the database."""
    from django.db import connection

    timings = []

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append((time.perf_counter() - started, sql))

    with connection.execute_wrapper(timed):
        yield timings


def _ms(samples):
    return f"{statistics.median(list(samples)) * 1000:,.1f} ms"


def _build(rng, count, claims_per_event):
    """Bulk rows for the two timelines; bulk_create sends no signals and queues no dates."""
    from claims.models import Citation, Claim, Outlet, Source, Tag
    from timeline.models import DateStatus, Event, Timeline

    tz = dt.UTC
    outlets = Outlet.objects.bulk_create(Outlet(name=f"Outlet {n}") for n in range(OUTLETS))
    sources = Source.objects.bulk_create(
        Source(
            outlet=rng.choice(outlets),
            url=f"https://bench.invalid/{n}",
            title=f"Article {n} about the story",
            language="pl",
            published_at=dt.datetime(2000 + n % YEARS, 1 + n % 12, 1 + n % 28, 9, tzinfo=tz),
        )
        for n in range(SOURCES)
    )
    Source.cites.through.objects.bulk_create(
        Source.cites.through(from_source=source, to_source=rng.choice(sources))
        for source in sources[: SOURCES // 3]
    )
    tags = Tag.objects.bulk_create(Tag(name=f"Tag {n}", slug=f"tag-{n}") for n in range(TAGS))

    events = []
    for n in range(count):
        start, end, granularity, relation = _interval(rng)
        events.append(
            Event(
                title=f"Event {n}: something the sources report",
                description="A short description of what happened, as the sources tell it.",
                source=rng.choice(sources),
                date_text="w ubiegłym roku",
                date_lang="pl",
                date_start=start,
                date_end=end,
                date_granularity=granularity,
                date_relation=relation,
                date_status=DateStatus.PARSED,
            )
        )
    events = Event.objects.bulk_create(events, batch_size=2000)
    claims = Claim.objects.bulk_create(
        (
            Claim(
                statement=f"Statement {n} as the source wrote it, with a number: {n * 7} mln.",
                summary=f"Summary of claim {n}",
                claimant="PAP",
                language="pl",
                review_status="draft" if n % 10 == 9 else "published",
                verdict="" if n % 10 == 9 else rng.choice(["true", "mostly_true", "false"]),
                published_at=None if n % 10 == 9 else dt.datetime(2020, 1, 1, tzinfo=tz),
            )
            for n in range(count * claims_per_event)
        ),
        batch_size=2000,
    )
    Citation.objects.bulk_create(
        (
            Citation(claim=claim, source=rng.choice(sources), quote=f"quote of claim {n}")
            for n, claim in enumerate(claims)
        ),
        batch_size=2000,
    )
    Event.claims.through.objects.bulk_create(
        (
            Event.claims.through(event_id=claim.events_id, claim_id=claim.pk)
            for claim in _assign(claims, events, claims_per_event)
        ),
        batch_size=5000,
    )
    Event.tags.through.objects.bulk_create(
        (
            Event.tags.through(event=event, tag=tag)
            for event in events
            for tag in rng.sample(tags, 2)
        ),
        batch_size=5000,
    )
    large = Timeline.objects.create(title="Large", slug="large", is_published=True)
    small = Timeline.objects.create(title="Small", slug="small", is_published=True)
    Timeline.events.through.objects.bulk_create(
        (Timeline.events.through(timeline=large, event=event) for event in events),
        batch_size=5000,
    )
    Timeline.events.through.objects.bulk_create(
        Timeline.events.through(timeline=small, event=event) for event in events[::10]
    )
    return large, small


def _assign(claims, events, per_event):
    for n, claim in enumerate(claims):
        claim.events_id = events[n // per_event].pk
        yield claim


def _interval(rng):
    """A date as the engine would leave it: mostly days and months, some years and spans."""
    day = EPOCH + dt.timedelta(days=rng.randrange(YEARS * 365))
    kind = rng.random()
    if kind < 0.4:
        return day, day, "day", ""
    first = day.replace(day=1)
    month_end = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if kind < 0.75:
        return first, month_end, "month", ""
    if kind < 0.8:
        return first, month_end, "month", "before"
    if kind < 0.92:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", ""
    return dt.date(day.year, 1, 1), dt.date(day.year, 4, 30), "span", ""


if __name__ == "__main__":
    main()
