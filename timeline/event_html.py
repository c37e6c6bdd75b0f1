"""One event of a timeline page as HTML, with its claims, quotes and sources.

Built in Python rather than by a template include: a page holds up to a hundred events and
several hundred claims, and Django's template engine spent about 2 ms of CPU on each event,
most of the page's cost; plain f-strings with ``escape`` cost a fifth of ``format_html``.
Every value written by a user goes through ``escape``; a source line is already safe HTML
(``claims.source_lines``).
"""

import html

from django.template.defaultfilters import linebreaksbr, urlencode
from django.urls import reverse
from django.utils import formats
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

_PK_SENTINEL = 987654321


def escape(value) -> str:
    """``value`` as text safe inside an element or a quoted attribute (& < > " ' escaped, as
    Django's own escape does)."""
    return html.escape(str(value))


def url_pattern(name: str) -> str:
    """The URL of ``name`` for any primary key, as a ``str.format`` pattern: reversing once per
    page instead of once per claim."""
    return reverse(name, args=[_PK_SENTINEL]).replace(str(_PK_SENTINEL), "{}")


class Labels:
    """The page's fixed words, translated (and escaped) once per page rather than once per
    event."""

    def __init__(self):
        from claims.models import Claim

        self.source = escape(_("Source:"))
        self.tags = escape(_("Tags"))
        self.claims = escape(_("Claims"))
        self.date_as_written = escape(_("Date as the source wrote it:"))
        self.read_the_fact_check = escape(_("Read the fact-check"))
        self.approximate = escape(_("approximate"))
        self.claim_url = url_pattern("claims:claim-detail")
        self._verdicts = {
            value: escape(capfirst(str(label))) for value, label in Claim.Verdict.choices
        }
        self._dates = {}
        self._graph = None

    def verdict(self, value: str) -> str:
        return self._verdicts.get(value) or escape(value)

    def date(self, day) -> str:
        """A day in the active language's date format; a page repeats the same few."""
        if day is None:
            return ""
        if day not in self._dates:
            self._dates[day] = formats.date_format(day, "DATE_FORMAT")
        return self._dates[day]

    @property
    def graph(self):
        """The claim graph's words, only on a page that shows a group."""
        if self._graph is None:
            from claims.graph_html import GraphLabels

            self._graph = GraphLabels()
        return self._graph


def event_html(row, level: int, labels: Labels) -> SafeString:
    """The ``<li>`` of one event row (``timeline.views.Row``) under a heading of ``level``,
    its tags, claims and source as ``timeline.page_rows.attach`` left them on the event."""
    event = row.event
    classes = "event"
    if row.approximate:
        classes += " is-approximate"
    if event.date_status == "pending":
        classes += " is-pending"
    elif not event.date_start:
        classes += " is-undated"
    parts = [
        f'<li class="{classes}" id="event-{event.pk}"><h{level} class="event-heading">'
        f'<span class="event-date">{escape(row.label)}</span> '
        f'<span class="event-title">{escape(event.title)}</span></h{level}>'
    ]
    if row.approximate:
        parts.append(_approximate_note(event, labels))
    if row.bar:
        parts.append(
            '<svg class="event-axis" viewBox="0 0 1000 12" preserveAspectRatio="none" '
            'aria-hidden="true" focusable="false"><rect class="axis-track" x="0" y="5" '
            f'width="1000" height="2"></rect><rect class="{row.bar.classes}" x="{row.bar.x}" '
            f'y="1" width="{row.bar.width}" height="10"></rect></svg>'
        )
    if event.description:
        parts.append(f'<p class="event-description">{linebreaksbr(event.description, True)}</p>')
    if event.date_text:
        lang = f' lang="{escape(event.date_lang)}"' if event.date_lang else ""
        parts.append(
            f'<p class="meta">{labels.date_as_written} <q{lang}>{escape(event.date_text)}</q></p>'
        )
    if event.source_line:
        parts.append(f'<p class="meta source-line">{labels.source} {event.source_line}</p>')
    if event.page_tags:
        parts.append(f'<ul class="tags" aria-label="{labels.tags}">')
        parts.extend(
            f'<li><a href="?tag={escape(urlencode(slug))}">{escape(name)}</a></li>'
            for slug, name in event.page_tags
        )
        parts.append("</ul>")
    if event.page_claims:
        parts.append(f'<ul class="claims" aria-label="{labels.claims}">')
        parts.extend(_claim_html(claim, labels) for claim in event.page_claims)
        parts.append("</ul>")
    parts.append("</li>")
    return mark_safe("".join(parts))


def _approximate_note(event, labels: Labels) -> str:
    start = labels.date(event.date_start)
    end = labels.date(event.date_end)
    if event.date_relation == "before":
        text = _("some time before %(start)s") % {"start": start}
    elif event.date_relation == "after":
        text = _("some time after %(end)s") % {"end": end}
    else:
        text = _("some time between %(start)s and %(end)s") % {"start": start, "end": end}
    return (
        f'<p class="approximate-note"><span class="badge-approximate">{labels.approximate}'
        f"</span> {escape(text)}</p>"
    )


def _claim_html(claim, labels: Labels) -> str:
    """One claim row (``timeline.page_rows.ClaimRow``)."""
    summary = escape(claim.summary) if claim.summary else labels.read_the_fact_check
    parts = [
        f'<li class="claim"><p class="claim-head"><span class="verdict verdict-{escape(claim.verdict)}">'
        f"{labels.verdict(claim.verdict)}</span> "
        f'<a href="{labels.claim_url.format(claim.pk)}">{summary}</a></p>'
    ]
    claimant = f'<span class="claimant">{escape(claim.claimant)}</span>' if claim.claimant else ""
    language = escape(claim.language)
    for quote in claim.quotes:
        parts.append(
            f'<figure class="quote"><blockquote lang="{language}"><p>{escape(quote.quote)}</p>'
            f"</blockquote><figcaption>{claimant}{' ' if claimant else ''}"
            f'<span class="source-line">{labels.source} {quote.line}</span></figcaption></figure>'
        )
    if not claim.quotes:
        caption = f"<figcaption>{claimant}</figcaption>" if claimant else ""
        parts.append(
            f'<figure class="quote"><blockquote lang="{language}"><p>'
            f"{escape(claim.statement)}</p></blockquote>{caption}</figure>"
        )
    if len(claim.group_values) > 1:
        from claims.graph_html import values_html

        parts.append(values_html(claim.group_values, labels.graph, claim.pk))
    parts.append("</li>")
    return "".join(parts)
