"""Date normalisation workflow: what is queued, how results are written back."""

import logging

from django.db import transaction
from django.utils import timezone

from timeline.models import DateStatus, Event

logger = logging.getLogger(__name__)


def enqueue_normalisation(event_ids):
    """Hand events to the workers. Never raises: a row the broker never saw stays pending and
    the periodic sweep picks it up."""
    from timeline.tasks import normalise_events

    if not event_ids:
        return
    try:
        normalise_events.delay(list(event_ids))
    except Exception as exc:  # noqa: BLE001 - kombu raises a zoo of transport errors
        logger.warning(
            "Could not enqueue %d event(s), the sweep will retry: %s", len(event_ids), exc
        )


def normalise_pending_events(event_ids):
    """Normalise the given events that are still pending. Safe to run twice."""
    from timeline import dates

    events = Event.objects.filter(pk__in=event_ids, date_status=DateStatus.PENDING).select_related(
        "source"
    )
    for event in events:
        result = dates.normalise(event.date_text, event.anchor, event.date_lang or None)
        _write_result(event, result)


def _write_result(event, result):
    from timeline import dates

    status = {"parsed": DateStatus.PARSED, "unparsed": DateStatus.UNPARSED}.get(
        result.status, DateStatus.FAILED
    )
    with transaction.atomic():
        # Conditional on the inputs the result was computed from: a concurrent edit wins.
        Event.objects.filter(
            pk=event.pk,
            date_status=DateStatus.PENDING,
            date_text=event.date_text,
            date_lang=event.date_lang,
            source_id=event.source_id,
        ).update(
            date_status=status,
            date_start=result.start,
            date_end=result.end,
            date_granularity=result.granularity or "",
            date_relation=result.relation or "",
            date_reference=(result.reference or "")[:300],
            date_reason=(result.reason or "")[:500],
            date_engine_version=dates.ENGINE_VERSION,
            date_anchor=event.anchor,
            updated_at=timezone.now(),
        )


def renormalise(queryset, *, include_confirmed=False):
    """Make the dates of `queryset` pending again and queue them. Returns how many.

    Confirmed dates are skipped unless a person asks for them explicitly (the admin action).
    """
    if not include_confirmed:
        queryset = queryset.exclude(date_status=DateStatus.CONFIRMED)
    ids = list(queryset.values_list("pk", flat=True))
    if not ids:
        return 0
    Event.objects.filter(pk__in=ids).update(
        date_status=DateStatus.PENDING, date_queued_at=timezone.now(), updated_at=timezone.now()
    )
    transaction.on_commit(lambda: enqueue_normalisation(ids))
    return len(ids)


def confirm_date_in_form(*, event):
    """A person set the interval by hand: it is confirmed and no worker touches it again."""
    event.date_status = DateStatus.CONFIRMED
    event.date_reason = ""


@transaction.atomic
def confirm_date(*, event, by):
    """Accept the engine's reading of a date as correct."""
    from claims.services import _save

    confirm_date_in_form(event=event)
    _save(event, ["date_status", "date_reason"], by)
    return event


@transaction.atomic
def set_timeline_published(*, timeline, published: bool, by):
    from claims.services import _require, _save

    _require(by, "timeline.publish_timeline")
    timeline.is_published = published
    if published and timeline.published_at is None:
        timeline.published_at = timezone.now()
    _save(timeline, ["is_published", "published_at"], by)
    return timeline
