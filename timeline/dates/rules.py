"""What an expression means before any anchor is known, and how that meets an anchor.

Parsing the words is the expensive part and depends only on the text, so it happens once per
distinct expression; resolving a rule against an anchor is a few lines of date arithmetic.
"""

import datetime as dt
from dataclasses import dataclass, replace

from timeline.dates import periods

PICK_GRANULARITY = {
    "month": "month",
    # A range of months is a span, as a range of years or of days is.
    "months": "span",
    "quarter": "quarter",
    "half": "half",
    "season": "season",
    "isoweek": "week",
    "daymonth": "day",
    "weekday": "day",
}

# A named period with no year ("in July", "3 October") is searched for this many years either
# side of the anchor: enough for 29 February and ISO week 53 to come round again.
SEARCH_YEARS = 8

# A two-digit year ("in '17", "summer '18") is the year with those digits nearest the anchor's
# year, but never more than this many years after it: news writes two-digit years mostly for
# the recent past, and a decade ahead still covers targets and scheduled events ("by '25").
# With an anchor in 2018, '28 is 2028 and '29 is 1929.
TWO_DIGIT_FUTURE = 10


class Unresolvable(ValueError):
    """The rule cannot give an interval for this anchor; the message says why."""


@dataclass(frozen=True, slots=True)
class Rule:
    """An expression's meaning, independent of the anchor.

    kind is one of:
      fixed   a calendar year, month or day (year, index=month, day)
      unit    the calendar unit containing the anchor, moved `offset` units; mode "ago" when
              the words count back ("a year ago", "rok temu"), which in running text may
              compare with the story's period instead (story.compares)
      pick    a named period (unit: month, quarter, half, season, isoweek, daymonth, weekday;
              index; or months, index a (first, last) pair of months named, like a winter,
              by the year of the last) in a given year, in the anchor's year moved `offset`
              years, or found from the anchor by `mode` ("recent": latest starting on or
              before it; "last": latest ended before it; "next": first starting after it;
              "this": nearest; "upcoming": first ending on or after it; "near": nearest, a tie
              going to the later one). "upcoming" and "near" are never parsed from an
              expression: the finder sets them from the tense of the sentence around a bare
              month, a range of months, a day or a weekday.
      decade  the decade starting in `year`, or the latest ending in digit `index`
      todate  from the start of the anchor's unit to the anchor (mode "earlier") or from the
              anchor to the unit's end ("later")
      span    from the start of `first` to the end of `last`
      window  the `offset` units up to and including the anchor ("the past two months");
              with mode "ahead", from the anchor to the same date `offset` units later ("over
              the next three years"; "coming" is the same, for words that always count from
              the anchor: "na najbliższe miesiące"); with mode "either" ("w ciągu dwóch lat") the direction
              is the sentence's tense to settle, so alone it never resolves; mode "story"
              is a window ahead in a past-tense sentence, counted from the story's own time,
              so it never resolves either
      night   the night before weekday `index` (found from the anchor by `mode`, as a
              weekday is): the two days it straddles ("w nocy z soboty na niedzielę")
      since   from the start of `first` up to the anchor ("since May", "od 2007 r."); when
              `first` starts after the anchor ("od 1 stycznia" in a story of December),
              `first` itself, since nothing has yet run from it
      story   relative to the period the story reports on ("rok wcześniej", "the same
              period a year ago", "the quarter under review"): `offset` `unit`s from it, by
              `mode` "earlier" (from whatever the story named last) or "same" (from its
              period, which must be a `unit` when offset is 0). Read by story.read in
              running text; alone it never resolves
      upto    the `offset` months up to and including `first` (a month, or a day that ends
              one's stretch): "the year to June", "the quarter ended March 31, 2013"
      fiscal  a fiscal year (unit "year"), or quarter or half `index` of one: labelled by
              `year` or `short_year` (mode "end" when written as a range, "2012-13", whose
              last year is kept), or `offset` fiscal years from the anchor's. Read with the
              outlet's country by fiscal.interval; alone it never resolves
      event   relative to an event whose date is unknown: never resolves
      unbounded  a vague stretch with no defensible limit ("in recent weeks"): never resolves
    part narrows a year, month or decade to its early, mid or late third. relation and
    ref_span (offsets of the referenced phrase in the expression) mark "before"/"after" forms.
    short_year holds a two-digit year whose century only the anchor can settle; it stands in
    for `year`. deadline marks "by X": the interval becomes the unit right after X, so that
    "before" keeps its one meaning (the event lies before `start`) and X itself is included.
    """

    kind: str
    unit: str | None = None
    index: int | str | tuple[int, int] | None = None
    day: int | None = None
    year: int | None = None
    offset: int | None = None
    mode: str | None = None
    part: str | None = None
    first: "Rule | None" = None
    last: "Rule | None" = None
    relation: str | None = None
    ref_span: tuple[int, int] | None = None
    short_year: int | None = None
    deadline: bool = False

    @property
    def needs_anchor(self) -> bool:
        if (
            self.kind in ("unit", "todate", "window", "night", "since")
            or self.short_year is not None
        ):
            return True
        if self.kind == "pick":
            return self.year is None
        if self.kind == "span":
            return self.first.needs_anchor or self.last.needs_anchor
        if self.kind == "upto":
            return self.first.needs_anchor
        return False


def resolve(rule: Rule, anchor: dt.date | None) -> tuple[dt.date, dt.date, str]:
    """The inclusive interval and granularity of `rule` read against `anchor`.

    Raises Unresolvable with a reason a fact-checker can act on.
    """
    if rule.kind == "event":
        raise Unresolvable("the date is relative to an event whose date is not known")
    if rule.kind == "story" and rule.year is not None:
        # Alone, or in a story that has named no period, "the same period of 2024" says the
        # year and no more.
        return dt.date(rule.year, 1, 1), dt.date(rule.year, 12, 31), "year"
    if rule.kind == "story":
        raise Unresolvable(
            "relative to the period the story reports on: read in running text, after the "
            "story names that period"
        )
    if rule.kind == "fiscal":
        # Read by timeline.dates.fiscal, which needs the outlet's country (find_dates).
        raise Unresolvable(
            "a fiscal period: where the fiscal year starts depends on the outlet's country, "
            "and none is given"
        )
    if rule.kind == "unbounded":
        raise Unresolvable(
            "too vague to place: nothing in the words limits how far back it reaches, "
            "so no date is guessed"
        )
    if rule.short_year is not None:
        if anchor is None:
            raise Unresolvable(
                f"a two-digit year ('{rule.short_year:02d}) needs an anchor (the publication "
                "date) to choose its century"
            )
        rule = replace(rule, year=full_year(rule.short_year, anchor.year), short_year=None)
    if rule.needs_anchor and anchor is None:
        raise Unresolvable("a relative expression needs an anchor (the publication date)")
    try:
        start, end, granularity = _base(rule, anchor)
        if rule.part:
            if granularity not in ("year", "month", "decade"):
                raise Unresolvable(f"no {rule.part} part of a {granularity}")
            start, end = periods.part_of(start, end, granularity, rule.part)
            granularity = "day" if start == end else "span"
        if rule.deadline:
            start, end, granularity = periods.following(start, end, granularity)
    except periods.OutOfRange as exc:
        raise Unresolvable("the date falls outside the supported calendar") from exc
    return start, end, granularity


def _base(rule: Rule, anchor: dt.date | None) -> tuple[dt.date, dt.date, str]:
    if rule.kind == "fixed":
        if rule.day is not None:
            single = _date(rule.year, rule.index, rule.day)
            return single, single, "day"
        if rule.index is not None:
            return *periods.months(rule.year, rule.index, rule.index), "month"
        return *periods.months(rule.year, 1, 12), "year"
    if rule.kind == "unit":
        return *periods.unit_interval(rule.unit, anchor, rule.offset), rule.unit
    if rule.kind == "pick":
        return *_pick(rule, anchor), PICK_GRANULARITY[rule.unit]
    if rule.kind == "decade":
        first = rule.year if rule.year is not None else _latest_decade(rule.index, anchor)
        return *periods.year_span(first, first + 9), "decade"
    if rule.kind == "todate":
        start, end = periods.unit_interval(rule.unit, anchor)
        return (start, anchor, "span") if rule.mode == "earlier" else (anchor, end, "span")
    if rule.kind == "window":
        if rule.mode == "either":
            raise Unresolvable(
                "a stretch of time that reaches forward or back from the anchor as the "
                "sentence's tense says; alone it says neither"
            )
        if rule.mode == "story":
            raise Unresolvable(
                "in a past-tense sentence the units ahead count from the story's own time, "
                "not from the anchor"
            )
        if rule.mode in ("ahead", "coming"):
            return anchor, periods.window_end(rule.unit, anchor, rule.offset), "span"
        return periods.window_start(rule.unit, anchor, rule.offset), anchor, "span"
    if rule.kind == "night":
        morning = _weekday(rule.index, rule.mode, anchor)[0]
        try:
            return morning - dt.timedelta(days=1), morning, "span"
        except OverflowError as exc:
            raise periods.OutOfRange(str(exc)) from exc
    if rule.kind == "since":
        start, end, granularity = resolve(rule.first, anchor)
        if start > anchor:
            return start, end, granularity
        return start, anchor, "span"
    if rule.kind == "upto":
        return _up_to(rule, anchor)
    if rule.kind == "span":
        start = resolve(rule.first, anchor)[0]
        end = resolve(rule.last, anchor)[1]
        if start > end:
            raise Unresolvable("the range ends before it starts")
        return start, end, "span"
    raise ValueError(f"unknown rule kind {rule.kind!r}")


# A stretch of whole months that is one calendar unit has that unit's granularity: "the year
# to December 2018" is 2018, "the quarter ended March 31, 2013" the first quarter of 2013.
UNIT_OF_MONTHS = {12: ("year", 12), 6: ("half", 6), 3: ("quarter", 3), 1: ("month", 1)}


def _up_to(rule: Rule, anchor: dt.date | None) -> tuple[dt.date, dt.date, str]:
    _, end, granularity = resolve(rule.first, anchor)
    if granularity == "day" and end != periods.month_end(end.year, end.month):
        # "the 12 months ended 15 March": from the day after the same date a year before.
        year, month = periods.add_months(end.year, end.month, -rule.offset)
        day = min(end.day, periods.month_end(year, month).day)
        return dt.date(year, month, day) + dt.timedelta(days=1), end, "span"
    year, month = periods.add_months(end.year, end.month, 1 - rule.offset)
    # periods.months checks the year against the calendar's range.
    start = periods.months(year, month, month)[0]
    unit, step = UNIT_OF_MONTHS.get(rule.offset, ("span", 0))
    aligned = step and (start.month - 1) % step == 0
    return start, end, unit if aligned else "span"


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise Unresolvable(f"{year:04d}-{month:02d}-{day:02d} is not a calendar day") from exc


def full_year(two_digits: int, anchor_year: int) -> int:
    """The year written with these two digits nearest `anchor_year`, at most
    TWO_DIGIT_FUTURE years after it."""
    year = anchor_year // 100 * 100 + two_digits
    if year > anchor_year + TWO_DIGIT_FUTURE:
        return year - 100
    if year <= anchor_year + TWO_DIGIT_FUTURE - 100:
        return year + 100
    return year


def _latest_decade(digit: int, anchor: dt.date | None) -> int:
    # "the '80s" means the latest such decade that has begun; with no anchor, the 1900s.
    if anchor is None:
        return 1900 + digit * 10
    first = anchor.year // 100 * 100 + digit * 10
    return first if first <= anchor.year else first - 100


def _pick(rule: Rule, anchor: dt.date | None) -> tuple[dt.date, dt.date]:
    if rule.unit == "weekday":
        return _weekday(rule.index, rule.mode, anchor)
    if rule.year is not None or rule.offset is not None:
        year = rule.year if rule.year is not None else anchor.year + rule.offset
        found = periods.period_in_year(rule.unit, rule.index, year, rule.day)
        if found is None:
            raise Unresolvable(f"there is no such {PICK_GRANULARITY[rule.unit]} in {year}")
        return found
    candidates = [
        found
        for year in range(anchor.year - SEARCH_YEARS, anchor.year + SEARCH_YEARS + 1)
        if (found := periods.period_in_year(rule.unit, rule.index, year, rule.day))
    ]
    if rule.mode == "last":
        chosen = [c for c in candidates if c[1] < anchor][-1:]
    elif rule.mode == "next":
        chosen = [c for c in candidates if c[0] > anchor][:1]
    elif rule.mode == "this":
        chosen = sorted(candidates, key=lambda c: _distance(c, anchor))[:1]
    elif rule.mode == "upcoming":
        chosen = [c for c in candidates if c[1] >= anchor][:1]
    elif rule.mode == "near":
        chosen = sorted(reversed(candidates), key=lambda c: _distance(c, anchor))[:1]
    else:
        chosen = [c for c in candidates if c[0] <= anchor][-1:]
    if not chosen:
        raise Unresolvable("no such period near the anchor")
    return chosen[0]


def _distance(interval: tuple[dt.date, dt.date], anchor: dt.date) -> int:
    start, end = interval
    if start <= anchor <= end:
        return 0
    return min(abs((start - anchor).days), abs((end - anchor).days))


def _weekday(weekday: int, mode: str | None, anchor: dt.date) -> tuple[dt.date, dt.date]:
    today = anchor.weekday()
    if mode == "last":
        delta = -((today - weekday - 1) % 7 + 1)
    elif mode == "next":
        delta = (weekday - today - 1) % 7 + 1
    elif mode == "this":
        delta = weekday - today
    elif mode == "upcoming":
        delta = (weekday - today) % 7
    elif mode == "near":
        # Within three days either way: a week has no tie.
        delta = (weekday - today + 3) % 7 - 3
    else:
        delta = -((today - weekday) % 7)
    try:
        day = anchor + dt.timedelta(days=delta)
    except OverflowError as exc:
        raise periods.OutOfRange(str(exc)) from exc
    return day, day
