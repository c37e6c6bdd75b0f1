"""Celery tasks of the claims: ids in, the work in claims.links, safe to run twice."""

from claims import links
from timeline.tasks import retrying_task


@retrying_task
def propose_claim_links(claim_id):
    """Propose candidate links for one claim. Safe to run twice: see links.propose_links."""
    return links.propose_links(claim_id)
