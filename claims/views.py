"""Public pages of one claim and of one source."""

import json

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import dateformat, formats, timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from claims import graph
from claims.claimreview import claim_review, is_reviewable
from claims.graph_html import GraphLabels, attribution_html, seen_html, values_html
from claims.models import Citation, Claim, Source
from timeline.event_html import url_pattern
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
                .defer("source__text")
                .prefetch_related(Prefetch("source__cites", queryset=_sources())),
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
    source_lines(citation.source for citation in claim.citations.all())
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


def source_lines(sources):
    """Give each source a `line`: its outlet, what it cites, title, date and link, as HTML.

    "PAP, citing The Wall Street Journal: Facebook negocjował…, 20 Sept 2018 (original)": one
    entry per outlet cited, so PAP citing two WSJ reports names the WSJ once. A page quotes
    the same few sources again and again, so each is rendered once, not once per quote.
    Expects `cites` prefetched with their outlets.
    """
    rendered = {}
    words = _SourceWords()
    for source in sources:
        if source is None:
            continue
        if source.pk not in rendered:
            rendered[source.pk] = source_line(source, words)
        source.line = rendered[source.pk]


class _SourceWords:
    """Translated once per page, not once per source."""

    def __init__(self):
        self.citing = _("citing")
        self.and_ = _("and")
        self.original = _("original")
        self.url = url_pattern("claims:source-detail")


def source_line(source, words: _SourceWords | None = None) -> str:
    """One source's line as HTML. Built in Python rather than by a template: a timeline page
    shows hundreds, and a template render costs ten times as much."""
    words = words or _SourceWords()
    parts = ['<span class="source">']
    if source.outlet_id:
        parts.append(format_html('<span class="outlet">{}</span>', source.outlet.name))
        named = {}
        for cited in source.cites.all():
            named.setdefault(cited.outlet.name if cited.outlet_id else cited.title, cited)
        last = len(named) - 1
        for index, (name, cited) in enumerate(named.items()):
            if index == 0:
                parts.append(format_html(", {} ", words.citing))
            elif index == last:
                parts.append(format_html(" {} ", words.and_))
            else:
                parts.append(", ")
            parts.append(format_html('<a href="{}">{}</a>', words.url.format(cited.pk), name))
        parts.append(": ")
    lang = format_html(' lang="{}"', source.language) if source.language else ""
    parts.append(
        format_html('<a href="{}"{}>{}</a>', words.url.format(source.pk), lang, source.title)
    )
    if source.published_at:
        published = timezone.localtime(source.published_at)
        parts.append(
            format_html(
                ', <time datetime="{}">{}</time>',
                dateformat.format(published, "c"),
                formats.date_format(published, "DATE_FORMAT"),
            )
        )
    if source.url[:4] == "http":
        parts.append(
            format_html(
                ' (<a class="external" href="{}" rel="noopener noreferrer nofollow">{}</a>)',
                source.url,
                words.original,
            )
        )
    parts.append("</span>")
    return mark_safe("".join(parts))


def json_ld(data) -> str:
    """`data` as JSON safe to place inside a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))
