"""A claim's group of sources as HTML, on the claim page and under a claim on a timeline.

Built in Python, like timeline.event_html, because a timeline page repeats it for every claim
that other sources report too. Every value a user wrote is escaped by ``format_html``.
"""

from django.utils import dateformat, formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from claims.graph import Value
from timeline.display import event_date_label
from timeline.event_html import url_pattern


class GraphLabels:
    """Translated once per page."""

    def __init__(self):
        self.ranks = {
            "preferred": _("preferred"),
            "normal": _("normal"),
            "deprecated": _("deprecated"),
        }
        self.values = _("Values reported")
        self.no_date = _("undated")
        self.claim_url = url_pattern("claims:claim-detail")
        self.source_url = url_pattern("claims:source-detail")
        self.this_claim = _("this claim")


def value_text(claim) -> str:
    """ "up to 87,000,000 users": the value as read, in the page's language."""
    if claim.quantity_value is None:
        return claim.summary or claim.statement[:120]
    number = formats.number_format(claim.quantity_value.normalize(), force_grouping=True)
    parts = [claim.get_quantity_qualifier_display(), number, claim.quantity_unit]
    return " ".join(part for part in parts if part)


def values_html(values: list[Value], labels: GraphLabels, current_pk=None) -> SafeString:
    """The values of one group, best rank first: each with its rank (and why), what it says,
    the words it was written in, and its sources with their dates."""
    rows = []
    for value in values:
        claim = value.claim
        rank = claim.value_rank
        reason = (
            format_html(' <span class="rank-reason">({})</span>', claim.value_rank_reason)
            if claim.value_rank_reason
            else ""
        )
        if claim.pk == current_pk:
            name = format_html('<span class="value-text">{}</span>', value_text(claim))
        else:
            name = format_html(
                '<a class="value-text" href="{}">{}</a>',
                labels.claim_url.format(claim.pk),
                value_text(claim),
            )
        written = (
            format_html(' <q lang="{}">{}</q>', claim.language, claim.quantity_text)
            if claim.quantity_text
            else ""
        )
        sources = format_html_join(", ", "{}", ((_source_html(s, labels),) for s in value.sources))
        dates = format_html_join(
            "",
            ' <span class="value-date">({})</span>',
            ((event_date_label(e),) for e in value.events),
        )
        rows.append(
            format_html(
                '<li class="value rank-{}"><span class="rank">{}</span> {}{}{} — {}{}</li>',
                rank,
                labels.ranks.get(rank, rank),
                name,
                written,
                dates,
                sources or labels.no_date,
                reason,
            )
        )
    return format_html(
        '<ul class="values" aria-label="{}">{}</ul>', labels.values, mark_safe("".join(rows))
    )


def _source_html(source, labels: GraphLabels) -> SafeString:
    name = source.outlet.name if source.outlet_id else source.title
    published = timezone.localtime(source.published_at)
    return format_html(
        '<a href="{}">{}</a>, <time datetime="{}">{}</time>',
        labels.source_url.format(source.pk),
        name,
        dateformat.format(published, "c"),
        formats.date_format(published, "DATE_FORMAT"),
    )


def seen_html(source) -> SafeString:
    """A first- or last-seen source: its outlet (or title) and date, linked."""
    if source is None:
        return mark_safe("")
    return _source_html(source, GraphLabels())


def attribution_html(chains) -> SafeString:
    """ "PAP → The Wall Street Journal → Documents and people familiar with the matter", one
    line per chain."""
    url = url_pattern("claims:source-detail")
    lines = []
    for chain in chains:
        links = format_html_join(
            " → ",
            '<a href="{}">{}</a>',
            ((url.format(s.pk), s.outlet.name if s.outlet_id else s.title) for s in chain),
        )
        lines.append(format_html("<li>{}</li>", links))
    return format_html('<ol class="attribution">{}</ol>', mark_safe("".join(lines)))
