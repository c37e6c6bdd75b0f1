"""Dates read against other events in the database: "przed ubiegłoroczną konferencją F8".

The engine leaves such a date unparsed, naming the relation and the referenced phrase
(timeline.dates.event_refs reads the phrase). Here the phrase is matched against the events
the database already dates: by the words of its name in their titles and tags, in the year
the words put on it ("ubiegłoroczną" is the publication year - 1), begun by the time the
source was published, a tie going to the latest. The date becomes that event's interval with
the relation ("before" it), or, for "two weeks after the leak", the interval moved by the
offset and widened to the offset's unit, since "two weeks" is not counted to the day.

The event used is stored on the row (date_reference_event); a person may choose it instead
(choose_reference_event), and that choice is kept and recorded in the history. When an event
others are dated by gets a new date, they are read again (the task reread_reference_dates).
Writes are conditional, as the normalisation workers' are: a row takes a result only while it
has the text, status and updated_at it was read with, so a task can run twice.
"""

import datetime as dt
import logging
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from timeline.dates import event_refs, periods
from timeline.models import DateStatus, Event
from timeline.pagecache import bump_if_public_events

logger = logging.getLogger(__name__)

NOT_FOUND = "reference event not found"
# How many events sharing a word with the reference are scored; the latest come first.
CANDIDATES = 200
# A chain of events dated by one another is followed this many steps from one change.
MAX_DEPTH = 5
SETTLED = (DateStatus.PARSED, DateStatus.CONFIRMED)
# What the resolver writes, and what a change of which makes dependent dates stale.
RESOLVED_FIELDS = (
    "date_status",
    "date_start",
    "date_end",
    "date_granularity",
    "date_relation",
    "date_reference",
    "date_reason",
    "date_reference_event",
)
REFERENCE_MAX = Event._meta.get_field("date_reference").max_length
REASON_MAX = Event._meta.get_field("date_reason").max_length


class Resolution(NamedTuple):
    """What an event-relative date's columns become (each stored in `date_<field>`)."""

    status: str
    start: dt.date | None
    end: dt.date | None
    granularity: str
    relation: str
    reference: str
    reason: str
    reference_event_id: int | None

    def columns(self) -> dict:
        values = dict(zip((f"date_{field}" for field in self._fields), self, strict=True))
        values["date_reference_event_id"] = values.pop("date_reference_event_id")
        return values


def find_reference_event(reference, *, anchor, exclude_pk=None):
    """The dated event `reference` (an event_refs.EventReference) most likely names, or None.

    An event qualifies when its date is settled (parsed or confirmed) and has no relation of
    its own, it lies in the year the words give, it had begun by `anchor` (when known), and
    its title or tags share a word with the reference, one of the capitalised names among them
    when the reference has any ("F8", "Facebooka"). The most words shared wins, then the latest.
    Raises ValueError when the reference's year needs an anchor that is missing.
    """
    if not reference.words:
        return None
    year = reference.year_for(anchor)
    candidates = Event.objects.filter(
        date_status__in=SETTLED, date_start__isnull=False, date_relation=""
    )
    if exclude_pk is not None:
        # Itself, and an event dated by this one, which would move each time the other did.
        candidates = candidates.exclude(pk=exclude_pk).exclude(date_reference_event_id=exclude_pk)
    if year is not None:
        candidates = candidates.filter(
            date_start__lte=dt.date(year, 12, 31), date_end__gte=dt.date(year, 1, 1)
        )
    if anchor is not None:
        candidates = candidates.filter(date_start__lte=anchor)
    candidates = (
        candidates.filter(sharing_words(reference.words))
        .prefetch_related("tags")
        .order_by("-date_start", "-date_end", "-pk")[:CANDIDATES]
    )
    best, best_score = None, 0
    for candidate in candidates:
        text = " ".join([candidate.title, *(tag.name for tag in candidate.tags.all())])
        shared = event_refs.matches(reference.words, text)
        if reference.names and not shared & set(reference.names):
            continue
        # Candidates come latest first: a later one must share more words to win.
        if len(shared) > best_score:
            best, best_score = candidate, len(shared)
    return best


def sharing_words(words) -> Q:
    """Events whose title or tags contain the stem of one of `words`."""
    tagged = Event.tags.through.objects.values("event_id")
    sharing = Q()
    for word in words:
        head = event_refs.stem(word)
        sharing |= Q(title__icontains=head) | Q(pk__in=tagged.filter(tag__name__icontains=head))
    return sharing


def interval_from(target, reference) -> tuple[dt.date, dt.date, str, str]:
    """Start, end, granularity and relation of a date read against `target`'s interval."""
    start, end = target.date_start, target.date_end
    granularity = target.date_granularity or ("day" if start == end else "span")
    if reference is None:
        return start, end, granularity, ""
    if reference.offset is None:
        return start, end, granularity, reference.relation
    count, unit = reference.offset
    signed = count if reference.relation == "after" else -count
    start, end = _moved(start, signed, unit), _moved(end, signed, unit)
    if unit == "day":
        return start, end, granularity, ""
    return (*_widened(start, end, unit), "")


def _moved(day: dt.date, count: int, unit: str) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = periods.add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, periods.month_end(year, month).day))


def _widened(start: dt.date, end: dt.date, unit: str) -> tuple[dt.date, dt.date, str]:
    """The whole units of `unit` covering start..end: "two weeks after" is known to the week."""
    if unit == "week":
        first = start - dt.timedelta(days=start.weekday())
        last = end + dt.timedelta(days=6 - end.weekday())
        return first, last, "week" if last - first == dt.timedelta(days=6) else "span"
    if unit == "month":
        first, last = start.replace(day=1), periods.month_end(end.year, end.month)
        return (
            first,
            last,
            "month" if (start.year, start.month) == (end.year, end.month) else "span",
        )
    first, last = dt.date(start.year, 1, 1), dt.date(end.year, 12, 31)
    return first, last, "year" if start.year == end.year else "span"


def resolution_for(event) -> Resolution | None:
    """The date of `event` read against the event it refers to; None when its date is not
    written against another event and no one chose one for it."""
    reference = event_refs.parse(event.date_text, event.date_lang or None)
    if reference is None and not event.date_reference_chosen:
        return None
    phrase = (reference.phrase if reference else event.date_reference)[:REFERENCE_MAX]
    anchor = event.anchor
    if event.date_reference_chosen:
        target = event.date_reference_event
        if target is None or target.date_start is None or target.date_end is None:
            return _unparsed("the reference event chosen by hand has no date yet", phrase, target)
    else:
        try:
            target = find_reference_event(reference, anchor=anchor, exclude_pk=event.pk)
        except ValueError as exc:
            return _unparsed(f"{NOT_FOUND}: {exc}", phrase, None)
        if target is None:
            return _unparsed(f"{NOT_FOUND}: {_wanted(reference, anchor)}", phrase, None)
    start, end, granularity, relation = interval_from(target, reference)
    return Resolution(DateStatus.PARSED, start, end, granularity, relation, phrase, "", target.pk)


def _unparsed(reason, phrase, target) -> Resolution:
    target_pk = target.pk if target is not None else None
    return Resolution(
        DateStatus.UNPARSED, None, None, "", "", phrase, reason[:REASON_MAX], target_pk
    )


def _wanted(reference, anchor) -> str:
    """What was looked for, in words a fact-checker can check: "no dated event named
    'konferencją F8' in 2017, begun by 2018-09-20"."""
    words = " ".join(reference.words) or reference.phrase
    wanted = f"no dated event named {words!r}"
    year = reference.year_for(anchor)
    if year is not None:
        wanted += f" in {year}"
    if anchor is not None:
        wanted += f", begun by {anchor.isoformat()}"
    return wanted


def resolve_event_dates(event_ids) -> list[int]:
    """Read the event-relative dates among `event_ids` against the events they name; returns
    the ids whose date changed. Pending and confirmed dates are left alone (the first await a
    worker, the second a person's word). Safe to run twice: an unchanged result is not
    written, and a row changed since it was read is not written either."""
    ids = sorted({int(pk) for pk in event_ids})
    if not ids:
        return []
    rows = (
        Event.all_objects.filter(
            pk__in=ids, date_status__in=[DateStatus.UNPARSED, DateStatus.PARSED]
        )
        # The engine leaves every event-relative date unparsed; a parsed one is ours only when
        # it was read against an event.
        .filter(Q(date_status=DateStatus.UNPARSED) | Q(date_reference_event__isnull=False))
        .select_related("source", "date_reference_event")
    )
    now = timezone.now()
    changed = []
    for event in rows:
        resolution = resolution_for(event)
        if resolution is None or _already(event, resolution):
            continue
        written = Event.all_objects.filter(
            pk=event.pk,
            date_text=event.date_text,
            date_status=event.date_status,
            updated_at=event.updated_at,
        ).update(**resolution.columns(), updated_at=now)
        if written:
            changed.append(event.pk)
    if changed:
        bump_if_public_events(changed)
        logger.info("Read %d date(s) against other events", len(changed))
    return changed


def _already(event, resolution) -> bool:
    return all(getattr(event, column) == value for column, value in resolution.columns().items())


def waiting_beside(event_ids) -> list[int]:
    """Dates whose reference event was not found, in the sources of `event_ids`: an article's
    "tydzień po wycieku" waits for the leak that the same article dates, which may be read in
    a later batch. (Across sources, the admin's "Look for reference events again" does it.)"""
    sources = Event.all_objects.filter(pk__in=list(event_ids), source__isnull=False).values(
        "source_id"
    )
    return list(
        Event.all_objects.filter(
            source_id__in=sources,
            date_status=DateStatus.UNPARSED,
            date_reason__startswith=NOT_FOUND,
        )
        .exclude(pk__in=list(event_ids))
        .values_list("pk", flat=True)
    )


def dependents_of(event_ids) -> list[int]:
    """Events whose date was read against one of `event_ids`."""
    return list(
        Event.all_objects.filter(date_reference_event_id__in=list(event_ids))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def reread_reference_dates(event_ids, *, depth=0) -> list[int]:
    """Read again the given events' dates against their reference events, and, through the
    task, the dates read against any of them that changed. Returns the changed ids."""
    changed = resolve_event_dates(event_ids)
    if changed and depth < MAX_DEPTH:
        queue_reread(dependents_of(changed), depth=depth + 1)
    return changed


def queue_reread(event_ids, *, depth=0):
    """Have a worker read these dates again against their reference events, after commit."""
    ids = sorted(set(event_ids))
    if not ids:
        return

    def publish():
        from timeline.tasks import reread_reference_dates as task

        try:
            task.delay(ids, depth)
        except Exception as exc:  # noqa: BLE001 - kombu raises a zoo of transport errors
            logger.warning("Could not queue %d reference date(s): %s", len(ids), exc)

    transaction.on_commit(publish)


def queue_after_normalisation(event_ids):
    """Have a worker follow up a normalised batch (after_normalisation)."""
    from timeline.tasks import follow_up_normalised_dates

    ids = sorted({int(pk) for pk in event_ids})
    if not ids:
        return
    try:
        follow_up_normalised_dates.delay(ids)
    except Exception as exc:  # noqa: BLE001 - kombu raises a zoo of transport errors
        logger.warning("Could not queue the follow-up of %d date(s): %s", len(ids), exc)


def after_normalisation(event_ids):
    """What follows a batch of normalised dates: event-relative ones read against their
    events, the dates read against any of the batch queued again, the batch's flags."""
    from timeline import sanity

    ids = list(event_ids)
    changed = resolve_event_dates([*ids, *waiting_beside(ids)])
    queue_reread(set(dependents_of(ids)) - set(changed))
    widened = sanity.widen_for_month_anchor(ids)
    changed = [*changed, *widened]
    if changed:
        queue_reread(dependents_of(changed), depth=1)
    sanity.refresh_flags(ids)


@transaction.atomic
def choose_reference_event(*, event, reference, by):
    """A person names the event a date is read against (None gives the choice back to the
    resolver). The date is read at once; the choice is recorded in the history with `by`."""
    from claims.services import require_permission, save_fields

    require_permission(by, "timeline.change_event")
    if reference is not None:
        if reference.pk == event.pk:
            raise ValidationError({"date_reference_event": "An event cannot be dated by itself."})
        if reference.date_start is None or reference.date_end is None:
            raise ValidationError({"date_reference_event": "That event has no date yet."})
    event.date_reference_event = reference
    event.date_reference_chosen = reference is not None
    fields = ["date_reference_event", "date_reference_chosen"]
    if event.date_status != DateStatus.PENDING:
        resolution = resolution_for(event)
        if resolution is not None:
            for column, value in resolution.columns().items():
                setattr(event, column, value)
            fields += RESOLVED_FIELDS
    save_fields(event, fields, by)
    queue_reread(dependents_of([event.pk]), depth=1)
    return event
