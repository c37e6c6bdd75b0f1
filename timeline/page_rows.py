"""What one timeline page shows of its events' tags, claims, quotes and sources, read as rows.

A page holds up to a hundred events with several hundred claims. Read through
prefetch_related, every one of them became a model instance with its own related manager and
a cloned queryset per relation: half of a cold render's CPU. Here the same content comes from
five queries of plain rows, whatever the number of events, and each source's line is rendered
once per page.
"""

from dataclasses import dataclass, field

from claims.models import Citation
from claims.source_lines import source_lines
from timeline.models import Event


@dataclass(slots=True)
class QuoteRow:
    quote: str
    source_id: int
    line: str = ""


@dataclass(slots=True)
class ClaimRow:
    pk: int
    summary: str
    statement: str
    verdict: str
    language: str
    claimant: str
    quotes: list = field(default_factory=list)
    # Set by the page when other sources report the claim with other values (claims.graph).
    group_values: list = field(default_factory=list)


def attach(events, claims) -> None:
    """Give each event `page_tags` [(slug, name)], `page_claims` [ClaimRow] (those of the
    queryset `claims`: the published ones, perhaps filtered) and `source_line` (HTML, or ""
    when it has no live source)."""
    by_id = {event.pk: event for event in events}
    for event in events:
        event.page_tags, event.page_claims, event.source_line = [], [], ""
    if not by_id:
        return
    tags = (
        Event.tags.through.objects.filter(event_id__in=by_id)
        .order_by("tag__name", "tag_id")
        .values_list("event_id", "tag__slug", "tag__name")
    )
    for event_id, slug, name in tags:
        by_id[event_id].page_tags.append((slug, name))

    rows = (
        claims.filter(events__in=by_id)
        .order_by("pk")
        .values_list("events", "pk", "summary", "statement", "verdict", "language", "claimant")
    )
    claim_rows: dict[int, ClaimRow] = {}
    for event_id, pk, *fields in rows:
        # A claim on two events of the page is one row shown under both.
        row = claim_rows.get(pk) or claim_rows.setdefault(pk, ClaimRow(pk, *fields))
        by_id[event_id].page_claims.append(row)

    quotes = Citation.objects.filter(
        claim_id__in=claim_rows, source__deleted_at__isnull=True
    ).values_list("claim_id", "quote", "source_id")
    all_quotes = []
    for claim_id, quote, source_id in quotes:
        row = QuoteRow(quote, source_id)
        claim_rows[claim_id].quotes.append(row)
        all_quotes.append(row)

    lines = source_lines([event.source_id for event in events] + [q.source_id for q in all_quotes])
    for event in events:
        event.source_line = lines.get(event.source_id, "")
    for row in all_quotes:
        row.line = lines[row.source_id]


def page_claims(events) -> list[ClaimRow]:
    """Every claim row of the page once, in page order."""
    seen = {}
    for event in events:
        for row in event.page_claims:
            seen.setdefault(row.pk, row)
    return list(seen.values())
