"""How an event's date reads to people, in the active language."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from timeline import dates


def event_date_label(event) -> str:
    """The label of an event's date at its real precision, or why there is none yet."""
    status = event.date_status
    if status == "pending":
        return _("pending")
    if event.date_start is None or event.date_end is None:
        return _("date unknown")
    lang = (get_language() or "en").split("-")[0]
    return dates.label(
        event.date_start,
        event.date_end,
        event.date_granularity or "span",
        lang,
        relation=event.date_relation or None,
    )


def is_approximate(event) -> bool:
    """True when the interval is wider than a day: the event happened somewhere inside it."""
    return (
        event.date_start is not None
        and event.date_end is not None
        and event.date_start != event.date_end
    )
