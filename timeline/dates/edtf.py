"""Intervals written in EDTF (Library of Congress, ISO 8601-2).

A single calendar unit is written at its own precision: "2018-09-19", "2018-08", "2017", and
a decade "198X" (level 1, unspecified digit). Anything else is an interval at the coarsest
precision its ends allow: "2017-01/2017-04" for whole months, "2015/2017" for whole years,
"2018-09-01/2018-09-20" otherwise. A relation to a date is a one-of set reaching to the day,
month or year just before or after the reference: "before April 2017" is "[..2017-03]",
"after 2017" is "[2018..]".
"""

import datetime as dt

from timeline.dates.periods import month_end


def edtf(start: dt.date, end: dt.date, granularity: str | None, relation: str | None = None) -> str:
    """The EDTF string of an inclusive interval, or of the time before or after it."""
    if relation == "before":
        return "[.." + _unit_before(start, end) + "]"
    if relation == "after":
        return "[" + _unit_after(start, end) + "..]"
    precision = _precision(start, end)
    if start == end:
        return start.isoformat()
    if precision == "year" and start.year == end.year:
        return f"{start.year:04d}"
    if (
        precision == "year"
        and granularity == "decade"
        and start.year % 10 == 0
        and end.year == start.year + 9
    ):
        return f"{start.year:04d}"[:3] + "X"
    if precision == "month" and (start.year, start.month) == (end.year, end.month):
        return _month(start)
    return _format(start, precision) + "/" + _format(end, precision)


def _precision(start: dt.date, end: dt.date) -> str:
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return "year"
    if start.day == 1 and end == month_end(end.year, end.month):
        return "month"
    return "day"


def _format(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return _month(day)
    return day.isoformat()


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _unit_before(start: dt.date, end: dt.date) -> str:
    precision = _precision(start, end)
    if precision == "year":
        return f"{start.year - 1:04d}"
    previous = start - dt.timedelta(days=1)
    return _month(previous) if precision == "month" else previous.isoformat()


def _unit_after(start: dt.date, end: dt.date) -> str:
    precision = _precision(start, end)
    if precision == "year":
        return f"{end.year + 1:04d}"
    following = end + dt.timedelta(days=1)
    return _month(following) if precision == "month" else following.isoformat()
