"""Calendar edges: year, month and ISO-week boundaries, 29 February, and anchors in time zones.

Rows read: expression, language, anchor -> first day, last day.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from timeline import dates

BOUNDARIES = [
    # 2019-01-01 is a Tuesday in ISO week 1 of 2019; the week before is 2018-W52.
    ("last week", "en", "2019-01-01", "2018-12-24", "2018-12-30"),
    ("this week", "en", "2019-01-01", "2018-12-31", "2019-01-06"),
    ("last month", "en", "2019-01-01", "2018-12-01", "2018-12-31"),
    ("last year", "en", "2019-01-01", "2018-01-01", "2018-12-31"),
    ("yesterday", "en", "2019-01-01", "2018-12-31", "2018-12-31"),
    ("w ubiegłym tygodniu", "pl", "2019-01-01", "2018-12-24", "2018-12-30"),
    ("w grudniu", "pl", "2019-01-01", "2018-12-01", "2018-12-31"),
    ("w styczniu", "pl", "2019-01-01", "2019-01-01", "2019-01-31"),
    ("31 grudnia", "pl", "2019-01-01", "2018-12-31", "2018-12-31"),
    ("last quarter", "en", "2019-01-01", "2018-10-01", "2018-12-31"),
    # 2021-01-03 is a Sunday in ISO week 53 of 2020.
    ("this week", "en", "2021-01-03", "2020-12-28", "2021-01-03"),
    ("last week", "en", "2021-01-03", "2020-12-21", "2020-12-27"),
    ("next week", "en", "2021-01-03", "2021-01-04", "2021-01-10"),
    ("week 53 of 2020", "en", "2021-01-03", "2020-12-28", "2021-01-03"),
    ("on Sunday", "en", "2021-01-03", "2021-01-03", "2021-01-03"),
    ("on Monday", "en", "2021-01-03", "2020-12-28", "2020-12-28"),
    ("last Sunday", "en", "2021-01-03", "2020-12-27", "2020-12-27"),
    # 29 February.
    ("a year ago", "en", "2020-02-29", "2019-01-01", "2019-12-31"),
    ("last month", "en", "2020-02-29", "2020-01-01", "2020-01-31"),
    ("a month ago", "en", "2020-02-29", "2020-01-01", "2020-01-31"),
    ("this month", "en", "2020-02-29", "2020-02-01", "2020-02-29"),
    ("rok temu", "pl", "2020-02-29", "2019-01-01", "2019-12-31"),
    ("w ubiegłym miesiącu", "pl", "2020-02-29", "2020-01-01", "2020-01-31"),
    ("tomorrow", "en", "2020-02-28", "2020-02-29", "2020-02-29"),
    ("tomorrow", "en", "2020-02-29", "2020-03-01", "2020-03-01"),
    ("29 lutego", "pl", "2021-06-01", "2020-02-29", "2020-02-29"),
    ("29 February", "en", "2020-02-29", "2020-02-29", "2020-02-29"),
    ("late February", "en", "2020-02-29", "2020-02-21", "2020-02-29"),
    ("late February", "en", "2019-03-05", "2019-02-21", "2019-02-28"),
    ("winter 2020", "en", "2020-02-29", "2019-12-01", "2020-02-29"),
    # A month equal to the anchor's is the current one; a later one is last year's.
    ("in September", "en", "2018-09-01", "2018-09-01", "2018-09-30"),
    ("in December", "en", "2018-09-01", "2017-12-01", "2017-12-31"),
    ("next September", "en", "2018-09-01", "2019-09-01", "2019-09-30"),
    ("last September", "en", "2018-09-01", "2017-09-01", "2017-09-30"),
    ("w lipcu przyszłego roku", "pl", "2018-12-31", "2019-07-01", "2019-07-31"),
    ("the '20s", "en", "2018-09-20", "1920-01-01", "1929-12-31"),
    ("the '10s", "en", "2018-09-20", "2010-01-01", "2019-12-31"),
]


@pytest.mark.parametrize(
    ("text", "lang", "anchor", "start", "end"),
    BOUNDARIES,
    ids=[f"{r[2]} {r[0]}" for r in BOUNDARIES],
)
def test_relative_expressions_cross_year_month_and_week_boundaries_correctly(
    text, lang, anchor, start, end
):
    result = dates.normalise(text, anchor, lang)
    assert result.status == "parsed", result.reason
    assert (str(result.start), str(result.end)) == (start, end)


ANCHORS = [
    # 00:30 on 1 January in Warsaw is still 31 December in UTC: the local date counts.
    (dt.datetime(2019, 1, 1, 0, 30, tzinfo=ZoneInfo("Europe/Warsaw")), "2018-12-31"),
    (dt.datetime(2018, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC")), "2018-12-30"),
    (dt.datetime(2018, 12, 31, 20, 0, tzinfo=ZoneInfo("America/New_York")), "2018-12-30"),
    (dt.datetime(2019, 1, 1, 8, 0, tzinfo=ZoneInfo("Asia/Tokyo")), "2018-12-31"),
    (dt.datetime(2019, 1, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-11))), "2018-12-31"),
    ("2019-01-01T00:30:00+01:00", "2018-12-31"),
    ("2018-12-31T23:30:00Z", "2018-12-30"),
    ("2018-12-31T23:30:00-05:00", "2018-12-30"),
    ("2019-01-01", "2018-12-31"),
    (dt.date(2019, 1, 1), "2018-12-31"),
    (dt.datetime(2019, 1, 1, 12, 0), "2018-12-31"),
]


@pytest.mark.parametrize(("anchor", "yesterday"), ANCHORS, ids=[str(a) for a, _ in ANCHORS])
def test_an_anchor_is_read_as_its_own_local_calendar_day(anchor, yesterday):
    result = dates.normalise("yesterday", anchor, "en")
    assert str(result.start) == yesterday


def test_the_cache_is_keyed_on_the_expression_not_the_anchor():
    dates.normalise("w ubiegłym roku", "2018-09-20", "pl")
    before = dates.cache_info()
    years = [
        dates.normalise("w ubiegłym roku", f"{year}-06-01", "pl").start.year
        for year in range(2000, 2020)
    ]
    after = dates.cache_info()
    assert years == list(range(1999, 2019))
    assert after.hits - before.hits == 20
    assert after.misses == before.misses


def test_case_and_spacing_variants_share_one_cache_entry():
    dates.normalise("W  Ubiegłym roku", "2018-09-20", "pl")
    before = dates.cache_info()
    dates.normalise("w ubiegłym  ROKU", "2016-01-01", "pl")
    assert dates.cache_info().misses == before.misses


def test_years_far_from_the_anchor_stay_inside_the_calendar():
    result = dates.normalise("za 12 lat", "9995-06-01", "pl")
    assert result.status == "unparsed"
    assert "calendar" in result.reason
