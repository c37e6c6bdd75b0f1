"""Events per year of each timeline, kept by the database itself (TimelineYear).

A year link's count changes with a membership (an event put on or taken off a timeline), an
event's start (a worker reads its date, a person corrects it) and its place in the bin. Those
writes come from save(), QuerySet.update(), the workers' bulk UPDATE and deletions alike, so
the counts are kept by triggers, which see every one of them, rather than by signals, which
bulk writes skip.

On PostgreSQL each trigger runs once per statement over its transition tables: a worker's
batch of 2,000 dates costs one grouped upsert, not 2,000, planned on that batch's rows. The
upserts go in (timeline, year) order, so two workers writing events of one timeline wait for
each other's row locks instead of deadlocking. SQLite has only row triggers; its writes are one
at a time anyway.

Either order of deleting an event and its memberships is counted once: the membership's
trigger needs the event row to find the year, and the event's trigger needs the membership.
"""

from typing import NamedTuple

TABLE = "timeline_timelineyear"
EVENTS = "timeline_event"
MEMBERS = "timeline_timeline_events"

_PG_YEAR = "COALESCE(EXTRACT(YEAR FROM {0}.date_start)::int, 0)"
_PG_UPSERT = f"""
    INSERT INTO {TABLE} (timeline_id, year, events)
    SELECT timeline_id, year, SUM(delta) FROM ({{rows}}) AS changes
    GROUP BY timeline_id, year HAVING SUM(delta) <> 0
    ORDER BY timeline_id, year
    ON CONFLICT (timeline_id, year)
    DO UPDATE SET events = {TABLE}.events + EXCLUDED.events
"""

# (name, table, event, transition tables, the changes as rows of timeline_id, year, delta)
_PG_TRIGGERS = (
    (
        "chronicle_years_members_added",
        MEMBERS,
        "INSERT",
        "NEW TABLE AS added",
        f"SELECT m.timeline_id, {_PG_YEAR.format('e')} AS year, 1 AS delta FROM added m"
        f" JOIN {EVENTS} e ON e.id = m.event_id WHERE e.deleted_at IS NULL",
    ),
    (
        "chronicle_years_members_removed",
        MEMBERS,
        "DELETE",
        "OLD TABLE AS removed",
        f"SELECT m.timeline_id, {_PG_YEAR.format('e')} AS year, -1 AS delta FROM removed m"
        f" JOIN {EVENTS} e ON e.id = m.event_id WHERE e.deleted_at IS NULL",
    ),
    (
        "chronicle_years_events_changed",
        EVENTS,
        "UPDATE",
        "OLD TABLE AS before NEW TABLE AS after",
        # One join of the statement's rows before and after; a row whose year and place in
        # the bin did not move is dropped before its memberships are looked up.
        f"SELECT m.timeline_id, d.year, d.delta FROM before o JOIN after n ON n.id = o.id"
        f" JOIN {MEMBERS} m ON m.event_id = n.id"
        f" CROSS JOIN LATERAL (VALUES ({_PG_YEAR.format('o')}, -1, o.deleted_at IS NULL),"
        f" ({_PG_YEAR.format('n')}, 1, n.deleted_at IS NULL)) AS d (year, delta, alive)"
        f" WHERE d.alive AND ({_PG_YEAR.format('o')} <> {_PG_YEAR.format('n')}"
        f" OR (o.deleted_at IS NULL) <> (n.deleted_at IS NULL))",
    ),
    (
        "chronicle_years_events_deleted",
        EVENTS,
        "DELETE",
        "OLD TABLE AS removed",
        f"SELECT m.timeline_id, {_PG_YEAR.format('e')} AS year, -1 AS delta FROM removed e"
        f" JOIN {MEMBERS} m ON m.event_id = e.id WHERE e.deleted_at IS NULL",
    ),
)


def _postgresql_functions() -> list[str]:
    # EXECUTE plans the upsert at every call, on the transition tables' real sizes. A static
    # statement is planned once per connection and kept: a worker whose first write was one
    # row then joined every later 2,000-row batch's before and after rows in a nested loop,
    # 4 million comparisons, about 400 ms a batch (docs/benchmarks.md).
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        f" EXECUTE $upsert${_PG_UPSERT.format(rows=rows)}$upsert$; RETURN NULL; END $$"
        for name, *_, rows in _PG_TRIGGERS
    ]


def _postgresql_install() -> list[str]:
    return _postgresql_functions() + [
        f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {transitions}"
        f" FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        for name, table, event, transitions, _rows in _PG_TRIGGERS
    ]


def _postgresql_remove() -> list[str]:
    return [
        statement
        for name, table, *_ in _PG_TRIGGERS
        for statement in (
            f"DROP TRIGGER IF EXISTS {name} ON {table}",
            f"DROP FUNCTION IF EXISTS {name}()",
        )
    ]


_SQLITE_YEAR = "COALESCE(CAST(substr({0}.date_start, 1, 4) AS INTEGER), 0)"


def _sqlite_add(timelines: str, year: str, delta: int) -> str:
    """Statements adding `delta` at `year` for each timeline id `timelines` selects."""
    return (
        f"INSERT OR IGNORE INTO {TABLE} (timeline_id, year, events)"
        f" SELECT t, {year}, 0 FROM ({timelines});"
        f" UPDATE {TABLE} SET events = events + ({delta})"
        f" WHERE year = {year} AND timeline_id IN ({timelines});"
    )


def _sqlite_triggers():
    event_year = f"(SELECT {_SQLITE_YEAR.format('e')} FROM {EVENTS} e WHERE e.id = {{0}}.event_id)"
    alive = (
        f"EXISTS (SELECT 1 FROM {EVENTS} e WHERE e.id = {{0}}.event_id AND e.deleted_at IS NULL)"
    )
    members = f"SELECT timeline_id AS t FROM {MEMBERS} WHERE event_id = {{0}}.id"
    moved = (
        f"{_SQLITE_YEAR.format('OLD')} <> {_SQLITE_YEAR.format('NEW')}"
        " OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)"
    )
    return (
        (
            "chronicle_years_members_added",
            f"AFTER INSERT ON {MEMBERS} WHEN {alive.format('NEW')}",
            _sqlite_add("SELECT NEW.timeline_id AS t", event_year.format("NEW"), 1),
        ),
        (
            "chronicle_years_members_removed",
            f"AFTER DELETE ON {MEMBERS} WHEN {alive.format('OLD')}",
            _sqlite_add("SELECT OLD.timeline_id AS t", event_year.format("OLD"), -1),
        ),
        (
            "chronicle_years_events_left",
            f"AFTER UPDATE OF date_start, deleted_at ON {EVENTS}"
            f" WHEN OLD.deleted_at IS NULL AND ({moved})",
            _sqlite_add(members.format("NEW"), _SQLITE_YEAR.format("OLD"), -1),
        ),
        (
            "chronicle_years_events_arrived",
            f"AFTER UPDATE OF date_start, deleted_at ON {EVENTS}"
            f" WHEN NEW.deleted_at IS NULL AND ({moved})",
            _sqlite_add(members.format("NEW"), _SQLITE_YEAR.format("NEW"), 1),
        ),
        (
            "chronicle_years_events_deleted",
            f"AFTER DELETE ON {EVENTS} WHEN OLD.deleted_at IS NULL",
            _sqlite_add(members.format("OLD"), _SQLITE_YEAR.format("OLD"), -1),
        ),
    )


def _sqlite_install() -> list[str]:
    return [
        f"CREATE TRIGGER {name} {when} BEGIN {body} END" for name, when, body in _sqlite_triggers()
    ]


def _sqlite_remove() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name, _when, _body in _sqlite_triggers()]


class _Dialect(NamedTuple):
    year: str  # the year of event `e`'s start, 0 when it has none
    install: list[str]
    remove: list[str]
    names: set[str]
    listing: str  # the count triggers the database has, by name


_DIALECTS = {
    "postgresql": _Dialect(
        year=_PG_YEAR.format("e"),
        install=_postgresql_install(),
        remove=_postgresql_remove(),
        names={trigger[0] for trigger in _PG_TRIGGERS},
        listing="SELECT tgname FROM pg_trigger WHERE tgname LIKE 'chronicle_years_%'",
    ),
    "sqlite": _Dialect(
        year=_SQLITE_YEAR.format("e"),
        install=_sqlite_install(),
        remove=_sqlite_remove(),
        names={trigger[0] for trigger in _sqlite_triggers()},
        listing="SELECT name FROM sqlite_master WHERE type = 'trigger'"
        " AND name LIKE 'chronicle_years_%'",
    ),
}


def _dialect(vendor) -> _Dialect:
    try:
        return _DIALECTS[vendor]
    except KeyError:
        raise NotImplementedError(f"timeline year counts have no triggers for {vendor}") from None


def install(schema_editor) -> None:
    """Create the triggers and count what is there (the migration's forward step)."""
    vendor = schema_editor.connection.vendor
    for statement in _dialect(vendor).install:
        schema_editor.execute(statement)
    with schema_editor.connection.cursor() as cursor:
        recount(cursor, vendor)


def replan_on_every_call(schema_editor) -> None:
    """Replace the PostgreSQL trigger functions of migration 0007 with their current bodies,
    which plan each call afresh (migration 0008). SQLite's triggers are unchanged."""
    if schema_editor.connection.vendor == "postgresql":
        for statement in _postgresql_functions():
            schema_editor.execute(statement)


def remove(schema_editor) -> None:
    for statement in _dialect(schema_editor.connection.vendor).remove:
        schema_editor.execute(statement)


def recount(cursor, vendor) -> None:
    """Count every timeline's events afresh: where the migration starts from, and how a
    restore ends, so that its counts do not depend on the order its rows came in."""
    year = _dialect(vendor).year
    cursor.execute(f"DELETE FROM {TABLE}")
    cursor.execute(
        f"INSERT INTO {TABLE} (timeline_id, year, events)"
        f" SELECT m.timeline_id, {year}, COUNT(*) FROM {MEMBERS} m"
        f" JOIN {EVENTS} e ON e.id = m.event_id WHERE e.deleted_at IS NULL"
        f" GROUP BY m.timeline_id, {year}"
    )


def installed(cursor, vendor) -> set[str]:
    """The names of the count triggers the database has. On SQLite a migration that remakes
    timeline_event or its membership table drops their triggers with the old table, and must
    install them again: tests/timeline/test_year_counts.py checks that they are all there."""
    cursor.execute(_dialect(vendor).listing)
    return {name for (name,) in cursor.fetchall()}


def expected(vendor) -> set[str]:
    return _dialect(vendor).names
