"""Reading events' date expressions into intervals in bulk, and writing the results back safely.

This is the workers' side of date normalisation (timeline.services queues the work). A batch is
read in one query, each distinct (expression, language, anchor) goes through the engine once, and
the results are written in one conditional UPDATE (a statement per row on SQLite): a row takes
its result only if it is still pending and still has exactly the inputs the result was computed
from (expression, language, source, the source's publication date) and has not been saved since
it was read. A task can therefore run twice, or on two workers at once, and a result computed
from an expression or an anchor that has changed in the meantime is dropped: the row stays
pending for the next run.

Results are not recorded in the history tables (django-simple-history only sees save()). A
reading is a pure function of inputs that are recorded there (expression, language, source, its
publication date) and of the engine version stored on the row, so history would only repeat it,
at the price of one more row written per date. What people do to a date (confirming or
correcting it) goes through save() and is recorded.
"""

import datetime as dt
import itertools
import logging
import time
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models import Source
from config.lookups import AnyOf, id_array
from timeline import dates
from timeline.models import DateStatus, Event, Granularity, Relation
from timeline.pagecache import bump_if_public_events

logger = logging.getLogger(__name__)

STATUS_OF = {"parsed": DateStatus.PARSED, "unparsed": DateStatus.UNPARSED}
# Computed once: the enums' .values builds a new list on every access, per row of a batch.
GRANULARITIES = frozenset(Granularity.values)
RELATIONS = frozenset(Relation.values)
REFERENCE_MAX = Event._meta.get_field("date_reference").max_length
REASON_MAX = Event._meta.get_field("date_reason").max_length


class Reading(NamedTuple):
    """A pending row as a worker read it: the inputs its result will be computed from.

    published_at and updated_at are only handed back to the database for comparison: on
    PostgreSQL they stay text, because turning 2 x 2000 timestamps into datetimes and back costs
    more than reading the rows.
    """

    pk: int
    date_text: str
    date_lang: str
    source_id: int | None
    published_at: dt.datetime | str | None
    updated_at: dt.datetime | str
    anchor: dt.date | None
    # Where the expression stands in the source's text snapshot (imported dates), or None.
    date_offset: int | None = None


class Outcome(NamedTuple):
    """What a row's date columns become: each field is stored in `date_<field>`."""

    status: str
    start: dt.date | None
    end: dt.date | None
    granularity: str
    relation: str
    reference: str
    reason: str
    anchor: dt.date | None

    def columns(self) -> dict:
        return dict(zip(OUTCOME_COLUMNS, self, strict=True))


OUTCOME_COLUMNS = tuple(f"date_{field}" for field in Outcome._fields)
# Every column a worker's write sets.
WRITTEN_COLUMNS = (*OUTCOME_COLUMNS, "date_engine_version", "updated_at")


def normalise_batch(event_ids) -> int:
    """Normalise the given events that are still pending; returns how many rows took a result.

    Safe to run twice and concurrently: the second run finds nothing pending, or writes nothing.
    """
    began = time.perf_counter()
    readings = read_pending(event_ids)
    if not readings:
        return 0
    read = time.perf_counter()
    outcomes = read_dates(readings)
    computed = time.perf_counter()
    written = write_outcomes(readings, outcomes)
    if written:
        # Public pages show the dates of events on published timelines; one check per batch.
        bump_if_public_events(reading.pk for reading in readings)
    logger.info(
        "Normalised %d of %d pending date(s): read %.3f s, engine %.3f s, write %.3f s",
        written,
        len(readings),
        read - began,
        computed - read,
        time.perf_counter() - computed,
    )
    return written


def read_pending(event_ids) -> list[Reading]:
    """The pending rows among `event_ids`, in one query. Rows in the bin are included: a
    restored event should come back with a current reading."""
    ids = sorted({int(pk) for pk in event_ids})
    if not ids:
        return []
    if connection.vendor == "postgresql":
        return _read_postgresql(ids)
    zone = timezone.get_current_timezone()
    rows = (
        Event.all_objects.filter(AnyOf(F("pk"), ids), date_status=DateStatus.PENDING)
        .order_by("pk")
        .values_list(
            "pk",
            "date_text",
            "date_lang",
            "source_id",
            "source__published_at",
            "updated_at",
            "date_offset",
        )
    )
    return [
        # The same reading of the publication date as Event.anchor.
        Reading(
            *row[:6], anchor=row[4].astimezone(zone).date() if row[4] else None, date_offset=row[6]
        )
        for row in rows
    ]


# The anchor is the publication date's day in the project's time zone, as Event.anchor reads it.
#
# Neither this read nor the write below names a condition that an index other than the primary
# key could serve (see _POSTGRESQL_WRITE): the pending status is checked here in Python.
_POSTGRESQL_READ = """
SELECT e.id, e.date_text, e.date_lang, e.source_id,
    s.published_at::text, e.updated_at::text, (s.published_at AT TIME ZONE %s)::date,
    e.date_offset, e.date_status
FROM {event} AS e
LEFT JOIN {source} AS s ON s.id = e.source_id
WHERE e.id = ANY(%s::bigint[])
ORDER BY e.id
"""


def _read_postgresql(ids) -> list[Reading]:
    sql = _POSTGRESQL_READ.format(**_tables())
    with connection.cursor() as cursor:
        cursor.execute(sql, [timezone.get_current_timezone_name(), id_array(ids)])
        return [Reading(*row[:-1]) for row in cursor.fetchall() if row[-1] == DateStatus.PENDING]


def read_dates(readings) -> list[Outcome]:
    """One outcome per reading; each distinct expression, language and anchor is read once,
    and each source text with imported dates in it once per anchor and language."""
    in_text = _dates_in_texts(readings)
    seen = {}
    outcomes = []
    for reading in readings:
        found = in_text.get((reading.source_id, reading.anchor, reading.date_lang), {}).get(
            reading.date_offset
        )
        if found is not None and found.text == reading.date_text:
            outcomes.append(outcome_of(found.result, reading.anchor))
            continue
        # Read on its own: a date typed in by hand, or one whose text or source text has
        # changed since the import so that its place in the article no longer holds it.
        key = (reading.date_text, reading.date_lang, reading.anchor)
        outcome = seen.get(key)
        if outcome is None:
            outcome = seen[key] = read_date(*key)
        outcomes.append(outcome)
    return outcomes


def _dates_in_texts(readings) -> dict[tuple, dict]:
    """(source, anchor, language) -> {offset: FoundDate} of the source texts that the
    batch's imported dates stand in, read as the importer read them."""
    wanted = {
        (reading.source_id, reading.anchor, reading.date_lang)
        for reading in readings
        if reading.date_offset is not None and reading.source_id is not None and reading.date_lang
    }
    if not wanted:
        return {}
    # Imported here: extraction is the claims app's, and only imported dates need it.
    from claims.extraction import ExtractionError
    from claims.extraction.candidates import article_dates

    # The outlet's country settles fiscal periods ("Q3FY18"), as it did at import.
    texts = {
        pk: (text, country)
        for pk, text, country in Source.all_objects.filter(
            pk__in={source for source, _, _ in wanted}
        ).values_list("pk", "text", "outlet__country")
    }
    found = {}
    for source, anchor, lang in wanted:
        text, country = texts.get(source) or ("", None)
        try:
            found[source, anchor, lang] = article_dates(text, anchor, lang, country) if text else {}
        except ExtractionError:
            found[source, anchor, lang] = {}
        except Exception:  # noqa: BLE001 - as in read_date: the row still gets a reading
            logger.exception("Reading the dates of source %s in its text failed", source)
            found[source, anchor, lang] = {}
    return found


def read_date(text: str, lang: str, anchor: dt.date | None) -> Outcome:
    """The engine's reading of one expression, checked against what the columns accept."""
    try:
        result = dates.normalise(text, anchor, lang or None)
    except Exception as exc:  # noqa: BLE001 - the engine is pure Python: this is a bug in it
        # Kept on the row for a fact-checker to see rather than failing the whole batch.
        logger.exception("The date engine failed on %r (%s)", text, lang)
        return _failed(f"The date engine failed on this expression ({type(exc).__name__}).", anchor)
    return outcome_of(result, anchor)


def outcome_of(result, anchor) -> Outcome:
    """Columns for an engine result. A result the database would refuse (a parsed date without
    bounds, an end before the start, an unknown granularity) is stored as failed instead, so that
    one bad row cannot sink its batch."""
    status = STATUS_OF.get(result.status, DateStatus.FAILED)
    granularity = result.granularity or ""
    relation = result.relation or ""
    if relation not in RELATIONS:
        return _failed(f"The engine gave an unknown relation {relation!r}.", anchor)
    if status != DateStatus.PARSED:
        return Outcome(
            status=status,
            start=None,
            end=None,
            granularity="",
            relation=relation,
            reference=(result.reference or "")[:REFERENCE_MAX],
            reason=(result.reason or "")[:REASON_MAX],
            anchor=anchor,
        )
    if result.start is None or result.end is None or result.start > result.end:
        return _failed(
            "The engine gave an interval without bounds or ending before it starts.", anchor
        )
    if granularity not in GRANULARITIES:
        return _failed(f"The engine gave an unknown granularity {granularity!r}.", anchor)
    return Outcome(
        status=status,
        start=result.start,
        end=result.end,
        granularity=granularity,
        relation=relation,
        reference=(result.reference or "")[:REFERENCE_MAX],
        reason="",
        anchor=anchor,
    )


def _failed(reason, anchor) -> Outcome:
    return Outcome(DateStatus.FAILED, None, None, "", "", "", reason[:REASON_MAX], anchor)


def write_outcomes(readings, outcomes) -> int:
    """Write each outcome to its row if the row is unchanged since it was read; returns how many
    rows were written. One statement on PostgreSQL."""
    if connection.vendor == "postgresql":
        return _write_postgresql(readings, outcomes)
    return _write_each(readings, outcomes)


# The batch travels by COPY into a temporary table (its text format costs PostgreSQL a fraction
# of what parsing the same rows out of JSON does) and is applied by one UPDATE joined to the
# source for the anchor check. Under READ COMMITTED, a second writer blocked on the same row
# re-checks the WHERE clause against the committed row once the first commits; the pending
# status, and updated_at for a row saved again since it was read (a source whose publication
# date moved marks its events in its own transaction), make it write nothing.
#
# The table lives as long as the connection and is emptied at each commit. Rows carry their
# batch's number so that a second batch in the same transaction never applies the first's.
_RESULTS_TABLE = "chronicle_date_results"
_RESULT_TYPES = {"date_start": "date", "date_end": "date", "date_anchor": "date"}
# The inputs a result was computed from, then the result in the event's own column names.
_RESULT_FIELDS = (
    ("batch", "bigint"),
    ("id", "bigint"),
    ("date_text", "text"),
    ("date_lang", "text"),
    ("source_id", "bigint"),
    ("published_at", "timestamptz"),
    ("read_at", "timestamptz"),
    *((column, _RESULT_TYPES.get(column, "text")) for column in OUTCOME_COLUMNS),
)
_POSTGRESQL_RESULTS = f"""
CREATE TEMPORARY TABLE IF NOT EXISTS {_RESULTS_TABLE} (
    {", ".join(f"{name} {kind}" for name, kind in _RESULT_FIELDS)}
) ON COMMIT DELETE ROWS
"""
_POSTGRESQL_COPY = f"""
COPY {_RESULTS_TABLE} ({", ".join(name for name, _ in _RESULT_FIELDS)}) FROM STDIN
"""
# The rows are to be found by primary key, one lookup each, however stale the table's
# statistics. Right after renormalize_dates makes a million dates pending, the last ANALYZE
# still says none is, and a batch shares one updated_at where the statistics say each value is
# nearly unique. Offered an index on either, the planner took it and compared every pending
# row with every row of the batch: 4.7 s instead of 21 ms for 2,000 rows among 20,000 pending,
# and quadratic in the backlog. So the event's side of the check is one row comparison with IS
# NOT DISTINCT FROM, which no index can serve (and which also treats a missing source as equal
# to a missing source, as it must).
_POSTGRESQL_WRITE = f"""
UPDATE {{event}} AS e SET
    {", ".join(f"{column} = v.{column}" for column in OUTCOME_COLUMNS)},
    date_engine_version = %s,
    updated_at = %s
FROM {_RESULTS_TABLE} AS v
LEFT JOIN {{source}} AS s ON s.id = v.source_id
WHERE v.batch = %s
    AND e.id = v.id
    AND (e.date_status, e.date_text, e.date_lang, e.source_id, e.updated_at, s.published_at)
        IS NOT DISTINCT FROM (%s, v.date_text, v.date_lang, v.source_id, v.read_at, v.published_at)
"""
_batches = itertools.count(1)


def _write_postgresql(readings, outcomes) -> int:
    batch = next(_batches)
    # One transaction for the three statements: the table is emptied at every commit.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_POSTGRESQL_RESULTS)
        with cursor.copy(_POSTGRESQL_COPY) as copy:
            for reading, outcome in zip(readings, outcomes, strict=True):
                copy.write_row(
                    (
                        batch,
                        reading.pk,
                        reading.date_text,
                        reading.date_lang,
                        reading.source_id,
                        reading.published_at,
                        reading.updated_at,
                        *outcome,
                    )
                )
        params = [dates.ENGINE_VERSION, timezone.now(), batch, DateStatus.PENDING]
        cursor.execute(_POSTGRESQL_WRITE.format(**_tables()), params)
        return cursor.rowcount


def _tables():
    quote = connection.ops.quote_name
    return {"event": quote(Event._meta.db_table), "source": quote(Source._meta.db_table)}


def _write_each(readings, outcomes) -> int:
    """The same conditions, a statement per row: SQLite, the embedded default, where batches
    are small."""
    now = timezone.now()
    written = 0
    with transaction.atomic():
        for reading, outcome in zip(readings, outcomes, strict=True):
            unchanged = Event.all_objects.filter(
                pk=reading.pk,
                date_status=DateStatus.PENDING,
                date_text=reading.date_text,
                date_lang=reading.date_lang,
                source_id=reading.source_id,
                updated_at=reading.updated_at,
            )
            if reading.source_id is not None:
                unchanged = unchanged.filter(_published_at_is(reading.published_at))
            written += unchanged.update(
                **outcome.columns(), date_engine_version=dates.ENGINE_VERSION, updated_at=now
            )
    return written


def _published_at_is(value) -> Q:
    if value is None:
        return Q(source__published_at__isnull=True)
    return Q(source__published_at=value)
