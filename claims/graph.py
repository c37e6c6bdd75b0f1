"""One claim across its sources: the claims linked to it as the same claim, the value each of
them gives with its rank, when the claim was first and last seen, and who it is attributed to.

A group is every claim reachable through links a person confirmed ("same"); a candidate the
matcher proposed joins nothing until someone accepts it. Each claim in a group carries a rank
for its value, as Wikidata ranks statements: preferred (the value that stands), normal, or
deprecated (superseded or wrong, with the reason). Ranks change only by a person's act
(set_rank), so "50 million" is never silently replaced by "up to 87 million": both stay, each
with its source, its date and its rank.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from claims.models import Citation, Claim, ClaimLink, Source
from claims.services import require_permission, save_fields

RANK_ORDER = {Claim.Rank.PREFERRED: 0, Claim.Rank.NORMAL: 1, Claim.Rank.DEPRECATED: 2}

# A chain of "cites" longer than this is a data-entry loop, not an attribution anyone reads.
ATTRIBUTION_DEPTH = 6


def groups(claim_ids) -> dict[int, frozenset[int]]:
    """For each claim, the claims linked to it as the same claim, directly or through others,
    itself included. One query per step of the walk, for all the claims at once."""
    claim_ids = set(claim_ids)
    neighbours: dict[int, set[int]] = {pk: set() for pk in claim_ids}
    frontier = set(claim_ids)
    while frontier:
        pairs = ClaimLink.objects.filter(
            Q(claim__in=frontier) | Q(other__in=frontier), status=ClaimLink.Status.SAME
        ).values_list("claim_id", "other_id")
        reached = set()
        for first, second in pairs:
            for one, two in ((first, second), (second, first)):
                neighbours.setdefault(one, set()).add(two)
                if two not in neighbours:
                    neighbours[two] = set()
                    reached.add(two)
        frontier = reached
    found: dict[int, frozenset[int]] = {}
    for start in claim_ids:
        if start in found:
            continue
        component, stack = {start}, [start]
        while stack:
            for nxt in neighbours.get(stack.pop(), ()):
                if nxt not in component:
                    component.add(nxt)
                    stack.append(nxt)
        frozen = frozenset(component)
        for member in component & claim_ids:
            found[member] = frozen
    return found


@dataclass
class Value:
    """One claim of a group: what it says, where and when, and its rank."""

    claim: Claim
    # Its citations' sources with a publication date, earliest first.
    sources: list[Source]
    # The dated events it is a claim about, in order.
    events: list = field(default_factory=list)

    @property
    def dates(self) -> tuple:
        """When it says the events happened, for telling whether two claims disagree."""
        return tuple((e.date_start, e.date_end, e.date_relation) for e in self.events)

    @property
    def first_published(self) -> dt.datetime | None:
        return self.sources[0].published_at if self.sources else None

    @property
    def key(self) -> tuple:
        """What the value says, for telling whether two claims disagree."""
        claim = self.claim
        if claim.quantity_value is None:
            return ()
        return (claim.quantity_value.normalize(), claim.quantity_unit, claim.quantity_qualifier)


@dataclass
class ClaimGraph:
    claim: Claim
    # Every claim of the group the viewer may see, this one included, best rank first.
    values: list[Value]
    # The links touching this claim that the viewer may see.
    links: list[ClaimLink] = field(default_factory=list)
    attribution: list[list[Source]] = field(default_factory=list)

    @property
    def conflicting(self) -> bool:
        """True when the claims of the group give different values, or date their events
        differently."""
        return conflicting(self.values)

    @property
    def first_seen(self) -> Source | None:
        dated = [source for value in self.values for source in value.sources]
        return min(dated, key=lambda source: source.published_at, default=None)

    @property
    def last_seen(self) -> Source | None:
        dated = [source for value in self.values for source in value.sources]
        return max(dated, key=lambda source: source.published_at, default=None)


def conflicting(values: list[Value]) -> bool:
    """True when the claims give different values, or date their events differently."""
    keys = {value.key for value in values if value.key}
    dates = {value.dates for value in values if value.dates}
    return len(keys) > 1 or len(dates) > 1


def values_of(claim_ids, *, public: bool = True, found=None) -> dict[int, list[Value]]:
    """For each claim, the values of its group, best rank first, then earliest first: only
    the published claims when `public`, every claim out of the bin otherwise. A handful of
    queries for any number of claims (a timeline page); `found` is what groups() gave for
    them, when the caller has it already."""
    if found is None:
        found = groups(claim_ids)
    members = set().union(*found.values()) if found else set()
    from timeline.models import Event

    visible = Claim.objects.published() if public else Claim.objects.all()
    events = (Event.objects.public() if public else Event.objects.all()).filter(
        date_start__isnull=False
    )
    visible = visible.filter(pk__in=members).prefetch_related(
        Prefetch(
            "events",
            queryset=events.only(
                "id",
                "title",
                "date_start",
                "date_end",
                "date_granularity",
                "date_relation",
                "date_status",
            ).chronological(),
            to_attr="dated_events",
        ),
        Prefetch(
            "citations",
            queryset=Citation.objects.filter(
                source__deleted_at__isnull=True, source__published_at__isnull=False
            )
            .select_related("source__outlet")
            .defer("source__text")
            .order_by("source__published_at", "pk"),
        ),
    )
    by_id = {}
    for claim in visible:
        sources = list({c.source.pk: c.source for c in claim.citations.all()}.values())
        by_id[claim.pk] = Value(claim=claim, sources=sources, events=claim.dated_events)
    result = {}
    for pk in claim_ids:
        values = [by_id[member] for member in found.get(pk, ()) if member in by_id]
        values.sort(key=_value_order)
        result[pk] = values
    return result


def _value_order(value: Value):
    published = value.first_published
    return (
        RANK_ORDER.get(value.claim.value_rank, 1),
        published is None,
        published or timezone.now(),
        value.claim.pk,
    )


def graph_for(claim: Claim, user=None) -> ClaimGraph:
    """Everything the claim page and the API show about a claim's place among its sources."""
    staff = _is_staff(user)
    values = values_of([claim.pk], public=not staff)[claim.pk]
    links = ClaimLink.objects.filter(Q(claim=claim) | Q(other=claim)).select_related(
        "claim", "other"
    )
    if not staff:
        links = links.filter(
            status=ClaimLink.Status.SAME,
            claim__in=Claim.objects.published(),
            other__in=Claim.objects.published(),
        )
    return ClaimGraph(
        claim=claim,
        values=values,
        links=list(links.order_by("-score", "pk")),
        attribution=attribution(claim, user),
    )


def attribution(claim: Claim, user=None) -> list[list[Source]]:
    """The chains of attribution behind the claim, one per path from a source quoting it
    through the sources each cites: [[PAP, WSJ, people familiar with the matter], ...].
    For the public a chain stops before a source that is not public."""
    allowed = None if _is_staff(user) else Source.objects.public()
    starts = list(
        Source.objects.filter(citations__claim=claim, deleted_at__isnull=True)
        .select_related("outlet")
        .defer("text")
        .distinct()
        .order_by("published_at", "pk")
    )
    cites: dict[int, list[Source]] = {}
    seen_ids = {source.pk for source in starts}
    frontier = set(seen_ids)
    for _depth in range(ATTRIBUTION_DEPTH):
        if not frontier:
            break
        edges = Source.cites.through.objects.filter(from_source__in=frontier)
        targets = Source.objects.filter(pk__in=edges.values("to_source"))
        if allowed is not None:
            targets = targets.filter(pk__in=allowed.values("pk"))
        by_id = {source.pk: source for source in targets.select_related("outlet").defer("text")}
        for source_id, cited_id in edges.values_list("from_source", "to_source"):
            if cited_id in by_id:
                cites.setdefault(source_id, []).append(by_id[cited_id])
        frontier = set(by_id) - seen_ids
        seen_ids |= set(by_id)
    chains: list[list[Source]] = []
    for start in starts:
        _walk([start], cites, chains)
    return chains


def _walk(path, cites, chains):
    nexts = [s for s in cites.get(path[-1].pk, []) if s not in path]
    if not nexts or len(path) > ATTRIBUTION_DEPTH:
        chains.append(path)
        return
    for nxt in sorted(nexts, key=lambda source: (source.published_at is None, source.pk)):
        _walk([*path, nxt], cites, chains)


def _is_staff(user) -> bool:
    return user is not None and user.is_authenticated and user.has_perm("claims.view_claim")


@transaction.atomic
def set_rank(*, claim: Claim, rank: str, reason: str = "", by) -> Claim:
    """Rank the value a claim gives among the claims of its group (editors). Preferring one
    value makes any other preferred value of the group normal again, saying why; every change
    is a history record naming who made it."""
    require_permission(by, "claims.review_claim")
    if rank not in RANK_ORDER:
        raise ValidationError({"rank": f"A rank is preferred, normal or deprecated, not {rank!r}."})
    reason = (reason or "").strip()
    if rank != Claim.Rank.NORMAL and not reason:
        raise ValidationError({"reason": "Say why this value is preferred or deprecated."})
    if len(reason) > 500:
        raise ValidationError({"reason": "At most 500 characters."})
    group = groups([claim.pk])[claim.pk]
    claims = {c.pk: c for c in Claim.objects.select_for_update().filter(pk__in=group)}
    claim = claims[claim.pk]
    now = timezone.now()
    if rank == Claim.Rank.PREFERRED:
        for other in claims.values():
            if other.pk != claim.pk and other.value_rank == Claim.Rank.PREFERRED:
                _rank(other, Claim.Rank.NORMAL, f"Claim {claim.pk} preferred instead.", by, now)
    _rank(claim, rank, reason, by, now)
    return claim


def _rank(claim, rank, reason, by, now):
    claim.value_rank = rank
    claim.value_rank_reason = reason
    claim.value_ranked_by = by
    claim.value_ranked_at = now
    claim._change_reason = f"rank: {rank}"
    save_fields(
        claim, ["value_rank", "value_rank_reason", "value_ranked_by", "value_ranked_at"], by
    )
