"""A page of the claims list read as plain rows, not model instances.

Building the 375 or so model instances behind a page of 50 claims (the claims, their
citations, sources, outlets, tags and events) and filling the prefetch caches cost more than
the page's queries; values() rows of the same columns cost a fraction of it. The rows have the
shape claims.serializers.claim_row() gives an instance, so one function represents both.
"""

from claims.models import Citation, Claim
from claims.serializers import CLAIM_ROW_FIELDS


def claim_rows(queryset, *, show_people: bool):
    """`queryset` (filtered and ordered) as rows of the claim's own columns; cursor paging
    reads its position from them as from instances."""
    people = ("created_by__username", "reviewed_by__username") if show_people else ()
    return queryset.values(*CLAIM_ROW_FIELDS, *people)


def with_relations(rows, user) -> list[dict]:
    """The page's rows completed with citations, tag slugs and the events `user` may see:
    three queries for the whole page."""
    from timeline.models import Event

    rows = list(rows)
    ids = [row["id"] for row in rows]
    citations: dict[int, list] = {pk: [] for pk in ids}
    for citation in (
        # The model's ordering, as the prefetch of a single claim has it.
        Citation.objects.filter(claim_id__in=ids).values(
            "claim_id",
            "id",
            "quote",
            "start_offset",
            "end_offset",
            "source_id",
            "source__url",
            "source__title",
            "source__published_at",
            "source__outlet__name",
        )
    ):
        citations[citation["claim_id"]].append(
            {
                "id": citation["id"],
                "quote": citation["quote"],
                "start_offset": citation["start_offset"],
                "end_offset": citation["end_offset"],
                "source_id": citation["source_id"],
                "source_url": citation["source__url"],
                "source_title": citation["source__title"],
                "source_published_at": citation["source__published_at"],
                "outlet": citation["source__outlet__name"],
            }
        )
    tags: dict[int, list] = {pk: [] for pk in ids}
    for claim_id, slug in (
        Claim.tags.through.objects.filter(claim_id__in=ids)
        .order_by("tag__name", "tag_id")
        .values_list("claim_id", "tag__slug")
    ):
        tags[claim_id].append(slug)
    events: dict[int, list] = {pk: [] for pk in ids}
    for claim_id, event_id in (
        Event.claims.through.objects.filter(
            claim_id__in=ids, event__in=Event.objects.visible_to(user)
        )
        .order_by("event_id")
        .values_list("claim_id", "event_id")
    ):
        events[claim_id].append(event_id)
    for row in rows:
        pk = row["id"]
        row["citations"] = citations[pk]
        row["tags"] = tags[pk]
        row["events"] = events[pk]
        row["created_by"] = row.pop("created_by__username", None)
        row["reviewed_by"] = row.pop("reviewed_by__username", None)
    return rows
