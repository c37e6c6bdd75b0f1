"""Centuries, counted as the calendar counts them (the 20th century is 1901 to 2000), with
their thirds as for years and decades (docs/dates.md, "Centuries"). Anchor 2018-09-20."""

import pytest

from tests.timeline.date_tables import ANCHOR, TENSE_ANCHOR
from timeline import dates

CENTURIES = [
    ("the 20th century", "en", "1901-01-01", "2000-12-31"),
    ("in the 19th century", "en", "1801-01-01", "1900-12-31"),
    ("the late 20th century", "en", "1967-01-01", "2000-12-31"),
    ("the early 21st century", "en", "2001-01-01", "2033-12-31"),
    ("the mid-19th century", "en", "1834-01-01", "1866-12-31"),
    ("w XX wieku", "pl", "1901-01-01", "2000-12-31"),
    ("w XIX w.", "pl", "1801-01-01", "1900-12-31"),
    ("pod koniec XIX wieku", "pl", "1867-01-01", "1900-12-31"),
    ("na początku XX wieku", "pl", "1901-01-01", "1933-12-31"),
    ("im 20. Jahrhundert", "de", "1901-01-01", "2000-12-31"),
    ("Ende des 19. Jahrhunderts", "de", "1867-01-01", "1900-12-31"),
    ("au XXe siècle", "fr", "1901-01-01", "2000-12-31"),
    ("en el siglo XX", "es", "1901-01-01", "2000-12-31"),
]


@pytest.mark.parametrize(("text", "lang", "start", "end"), CENTURIES, ids=[r[0] for r in CENTURIES])
def test_a_century_is_the_span_of_its_years(text, lang, start, end):
    result = dates.normalise(text, ANCHOR, lang)
    assert (str(result.start), str(result.end), result.granularity) == (start, end, "span")
    assert result.edtf == f"{start[:4]}/{end[:4]}"


@pytest.mark.parametrize(
    ("text", "lang"), [("the 40th century", "en"), ("w MMM wieku", "pl"), ("w IIII wieku", "pl")]
)
def test_what_is_not_a_century_is_not_read(text, lang):
    assert dates.normalise(text, ANCHOR, lang).status == "unparsed"


def test_since_a_century_runs_up_to_the_anchor():
    result = dates.normalise("since the 19th century", ANCHOR, "en")
    assert (str(result.start), result.end) == ("1801-01-01", ANCHOR)


def test_centuries_are_found_in_running_text_but_not_in_lower_case_roman():
    found = dates.find_dates(
        "Budynek powstał pod koniec XIX wieku, a odnowiono go w XX w. Ma xx w. historii.",
        TENSE_ANCHOR,
        "pl",
    )
    assert [f.text for f in found] == ["pod koniec XIX wieku", "w XX w."]
    found = dates.find_dates("It was the hottest spell since the late 20th century.", ANCHOR, "en")
    assert [(f.text, str(f.result.start)) for f in found] == [
        ("since the late 20th century", "1967-01-01")
    ]
