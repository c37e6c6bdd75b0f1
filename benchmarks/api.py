"""API latency against a plain values() view, with 100,000 claims in PostgreSQL.

    .venv/bin/python -m benchmarks.api [--claims 100000] [--requests 200]

Creates its own database (chronicle_bench_api on the local server, or BENCH_DATABASE_URL),
fills it with bulk inserts, times each endpoint through Django's test client (the whole
middleware stack, no network) next to a plain Django view that returns
list(queryset.values(...)) of the same rows as JSON, and drops the database at the end.

It also times saving the outlet with the most sources (a tenth of them), whose page-cache
check asks whether any of its sources shows in public, and then, after an import of as many
new sources again that nothing uses yet, the sources list and the save of their outlet once
more: the worst case for both, since every one of those sources is asked about before the
answer is known.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from urllib.parse import urlencode, urlsplit

BENCH_DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/chronicle_bench_api"
)
# Production-like settings: DEBUG off (it would record every query), no throttling in the way.
os.environ.update(
    DATABASE_URL=BENCH_DATABASE_URL,
    DJANGO_SETTINGS_MODULE="config.settings",
    DEBUG="0",
    SECRET_KEY=os.environ.get("SECRET_KEY", "benchmark-only-secret-key-" + "x" * 40),
    SECURE_SSL_REDIRECT="0",
    STATIC_MANIFEST="0",
    ALLOWED_HOSTS="testserver",
    API_THROTTLE_ANON="100000000/min",
    API_THROTTLE_USER="100000000/min",
    LOG_LEVEL="WARNING",
)
os.environ.pop("REDIS_URL", None)

PAGE = 50
WINDOW = ("2017-01-01", "2017-03-31")
# Only the oldest claims have events in it: a walk from the newest claim finds none for long.
OLDEST_WINDOW = ("2005-01-01", "2005-12-31")
OLDEST_CLAIMS = 100


def admin_url(url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(path="/postgres").geturl()


def create_database():
    import psycopg

    name = urlsplit(BENCH_DATABASE_URL).path.lstrip("/")
    with psycopg.connect(admin_url(BENCH_DATABASE_URL), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def drop_database(name):
    import psycopg
    from django.db import connections

    connections.close_all()
    with psycopg.connect(admin_url(BENCH_DATABASE_URL), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def fill(claim_count: int):
    """Outlets, sources, claims with citations and tags, events on a public timeline."""
    import datetime as dt
    from decimal import Decimal

    from django.utils import timezone

    from claims.models import Citation, Claim, Outlet, Source, Tag
    from timeline.models import Event, Timeline

    rng = random.Random(20180920)
    words = (
        "Facebook bank dane klientów Messenger umowa negocjacje wyciek użytkownicy "
        "Cambridge Analytica JPMorgan Citigroup prywatność konferencja F8 dziennik"
    ).split()
    batch = 5000
    now = timezone.now()

    outlets = Outlet.objects.bulk_create(Outlet(name=f"Outlet {n}") for n in range(50))
    tags = Tag.objects.bulk_create(Tag(name=f"Tag {n}", slug=f"tag-{n}") for n in range(200))

    source_count = max(claim_count // 5, 1)
    text = "Według dziennika jeszcze w ubiegłym roku Facebook prosił banki o dane. "

    def outlet_of(n):
        # Drawn for every source, so the rest of the data stays as it was; a tenth go to one
        # big outlet, whose save asks about thousands of sources.
        drawn = rng.choice(outlets)
        return outlets[0] if n % 10 == 0 else drawn

    sources = Source.objects.bulk_create(
        (
            Source(
                outlet=outlet_of(n),
                url=f"https://news.example/{n}",
                title=f"Article {n} " + " ".join(rng.sample(words, 4)),
                language="pl",
                published_at=now - dt.timedelta(days=rng.randint(200, 3000)),
                text=text * 3,
            )
            for n in range(source_count)
        ),
        batch_size=batch,
    )
    # "PAP, citing the WSJ": a third of the sources cite another, from their own generator so
    # that the rest of the data stays as it was.
    links = random.Random(20180921)
    SourceCites = Source.cites.through
    SourceCites.objects.bulk_create(
        (
            SourceCites(from_source_id=source.pk, to_source_id=links.choice(sources).pk)
            for source in sources[::3]
        ),
        batch_size=batch,
        ignore_conflicts=True,
    )
    verdicts = ["true", "mostly_true", "mixed", "mostly_false", "false"]
    claims = Claim.objects.bulk_create(
        (
            Claim(
                statement=f"Claim {n}: " + " ".join(rng.sample(words, 8)),
                summary=" ".join(rng.sample(words, 5)),
                claimant=rng.choice(["PAP", "WSJ", "Reuters"]),
                language="pl",
                review_status="published" if n % 10 else "draft",
                verdict=rng.choice(verdicts),
                quantity_text="nawet 87 mln" if n % 7 == 0 else "",
                quantity_value=Decimal(87_000_000) if n % 7 == 0 else None,
                quantity_unit="users" if n % 7 == 0 else "",
                quantity_qualifier="up_to" if n % 7 == 0 else "",
                published_at=now - dt.timedelta(minutes=n),
                # Distinct creation times, as real claims have: the cursor orders by them.
                created_at=now - dt.timedelta(seconds=n),
            )
            for n in range(claim_count)
        ),
        batch_size=batch,
    )
    quote = "Facebook prosił banki o dane"
    start = text.index(quote)
    Citation.objects.bulk_create(
        (
            Citation(
                claim=claim,
                source=rng.choice(sources),
                quote=quote,
                start_offset=start,
                end_offset=start + len(quote),
            )
            for claim in claims
            for _ in range(1 + (claim.pk % 2))
        ),
        batch_size=batch,
    )
    ClaimTag = Claim.tags.through
    ClaimTag.objects.bulk_create(
        (ClaimTag(claim_id=claim.pk, tag_id=rng.choice(tags).pk) for claim in claims),
        batch_size=batch,
    )

    def interval():
        year = rng.randint(2010, 2019)
        kind = rng.choice(["year", "month", "day"])
        if kind == "year":
            return dt.date(year, 1, 1), dt.date(year, 12, 31), kind
        month = rng.randint(1, 12)
        if kind == "month":
            last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
            return dt.date(year, month, 1), last, kind
        day = dt.date(year, month, rng.randint(1, 28))
        return day, day, kind

    events = []
    for n in range(max(claim_count // 5, 1)):
        first, last, granularity = interval()
        events.append(
            Event(
                title=f"Event {n}",
                source=rng.choice(sources),
                date_text=str(first.year),
                date_lang="pl",
                date_start=first,
                date_end=last,
                date_granularity=granularity,
                date_status="parsed",
                date_anchor=first,
            )
        )
    events = Event.objects.bulk_create(events, batch_size=batch)
    EventClaim = Event.claims.through
    EventClaim.objects.bulk_create(
        (EventClaim(event_id=rng.choice(events).pk, claim_id=claim.pk) for claim in claims),
        batch_size=batch,
        ignore_conflicts=True,
    )
    oldest = []
    for n in range(OLDEST_CLAIMS // 5):
        day = dt.date(2005, 1 + n % 12, 1 + n)
        oldest.append(
            Event(
                title=f"Old event {n}",
                source=rng.choice(sources),
                date_text="2005",
                date_lang="pl",
                date_start=day,
                date_end=day,
                date_granularity="day",
                date_status="parsed",
                date_anchor=day,
            )
        )
    oldest = Event.objects.bulk_create(oldest, batch_size=batch)
    events += oldest
    # Claims are created newest first (n = 0 is the newest): the last ones are the oldest.
    EventClaim.objects.bulk_create(
        (
            EventClaim(event_id=oldest[index % len(oldest)].pk, claim_id=claim.pk)
            for index, claim in enumerate(claims[-OLDEST_CLAIMS:])
        ),
        batch_size=batch,
        ignore_conflicts=True,
    )
    timeline = Timeline.objects.create(title="Everything", slug="everything", is_published=True)
    TimelineEvent = Timeline.events.through
    TimelineEvent.objects.bulk_create(
        (TimelineEvent(timeline_id=timeline.pk, event_id=event.pk) for event in events),
        batch_size=batch,
    )


# The baseline: the same rows straight from values(), no serializers, no DRF.


def _claims_with_citations(claims):
    from django.http import JsonResponse

    from claims.models import Citation, Claim
    from timeline.models import Event

    rows = list(
        claims.values(
            "id",
            "statement",
            "summary",
            "claimant",
            "language",
            "quantity_text",
            "quantity_value",
            "quantity_unit",
            "quantity_qualifier",
            "review_status",
            "verdict",
            "published_at",
            "created_at",
            "updated_at",
        )
    )
    citations = Citation.objects.filter(claim_id__in=[row["id"] for row in rows]).values(
        "id",
        "claim_id",
        "quote",
        "start_offset",
        "end_offset",
        "source_id",
        "source__url",
        "source__title",
        "source__outlet__name",
        "source__published_at",
    )
    ids = [row["id"] for row in rows]
    # The same content as the API's page: tag slugs and the ids of public events too.
    tags = Claim.tags.through.objects.filter(claim_id__in=ids).values("claim_id", "tag__slug")
    events = Event.claims.through.objects.filter(
        claim_id__in=ids, event__in=Event.objects.public()
    ).values("claim_id", "event_id")
    by_claim = {row["id"]: row for row in rows}
    for row in rows:
        row.update(citations=[], tags=[], events=[])
    for citation in citations:
        by_claim[citation["claim_id"]]["citations"].append(citation)
    for tag in tags:
        by_claim[tag["claim_id"]]["tags"].append(tag["tag__slug"])
    for event in events:
        by_claim[event["claim_id"]]["events"].append(event["event_id"])
    return JsonResponse(rows, safe=False, json_dumps_params={"default": str})


def baseline_list(request):
    from claims.models import Claim

    return _claims_with_citations(Claim.objects.published().order_by("-created_at", "-id")[:PAGE])


def baseline_window(request):
    from django.db.models import Exists, OuterRef

    from claims.models import Claim
    from timeline.models import Event

    events = Event.objects.public().overlapping(*WINDOW).filter(claims=OuterRef("pk"))
    claims = Claim.objects.published().filter(Exists(events)).order_by("-created_at", "-id")
    return _claims_with_citations(claims[:PAGE])


def baseline_search(request):
    from claims.models import Claim

    claims = Claim.objects.published().search("Messenger wyciek").order_by("-created_at", "-id")
    return _claims_with_citations(claims[:PAGE])


def baseline_deep(request):
    """The page a deep cursor gives: the claims from the one created at `from` on."""
    import datetime as dt

    from claims.models import Claim

    first = dt.datetime.fromisoformat(request.GET["from"])
    claims = Claim.objects.published().filter(created_at__lte=first)
    return _claims_with_citations(claims.order_by("-created_at", "-id")[:PAGE])


def _urlpatterns():
    from django.urls import path

    from config.urls import urlpatterns

    return [
        path("bench/list/", baseline_list),
        path("bench/window/", baseline_window),
        path("bench/search/", baseline_search),
        path("bench/deep/", baseline_deep),
        *urlpatterns,
    ]


def timed(client, url, count):
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return samples


def summary(samples):
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def explain(queryset):
    return queryset.explain(analyze=True).splitlines()


def _a_public_source() -> int:
    from claims.models import Source

    return Source.objects.public().order_by("pk").values_list("pk", flat=True).first()


def import_unused_sources(count: int):
    """Sources newer than all others that nothing quotes, dates or cites yet, all of one new
    outlet: a fresh import."""
    from claims.models import Outlet, Source

    outlet = Outlet.objects.create(name="Imported")
    Source.objects.bulk_create(
        (
            Source(
                outlet=outlet,
                url=f"https://imported.example/{n}",
                title=f"Imported {n}",
                language="pl",
            )
            for n in range(count)
        ),
        batch_size=5000,
    )
    return outlet


def timed_saves(outlet, count):
    samples = []
    for n in range(count):
        outlet.home_url = f"https://outlet.example/{n}"
        started = time.perf_counter()
        outlet.save(update_fields=["home_url", "updated_at"])
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _profile(client, url, count):
    import cProfile
    import pstats

    timed(client, url, 10)
    profiler = cProfile.Profile()
    profiler.enable()
    timed(client, url, count)
    profiler.disable()
    print(f"\n{url}, {count} requests:")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def source_list_plan():
    from claims.models import Source

    page = Source.objects.public().with_outlet().defer("text")
    return explain(page.order_by("-created_at", "-id")[:51])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="only profile the claims list page against its values() view and print where "
        "the time goes",
    )
    args = parser.parse_args(argv)

    name = create_database()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    try:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        fill(args.claims)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print(f"filled {args.claims} claims in {time.perf_counter() - started:.1f} s")

        sys.modules[__name__].urlpatterns = _urlpatterns()
        settings.ROOT_URLCONF = __name__
        client = Client()
        if args.profile:
            _profile(client, f"/api/v1/claims/?page_size={PAGE}", args.requests)
            _profile(client, "/bench/list/", args.requests)
            return
        window = f"date_from={WINDOW[0]}&date_to={WINDOW[1]}"
        cases = [
            ("claims list, page of 50", f"/api/v1/claims/?page_size={PAGE}", "/bench/list/"),
            (
                "claims overlapping a date window",
                f"/api/v1/claims/?page_size={PAGE}&{window}",
                "/bench/window/",
            ),
            (
                "claims full-text search",
                f"/api/v1/claims/?page_size={PAGE}&q=Messenger+wyciek",
                "/bench/search/",
            ),
            (
                "claims in a window only the oldest claims are in",
                f"/api/v1/claims/?page_size={PAGE}"
                f"&date_from={OLDEST_WINDOW[0]}&date_to={OLDEST_WINDOW[1]}",
                None,
            ),
            ("events list, page of 50", f"/api/v1/events/?page_size={PAGE}", None),
            ("sources list, page of 50", f"/api/v1/sources/?page_size={PAGE}", None),
            ("one public source", f"/api/v1/sources/{_a_public_source()}/", None),
            ("claims page 1,000 deep (cursor)", None, None),
        ]
        # A cursor 1,000 pages in: follow `next` links, then time the last one, next to the
        # values() view of the same claims.
        url = f"/api/v1/claims/?page_size={PAGE}"
        for _ in range(min(1000, args.claims * 9 // 10 // PAGE - 2)):
            url = json.loads(client.get(url).content)["next"].replace("http://testserver", "")
        deep = json.loads(client.get(url).content)["results"]
        deep_base = f"/bench/deep/?{urlencode({'from': deep[0]['created_at']})}"
        same = [row["id"] for row in json.loads(client.get(deep_base).content)]
        assert same == [row["id"] for row in deep], "the deep baseline reads other claims"
        cases[-1] = ("claims page 1,000 deep (cursor)", url, deep_base)

        from django.db.models import Count

        from claims.models import Outlet

        biggest = Outlet.objects.annotate(size=Count("sources")).order_by("-size").first()
        sources_url = f"/api/v1/sources/?page_size={PAGE}"

        rows = []
        for label, api_url, base_url in cases:
            timed(client, api_url, 10)  # warm up caches and connections
            if base_url is None:
                rows.append((label, summary(timed(client, api_url, args.requests)), None))
                continue
            timed(client, base_url, 10)
            # Alternate the two, so that both see the same load on a shared machine.
            api_samples, base_samples = [], []
            for _ in range(args.requests):
                api_samples += timed(client, api_url, 1)
                base_samples += timed(client, base_url, 1)
            rows.append((label, summary(api_samples), summary(base_samples)))
        timed_saves(biggest, 10)
        rows.append(
            (
                f"outlet save, {biggest.size:,} sources (page-cache check)",
                summary(timed_saves(biggest, args.requests)),
                None,
            )
        )
        plan_before_import = source_list_plan()

        imported = import_unused_sources(max(args.claims // 5, 1))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        label = f"after an import of {max(args.claims // 5, 1):,} unused newest sources:"
        timed(client, sources_url, 10)
        rows.append(
            (f"{label} sources list", summary(timed(client, sources_url, args.requests)), None)
        )
        timed_saves(imported, 10)
        saves = summary(timed_saves(imported, args.requests))
        rows.append((f"{label} save of their outlet", saves, None))

        size = len(client.get(f"/api/v1/claims/?page_size={PAGE}").content)
        print(f"\n{args.requests} requests each, Django test client, PostgreSQL")
        print(f"page of {PAGE} claims: {size / 1024:.0f} KiB of JSON\n")
        print("| endpoint | API median / p95 (ms) | values() view median / p95 (ms) | ratio |")
        print("| --- | --- | --- | --- |")
        for label, (median, p95), base in rows:
            if base:
                ratio = f"{median / base[0]:.2f}x"
                base_text = f"{base[0]:.1f} / {base[1]:.1f}"
            else:
                ratio = base_text = "-"
            print(f"| {label} | {median:.1f} / {p95:.1f} | {base_text} | {ratio} |")

        from django.db.models import Exists, OuterRef

        from claims.models import Claim
        from timeline.models import Event

        print("\nplan of the sources list page:")
        print("\n".join(plan_before_import))
        print("\nplan of the sources list page after the import:")
        print("\n".join(source_list_plan()))
        print("\nplan of the list page:")
        print("\n".join(explain(Claim.objects.published().order_by("-created_at", "-id")[:51])))
        print("\nplan of the search:")
        print("\n".join(explain(Claim.objects.published().search("Messenger wyciek")[:51])))
        print("\nplan of a search for a rare word (one claim's number):")
        print("\n".join(explain(Claim.objects.published().search("12345")[:51])))
        events = Event.objects.public().overlapping(*WINDOW).filter(claims=OuterRef("pk"))
        print("\nplan of the date window:")
        print(
            "\n".join(
                explain(
                    Claim.objects.published()
                    .filter(Exists(events))
                    .order_by("-created_at", "-id")[:51]
                )
            )
        )
        events = Event.objects.public().overlapping(*OLDEST_WINDOW).filter(claims=OuterRef("pk"))
        print("\nplan of the window only the oldest claims are in:")
        print(
            "\n".join(
                explain(
                    Claim.objects.published()
                    .filter(Exists(events))
                    .order_by("-created_at", "-id")[:51]
                )
            )
        )
    finally:
        drop_database(name)


if __name__ == "__main__":
    main()
