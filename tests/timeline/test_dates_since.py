"""Lower bounds up to the anchor: "since X" in five languages.

"prices have risen since May" says the rise lies from the start of May up to the story's
day, so "since X" is the span from X's first day to the anchor (docs/dates.md, "Since"). A
date that starts after the anchor has not yet begun to run, so it reads as itself. Anchor
for every normalise() row: 2018-09-20, a Thursday.
"""

import datetime as dt

import pytest

from tests.timeline.date_tables import ANCHOR, TENSE_ANCHOR, interval_of, read_parsed
from timeline import dates

SINCE = [
    ("since May", "en", "2018-05-01"),
    ("since 2007", "en", "2007-01-01"),
    ("since November 2011", "en", "2011-11-01"),
    ("since June last year", "en", "2017-06-01"),
    ("since last year", "en", "2017-01-01"),
    ("ever since March 3, 2016", "en", "2016-03-03"),
    ("since the 1990s", "en", "1990-01-01"),
    ("od 2007 r.", "pl", "2007-01-01"),
    ("od maja", "pl", "2018-05-01"),
    ("od ubiegłego roku", "pl", "2017-01-01"),
    ("od lipca 2016 roku", "pl", "2016-07-01"),
    ("od lipca 2016 r.", "pl", "2016-07-01"),
    ("od ubieglego roku", "pl", "2017-01-01"),
    ("począwszy od 2015 roku", "pl", "2015-01-01"),
    ("seit 2010", "de", "2010-01-01"),
    ("seit März", "de", "2018-03-01"),
    ("depuis 2013", "fr", "2013-01-01"),
    ("depuis la fin 2013", "fr", "2013-09-01"),
    ("depuis janvier", "fr", "2018-01-01"),
    ("desde el año 2006", "es", "2006-01-01"),
    ("desde marzo", "es", "2018-03-01"),
]


@pytest.mark.parametrize(("text", "lang", "start"), SINCE, ids=[f"{r[1]}: {r[0]}" for r in SINCE])
def test_since_runs_from_the_start_of_its_date_to_the_anchor(text, lang, start):
    result = read_parsed(text, lang)
    assert interval_of(result) == (start, str(ANCHOR), "span")
    assert result.relation is None
    assert result.edtf == f"{start}/{ANCHOR}"


def test_a_since_date_still_ahead_reads_as_that_date():
    # "od 1 stycznia 2019 r. stawka wzrośnie": nothing has run from it yet.
    result = read_parsed("od 1 stycznia 2019 r.", "pl")
    assert interval_of(result) == ("2019-01-01", "2019-01-01", "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("since", "en"), ("since before 2010", "en"), ("od", "pl"), ("od lat", "pl")],
)
def test_since_without_a_date_it_can_start_from_is_not_read(text, lang):
    assert dates.normalise(text, ANCHOR, lang).status == "unparsed"


FOUND = [
    ("Prices have risen since May, the office said.", "en", "since May", "2019-05-01"),
    ("It is the highest rate since 2007.", "en", "since 2007", "2007-01-01"),
    ("Inflacja jest najwyższa od 2007 r.", "pl", "od 2007 r.", "2007-01-01"),
    ("Ceny rosną od maja.", "pl", "od maja", "2019-05-01"),
    ("Die Preise steigen seit März.", "de", "seit März", "2019-03-01"),
    ("Le chômage progresse depuis la fin 2013.", "fr", "depuis la fin 2013", "2013-09-01"),
    ("El paro sube desde el año 2006.", "es", "desde el año 2006", "2006-01-01"),
]


@pytest.mark.parametrize(("text", "lang", "piece", "start"), FOUND, ids=[r[2] for r in FOUND])
def test_finder_joins_the_since_word_to_its_date(text, lang, piece, start):
    found = dates.find_dates(text, TENSE_ANCHOR, lang)
    assert [(f.text, str(f.result.start), f.result.end) for f in found] == [
        (piece, start, TENSE_ANCHOR)
    ]


def test_finder_keeps_a_range_from_od_to_do():
    found = dates.find_dates("Od stycznia do marca sprzedaż wzrosła.", TENSE_ANCHOR, "pl")
    assert [(f.text, str(f.result.start), str(f.result.end)) for f in found] == [
        ("Od stycznia do marca", "2019-01-01", "2019-03-31")
    ]


def test_finder_reads_od_a_coming_day_as_that_day():
    # Future tense: the coming 1 December, not the stretch since the last one.
    found = dates.find_dates("Od 1 grudnia będą obowiązywać nowe stawki.", TENSE_ANCHOR, "pl")
    assert [(f.text, f.result.start, f.result.end) for f in found] == [
        ("Od 1 grudnia", dt.date(2019, 12, 1), dt.date(2019, 12, 1))
    ]
    past = dates.find_dates("Od 1 grudnia obowiązywały nowe stawki.", TENSE_ANCHOR, "pl")
    assert [(f.result.start, f.result.end) for f in past] == [(dt.date(2018, 12, 1), TENSE_ANCHOR)]


def test_finder_does_not_read_od_before_a_bare_number_as_a_year():
    found = dates.find_dates("Liczba spadła od 2000 do 1500 osób.", TENSE_ANCHOR, "pl")
    assert all(f.result.granularity != "span" or f.text != "od 2000" for f in found)
    assert "od 2000" not in [f.text for f in found]


def test_a_since_word_right_after_another_date_still_joins_its_own():
    sentence = "Es el mejor comportamiento en este mes desde el año 2006, según datos."
    found = dates.find_dates(sentence, dt.date(2014, 4, 2), "es")
    assert [(f.text, str(f.result.start), str(f.result.end)) for f in found][-1] == (
        "desde el año 2006",
        "2006-01-01",
        "2014-04-02",
    )
