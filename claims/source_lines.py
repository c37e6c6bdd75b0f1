"""A source as one line of HTML: its outlet, what it cites, title, date and link.

"PAP, citing The Wall Street Journal: Facebook negocjował…, 20 Sept 2018 (original)". A page
quotes the same few sources again and again and a timeline page shows hundreds of quotes, so
the lines are read from plain rows (two queries for any number of sources, no model
instances) and rendered once per source, not once per quote.
"""

import html

from django.utils import dateformat, formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from claims.models import Source
from timeline.event_html import url_pattern


class SourceWords:
    """Translated once per page, not once per source."""

    def __init__(self):
        self.citing = html.escape(_("citing"))
        self.and_ = html.escape(_("and"))
        self.original = html.escape(_("original"))
        self.url = url_pattern("claims:source-detail")


def source_lines(source_ids, words: SourceWords | None = None) -> dict[int, SafeString]:
    """{source id: its line} for the live sources among `source_ids`; a deleted source has
    no line, and what a source cites is named only while the cited source is live."""
    ids = {pk for pk in source_ids if pk is not None}
    if not ids:
        return {}
    words = words or SourceWords()
    rows = Source.objects.filter(pk__in=ids).values_list(
        "pk", "outlet__name", "title", "language", "published_at", "url"
    )
    # In the order a source's cites list shows them (Source.Meta.ordering).
    edges = (
        Source.cites.through.objects.filter(
            from_source_id__in=ids, to_source__deleted_at__isnull=True
        )
        .order_by("from_source_id", "-to_source__published_at", "to_source__title")
        .values_list(
            "from_source_id", "to_source_id", "to_source__outlet__name", "to_source__title"
        )
    )
    cited: dict[int, list[tuple[int, str]]] = {}
    for from_id, to_id, outlet, title in edges:
        cited.setdefault(from_id, []).append((to_id, outlet or title))
    return {
        pk: _line(pk, outlet, title, language, published, url, cited.get(pk, ()), words)
        for pk, outlet, title, language, published, url in rows
    }


def _line(pk, outlet, title, language, published, url, cited, words) -> SafeString:
    parts = ['<span class="source">']
    if outlet is not None:
        parts.append(f'<span class="outlet">{html.escape(outlet)}</span>')
        # One entry per outlet cited: PAP citing two WSJ reports names the WSJ once.
        named: dict[str, int] = {}
        for cited_pk, name in cited:
            named.setdefault(name, cited_pk)
        last = len(named) - 1
        for index, (name, cited_pk) in enumerate(named.items()):
            if index == 0:
                parts.append(f", {words.citing} ")
            elif index == last:
                parts.append(f" {words.and_} ")
            else:
                parts.append(", ")
            parts.append(f'<a href="{words.url.format(cited_pk)}">{html.escape(name)}</a>')
        parts.append(": ")
    lang = f' lang="{html.escape(language)}"' if language else ""
    parts.append(f'<a href="{words.url.format(pk)}"{lang}>{html.escape(title)}</a>')
    if published:
        local = timezone.localtime(published)
        parts.append(
            f', <time datetime="{dateformat.format(local, "c")}">'
            f"{html.escape(formats.date_format(local, 'DATE_FORMAT'))}</time>"
        )
    if url[:4] == "http":
        parts.append(
            f' (<a class="external" href="{html.escape(url)}" '
            f'rel="noopener noreferrer nofollow">{words.original}</a>)'
        )
    parts.append("</span>")
    return mark_safe("".join(parts))
