"""Timeline workflows: queueing dates for the workers, confirming them by hand, publishing.

The workers' side of date normalisation (reading and writing batches) is timeline.normalisation;
docs/workers.md describes the whole flow and its guarantees.
"""

import logging
import uuid
from contextlib import contextmanager
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from config.lookups import AnyOf
from timeline import normalisation
from timeline.models import DateStatus, Event

logger = logging.getLogger(__name__)

SWEEP_LOCK_KEY = "dates-sweep-lock"


def enqueue_normalisation(event_ids):
    """Hand events to the workers, in batches. Never raises: a row the broker never saw stays
    pending and the periodic sweep picks it up."""
    for batch in _batches(list(event_ids), settings.DATES_BATCH_SIZE):
        try:
            _publish(batch)
        except Exception as exc:  # noqa: BLE001 - kombu raises a zoo of transport errors
            logger.warning(
                "Could not enqueue %d event(s), the sweep will retry: %s", len(batch), exc
            )


def _publish(event_ids):
    from timeline.tasks import normalise_events

    normalise_events.delay(event_ids)


def normalise_pending_events(event_ids) -> int:
    """Normalise the given events that are still pending. Safe to run twice. Returns how many
    rows took a result."""
    return normalisation.normalise_batch(event_ids)


def renormalise(queryset, *, include_confirmed=False, batch_size=None, progress=None) -> int:
    """Make the dates of `queryset` pending again and queue them. Returns how many.

    Confirmed dates are skipped unless a person asks for them explicitly (the admin action).
    Works through the rows a batch at a time, each committed and queued on its own, so that a
    million rows neither sit in one transaction nor in one message. `progress(n)` is called
    after each batch.
    """
    if not include_confirmed:
        queryset = queryset.exclude(date_status=DateStatus.CONFIRMED)
    ids_in_order = queryset.order_by("pk").values_list("pk", flat=True)
    batch_size = batch_size or settings.DATES_BATCH_SIZE
    total, after = 0, None
    while True:
        # Keyset pagination: marking rows pending may move them out of `queryset`.
        page = ids_in_order if after is None else ids_in_order.filter(pk__gt=after)
        ids = list(page[:batch_size])
        if not ids:
            return total
        _mark_pending(ids)
        total += len(ids)
        after = ids[-1]
        if progress is not None:
            progress(len(ids))


@transaction.atomic
def _mark_pending(ids):
    # A bulk update: the history tables do not record it. The previous reading stays on the
    # row (so lists keep their order) until the worker replaces it; updated_at changes, which
    # makes any reading of the old inputs still in flight fail its conditional write.
    now = timezone.now()
    Event.all_objects.filter(AnyOf(F("pk"), ids)).update(
        date_status=DateStatus.PENDING, date_queued_at=now, updated_at=now
    )
    transaction.on_commit(partial(enqueue_normalisation, ids))


def renormalise_source_dates(*, source, only_in_text=False) -> int:
    """A source's publication date changed: read again every date anchored on it. Its text
    snapshot changed (`only_in_text`): read again the dates read in that text.

    Called from Source.save() inside its transaction, so the new anchor and the pending dates
    commit together; the workers are only told after the commit. Confirmed dates are kept.
    """
    events = Event.all_objects.filter(source_id=source.pk)
    if only_in_text:
        events = events.filter(date_offset__isnull=False)
    return renormalise(events)


def sweep_pending_dates(*, limit=None) -> int:
    """Queue again the dates left pending past the grace period; returns how many were queued.

    Catches rows whose message was lost: saved while the broker was down, or held by a worker
    that died. One sweep runs at a time (a cache lock, shared by every process when REDIS_URL
    is set); each takes at most DATES_SWEEP_LIMIT rows, oldest first. A queued row is stamped
    so the next sweeps leave it alone for another grace period.
    """
    limit = limit or settings.DATES_SWEEP_LIMIT
    with _lock(SWEEP_LOCK_KEY, timeout=max(60, settings.DATES_SWEEP_INTERVAL_SECONDS * 5)) as held:
        if not held:
            logger.info("Another sweep is running")
            return 0
        now = timezone.now()
        cutoff = now - timedelta(seconds=settings.DATES_PENDING_GRACE_SECONDS)
        overdue = Event.all_objects.overdue(cutoff).order_by(
            F("date_queued_at").asc(nulls_first=True), "pk"
        )
        ids = list(overdue.values_list("pk", flat=True)[:limit])
        queued = 0
        for batch in _batches(ids, settings.DATES_BATCH_SIZE):
            try:
                _publish(batch)
            except Exception as exc:  # noqa: BLE001 - kombu raises a zoo of transport errors
                logger.warning("Sweep stopped, could not enqueue: %s", exc)
                break
            # Stamped after publishing: a stamp without a message would hide the row for a
            # whole grace period. Stamping is bookkeeping, not content: no history, and
            # updated_at is left alone so the queued task's write still matches. Only rows
            # still pending take the stamp, but the rows are found by id alone: offered the
            # pending index, a planner on statistics from before a re-normalisation walks every
            # pending row for each batch (as the workers' statements explain).
            Event.all_objects.filter(AnyOf(F("pk"), batch)).update(
                date_queued_at=Case(
                    When(date_status=DateStatus.PENDING, then=Value(now)),
                    default=F("date_queued_at"),
                )
            )
            queued += len(batch)
        if ids:
            logger.info("Sweep queued %d of %d overdue date(s)", queued, len(ids))
        return queued


@contextmanager
def _lock(key, *, timeout):
    """Held by one process at a time; expires by itself if its holder dies."""
    token = uuid.uuid4().hex
    held = cache.add(key, token, timeout)
    try:
        yield held
    finally:
        if held and cache.get(key) == token:
            cache.delete(key)


def _batches(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def confirm_date_in_form(*, event):
    """A person set the interval by hand: it is confirmed and no worker touches it again."""
    event.date_status = DateStatus.CONFIRMED
    event.date_reason = ""


@transaction.atomic
def confirm_date(*, event, by):
    """Accept the engine's reading of a date as correct."""
    from claims.services import save_fields

    confirm_date_in_form(event=event)
    save_fields(event, ["date_status", "date_reason"], by)
    return event


@transaction.atomic
def set_timeline_published(*, timeline, published: bool, by):
    from claims.services import require_permission, save_fields

    require_permission(by, "timeline.publish_timeline")
    timeline.is_published = published
    if published and timeline.published_at is None:
        timeline.published_at = timezone.now()
    save_fields(timeline, ["is_published", "published_at"], by)
    return timeline
