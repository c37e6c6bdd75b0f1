"""Dates read against the story's own period: "rok wcześniej", "the same period a year ago".

A statistics story names the period it reports on ("w III kwartale 2025 r.", "in August")
and then compares it with others in words that name no date of their own: "kwartał
wcześniej", "a year earlier", "w analogicznym okresie ubiegłego roku", "the quarter under
review". Those are the period moved back (or the period itself), not a date relative to
publication. A Story carries what the text has named so far from sentence to sentence, so
that the importer, which reads an article one sentence at a time, reads them as a reader
does (docs/dates.md, "Dates read against the story's period").

"a year ago" and "a month ago" have a reading of their own against the anchor; they are read
against the period only in a comparison ("than", "niż", "wobec", "als", "que" earlier in the
clause), when the period was named just before them and is the latest the story could report
on ("Prices were 2.8% higher in August than a year ago", in September): there the two readings
agree and the period's is the exact one. "two years ago a similar plan was dropped" stays a
date counted from the anchor.
"""

import datetime as dt
from dataclasses import dataclass

from timeline.dates import periods
from timeline.dates.rules import Rule, resolve

# What can be a story's period: a named calendar period, not a day (the day a figure was
# published, "podał GUS w poniedziałek", is not what it measures) and not a stretch up to
# the anchor ("since May", "the past two years").
PERIODS = ("month", "quarter", "half", "year", "season")
OPEN_KINDS = ("since", "window", "todate", "night", "story")
MONTHS_IN = {"year": 12, "half": 6, "quarter": 3, "month": 1}
# "a year ago" is read against a period named at most this many characters before it (the
# sentence before, in practice) ...
NEAR = 300
# ... that ended at most this many days before the anchor: the latest a story would report.
RECENT_DAYS = 120


@dataclass(frozen=True, slots=True)
class Named:
    """A date the text named: its interval, granularity, words, and where it was named (a
    position in the whole story, counted over the texts read so far)."""

    start: dt.date
    end: dt.date
    granularity: str
    text: str
    at: int


@dataclass
class Story:
    """What a text has named so far, carried across the sentences of one article. Pass the
    same Story to find_dates() for each sentence in order; a new article needs a new one."""

    period: Named | None = None
    moment: Named | None = None
    read: int = 0

    def note(self, rule: Rule, start, end, granularity, text: str, at: int) -> None:
        """Remember a date just read, if it can be what later dates are read against."""
        if rule.kind in OPEN_KINDS or rule.relation is not None or start is None:
            return
        named = Named(start, end, granularity, text, at)
        if granularity == "day":
            self.moment = named
        elif granularity in PERIODS or (granularity == "span" and _whole_months(start, end)):
            self.period = named

    def advance(self, length: int) -> None:
        """Move past a text of `length` characters just read."""
        self.read += length + 1


class NotInStory(ValueError):
    """The story has named nothing this expression can be read against; the message says
    what it needed."""


def read(rule: Rule, story: Story) -> tuple[dt.date, dt.date, str, Named]:
    """The interval of a "story" rule against the story so far, and what it was read against.

    Raises NotInStory when the story has not named a date it can be read against.
    """
    if rule.mode == "earlier":
        # "rok wcześniej" is a year before whatever the story named last, a day included
        # ("The plant closed on 3 March 2016; a year earlier it had ...").
        base = _latest(story.period, story.moment)
        if rule.unit != "year":
            base = story.period
    else:
        base = story.period
    if base is None and rule.year is not None:
        # The words name the year at least: read as they are alone (rules.resolve).
        return (*resolve(rule, None), None)
    if base is None:
        raise NotInStory(
            "relative to the period the story reports on, and the text names none before it"
        )
    if (
        rule.mode == "same"
        and not rule.offset
        and rule.year is None
        and rule.unit
        and base.granularity != rule.unit
    ):
        raise NotInStory(
            f"names the story's {rule.unit}, but the story's period is a {base.granularity}"
        )
    if rule.mode == "earlier" and rule.unit != "year" and base.granularity != rule.unit:
        raise NotInStory(
            f"a {rule.unit} before the story's period, which is a {base.granularity}, not a {rule.unit}"
        )
    if rule.year is not None:
        shift = (rule.year - base.end.year) * 12
    else:
        shift = rule.offset * MONTHS_IN.get(rule.unit or "year", 12) if rule.offset else 0
    start, end = moved(base.start, base.end, base.granularity, shift)
    return start, end, base.granularity, base


def compares(rule: Rule, story: Story | None, at: int, anchor: dt.date | None):
    """The period "a year ago" (a unit rule from an "ago" phrase, after a comparison word)
    compares with, or None when it is to be read against the anchor as usual."""
    if story is None or anchor is None or story.period is None:
        return None
    if rule.kind != "unit" or rule.mode != "ago" or rule.part is not None or rule.offset != -1:
        return None
    base = story.period
    if rule.unit not in MONTHS_IN or (rule.unit != "year" and base.granularity != rule.unit):
        return None
    if at - base.at > NEAR or base.start > anchor:
        return None
    if (anchor - base.end).days > RECENT_DAYS:
        return None
    start, end = moved(base.start, base.end, base.granularity, rule.offset * MONTHS_IN[rule.unit])
    return start, end, base.granularity, base


def moved(start: dt.date, end: dt.date, granularity: str, months: int) -> tuple[dt.date, dt.date]:
    """[start, end] moved by a number of months; a day keeps its day of the month where it
    can (29 February a year back is 28 February)."""
    if not months:
        return start, end
    if granularity == "day":
        year, month = periods.add_months(start.year, start.month, months)
        day = min(start.day, periods.month_end(year, month).day)
        moved_day = dt.date(year, month, day)
        return moved_day, moved_day
    first_year, first_month = periods.add_months(start.year, start.month, months)
    last_year, last_month = periods.add_months(end.year, end.month, months)
    return dt.date(first_year, first_month, 1), periods.month_end(last_year, last_month)


def _whole_months(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and end == periods.month_end(end.year, end.month)


def _latest(*named: Named | None) -> Named | None:
    present = [n for n in named if n is not None]
    return max(present, key=lambda n: n.at) if present else None
