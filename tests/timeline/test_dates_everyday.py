"""Everyday forms: Polish typed without diacritics, day ordinals in words, weekday
abbreviations, and Polish adjectives of days and months.

Anchor for every row: 2018-09-20, a Thursday (date_tables.ANCHOR). Rows read: expression,
language -> first day, last day, granularity.
"""

import pytest

from tests.timeline.date_tables import ANCHOR, interval_of, read_parsed
from timeline import dates

# --- 1. Polish without diacritics ------------------------------------------------------------
# Every word the grammar is keyed on matches its plain spelling too; the text is not rewritten.

PLAIN_POLISH = [
    ("w przyszlym tygodniu", "2018-09-24", "2018-09-30", "week"),
    ("w zeszlym miesiacu", "2018-08-01", "2018-08-31", "month"),
    ("w ubieglym roku", "2017-01-01", "2017-12-31", "year"),
    ("5 wrzesnia", "2018-09-05", "2018-09-05", "day"),
    ("12 pazdziernika 2017 r.", "2017-10-12", "2017-10-12", "day"),
    ("w pazdzierniku", "2017-10-01", "2017-10-31", "month"),
    ("wczesniej w tym roku", "2018-01-01", "2018-09-20", "span"),
    ("najpozniej do konca roku", "2019-01-01", "2019-12-31", "year"),
    ("w ciagu ostatniego roku", "2017-09-21", "2018-09-20", "span"),
    ("w polowie 2018", "2018-05-01", "2018-08-31", "span"),
    ("na poczatku roku", "2018-01-01", "2018-04-30", "span"),
    ("w ubiegla srode", "2018-09-19", "2018-09-19", "day"),
    ("w piatek", "2018-09-14", "2018-09-14", "day"),
]


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"), PLAIN_POLISH, ids=[r[0] for r in PLAIN_POLISH]
)
def test_polish_without_diacritics_reads_as_with_them(text, start, end, granularity):
    assert interval_of(read_parsed(text, "pl")) == (start, end, granularity)


def test_offsets_of_polish_without_diacritics_point_into_the_text_as_written():
    text = "Zrodla podaly, ze w zeszlym miesiacu sprzedaz spadla, a najpozniej do konca roku wzrosnie."
    found = dates.find_dates(text, ANCHOR, "pl")
    assert [(text[f.start : f.end], str(f.result.start)) for f in found] == [
        ("w zeszlym miesiacu", "2018-08-01"),
        ("najpozniej do konca roku", "2019-01-01"),
    ]
    assert all(text[f.start : f.end] == f.text for f in found)
