"""A page of the claims list read as plain rows, not model instances.

Building the 375 or so model instances behind a page of 50 claims (the claims, their
citations, sources, outlets, tags and events) and filling the prefetch caches cost more than
the page's queries; values() rows of the same columns cost a fraction of it. The rows have the
shape claims.serializers.claim_row() gives an instance, so one function represents both.

The page's three relation queries differ from page to page only in the claims' ids and, for
events, in which of Event.objects.visible_to()'s querysets the reader gets. Building them
through the ORM on every request cost milliseconds of Python, and sent 50 ids as 50 literals;
on PostgreSQL each is compiled once per database and variant instead, with the ids as one
array parameter (`= ANY(%s)`), and run with a plain cursor. Other databases (SQLite on a
laptop) keep the ORM.
"""

from django.db import connections, router
from django.db.models import BooleanField, Func, Q

from claims.models import Citation, Claim
from claims.serializers import CLAIM_ROW_FIELDS

CITATION_COLUMNS = (
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
    tags: dict[int, list] = {pk: [] for pk in ids}
    events: dict[int, list] = {pk: [] for pk in ids}
    # No claims, no queries: the ORM answers an empty `IN ()` without asking the database.
    if ids:
        for claim_id, *citation in _fetch(Citation, ("citations",), ids, _citations):
            pk, quote, start, end, source_id, url, title, published_at, outlet = citation
            citations[claim_id].append(
                {
                    "id": pk,
                    "quote": quote,
                    "start_offset": start,
                    "end_offset": end,
                    "source_id": source_id,
                    "source_url": url,
                    "source_title": title,
                    "source_published_at": published_at,
                    "outlet": outlet,
                }
            )
        for claim_id, slug in _fetch(Claim.tags.through, ("tags",), ids, _tags):
            tags[claim_id].append(slug)

        def visible_events(claims):
            return _events(claims, Event.objects.visible_to(user))

        key = ("events", event_visibility(user))
        for claim_id, event_id in _fetch(Event.claims.through, key, ids, visible_events):
            events[claim_id].append(event_id)
    for row in rows:
        pk = row["id"]
        row["citations"] = citations[pk]
        row["tags"] = tags[pk]
        row["events"] = events[pk]
        row["created_by"] = row.pop("created_by__username", None)
        row["reviewed_by"] = row.pop("reviewed_by__username", None)
    return rows


# The relation queries, each given a condition on its claim_id column: the page's ids as a list
# for the ORM, or OnPage() for the SQL compiled once.


def _citations(claims):
    # The model's ordering, as the prefetch of a single claim has it.
    return Citation.objects.filter(claims).values_list(*CITATION_COLUMNS)


def _tags(claims):
    # A tag in the bin is off the claim's own page (Tag.objects), so off the list too.
    return (
        Claim.tags.through.objects.filter(claims, tag__deleted_at__isnull=True)
        .order_by("tag__name", "tag_id")
        .values_list("claim_id", "tag__slug")
    )


def _events(claims, visible):
    from timeline.models import Event

    return (
        Event.claims.through.objects.filter(claims, event__in=visible)
        .order_by("event_id")
        .values_list("claim_id", "event_id")
    )


# Stands for the page's ids among a compiled query's parameters.
PAGE_IDS = object()


class OnPage(Func):
    """`claim_id = ANY(%s)`: the page's ids as one parameter, so one SQL serves every page."""

    template = "%(expressions)s = ANY(%%s)"
    output_field = BooleanField()

    def __init__(self):
        super().__init__("claim_id")

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return sql, (*params, PAGE_IDS)


# (database alias, vendor, query key) -> (sql, parameters with PAGE_IDS where the ids go).
_compiled: dict[tuple, tuple[str, tuple]] = {}


def _fetch(model, key, ids, build):
    """The rows of `build(condition)` (a values_list() queryset of `model`) for the claims
    `ids`. Every call under one `key` must build the same query but for the ids."""
    alias = router.db_for_read(model)
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return build(Q(claim_id__in=ids))
    cache_key = (alias, connection.vendor, *key)
    if cache_key not in _compiled:
        _compiled[cache_key] = build(OnPage()).query.get_compiler(alias).as_sql()
    sql, params = _compiled[cache_key]
    with connection.cursor() as cursor:
        # The rows the ORM would give: none of these columns has a converter on PostgreSQL.
        cursor.execute(sql, [ids if param is PAGE_IDS else param for param in params])
        return cursor.fetchall()


class _VisibilityProbe:
    """Stands in for the events queryset in EventQuerySet.visible_to(), which either keeps it
    or narrows it with public(), never with anything of the user's: which one a user gets,
    without building a queryset. Were the rule to do anything else with it, the probe would
    fail loudly instead of a compiled query being reused for the wrong reader."""

    def public(self):
        return "public"


_PROBE = _VisibilityProbe()


def event_visibility(user) -> str:
    """Which of Event.objects.visible_to()'s querysets `user` gets: "every" or "public"."""
    from timeline.models import EventQuerySet

    seen = EventQuerySet.visible_to(_PROBE, user)
    if seen is _PROBE:
        return "every"
    if seen == "public":
        return seen
    raise TypeError(f"EventQuerySet.visible_to() gave {seen!r}")
