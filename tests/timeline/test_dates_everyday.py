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
    text = (
        "Zrodla podaly, ze w zeszlym miesiacu sprzedaz spadla, a najpozniej do konca roku wzrosnie."
    )
    found = dates.find_dates(text, ANCHOR, "pl")
    assert [(text[f.start : f.end], str(f.result.start)) for f in found] == [
        ("w zeszlym miesiacu", "2018-08-01"),
        ("najpozniej do konca roku", "2019-01-01"),
    ]
    assert all(text[f.start : f.end] == f.text for f in found)


# --- 2. Day ordinals in words ----------------------------------------------------------------
# A day of the month written as an ordinal, nominative or genitive, 21-31 as two words; with
# no year it is the latest such day on or before the anchor, as "1 marca" is.

DAY_ORDINALS = [
    ("pierwszego marca", "pl", "2018-03-01", "2018-03-01", "day"),
    ("piętnastego lutego 2019", "pl", "2019-02-15", "2019-02-15", "day"),
    ("Piętnasty lutego", "pl", "2018-02-15", "2018-02-15", "day"),
    ("trzeci dzień października", "pl", "2017-10-03", "2017-10-03", "day"),
    ("trzeciego dnia października 2016 r.", "pl", "2016-10-03", "2016-10-03", "day"),
    ("dwudziestego pierwszego maja", "pl", "2018-05-21", "2018-05-21", "day"),
    ("dwudziesty dziewiąty czerwca", "pl", "2018-06-29", "2018-06-29", "day"),
    ("trzydziestego pierwszego grudnia 2017 r.", "pl", "2017-12-31", "2017-12-31", "day"),
    ("drugiego listopada ubiegłego roku", "pl", "2017-11-02", "2017-11-02", "day"),
    ("piatego wrzesnia", "pl", "2018-09-05", "2018-09-05", "day"),
    ("the first of March", "en", "2018-03-01", "2018-03-01", "day"),
    ("on the fifteenth of February", "en", "2018-02-15", "2018-02-15", "day"),
    ("the thirty-first of December 2017", "en", "2017-12-31", "2017-12-31", "day"),
    ("March twenty-first", "en", "2018-03-21", "2018-03-21", "day"),
    ("March twenty first, 2019", "en", "2019-03-21", "2019-03-21", "day"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "granularity"),
    DAY_ORDINALS,
    ids=[f"{r[1]}: {r[0]}" for r in DAY_ORDINALS],
)
def test_a_day_ordinal_in_words_reads_as_the_day(text, lang, start, end, granularity):
    assert interval_of(read_parsed(text, lang)) == (start, end, granularity)


def test_a_day_ordinal_the_month_has_not_is_not_a_date():
    result = dates.normalise("trzydziestego pierwszego lutego", ANCHOR, "pl")
    assert result.status == "unparsed"
    assert "no day 31" in result.reason


def test_a_day_ordinal_is_detected_as_polish():
    result = dates.normalise("pierwszego marca", ANCHOR)
    assert (result.lang, str(result.start)) == ("pl", "2018-03-01")


ORDINALS_THAT_RANK = [
    ("Results for May first-quarter sales rose.", "en", []),
    ("In March second quarter data came.", "en", ["In March"]),
    # The month is found (a capitalised month is one in running text), not "second March".
    ("the second March meeting", "en", ["March"]),
    ("Spółka po raz drugi w marcu obniżyła ceny.", "pl", ["w marcu"]),
    ("Trzeci kwartał był słabszy.", "pl", ["Trzeci kwartał"]),
]


@pytest.mark.parametrize(("text", "lang", "texts"), ORDINALS_THAT_RANK)
def test_an_ordinal_that_ranks_something_is_not_a_day(text, lang, texts):
    assert [f.text for f in dates.find_dates(text, ANCHOR, lang)] == texts


def test_a_day_ordinal_is_found_in_running_text():
    text = "Spółka poinformowała, że pierwszego marca 2018 r. zmieniła prezesa."
    found = dates.find_dates(text, ANCHOR, "pl")
    assert [(f.text, str(f.result.start)) for f in found] == [
        ("pierwszego marca 2018 r.", "2018-03-01")
    ]


# --- 3. Weekday abbreviations ----------------------------------------------------------------
# Alone, an abbreviation reads as its weekday does: the latest one on or before the anchor.
# Before a date the date decides. Polish abbreviations need their dot.

WEEKDAY_ABBREVIATIONS = [
    ("pon.", "pl", "2018-09-17"),
    ("wt.", "pl", "2018-09-18"),
    ("śr.", "pl", "2018-09-19"),
    ("sr.", "pl", "2018-09-19"),
    ("czw.", "pl", "2018-09-20"),
    ("pt.", "pl", "2018-09-14"),
    ("sob.", "pl", "2018-09-15"),
    ("niedz.", "pl", "2018-09-16"),
    ("nd.", "pl", "2018-09-16"),
    ("w pt.", "pl", "2018-09-14"),
    ("czw., 5 września", "pl", "2018-09-05"),
    ("czw. 5 wrzesnia 2019 r.", "pl", "2019-09-05"),
    ("Mon", "en", "2018-09-17"),
    ("Tue", "en", "2018-09-18"),
    ("Tues.", "en", "2018-09-18"),
    ("Wed", "en", "2018-09-19"),
    ("Thu", "en", "2018-09-20"),
    ("Thur", "en", "2018-09-20"),
    ("Thurs.", "en", "2018-09-20"),
    ("Fri", "en", "2018-09-14"),
    ("Fri.", "en", "2018-09-14"),
    ("Sat", "en", "2018-09-15"),
    ("Sun", "en", "2018-09-16"),
    ("on Wed", "en", "2018-09-19"),
    ("last Fri", "en", "2018-09-14"),
    ("Fri, Jul 18", "en", "2018-07-18"),
    ("Thu, 20 Sep 2018", "en", "2018-09-20"),
    ("Fri", None, "2018-09-14"),
    ("czw.", None, "2018-09-20"),
]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    WEEKDAY_ABBREVIATIONS,
    ids=[f"{r[1]}: {r[0]}" for r in WEEKDAY_ABBREVIATIONS],
)
def test_a_weekday_abbreviation_reads_as_its_weekday(text, lang, day):
    assert interval_of(read_parsed(text, lang)) == (day, day, "day")


NOT_WEEKDAYS = [("pt", "pl"), ("sob", "pl"), ("sob", "en"), ("sat", "en"), ("sun", "en")]


@pytest.mark.parametrize(("text", "lang"), NOT_WEEKDAYS)
def test_a_weekday_abbreviation_without_its_dot_or_capital_is_a_word(text, lang):
    assert dates.normalise(text, ANCHOR, lang).status == "unparsed"


WEEKDAYS_IN_RUNNING_TEXT = [
    ("The Sun reported the deal, and he sat on the board.", "en", []),
    ("The Sun said on Sat that talks resumed.", "en", [("on Sat", "2018-09-15")]),
    ("Wed to Sun the show runs at the Sun theatre.", "en", []),
    (
        "Shares fell on Wed. and rose on Fri.",
        "en",
        [("on Wed.", "2018-09-19"), ("on Fri.", "2018-09-14")],
    ),
    ("Traders sob on Mon morning.", "en", [("on Mon", "2018-09-17")]),
    ("They wed March 3, 2015 in Leeds.", "en", [("March 3, 2015", "2015-03-03")]),
    ("He was reported on sun damage last Thu.", "en", [("last Thu.", "2018-09-13")]),
    ("Published Fri, Jul 18, 2014.", "en", [("Fri, Jul 18, 2014", "2014-07-18")]),
    ("Konferencja pt. „Przyszłość rynku” była udana.", "pl", []),
    ("Wystawa pt. Lato trwa dalej.", "pl", []),
    ("Notowania: czw., 5 września, kurs spadł.", "pl", [("czw., 5 września", "2018-09-05")]),
    ("Dane opublikowano w śr. rano.", "pl", [("w śr.", "2018-09-19")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WEEKDAYS_IN_RUNNING_TEXT)
def test_weekday_abbreviations_in_running_text(text, lang, expected):
    found = dates.find_dates(text, ANCHOR, lang)
    assert [(f.text, str(f.result.start)) for f in found] == expected
    assert all(text[f.start : f.end] == f.text for f in found)


# --- 4. Polish adjectives of days and months ---------------------------------------------------
# A weekday adjective is read as "w czwartek" is (the latest such day on or before the anchor),
# a month adjective as a bare month (this year's, or last year's when the month is still to
# come), "dzisiejszy" as the anchor day and "wczorajszy" as the day before. Singular forms
# only: a plural speaks of such days in general.

ADJECTIVES = [
    ("czwartkowej sesji", "2018-09-20", "2018-09-20", "day"),
    ("poniedziałkowym", "2018-09-17", "2018-09-17", "day"),
    ("we wtorkowym wydaniu", "2018-09-18", "2018-09-18", "day"),
    ("środowe posiedzenie", "2018-09-19", "2018-09-19", "day"),
    ("piątkowa sesja", "2018-09-14", "2018-09-14", "day"),
    ("piatkowej sesji", "2018-09-14", "2018-09-14", "day"),
    ("sobotnim meczu", "2018-09-15", "2018-09-15", "day"),
    ("niedzielne wybory", "2018-09-16", "2018-09-16", "day"),
    ("lipcowym odczycie", "2018-07-01", "2018-07-31", "month"),
    ("wrześniowa inflacja", "2018-09-01", "2018-09-30", "month"),
    ("wrzesniowa inflacja", "2018-09-01", "2018-09-30", "month"),
    ("październikowy", "2017-10-01", "2017-10-31", "month"),
    ("grudniowej decyzji", "2017-12-01", "2017-12-31", "month"),
    ("styczniowe dane", "2018-01-01", "2018-01-31", "month"),
    ("dzisiejszej", "2018-09-20", "2018-09-20", "day"),
    ("wczorajszym", "2018-09-19", "2018-09-19", "day"),
    ("we wczorajszym komunikacie", "2018-09-19", "2018-09-19", "day"),
    ("przedwczorajszej sesji", "2018-09-18", "2018-09-18", "day"),
    ("jutrzejsze posiedzenie", "2018-09-21", "2018-09-21", "day"),
]


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"), ADJECTIVES, ids=[r[0] for r in ADJECTIVES]
)
def test_an_adjective_of_a_day_or_month_reads_as_the_day_or_month(text, start, end, granularity):
    assert interval_of(read_parsed(text, "pl")) == (start, end, granularity)


NOT_ADJECTIVES_OF_A_DATE = [
    "środowisko",
    "środowiskowym",
    "powstanie listopadowe",
    "Powstanie styczniowe",
    "Konstytucja majowa",
    "czwartkowych notowaniach",
    "w dzisiejszych czasach",
    "czwartkowe i",
]


@pytest.mark.parametrize("text", NOT_ADJECTIVES_OF_A_DATE)
def test_a_word_that_only_looks_like_an_adjective_of_a_date_is_not_one(text):
    assert dates.normalise(text, ANCHOR, "pl").status == "unparsed"


ADJECTIVES_IN_RUNNING_TEXT = [
    ("Na czwartkowej sesji WIG20 spadł o 2 proc.", [("czwartkowej sesji", "2018-09-20")]),
    (
        "Lipcowy odczyt inflacji wyniósł 2 proc., a sierpniowa inflacja była niższa.",
        [("Lipcowy odczyt", "2018-07-01"), ("sierpniowa inflacja", "2018-08-01")],
    ),
    ("W dzisiejszych czasach to rzadkie, a środowisko jest ważne.", []),
    ("Powstanie listopadowe wybuchło w 1830 r.", [("w 1830 r.", "1830-01-01")]),
    ("Noc listopadowa to początek powstania.", []),
    (
        "We wczorajszym komunikacie spółka podała, że zysk wzrósł.",
        [("We wczorajszym komunikacie", "2018-09-19")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVES_IN_RUNNING_TEXT)
def test_adjectives_of_dates_in_running_text(text, expected):
    found = dates.find_dates(text, ANCHOR, "pl")
    assert [(f.text, str(f.result.start)) for f in found] == expected
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_month_adjective_in_a_future_sentence_is_the_coming_month():
    # As a bare month is (docs/dates.md, "Tense in running text").
    found = dates.find_dates("Listopadowy odczyt zostanie opublikowany.", ANCHOR, "pl")
    assert [(f.text, str(f.result.start)) for f in found] == [("Listopadowy odczyt", "2018-11-01")]


def test_a_relation_to_a_date_adjective_and_its_noun_is_a_relation_to_that_day():
    result = read_parsed("przed wczorajszą konferencją", "pl")
    assert interval_of(result) == ("2018-09-19", "2018-09-19", "day")
    assert (result.relation, result.reference) == ("before", "wczorajszą konferencją")
