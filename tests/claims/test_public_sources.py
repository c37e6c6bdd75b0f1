"""Which sources have a public page (SourceQuerySet.public), and how PostgreSQL finds one."""

import pytest
from django.db import connection
from django.utils import timezone

from claims.models import Source
from tests.factories import (
    CitationFactory,
    EventFactory,
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

    reads = source_reads(plan)
    # A full index scan reads every source as surely as a Seq Scan does: each read of
    # claims_source must be a lookup by key, as a bitmap heap scan always is.
    whole = [
        read
        for read in reads
        if "Index Cond" not in read and read["Node Type"] != "Bitmap Heap Scan"
    ]
    assert reads and not whole, whole


def source_reads(plan) -> list:
    if isinstance(plan, list):
        return [read for item in plan for read in source_reads(item)]
    if isinstance(plan, dict):
        found = [plan] if plan.get("Relation Name") == "claims_source" else []
        return found + source_reads(list(plan.values()))
    return []
