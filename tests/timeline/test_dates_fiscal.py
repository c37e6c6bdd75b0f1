"""Fiscal periods, read by the outlet country's convention (docs/dates.md, "Fiscal years")."""

import datetime as dt

import pytest

from timeline import dates
from timeline.dates import Story

# In Indian fiscal 2017-18 (April 2017 to March 2018), in its fourth quarter.
ANCHOR = dt.date(2018, 1, 29)


def read(sentence, country, anchor=ANCHOR, story=None):
    return [
        (f.text, f.result.status, f.result.start, f.result.end)
        for f in dates.find_dates(sentence, anchor, "en", story=story, country=country)
    ]


def day(text):
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("sentence", "country", "text", "start", "end"),
    [
        ("Margins rose in Q3FY18.", "IN", "in Q3FY18", "2017-10-01", "2017-12-31"),
        ("Margins rose in Q3 FY18.", "IN", "in Q3 FY18", "2017-10-01", "2017-12-31"),
        ("Profit doubled in FY18.", "IN", "in FY18", "2017-04-01", "2018-03-31"),
        ("Profit doubled in FY2017-18.", "IN", "in FY2017-18", "2017-04-01", "2018-03-31"),
        ("Profit doubled in FY17-18.", "IN", "in FY17-18", "2017-04-01", "2018-03-31"),
        ("Sales in H1FY19 were weak.", "IN", "in H1FY19", "2018-04-01", "2018-09-30"),
        (
            "Sales fell in the financial year 2012-13.",
            "IN",
            "in the financial year 2012-13",
            "2012-04-01",
            "2013-03-31",
        ),
        (
            "It grew during the fourth quarter last fiscal.",
            "IN",
            "during the fourth quarter last fiscal",
            "2017-01-01",
            "2017-03-31",
        ),
        (
            "It is the plan for the current financial year.",
            "IN",
            "for the current financial year",
            "2017-04-01",
            "2018-03-31",
        ),
        ("Profit rose in fiscal 2018.", "IN", "in fiscal 2018", "2017-04-01", "2018-03-31"),
        # Australia: July to June, labelled by the year it ends in.
        ("Profit rose in FY18.", "AU", "in FY18", "2017-07-01", "2018-06-30"),
        (
            "Profit rose in the 2017-18 financial year.",
            "AU",
            "in the 2017-18 financial year",
            "2017-07-01",
            "2018-06-30",
        ),
        # Japan: April to March, labelled by the year it starts in; a range says both.
        ("Profit rose in fiscal 2017.", "JP", "in fiscal 2017", "2017-04-01", "2018-03-31"),
        ("Profit rose in FY2017-18.", "JP", "in FY2017-18", "2017-04-01", "2018-03-31"),
        (
            "Sales fell in the previous fiscal year.",
            "JP",
            "in the previous fiscal year",
            "2016-04-01",
            "2017-03-31",
        ),
    ],
)
def test_a_fiscal_period_follows_the_outlet_country(sentence, country, text, start, end):
    assert read(sentence, country) == [(text, "parsed", day(start), day(end))]


def test_a_fiscal_quarter_of_a_company_is_not_the_calendar_quarter():
    sentence = "Apple beat forecasts for the fiscal third quarter of 2025."
    (found,) = dates.find_dates(sentence, dt.date(2025, 7, 31), "en", country="US")
    assert (found.text, found.result.status) == ("for the fiscal third quarter of 2025", "unparsed")
    # Where the convention is known, with no year: of the fiscal year the anchor is in.
    assert read("Profit rose in the fiscal second quarter.", "IN", anchor=dt.date(2025, 7, 31)) == [
        ("in the fiscal second quarter", "parsed", day("2025-07-01"), day("2025-09-30"))
    ]


@pytest.mark.parametrize("country", ["US", "PL", None])
def test_without_a_national_convention_a_fiscal_period_stays_unparsed(country):
    (found,) = dates.find_dates("Profit rose in fiscal 2018.", ANCHOR, "en", country=country)
    assert found.result.status == "unparsed"
    assert "fiscal" in found.result.reason
    # Never quietly read as the calendar year 2018.
    assert found.result.start is None


def test_normalise_alone_has_no_country_and_says_so():
    result = dates.normalise("Q3FY18", ANCHOR, "en")
    assert result.status == "unparsed"
    assert "country" in result.reason


@pytest.mark.parametrize(
    "sentence",
    ["the fy18 budget", "in q3fy18", "The FY2017-19 plan."],
)
def test_lower_case_labels_and_impossible_ranges_are_not_fiscal_periods(sentence):
    assert read(sentence, "IN") == []


def test_a_fiscal_quarter_is_the_period_the_story_then_compares_with():
    story = Story()
    first = read("Margins improved in Q3FY18.", "IN", story=story)
    later = read(
        "Revenue rose 42% from the corresponding quarter of previous year.", "IN", story=story
    )
    assert first == [("in Q3FY18", "parsed", day("2017-10-01"), day("2017-12-31"))]
    assert later == [
        (
            "from the corresponding quarter of previous year",
            "parsed",
            day("2016-10-01"),
            day("2016-12-31"),
        )
    ]


def test_a_fiscal_year_as_the_story_period_is_the_year_under_review():
    story = Story()
    read("Sales fell in the financial year 2012-13.", "IN", story=story)
    assert read("Exports grew during the year under review.", "IN", story=story) == [
        ("during the year under review", "parsed", day("2012-04-01"), day("2013-03-31"))
    ]


def test_a_fiscal_year_is_labelled_by_its_months_not_as_a_calendar_year():
    (found,) = dates.find_dates("Profit doubled in FY18.", ANCHOR, "en", country="IN")
    assert found.result.edtf == "2017-04/2018-03"
