"""Saving a claim asks a worker for its candidate links (never in the request)."""

from django.db.models.signals import post_save

from claims import links
from claims.models import Claim


def claim_saved(sender, instance, raw=False, **kwargs):
    if raw or instance.deleted_at is not None:
        return
    links.queue_proposal(instance.pk)


def connect():
    post_save.connect(claim_saved, sender=Claim, dispatch_uid="claims.links.claim_saved")
