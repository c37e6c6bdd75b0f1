"""Celery tasks of the timeline: ids in, the work in timeline.services, safe to run twice."""

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from timeline import services

# Worth retrying: the database restarting, a dropped connection, a deadlock or serialisation
# failure (PostgreSQL reports those as OperationalError). Anything else is a bug and is not
# retried; the rows stay pending and the sweep queues them again later.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)

# Acknowledged after it ran (a worker killed mid-task leaves it to another), retried with
# backoff on the errors above.
retrying_task = shared_task(
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=settings.DATES_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    max_retries=8,
)


@retrying_task
def normalise_events(event_ids):
    """Normalise the dates of the given events. Safe to run twice: only rows still pending,
    with the inputs they were read with, take a result."""
    services.normalise_pending_events(event_ids)


@shared_task(acks_late=True)
def sweep_pending_dates():
    """Queue again the dates left pending too long (CELERY_BEAT_SCHEDULE runs it). Safe to run
    twice: a lock keeps sweeps apart and a queued row is not queued again for a while."""
    services.sweep_pending_dates()


@retrying_task
def reread_reference_dates(event_ids, depth=0):
    """Read again the dates of the given events against the events they are dated by (their
    reference event's date changed). Safe to run twice: an unchanged result is not written."""
    from timeline import references

    references.reread_reference_dates(event_ids, depth=depth)


@retrying_task
def follow_up_normalised_dates(event_ids):
    """After a batch of dates was normalised: read those written against other events, queue
    the dates read against any of the batch, recompute the batch's flags. Safe to run twice:
    unchanged results are not written and flags are replaced, not added."""
    from timeline import references

    references.after_normalisation(event_ids)
