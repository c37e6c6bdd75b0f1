"""Celery tasks of the claims: ids in, the work in claims.links, safe to run twice."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims import links


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_jitter=True,
    max_retries=8,
)
def propose_claim_links(claim_id):
    """Propose candidate links for one claim. Safe to run twice: see links.propose_links."""
    return links.propose_links(claim_id)
