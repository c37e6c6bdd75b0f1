"""Reasons to doubt a date as read, stored as flags for the fact-checkers' admin.

Each flag is a row of DateFlag (one per event and kind), recomputed whenever the date is
normalised (after each worker batch, and so after a source's publication date changes, which
makes its dates pending) and when a person saves a date:

- after_publication: the date lies after its source was published, yet the sentence it is
  written in is in the past tense ("W październiku firma ogłosiła..." read as a coming October
  would be wrong; read as a past one, the source cannot report it).
- ambiguous_year: a bare month, day or weekday ("w październiku", "on Wednesday") read as the
  latest one on or before the publication date, when the next one is nearer to that date:
  the writer may well have meant the coming one.
- undated_source: the source has no publication date, so a relative expression in it cannot
  be read at all.
- weekday_mismatch: the expression names a weekday that the day it was read as is not
  ("w poniedziałek 20 września 2018", a Thursday), checked from the stored text and interval.
- month_anchor: the source's publication date is known only to the month, so a relative
  date was read against every day of that month and its interval widened to cover them all
  (widen_for_month_anchor), not read against the one day the stored timestamp happens to name.
"""

import datetime as dt
import re

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from claims.models import Source
from timeline.dates import event_refs, normalise, tense
from timeline.dates.parsing import compile_expression, normalised_key
from timeline.dates.periods import month_end
from timeline.models import DateFlag, DateStatus, Event
from timeline.pagecache import bump_if_public_events

Kind = DateFlag.Kind
SETTLED = (DateStatus.PARSED, DateStatus.CONFIRMED)
DETAIL_MAX = DateFlag._meta.get_field("detail").max_length

# Weekday names, their case forms and adjectives, and their abbreviations, without diacritics
# too, as sources are typed. Not the Polish ordinals that share a stem ("czwartego marca",
# "piątego maja" are the 4th and the 5th), nor "środek" (the middle). Matched only inside a
# date expression the engine read, so the short English forms are safe here.
WEEKDAYS = {
    0: r"poniedzia[lł]\w*|pon\.|pn\.|monday|mon\b\.?|montag|lundi|lunes",
    1: r"wtor\w*|wt\.|tuesday|tues?\b\.?|dienstag|mardi|martes",
    2: r"[sś]rod(?:a|y|zie|[eę]|[aą]|o|ow(?:y|ej|ym|a|ego|e))\b|[sś]r\.|wednesday|wed\b\.?"
    r"|mittwoch|mercredi|mi[eé]rcoles",
    3: r"czwart(?:ek|k\w*)|czw\.|thursday|thu(?:rs?)?\b\.?|donnerstag|jeudi|jueves",
    4: r"pi[aą]t(?:ek|k\w*)|pt\.|friday|fri\b\.?|freitag|vendredi|viernes",
    5: r"sobot\w*|sobocie|sob\.|saturday|sat\b\.?|samstag|samedi|s[aá]bado",
    6: r"niedziel\w*|niedz\.|ndz?\.|sunday|sun\b\.?|sonntag|dimanche|domingo",
}
WEEKDAY = re.compile(
    "|".join(rf"(?P<d{day}>\b(?:{words}))" for day, words in WEEKDAYS.items()), re.IGNORECASE
)
# Bare named periods that the engine reads as the latest one on or before the anchor.
PICKED_UNITS = {"month", "weekday", "daymonth"}
MONTH = "month"  # Source.published_precision


def weekday_named(text: str) -> int | None:
    """The weekday (Monday 0) a date expression names, or None."""
    match = WEEKDAY.search(text or "")
    if match is None:
        return None
    return next(int(name[1:]) for name, value in match.groupdict().items() if value)


def weekday_mismatch(text, start, end) -> str | None:
    day = weekday_named(text)
    if day is None or start is None or start != end or start.weekday() == day:
        return None
    return f"{start.isoformat()} is a {start.strftime('%A')}"


def _distance(start: dt.date, end: dt.date, anchor: dt.date) -> int:
    if start <= anchor <= end:
        return 0
    return (start - anchor).days if start > anchor else (anchor - end).days


def _next_one(unit: str, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    if unit == "weekday":
        return start + dt.timedelta(days=7), end + dt.timedelta(days=7)
    if unit == "month":
        year = start.year + 1
        return dt.date(year, start.month, 1), month_end(year, start.month)
    try:
        return start.replace(year=start.year + 1), end.replace(year=end.year + 1)
    except ValueError:  # 29 February: the next one is years away, never nearer
        return None


def ambiguous_year(text, lang, start, end, anchor) -> str | None:
    if anchor is None or start is None:
        return None
    rule = compile_expression(normalised_key(" ".join(text.split())), lang or None).rule
    if (
        rule is None
        or rule.kind != "pick"
        or rule.unit not in PICKED_UNITS
        or rule.year is not None
        or rule.offset is not None
        or rule.mode != "recent"
    ):
        return None
    alternative = _next_one(rule.unit, start, end)
    if alternative is None or _distance(*alternative, anchor) >= _distance(start, end, anchor):
        return None
    return f"read as {start.isoformat()}, but {alternative[0].isoformat()} is nearer the anchor"


def needs_anchor(text, lang) -> bool:
    """True when the expression can be read only against a publication date."""
    if event_refs.parse(text, lang) is not None:
        return True
    with_anchor = normalise(text, event_refs.PROBE_ANCHOR, lang)
    return with_anchor.status == "parsed" and normalise(text, None, lang).status != "parsed"


def past_tense_after_publication(text, lang, start, anchor, source_text) -> str | None:
    """The date lies after the anchor though its sentence in the source is in the past."""
    if anchor is None or start is None or start <= anchor or not source_text or not text:
        return None
    position = source_text.lower().find(text.lower())
    cues = tense.CUES.get(lang or "")
    if position < 0 or cues is None:
        return None
    end = position + len(text)
    first, last = tense.sentence_bounds(source_text, position, end)
    if not cues.past.search(source_text, first, last):
        return None
    if tense.reading(source_text, position, end, lang) is not None:
        return None  # a future cue nearer the date: the source says it is coming
    return f"{start.isoformat()} is after the publication date {anchor.isoformat()}"


def flags_for(event, source_text="") -> dict[str, str]:
    """The flags of one event (kind: detail). `event.anchor` is read through its source."""
    if event.date_status == DateStatus.PENDING:
        return {}
    flags = {}
    text, lang = event.date_text, event.date_lang or None
    source = event.source if event.source_id else None
    lang = lang or (source.language if source else None) or None
    if source is not None and source.published_at is None and needs_anchor(text, lang):
        flags[Kind.UNDATED_SOURCE] = "relative dates in it cannot be read"
    if source is not None and source.published_precision == MONTH and needs_anchor(text, lang):
        anchor = event.anchor
        flags[Kind.MONTH_ANCHOR] = (
            f"read against every day of {anchor:%Y-%m}" if anchor else "no publication date"
        )
    if event.date_status in SETTLED:
        anchor = event.anchor
        checks = {
            Kind.WEEKDAY_MISMATCH: weekday_mismatch(text, event.date_start, event.date_end),
            Kind.AMBIGUOUS_YEAR: ambiguous_year(
                text, lang, event.date_start, event.date_end, anchor
            ),
            Kind.AFTER_PUBLICATION: past_tense_after_publication(
                text, lang, event.date_start, anchor, source_text
            ),
        }
        flags.update({kind: detail for kind, detail in checks.items() if detail})
    return {kind: detail[:DETAIL_MAX] for kind, detail in flags.items()}


def month_reading(text, lang, anchor) -> tuple[dt.date, dt.date, str] | None:
    """The interval covering the readings of `text` against every day of `anchor`'s month, and
    its granularity ("span" when the days disagree); None when no day reads it."""
    readings = set()
    for day in range(1, month_end(anchor.year, anchor.month).day + 1):
        result = normalise(text, anchor.replace(day=day), lang)
        if result.status == "parsed":
            readings.add((result.start, result.end, result.granularity))
    if not readings:
        return None
    if len(readings) == 1:
        return readings.pop()
    return min(r[0] for r in readings), max(r[1] for r in readings), "span"


def widen_for_month_anchor(event_ids) -> list[int]:
    """Widen the relative dates among `event_ids` whose source is dated only to the month to
    what every day of that month reads; returns the ids widened. Safe to run twice: the
    interval is computed from the text each time, and written only where it differs and the
    row is as it was read."""
    rows = Event.all_objects.filter(
        pk__in=list(event_ids),
        date_status=DateStatus.PARSED,
        date_anchor__isnull=False,
        date_reference_event__isnull=True,
        source__published_precision=MONTH,
    )
    widened = []
    for event in rows:
        lang = event.date_lang or None
        if not needs_anchor(event.date_text, lang):
            continue
        reading = month_reading(event.date_text, lang, event.date_anchor)
        current = (event.date_start, event.date_end, event.date_granularity)
        if reading is None or reading == current:
            continue
        start, end, granularity = reading
        written = Event.all_objects.filter(
            pk=event.pk,
            date_status=DateStatus.PARSED,
            date_text=event.date_text,
            date_anchor=event.date_anchor,
            updated_at=event.updated_at,
        ).update(
            date_start=start, date_end=end, date_granularity=granularity, updated_at=timezone.now()
        )
        if written:
            widened.append(event.pk)
    if widened:
        bump_if_public_events(widened)
    return widened


def refresh_flags(event_ids) -> int:
    """Recompute the flags of the given events; returns how many flags they now carry."""
    ids = sorted({int(pk) for pk in event_ids})
    if not ids:
        return 0
    events = list(
        Event.all_objects.filter(pk__in=ids)
        .select_related("source")
        .defer("source__text", "description")
    )
    # Only a date after its anchor needs the source's text, which may be long: fetched for
    # those alone.
    wanting_text = {
        event.source_id
        for event in events
        if event.date_start and event.anchor and event.date_start > event.anchor
    }
    texts = dict(
        Source.all_objects.filter(pk__in=wanting_text).values_list("pk", "text")
        if wanting_text
        else []
    )
    rows = [
        DateFlag(event_id=event.pk, kind=kind, detail=detail)
        for event in events
        for kind, detail in flags_for(event, texts.get(event.source_id, "")).items()
    ]
    with transaction.atomic():
        DateFlag.objects.filter(event_id__in=ids).delete()
        DateFlag.objects.bulk_create(rows)
    return len(rows)


def flag_counts(queryset=None) -> dict[str, int]:
    """How many events carry each flag (every kind listed, zero included), among `queryset`'s
    events when given."""
    flags = DateFlag.objects.filter(event__deleted_at__isnull=True)
    if queryset is not None:
        flags = flags.filter(event__in=queryset)
    counted = dict(flags.values_list("kind").annotate(n=Count("pk")).values_list("kind", "n"))
    return {kind: counted.get(kind, 0) for kind in Kind.values}
