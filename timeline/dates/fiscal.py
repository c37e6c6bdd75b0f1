"""Fiscal periods: "Q3FY18", "the financial year 2012-13", "the fourth quarter last fiscal".

Where a fiscal year starts, and which year names it, is a national convention, not something
the words say: Indian business news means April to March by "FY18" (2017-04 to 2018-03),
Australian news July to June, Japanese news April to March named by the year it starts in
("fiscal 2017" is 2017-04 to 2018-03). So a fiscal period is read with the outlet's country,
and only for countries whose companies and government keep to one convention. Anywhere else
(an American company's fiscal year ends when the company says) it stays unparsed with the
reason, rather than being read as a calendar year.
"""

import datetime as dt
from dataclasses import dataclass

from timeline.dates import periods
from timeline.dates.rules import Rule, Unresolvable, full_year


@dataclass(frozen=True, slots=True)
class Convention:
    first_month: int
    # Which calendar year a single label ("FY18", "fiscal 2018") names: the one the fiscal
    # year ends in, or the one it starts in.
    named_by: str


CONVENTIONS = {
    "IN": Convention(4, "end"),
    "JP": Convention(4, "start"),
    "AU": Convention(7, "end"),
    "PK": Convention(7, "end"),
    "BD": Convention(7, "end"),
    "EG": Convention(7, "end"),
}
MONTHS_IN = {"year": 12, "half": 6, "quarter": 3}


def convention(country: str | None) -> Convention | None:
    """The fiscal-year convention of an outlet's country (ISO 3166 alpha-2), if it has one."""
    return CONVENTIONS.get((country or "").strip().upper())


def interval(rule: Rule, anchor: dt.date | None, country: str | None):
    """The inclusive interval and granularity of a "fiscal" rule for an outlet in `country`.

    Raises Unresolvable when the country has no single convention, or when a relative or
    two-digit fiscal year has no anchor.
    """
    known = convention(country)
    if known is None:
        where = f"in {country.upper()}" if country else "for an outlet of no known country"
        raise Unresolvable(
            f"a fiscal period: where the fiscal year starts is a national convention, and "
            f"{where} there is no single one, so it is not read as a calendar year"
        )
    first_year = _first_calendar_year(rule, anchor, known)
    start_year, start_month = first_year, known.first_month
    length = MONTHS_IN[rule.unit]
    if rule.unit != "year":
        start_year, start_month = periods.add_months(
            start_year, start_month, (rule.index - 1) * length
        )
    end_year, end_month = periods.add_months(start_year, start_month, length - 1)
    start = dt.date(start_year, start_month, 1)
    end = periods.month_end(end_year, end_month)
    return start, end, rule.unit


def _first_calendar_year(rule: Rule, anchor: dt.date | None, known: Convention) -> int:
    """The calendar year in which the fiscal year meant by `rule` starts."""
    if rule.offset is not None:
        if anchor is None:
            raise Unresolvable("a relative expression needs an anchor (the publication date)")
        current = anchor.year if anchor.month >= known.first_month else anchor.year - 1
        return current + rule.offset
    year = rule.year
    if year is None:
        if anchor is None:
            raise Unresolvable(
                f"a two-digit year ('{rule.short_year:02d}) needs an anchor (the publication "
                "date) to choose its century"
            )
        year = full_year(rule.short_year, anchor.year)
    # A written range ("2012-13") names the year it ends in; a single label follows the
    # country. A fiscal year starting in January is its calendar year either way.
    ends_in_label = rule.mode == "end" or known.named_by == "end"
    return year - 1 if ends_in_label and known.first_month != 1 else year
