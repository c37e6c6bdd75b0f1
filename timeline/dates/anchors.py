"""The anchor: the day relative expressions are read against (a source's publication date)."""

import datetime as dt


class BadAnchor(ValueError):
    """The anchor is neither a date, a datetime, an ISO string nor None."""


def anchor_date(anchor) -> dt.date | None:
    """The calendar day of `anchor`.

    An aware datetime gives its date in its own time zone (a story published at 23:30 in
    Warsaw was published that day, whatever the UTC date); a naive one gives its date as
    written. Strings are ISO dates ("2018-09-20") or ISO datetimes, with or without offset.
    """
    if anchor is None:
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    if isinstance(anchor, str):
        text = anchor.strip()
        if not text:
            return None
        if len(text) > 64:
            raise BadAnchor("the anchor is not an ISO date")
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError as exc:
            raise BadAnchor(f"the anchor {text!r} is not an ISO date") from exc
    raise BadAnchor(
        f"the anchor must be a date, a datetime or an ISO string, not {type(anchor).__name__}"
    )
