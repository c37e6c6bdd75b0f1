"""Calendar arithmetic on inclusive date intervals: units, named periods and their parts."""

import datetime as dt

# Month ranges of the named periods inside one year. Winter belongs to the year its January
# and February fall in, so "winter 2018" is December 2017 to February 2018.
QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
HALF_MONTHS = {1: (1, 6), 2: (7, 12)}
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}

# Thirds of a year and of a month, the reading of "early", "mid" and "late"; a month also has
# halves ("w drugiej połowie sierpnia").
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
MONTH_PARTS = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "first": (1, 15),
    "second": (16, 31),
}
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}

MIN_YEAR = 1
MAX_YEAR = 9998


class OutOfRange(ValueError):
    """An interval would leave the range of years the calendar can represent."""


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """The interval from the first day of month `first` to the end of month `last`."""
    _check_year(year)
    return dt.date(year, first, 1), month_end(year, last)


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    """The (year, month) `count` months after the given one."""
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def unit_interval(unit: str, day: dt.date, offset: int = 0) -> tuple[dt.date, dt.date]:
    """The calendar unit containing `day`, moved `offset` units. Weeks are ISO weeks."""
    try:
        if unit == "day":
            start = day + dt.timedelta(days=offset)
            return start, start
        if unit == "week":
            monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
            return monday, monday + dt.timedelta(days=6)
        if unit == "month":
            year, month = add_months(day.year, day.month, offset)
            return months(year, month, month)
        if unit == "quarter":
            quarter = (day.month - 1) // 3
            year, month = add_months(day.year, quarter * 3 + 1, offset * 3)
            return months(year, month, month + 2)
        if unit == "half":
            half = (day.month - 1) // 6
            year, month = add_months(day.year, half * 6 + 1, offset * 6)
            return months(year, month, month + 5)
        if unit == "year":
            return months(day.year + offset, 1, 12)
        if unit == "decade":
            first = day.year // 10 * 10 + offset * 10
            return year_span(first, first + 9)
    except (OverflowError, ValueError) as exc:
        raise OutOfRange(str(exc)) from exc
    raise ValueError(f"unknown unit {unit!r}")


# How many months a rolling window of one unit spans; days and weeks are counted in days.
WINDOW_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}


def window_start(unit: str, anchor: dt.date, count: int) -> dt.date:
    """The first day of the `count` units that end on `anchor`: the day after the same date
    `count` units earlier, so "the past year" from 2018-09-20 starts on 2017-09-21. A day
    that does not exist in the earlier month is its last day (31 March less a month is
    28 or 29 February)."""
    try:
        if unit == "day":
            return anchor - dt.timedelta(days=count - 1)
        if unit == "week":
            return anchor - dt.timedelta(days=7 * count - 1)
        year, month = add_months(anchor.year, anchor.month, -WINDOW_MONTHS[unit] * count)
        _check_year(year)
        same_day = dt.date(year, month, min(anchor.day, month_end(year, month).day))
        return same_day + dt.timedelta(days=1)
    except (OverflowError, ValueError) as exc:
        raise OutOfRange(str(exc)) from exc


def window_end(unit: str, anchor: dt.date, count: int) -> dt.date:
    """The last day of the `count` units that start on `anchor`: the same date `count` units
    later, as "within two years" of a date runs to its second anniversary. A day that does
    not exist in the later month is its last day."""
    try:
        if unit == "day":
            return anchor + dt.timedelta(days=count)
        if unit == "week":
            return anchor + dt.timedelta(days=7 * count)
        year, month = add_months(anchor.year, anchor.month, WINDOW_MONTHS[unit] * count)
        _check_year(year)
        return dt.date(year, month, min(anchor.day, month_end(year, month).day))
    except (OverflowError, ValueError) as exc:
        raise OutOfRange(str(exc)) from exc


def following(start: dt.date, end: dt.date, granularity: str) -> tuple[dt.date, dt.date, str]:
    """The unit that begins the day after [start, end], at the interval's own precision: the
    next month after a month, the next season after a season, the next year after a year,
    the next day after a day or a week. A deadline ("by the end of 2017") is read as
    "before" this unit (before 2018)."""
    try:
        after = end + dt.timedelta(days=1)
    except OverflowError as exc:
        raise OutOfRange(str(exc)) from exc
    if granularity in ("month", "quarter", "half", "year", "decade"):
        return *unit_interval(granularity, after), granularity
    if granularity == "season":
        # Seasons are three whole months, winter included, so the next one is the three
        # months from the day after.
        _check_year(after.year + 1)
        return after, month_end(*add_months(after.year, after.month, 2)), "season"
    if start.day == 1 and end == month_end(end.year, end.month):
        return *unit_interval("month", after), "month"
    return after, after, "day"


def year_span(first: int, last: int) -> tuple[dt.date, dt.date]:
    """Whole years from `first` to `last`."""
    _check_year(first)
    _check_year(last)
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def period_in_year(unit: str, index: int, year: int, day: int | None = None):
    """A named period (month, quarter, half, season, ISO week, day of a month, or a range of
    months given as a (first, last) pair) of one year. A season or range that wraps round
    the new year belongs to the year of its end.

    Returns None when the period does not exist in that year (29 February, ISO week 53).
    """
    if not MIN_YEAR < year < MAX_YEAR:
        return None
    if unit == "month":
        return months(year, index, index)
    if unit == "quarter":
        return months(year, *QUARTER_MONTHS[index])
    if unit == "half":
        return months(year, *HALF_MONTHS[index])
    if unit in ("season", "months"):
        first, last = SEASON_MONTHS[index] if unit == "season" else index
        if first > last:
            return dt.date(year - 1, first, 1), month_end(year, last)
        return months(year, first, last)
    if unit == "isoweek":
        try:
            monday = dt.date.fromisocalendar(year, index, 1)
        except ValueError:
            return None
        return monday, monday + dt.timedelta(days=6)
    if unit == "daymonth":
        try:
            single = dt.date(year, index, day)
        except ValueError:
            return None
        return single, single
    raise ValueError(f"unknown period {unit!r}")


def part_of(start: dt.date, end: dt.date, granularity: str, part: str):
    """The early, mid or late third of a year, month or decade; its "end" is its last day
    (of a decade, its late third)."""
    if part == "end":
        if granularity != "decade":
            return end, end
        part = "late"
    if granularity == "year":
        first, last = YEAR_PARTS[part]
        return months(start.year, first, last)
    if granularity == "month":
        first, last = MONTH_PARTS[part]
        return start.replace(day=first), start.replace(day=min(last, end.day))
    if granularity == "decade":
        first, last = DECADE_PARTS[part]
        return year_span(start.year + first, start.year + last)
    raise ValueError(f"no {part} part of a {granularity}")


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise OutOfRange(f"year {year} is outside the calendar")
