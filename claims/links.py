"""Linking claims that state the same thing, across outlets and languages.

When a claim is saved, a worker (claims.tasks.propose_claim_links) looks for other claims that
may state the same thing and scores each pair with claims.matching; pairs at or above its
threshold become candidate links, with the score, the reasons and any conflicting values. A
person then decides: the same claim, or not. A decision is never undone by the matcher: a pair
someone rejected is not proposed again, and a confirmed one is left alone.

The pre-filter keeps the matcher's work small: claims with the same quantity value or a tag
in common, and on PostgreSQL claims whose wording is similar (pg_trgm). "nawet 87 mln
użytkowników" and "up to 87 million users" share no words but share their value.
"""

import datetime as dt
import logging

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from claims import matching
from claims.models import Claim, ClaimLink

logger = logging.getLogger(__name__)

# How many claims each way of pre-filtering may bring to the matcher.
PREFILTER_LIMIT = 200


def propose_links(claim_id: int) -> int:
    """Score the claim against the claims that may state the same thing and store candidate
    links for the pairs the matcher accepts. Safe to run twice: a pair is stored once, an open
    candidate takes the new score, a decided pair is never touched. Returns how many candidate
    links were created or updated."""
    claim = Claim.objects.filter(pk=claim_id).prefetch_related("citations__source").first()
    if claim is None or not claim.statement.strip():
        return 0
    mine = _features(claim)
    existing = {
        (link.claim_id, link.other_id): link
        for link in ClaimLink.objects.filter(Q(claim=claim) | Q(other=claim))
    }
    written = 0
    for other in _prefiltered(claim).prefetch_related("citations__source"):
        match = matching.score(mine, _features(other))
        if not match.is_candidate:
            continue
        pair = tuple(sorted((claim.pk, other.pk)))
        link = existing.get(pair)
        if link is not None and link.status != ClaimLink.Status.CANDIDATE:
            continue
        values = {
            "score": round(match.score, 4),
            "reasons": list(match.reasons),
            "conflicts": list(match.conflicts),
            "matcher_version": matching.VERSION,
        }
        if link is None:
            ClaimLink.objects.get_or_create(claim_id=pair[0], other_id=pair[1], defaults=values)
        elif any(getattr(link, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(link, field, value)
            link.save(update_fields=list(values))
        else:
            continue
        written += 1
    return written


def decide(link: ClaimLink, status: str, by) -> ClaimLink:
    """Record a person's decision on a link: the same claim, or not. Kept in the history."""
    if status not in (ClaimLink.Status.SAME, ClaimLink.Status.DIFFERENT):
        raise ValueError(f"A decision is 'same' or 'different', not {status!r}.")
    with transaction.atomic():
        link = ClaimLink.objects.select_for_update().get(pk=link.pk)
        link.status = status
        link.decided_by = by
        link.decided_at = timezone.now()
        link._change_reason = f"decided: {status}"
        link.save(update_fields=["status", "decided_by", "decided_at"])
    return link


def links_of(claim) -> list[ClaimLink]:
    """Every link of a claim, either side, best first."""
    return list(
        ClaimLink.objects.filter(Q(claim=claim) | Q(other=claim))
        .select_related("claim", "other")
        .order_by("-score", "pk")
    )


def queue_proposal(claim_id: int) -> None:
    """Ask a worker to propose links for the claim once the current transaction commits."""
    from claims.tasks import propose_claim_links

    def send():
        try:
            propose_claim_links.delay(claim_id)
        except Exception as exc:  # noqa: BLE001 - kombu raises a zoo of transport errors
            # Saving the claim must not fail because the broker is away; links can be
            # proposed again later (the command propose_claim_links).
            logger.warning("Could not queue link proposals for claim %s: %s", claim_id, exc)

    transaction.on_commit(send)


def _prefiltered(claim):
    others = Claim.objects.exclude(pk=claim.pk)
    near = Q(pk__in=[])
    if claim.quantity_value is not None:
        near |= Q(quantity_value=claim.quantity_value)
    tags = list(claim.tags.values_list("pk", flat=True))
    if tags:
        near |= Q(tags__in=tags)
    ids = set(others.filter(near).values_list("pk", flat=True).distinct()[:PREFILTER_LIMIT])
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        # "%" (trigram_similar) is what the GIN index answers; pg_trgm's default threshold
        # for it is 0.3.
        ids |= set(
            others.filter(statement__trigram_similar=claim.statement)
            .annotate(similarity=TrigramSimilarity("statement", claim.statement))
            .order_by("-similarity")
            .values_list("pk", flat=True)[:PREFILTER_LIMIT]
        )
    return Claim.objects.filter(pk__in=ids)


def _features(claim) -> matching.ClaimFeatures:
    return matching.features(claim.statement, claim.language, _anchor(claim))


def _anchor(claim) -> dt.date:
    """The date relative words in the claim are read against: its earliest source's."""
    published = [c.source.published_at for c in claim.citations.all() if c.source.published_at]
    if published:
        return timezone.localdate(min(published))
    return timezone.localdate(claim.created_at) if claim.created_at else timezone.localdate()
