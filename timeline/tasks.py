from celery import shared_task

from timeline import services


@shared_task(acks_late=True)
def normalise_events(event_ids):
    """Normalise the dates of the given events. Safe to run twice: only pending rows change."""
    services.normalise_pending_events(event_ids)
