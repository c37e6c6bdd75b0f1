"""One event of a timeline page as HTML, with its claims, quotes and sources.

Built in Python rather than by a template include: a page holds up to a hundred events and
several hundred claims, and Django's template engine spent about 2 ms of CPU on each event,
most of the page's cost. Every value written by a user is escaped by ``format_html``;
``source.line`` is already safe HTML (``claims.views.source_line``).
"""

from django.template.defaultfilters import linebreaksbr, urlencode
from django.urls import reverse
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

_PK_SENTINEL = 987654321


def url_pattern(name: str) -> str:
    """The URL of ``name`` for any primary key, as a ``str.format`` pattern: reversing once per
    page instead of once per claim."""
    return reverse(name, args=[_PK_SENTINEL]).replace(str(_PK_SENTINEL), "{}")


class Labels:
    """The page's fixed words, translated once per page rather than once per event."""

    def __init__(self):
        self.source = _("Source:")
        self.tags = _("Tags")
        self.claims = _("Claims")
        self.date_as_written = _("Date as the source wrote it:")
        self.read_the_fact_check = _("Read the fact-check")
        self.claim_url = url_pattern("claims:claim-detail")
        self._graph = None

    @property
    def graph(self):
        """The claim graph's words, only on a page that shows a group."""
        if self._graph is None:
            from claims.graph_html import GraphLabels

            self._graph = GraphLabels()
        return self._graph


def event_html(row, level: int, labels: Labels) -> SafeString:
    """The ``<li>`` of one event row (``timeline.views.Row``) under a heading of ``level``."""
    event = row.event
    classes = "event"
    if row.approximate:
        classes += " is-approximate"
    if event.date_status == "pending":
        classes += " is-pending"
    elif not event.date_start:
        classes += " is-undated"
    parts = [
        format_html(
            '<li class="{}" id="event-{}"><h{} class="event-heading">'
            '<span class="event-date">{}</span> <span class="event-title">{}</span></h{}>',
            classes,
            str(event.pk),
            level,
            row.label,
            event.title,
            level,
        )
    ]
    if row.approximate:
        parts.append(_approximate_note(event))
    if row.bar:
        parts.append(
            format_html(
                '<svg class="event-axis" viewBox="0 0 1000 12" preserveAspectRatio="none" '
                'aria-hidden="true" focusable="false"><rect class="axis-track" x="0" y="5" '
                'width="1000" height="2"></rect><rect class="{}" x="{}" y="1" width="{}" '
                'height="10"></rect></svg>',
                row.bar.classes,
                str(row.bar.x),
                str(row.bar.width),
            )
        )
    if event.description:
        parts.append(
            format_html(
                '<p class="event-description">{}</p>', linebreaksbr(event.description, True)
            )
        )
    if event.date_text:
        lang = format_html(' lang="{}"', event.date_lang) if event.date_lang else ""
        parts.append(
            format_html(
                '<p class="meta">{} <q{}>{}</q></p>',
                labels.date_as_written,
                lang,
                event.date_text,
            )
        )
    source = event.source
    if source is not None and not source.is_deleted:
        parts.append(
            format_html('<p class="meta source-line">{} {}</p>', labels.source, source.line)
        )
    tags = event.tags.all()
    if tags:
        parts.append(format_html('<ul class="tags" aria-label="{}">', labels.tags))
        parts.extend(
            format_html('<li><a href="?tag={}">{}</a></li>', urlencode(tag.slug), tag.name)
            for tag in tags
        )
        parts.append("</ul>")
    claims = event.claims.all()
    if claims:
        parts.append(format_html('<ul class="claims" aria-label="{}">', labels.claims))
        parts.extend(_claim_html(claim, labels) for claim in claims)
        parts.append("</ul>")
    parts.append("</li>")
    return mark_safe("".join(parts))


def _approximate_note(event) -> SafeString:
    start = formats.date_format(event.date_start, "DATE_FORMAT") if event.date_start else ""
    end = formats.date_format(event.date_end, "DATE_FORMAT") if event.date_end else ""
    if event.date_relation == "before":
        text = _("some time before %(start)s") % {"start": start}
    elif event.date_relation == "after":
        text = _("some time after %(end)s") % {"end": end}
    else:
        text = _("some time between %(start)s and %(end)s") % {"start": start, "end": end}
    return format_html(
        '<p class="approximate-note"><span class="badge-approximate">{}</span> {}</p>',
        _("approximate"),
        text,
    )


def _claim_html(claim, labels: Labels) -> SafeString:
    summary = claim.summary or labels.read_the_fact_check
    parts = [
        format_html(
            '<li class="claim"><p class="claim-head"><span class="verdict verdict-{}">{}</span> '
            '<a href="{}">{}</a></p>',
            claim.verdict,
            capfirst(claim.get_verdict_display()),
            labels.claim_url.format(claim.pk),
            summary,
        )
    ]
    claimant = (
        format_html('<span class="claimant">{}</span>', claim.claimant) if claim.claimant else ""
    )
    citations = claim.citations.all()
    for citation in citations:
        parts.append(
            format_html(
                '<figure class="quote"><blockquote lang="{}"><p>{}</p></blockquote>'
                '<figcaption>{}{}<span class="source-line">{} {}</span></figcaption></figure>',
                claim.language,
                citation.quote,
                claimant,
                " " if claimant else "",
                labels.source,
                citation.source.line,
            )
        )
    if not citations:
        caption = format_html("<figcaption>{}</figcaption>", claimant) if claimant else ""
        parts.append(
            format_html(
                '<figure class="quote"><blockquote lang="{}"><p>{}</p></blockquote>{}</figure>',
                claim.language,
                claim.statement,
                caption,
            )
        )
    group_values = getattr(claim, "group_values", ())
    if len(group_values) > 1:
        from claims.graph_html import values_html

        parts.append(values_html(group_values, labels.graph, claim.pk))
    parts.append("</li>")
    return mark_safe("".join(parts))
