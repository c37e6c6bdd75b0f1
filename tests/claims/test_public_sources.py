"""Which sources have a public page (SourceQuerySet.public), and how PostgreSQL finds one."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Source
from tests.factories import (
    CitationFactory,
    EventFactory,
    OutletFactory,
    PublishedClaimFactory,
    SourceFactory,
    TimelineFactory,
)

pytestmark = pytest.mark.django_db


def test_a_source_cited_by_one_quoted_or_dating_is_public_unless_that_one_is_in_the_bin():
    quoted, dating, binned = SourceFactory(), SourceFactory(), SourceFactory()
    CitationFactory(claim=PublishedClaimFactory(), source=quoted)
    TimelineFactory().events.add(EventFactory(source=dating))
    CitationFactory(claim=PublishedClaimFactory(), source=binned)
    binned.deleted_at = timezone.now()
    binned.save(update_fields=["deleted_at"])
    cited_by = {user: SourceFactory() for user in (quoted, dating, binned)}
    for user, cited in cited_by.items():
        user.cites.add(cited)

    assert set(Source.objects.public()) == {quoted, dating, cited_by[quoted], cited_by[dating]}


def test_a_published_claim_in_the_bin_or_an_event_on_no_public_timeline_uses_no_source():
    on_binned_claim, dating_hidden_event = SourceFactory(), SourceFactory()
    CitationFactory(claim=PublishedClaimFactory(deleted_at=timezone.now()), source=on_binned_claim)
    TimelineFactory(is_published=False).events.add(EventFactory(source=dating_hidden_event))
    on_binned_claim.cites.add(SourceFactory())

    assert not Source.objects.public().exists()


@pytest.mark.parametrize("which", ["quoted", "cited", "private"])
def test_one_source_is_looked_up_by_key_not_by_reading_every_source(which):
    if connection.vendor != "postgresql":
        pytest.skip("the plan is PostgreSQL's")
    quoted, cited, private = SourceFactory(), SourceFactory(), SourceFactory()
    CitationFactory(claim=PublishedClaimFactory(), source=quoted)
    quoted.cites.add(cited)
    SourceFactory().cites.add(private)
    # Links in proportion to sources, as in a newsroom's data: with only a handful, reading
    # them all at once is rightly cheaper than looking them up one source at a time.
    imported = Source.objects.bulk_create(Source(title=f"Imported {n}") for n in range(1000))
    Source.cites.through.objects.bulk_create(
        Source.cites.through(from_source=imported[n - 1], to_source=source)
        for n, source in enumerate(imported)
    )
    pk = {"quoted": quoted, "cited": cited, "private": private}[which].pk
    sql, params = Source.objects.public().filter(pk=pk).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_source, claims_source_cites")
        # Tables this small are cheapest read whole; preferring indexes leaves the question
        # the test asks: does any part of the rule have to read every source?
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]

    reads = relation_reads(plan, "claims_source")
    # A full index scan reads every source as surely as a Seq Scan does: each read of
    # claims_source must be a lookup by key, as a bitmap heap scan always is.
    whole = [
        read
        for read in reads
        if "Index Cond" not in read and read["Node Type"] != "Bitmap Heap Scan"
    ]
    assert reads and not whole, whole


def imported_sources(count, **fields):
    """Older sources nobody quotes yet, with links in proportion to them, as in a newsroom's
    data after an import."""
    long_ago = timezone.now() - timedelta(days=365)
    imported = Source.objects.bulk_create(
        Source(title=f"Imported {n}", created_at=long_ago, **fields) for n in range(count)
    )
    Source.cites.through.objects.bulk_create(
        Source.cites.through(from_source=imported[n - 1], to_source=source)
        for n, source in enumerate(imported)
    )
    return imported


def test_a_page_of_public_sources_reads_the_citations_of_its_own_sources_only():
    if connection.vendor != "postgresql":
        pytest.skip("the plan is PostgreSQL's")
    imported_sources(1000)
    for _ in range(30):
        CitationFactory(claim=PublishedClaimFactory())
    # The sources list's order, and a page shorter than the 30 sources quoted.
    page = Source.objects.public().order_by("-created_at", "-id")[:5]

    plan = explain_analyze(*page.query.sql_with_params())

    # Walking the list's order index and asking each row in turn reads about one citation a
    # row; hashing the citations of every published claim first reads all 30.
    assert len(list(page)) == 5
    assert rows_read(plan, "claims_citation") <= 10, plan


def test_saving_an_outlet_asks_about_its_sources_without_reading_every_citation():
    if connection.vendor != "postgresql":
        pytest.skip("the plan is PostgreSQL's")
    outlet = OutletFactory()
    imported_sources(1000, outlet=outlet)
    for _ in range(30):
        CitationFactory(claim=PublishedClaimFactory(), source=SourceFactory(outlet=outlet))

    with CaptureQueriesContext(connection) as queries:
        outlet.save()
    [check] = [query["sql"] for query in queries if '"claims_citation"' in query["sql"]]
    plan = explain_analyze(check, None)

    # Its first quoted source settles the question; no need to read all 30 citations.
    assert rows_read(plan, "claims_citation") <= 10, plan


def explain_analyze(sql, params):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        # Tables this small are cheapest read whole; preferring indexes leaves the question
        # each test asks: what does answering it read?
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
        return cursor.fetchone()[0]


def rows_read(plan, relation) -> float:
    return sum(
        read["Actual Rows"] * read["Actual Loops"] for read in relation_reads(plan, relation)
    )


def relation_reads(plan, relation) -> list:
    if isinstance(plan, list):
        return [read for item in plan for read in relation_reads(item, relation)]
    if isinstance(plan, dict):
        found = [plan] if plan.get("Relation Name") == relation else []
        return found + relation_reads(list(plan.values()), relation)
    return []
