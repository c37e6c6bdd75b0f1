"""Times of day and clock times as the day they fall on, and windows of N units ahead of or
back from the anchor (docs/dates.md, "Times of day and windows").

Anchor for every normalise() row: 2018-09-20, a Thursday (tests/timeline/date_tables.py).
"""

import datetime as dt

import pytest

from tests.timeline.date_tables import ANCHOR, interval_of, read_parsed
from timeline import dates

# --- 1. Times of day and clock times ---------------------------------------------------------

TIMES_OF_DAY = [
    # English
    ("this afternoon", "en", "2018-09-20"),
    ("this morning", "en", "2018-09-20"),
    ("this evening", "en", "2018-09-20"),
    ("tonight", "en", "2018-09-20"),
    ("later tonight", "en", "2018-09-20"),
    ("earlier today", "en", "2018-09-20"),
    ("last night", "en", "2018-09-19"),
    ("yesterday morning", "en", "2018-09-19"),
    ("tomorrow night", "en", "2018-09-21"),
    ("at 11.05pm", "en", "2018-09-20"),
    ("around 3.35pm", "en", "2018-09-20"),
    ("at about 11.05pm", "en", "2018-09-20"),
    ("At 01:02 PM", "en", "2018-09-20"),
    ("at 9 a.m.", "en", "2018-09-20"),
    ("at 15:30", "en", "2018-09-20"),
    ("shortly after noon", "en", "2018-09-20"),
    ("Just after 10.30pm last night", "en", "2018-09-19"),
    ("at 7am yesterday", "en", "2018-09-19"),
    ("yesterday at 4pm", "en", "2018-09-19"),
    ("at 3pm on Tuesday", "en", "2018-09-18"),
    ("on Tuesday at 3pm", "en", "2018-09-18"),
    ("Monday morning at 8am", "en", "2018-09-17"),
    # Polish
    ("po godz. 15", "pl", "2018-09-20"),
    ("o godz. 10.30", "pl", "2018-09-20"),
    ("o godzinie 8", "pl", "2018-09-20"),
    ("około godziny 16", "pl", "2018-09-20"),
    ("około godz. 22:15", "pl", "2018-09-20"),
    ("o 15:30", "pl", "2018-09-20"),
    ("dziś rano", "pl", "2018-09-20"),
    ("dzisiaj po południu", "pl", "2018-09-20"),
    ("wczoraj wieczorem", "pl", "2018-09-19"),
    ("wczoraj w nocy", "pl", "2018-09-19"),
    ("minionej nocy", "pl", "2018-09-19"),
    ("jutro o godz. 9", "pl", "2018-09-21"),
    ("wczoraj o godz. 15", "pl", "2018-09-19"),
    ("w poniedziałek o godz. 12", "pl", "2018-09-17"),
    ("o godz. 12 w poniedziałek", "pl", "2018-09-17"),
]


@pytest.mark.parametrize(
    ("text", "lang", "day"), TIMES_OF_DAY, ids=[f"{r[1]}: {r[0]}" for r in TIMES_OF_DAY]
)
def test_a_time_of_day_is_the_day_it_falls_on(text, lang, day):
    result = read_parsed(text, lang)
    assert interval_of(result) == (day, day, "day")
    assert result.relation is None


def test_the_night_between_two_days_is_both_days():
    # Thursday's anchor: the latest Saturday-to-Sunday night is 15-16 September.
    result = read_parsed("w nocy z soboty na niedzielę", "pl")
    assert interval_of(result) == ("2018-09-15", "2018-09-16", "span")
    assert result.edtf == "2018-09-15/2018-09-16"
    on_sunday = read_parsed("w nocy z soboty na niedzielę", "pl", dt.date(2018, 9, 16))
    assert interval_of(on_sunday) == ("2018-09-15", "2018-09-16", "span")


def test_a_night_between_days_that_do_not_follow_each_other_is_not_a_date():
    result = dates.normalise("w nocy z soboty na wtorek", ANCHOR, "pl")
    assert result.status == "unparsed"


NOT_TIMES = [
    ("3.35", "en"),
    ("3.35 per cent", "en"),
    ("at 15", "en"),
    ("at 10.30", "en"),
    ("at 25:10", "en"),
    ("at 13pm", "en"),
    ("at 11.75pm", "en"),
    ("godz.", "pl"),
    ("o godz.", "pl"),
    ("o 10.30", "pl"),
    ("o godz. 25", "pl"),
    ("earlier in the evening", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_TIMES, ids=[f"{r[1]}: {r[0]}" for r in NOT_TIMES])
def test_a_number_is_not_a_clock_time(text, lang):
    assert dates.normalise(text, ANCHOR, lang).status == "unparsed"


FOUND_TIMES = [
    (
        "Police said the crash on Ormond Rd was reported around 3.35pm.",
        "en",
        [("around 3.35pm", "2018-09-20", "2018-09-20")],
    ),
    (
        "Just after 10.30pm last night, a stolen ute was signalled to stop.",
        "en",
        [("Just after 10.30pm last night", "2018-09-19", "2018-09-19")],
    ),
    # A time next to a date is that date's, never the anchor's day.
    (
        "The polls close on March 5 at 8pm.",
        "en",
        [("on March 5", "2018-03-05", "2018-03-05")],
    ),
    (
        "The vote is at 8pm on Tuesday.",
        "en",
        [("at 8pm on Tuesday", "2018-09-18", "2018-09-18")],
    ),
    ("Inflation hit 3.35 per cent at 15 sites.", "en", []),
    ("He left school at 15.", "en", []),
    ("Shares closed at 10.30 on the day.", "en", []),
    (
        "Ta rozpoczęła się po godz. 15. Prezes mówił długo.",
        "pl",
        [("po godz. 15", "2018-09-20", "2018-09-20")],
    ),
    (
        "Posiedzenie zaczęło się 15 września o godz. 10.",
        "pl",
        [("15 września", "2018-09-15", "2018-09-15")],
    ),
    ("Wynik wzrósł o 10.30 pkt, podano w godz. pracy.", "pl", []),
    ("W ciągu godziny 20 osób weszło do środka.", "pl", []),
    ("Za godzinę 3 pociągi odjadą.", "pl", []),
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"), FOUND_TIMES, ids=[r[0][:40] for r in FOUND_TIMES]
)
def test_clock_times_in_running_text(text, lang, expected):
    found = dates.find_dates(text, ANCHOR, lang)
    assert [(f.text, str(f.result.start), str(f.result.end)) for f in found] == expected


# --- 2. Windows ahead of and back from the anchor --------------------------------------------

WINDOWS = [
    # Ahead: from the anchor to the same date so many units on.
    ("in the next three to five years", "en", "2018-09-20", "2023-09-20"),
    ("over the next three years", "en", "2018-09-20", "2021-09-20"),
    ("over the next 18 months", "en", "2018-09-20", "2020-03-20"),
    ("in the coming two weeks", "en", "2018-09-20", "2018-10-04"),
    ("the next 2-3 years", "en", "2018-09-20", "2021-09-20"),
    ("na najbliższe miesiące", "pl", "2018-09-20", "2018-12-20"),
    ("w najbliższych latach", "pl", "2018-09-20", "2021-09-20"),
    ("na najbliższe dwa lata", "pl", "2018-09-20", "2020-09-20"),
    ("w ciągu najbliższych 12 miesięcy", "pl", "2018-09-20", "2019-09-20"),
    ("w ciągu najbliższego roku", "pl", "2018-09-20", "2019-09-20"),
    ("en los próximos dos años", "es", "2018-09-20", "2020-09-20"),
    # Back: the units up to and including the anchor, as "the past two years" always was.
    ("in the past 2,000 years", "en", "0018-09-21", "2018-09-20"),
    ("in the last 25 years", "en", "1993-09-21", "2018-09-20"),
    ("in the past two to three years", "en", "2015-09-21", "2018-09-20"),
    ("the first time in 25 years", "en", "1993-09-21", "2018-09-20"),
    ("the most measles in the United States in 25 years", "en", "1993-09-21", "2018-09-20"),
    ("the highest level in more than a decade", "en", None, None),
    ("w ostatnich pięciu latach", "pl", "2013-09-21", "2018-09-20"),
    ("od pięciu lat", "pl", "2013-09-21", "2018-09-20"),
    ("od 3 miesięcy", "pl", "2018-06-21", "2018-09-20"),
    ("od kilku lat", "pl", "2009-09-21", "2018-09-20"),
    ("the highest in 10 years", "en", "2008-09-21", "2018-09-20"),
    ("en los últimos cinco años", "es", "2013-09-21", "2018-09-20"),
    ("la última década", "es", "2008-09-21", "2018-09-20"),
    ("durante la última década", "es", "2008-09-21", "2018-09-20"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"), WINDOWS, ids=[f"{r[1]}: {r[0]}" for r in WINDOWS]
)
def test_a_window_is_a_span_with_both_ends(text, lang, start, end):
    if start is None:
        assert dates.normalise(text, ANCHOR, lang).status == "unparsed"
        return
    result = read_parsed(text, lang)
    assert interval_of(result) == (start, end, "span")
    assert result.edtf == f"{start}/{end}"


def test_a_window_with_no_direction_alone_is_not_placed():
    result = dates.normalise("w ciągu dwóch lat", ANCHOR, "pl")
    assert result.status == "unparsed"
    assert "tense" in result.reason


NOT_WINDOWS = [
    ("the 2,000 years of history", "en"),
    ("in the next three to five", "en"),
    ("the next five to three years", "en"),
    ("dzieci od 3 lat", "pl"),
    ("od 2 do 5 lat", "pl"),
    ("od 2 lat pozbawienia wolności", "pl"),
]


@pytest.mark.parametrize(
    ("text", "lang"), NOT_WINDOWS, ids=[f"{r[1]}: {r[0]}" for r in NOT_WINDOWS]
)
def test_a_count_of_units_that_is_not_a_window(text, lang):
    found = dates.find_dates(text, ANCHOR, lang)
    assert [f for f in found if f.result.granularity == "span"] == []


TENSED_WINDOWS = [
    # The tense of the sentence says which way "w ciągu" reaches.
    (
        "Cięcia stóp zmniejszą koszty zadłużenia o 25 mld zł w ciągu dwóch lat.",
        "pl",
        ("2018-09-20", "2020-09-20"),
    ),
    ("W ciągu dwóch lat ceny wzrosły o 20 proc.", "pl", ("2016-09-21", "2018-09-20")),
    ("Inflacja będzie spadać w ciągu roku.", "pl", ("2018-09-20", "2019-09-20")),
    ("Ceny w ciągu dwóch lat.", "pl", ("None", "None")),
    (
        "It was the first time in 25 years that measles returned.",
        "en",
        ("1993-09-21", "2018-09-20"),
    ),
    (
        "At least 25,000 jobs will be under threat in the next three to five years.",
        "en",
        ("2018-09-20", "2023-09-20"),
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "interval"), TENSED_WINDOWS, ids=[r[0][:40] for r in TENSED_WINDOWS]
)
def test_windows_in_running_text(text, lang, interval):
    (found,) = dates.find_dates(text, ANCHOR, lang)
    assert (str(found.result.start), str(found.result.end)) == interval


def test_a_future_point_stays_a_point():
    # "in 25 years" with nothing setting a record against it is 25 years on, as before.
    (found,) = dates.find_dates("The bridge will be paid off in 25 years.", ANCHOR, "en")
    assert interval_of(found.result) == ("2043-01-01", "2043-12-31", "year")


def test_a_window_ahead_in_a_past_tense_sentence_is_the_story_s_time():
    (found,) = dates.find_dates(
        "Over the next two years the company grew to 500 people.", ANCHOR, "en"
    )
    assert found.result.status == "unparsed"
    assert "story" in found.result.reason


COMING_IN_THE_PAST = [
    # Words that always count from the anchor keep their reading in a past-tense sentence.
    (
        "Prezes podkreślił, że perspektywy inflacji na najbliższe miesiące poprawiły się.",
        "pl",
        ("2018-09-20", "2018-12-20"),
    ),
    (
        "The bank said it had cut its forecast for the coming two years.",
        "en",
        ("2018-09-20", "2020-09-20"),
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "interval"), COMING_IN_THE_PAST, ids=[r[0][:40] for r in COMING_IN_THE_PAST]
)
def test_the_coming_months_count_from_the_anchor_in_any_tense(text, lang, interval):
    (found,) = dates.find_dates(text, ANCHOR, lang)
    assert (str(found.result.start), str(found.result.end)) == interval
