"""CSV for spreadsheets: the claims list as one row per claim."""

import csv

from rest_framework.renderers import BaseRenderer

# A cell starting with one of these is a formula to a spreadsheet; a statement quoted from the
# web must never run as one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CSVRenderer(BaseRenderer):
    """Chosen with ?format=csv. The list view streams the rows itself (see ClaimViewSet);
    this renderer names the format for content negotiation and renders errors."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Only errors reach here (a bad filter value): one row per message.
        rows = []
        if isinstance(data, dict):
            for field, messages in data.items():
                for message in messages if isinstance(messages, list) else [messages]:
                    rows.append([field, message])
        return "".join(csv_rows(["field", "error"], rows)).encode()


def csv_cell(value) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return text


class Echo:
    """A file-like object whose write returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


def csv_rows(header, rows):
    """Yield CSV lines for `header` and `rows` (iterables of values), safe for spreadsheets."""
    writer = csv.writer(Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row])
