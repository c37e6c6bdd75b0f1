"""The months up to a month or a day: "the year to June", "the quarter ended March 31, 2013"
(docs/dates.md, "The year to June")."""

import pytest

from timeline import dates

UPTO = [
    ("the year to June", "2025-06-30", "2024-07-01", "2025-06-30", "span"),
    ("in the year to June", "2025-07-15", "2024-07-01", "2025-06-30", "span"),
    ("the year to December 2018", "2019-02-01", "2018-01-01", "2018-12-31", "year"),
    ("the 12 months to September", "2018-10-20", "2017-10-01", "2018-09-30", "span"),
    ("the quarter ended March 31, 2013", "2013-05-20", "2013-01-01", "2013-03-31", "quarter"),
    ("the three months to September", "2018-10-20", "2018-07-01", "2018-09-30", "quarter"),
    ("the three months to August", "2018-10-20", "2018-06-01", "2018-08-31", "span"),
    ("the half to June 30", "2019-08-01", "2019-01-01", "2019-06-30", "half"),
    ("the year ended 31 March 2013", "2013-05-20", "2012-04-01", "2013-03-31", "span"),
    # A day that is not a month's last: the twelve months ending that day.
    ("the 12 months to 15 March 2018", "2018-05-01", "2017-03-16", "2018-03-15", "span"),
]


@pytest.mark.parametrize(
    ("text", "anchor", "start", "end", "granularity"), UPTO, ids=[r[0] for r in UPTO]
)
def test_the_months_up_to_a_date(text, anchor, start, end, granularity):
    result = dates.normalise(text, anchor, "en")
    assert (str(result.start), str(result.end), result.granularity) == (start, end, granularity)


def test_a_bare_month_needs_the_anchor():
    assert dates.normalise("the year to June", None, "en").status == "unparsed"
    assert dates.normalise("the year to June 2019", None, "en").status == "parsed"


def test_in_running_text_the_stretch_is_one_date_and_the_story_period():
    found = dates.find_dates(
        "Sales rose 4% in the quarter ended March 31, 2013, from the same period a year ago.",
        "2013-05-20",
        "en",
    )
    assert [(f.text, str(f.result.start), str(f.result.end)) for f in found] == [
        ("in the quarter ended March 31, 2013", "2013-01-01", "2013-03-31"),
        ("from the same period a year ago", "2012-01-01", "2012-03-31"),
    ]
