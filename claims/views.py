"""Public pages of one claim and of one source."""

import json

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from claims import graph
from claims.claimreview import claim_review, is_reviewable
from claims.graph_html import GraphLabels, attribution_html, seen_html, values_html
from claims.models import Citation, Claim, Source
from claims.source_lines import source_lines
from timeline.models import Event, Timeline
from timeline.pagecache import cached_page

# JSON inside <script> must not be able to close the element or open a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@cached_page
def claim_detail(request, pk):
    claim = get_object_or_404(
        Claim.objects.published().prefetch_related(
            "tags",
            Prefetch(
                "citations",
                queryset=Citation.objects.filter(source__deleted_at__isnull=True)
                .select_related("source__outlet")
                .defer("source__text"),
            ),
        ),
        pk=pk,
    )
    events = (
        Event.objects.public()
        .filter(claims=claim)
        .chronological()
        .prefetch_related(Prefetch("timelines", queryset=Timeline.objects.published()))
    )
    lines = source_lines(citation.source_id for citation in claim.citations.all())
    for citation in claim.citations.all():
        citation.source.line = lines[citation.source_id]
    # The public page shows the public side of the graph, whoever looks: it is cached for all.
    found = graph.graph_for(claim, None)
    base_url = f"{request.scheme}://{request.get_host()}"
    review = claim_review(claim, base_url=base_url) if is_reviewable(claim) else None
    return render(
        request,
        "claims/claim_detail.html",
        {
            "site_name": settings.SITE_NAME,
            "claim": claim,
            "events": events,
            "graph": found,
            "values_html": values_html(found.values, GraphLabels(), claim.pk)
            if len(found.values) > 1
            else "",
            "first_seen": seen_html(found.first_seen),
            "last_seen": seen_html(found.last_seen),
            "attribution_html": attribution_html(found.attribution)
            if any(len(chain) > 1 for chain in found.attribution)
            else "",
            "page_url": f"{base_url}{claim.get_absolute_url()}",
            "json_ld": json_ld(review) if review else "",
        },
    )


@cached_page
def source_detail(request, pk):
    source = get_object_or_404(_sources().public(), pk=pk)
    cites = list(source.cites.select_related("outlet").defer("text"))
    cited_by = list(source.cited_by.select_related("outlet").defer("text"))
    public = set(
        Source.objects.public()
        .filter(pk__in=[other.pk for other in cites + cited_by])
        .values_list("pk", flat=True)
    )
    quoted_here = Citation.objects.filter(source=source)
    claims = (
        Claim.objects.published()
        .filter(Exists(quoted_here.filter(claim=OuterRef("pk"))))
        .order_by(F("published_at").desc(nulls_last=True), "-pk")
        .prefetch_related(Prefetch("citations", queryset=quoted_here, to_attr="quotes_here"))
    )
    events = (
        Event.objects.public()
        .filter(source=source)
        .chronological()
        .prefetch_related(Prefetch("timelines", queryset=Timeline.objects.published()))
    )
    return render(
        request,
        "claims/source_detail.html",
        {
            "site_name": settings.SITE_NAME,
            "source": source,
            "cites": [(other, other.pk in public) for other in cites],
            "cited_by": [other for other in cited_by if other.pk in public],
            "claims": claims,
            "events": events,
        },
    )


def _sources():
    # The stored text can run to megabytes and no public page shows it.
    return Source.objects.select_related("outlet").defer("text")


def json_ld(data) -> str:
    """`data` as JSON safe to place inside a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))
