"""Vague counts, rolling windows, deadlines, two-digit years and scheduling verbs.

Anchor for every normalise() row: 2018-09-20, a Thursday. Rows read: expression, language ->
first day, last day, granularity (and, for deadlines, the referenced phrase). The tense rows
at the end use anchor 2019-10-31, as test_dates_tense.py does.
"""

import datetime as dt

import pytest

from tests.timeline.date_tables import ANCHOR, TENSE_ANCHOR, interval_of, read_parsed
from timeline import dates

# --- 1. Vague counts back (and forward) from the anchor -------------------------------------
# "kilka", "several", "mehrere": 3 to 9 units; "parę", "a few", "einige", "quelques", "unos":
# 2 to 9; "kilkanaście" 11 to 19; "kilkadziesiąt" 20 to 90; "a couple", "un par de": 2 to 3.
# Every unit the count can reach, each a whole calendar unit as "two years ago" is.

VAGUE_COUNTS = [
    # Polish
    ("kilka lat temu", "pl", "2009-01-01", "2015-12-31", "span"),
    ("parę lat temu", "pl", "2009-01-01", "2016-12-31", "span"),
    ("parę miesięcy temu", "pl", "2017-12-01", "2018-07-31", "span"),
    ("kilkanaście lat temu", "pl", "1999-01-01", "2007-12-31", "span"),
    ("kilkadziesiąt lat temu", "pl", "1928-01-01", "1998-12-31", "span"),
    ("kilka dni temu", "pl", "2018-09-11", "2018-09-17", "span"),
    ("kilka tygodni temu", "pl", "2018-07-16", "2018-09-02", "span"),
    ("przed kilku laty", "pl", "2009-01-01", "2015-12-31", "span"),
    ("za kilka dni", "pl", "2018-09-23", "2018-09-29", "span"),
    ("za parę dni", "pl", "2018-09-22", "2018-09-29", "span"),
    # English
    ("a few years ago", "en", "2009-01-01", "2016-12-31", "span"),
    ("several months ago", "en", "2017-12-01", "2018-06-30", "span"),
    ("a few months ago", "en", "2017-12-01", "2018-07-31", "span"),
    ("a couple of weeks ago", "en", "2018-08-27", "2018-09-09", "span"),
    ("a couple of years ago", "en", "2015-01-01", "2016-12-31", "span"),
    ("a few days ago", "en", "2018-09-11", "2018-09-18", "span"),
    ("a few decades ago", "en", "1920-01-01", "1999-12-31", "span"),
    ("in a couple of weeks", "en", "2018-10-01", "2018-10-14", "span"),
    ("a few weeks from now", "en", "2018-10-01", "2018-11-25", "span"),
    # German
    ("vor einigen Jahren", "de", "2009-01-01", "2016-12-31", "span"),
    ("vor ein paar Monaten", "de", "2017-12-01", "2018-07-31", "span"),
    ("vor mehreren Wochen", "de", "2018-07-16", "2018-09-02", "span"),
    ("in ein paar Tagen", "de", "2018-09-22", "2018-09-29", "span"),
    # French
    ("il y a quelques années", "fr", "2009-01-01", "2016-12-31", "span"),
    ("il y a plusieurs mois", "fr", "2017-12-01", "2018-07-31", "span"),
    # Spanish
    ("hace unos años", "es", "2009-01-01", "2016-12-31", "span"),
    ("hace varios meses", "es", "2017-12-01", "2018-07-31", "span"),
    ("hace un par de semanas", "es", "2018-08-27", "2018-09-09", "span"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "granularity"),
    VAGUE_COUNTS,
    ids=[f"{r[1]}: {r[0]}" for r in VAGUE_COUNTS],
)
def test_a_vague_count_reads_as_every_unit_it_can_reach(text, lang, start, end, granularity):
    result = read_parsed(text, lang)
    assert interval_of(result) == (start, end, granularity)
    assert (result.relation, result.reference) == (None, None)


def test_a_vague_count_crosses_a_year_boundary_in_calendar_units():
    assert interval_of(read_parsed("parę dni temu", "pl", dt.date(2019, 1, 3))) == (
        "2018-12-25",
        "2019-01-01",
        "span",
    )


def test_a_vague_count_is_read_when_the_language_is_detected():
    result = dates.normalise("kilka lat temu", ANCHOR)
    assert (result.lang, str(result.start), str(result.end)) == ("pl", "2009-01-01", "2015-12-31")


# --- 2. Rolling windows up to the anchor ----------------------------------------------------
# From the day after the same date N units back to the anchor itself; a vague count ("the past
# few years") reaches as far as its largest count.

WINDOWS = [
    # English
    ("the past year", "en", "2017-09-21", "2018-09-20"),
    ("over the past year", "en", "2017-09-21", "2018-09-20"),
    ("in the last year", "en", "2017-09-21", "2018-09-20"),
    ("in the past two months", "en", "2018-07-21", "2018-09-20"),
    ("the last 12 months", "en", "2017-09-21", "2018-09-20"),
    ("during the past week", "en", "2018-09-14", "2018-09-20"),
    ("the past 30 days", "en", "2018-08-22", "2018-09-20"),
    ("over the last two quarters", "en", "2018-03-21", "2018-09-20"),
    ("over the past decade", "en", "2008-09-21", "2018-09-20"),
    ("the past few years", "en", "2009-09-21", "2018-09-20"),
    # Polish
    ("w ciągu ostatniego roku", "pl", "2017-09-21", "2018-09-20"),
    ("przez ostatni rok", "pl", "2017-09-21", "2018-09-20"),
    ("w ostatnich dwóch miesiącach", "pl", "2018-07-21", "2018-09-20"),
    ("przez ostatnie dwa lata", "pl", "2016-09-21", "2018-09-20"),
    ("w ciągu ostatnich 12 miesięcy", "pl", "2017-09-21", "2018-09-20"),
    ("w ciągu ostatniego tygodnia", "pl", "2018-09-14", "2018-09-20"),
    ("w ciągu ostatnich kilku lat", "pl", "2009-09-21", "2018-09-20"),
    # German
    ("in den letzten zwei Monaten", "de", "2018-07-21", "2018-09-20"),
    ("in den vergangenen zwölf Monaten", "de", "2017-09-21", "2018-09-20"),
    # French
    ("au cours de la dernière année", "fr", "2017-09-21", "2018-09-20"),
    ("ces deux derniers mois", "fr", "2018-07-21", "2018-09-20"),
    ("au cours des 12 derniers mois", "fr", "2017-09-21", "2018-09-20"),
    # Spanish
    ("en el último año", "es", "2017-09-21", "2018-09-20"),
    ("en los últimos dos meses", "es", "2018-07-21", "2018-09-20"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"), WINDOWS, ids=[f"{r[1]}: {r[0]}" for r in WINDOWS]
)
def test_a_rolling_window_ends_on_the_anchor(text, lang, start, end):
    assert interval_of(read_parsed(text, lang)) == (start, end, "span")


WINDOW_EDGES = [
    # A month back from 31 March is 28 February: the window is all of March.
    ("the past month", "en", dt.date(2018, 3, 31), "2018-03-01", "2018-03-31"),
    # A year back from 29 February is 28 February: 366 days, leap day included.
    ("the past year", "en", dt.date(2020, 2, 29), "2019-03-01", "2020-02-29"),
    ("w ciągu ostatniego miesiąca", "pl", dt.date(2019, 1, 10), "2018-12-11", "2019-01-10"),
]


@pytest.mark.parametrize(
    ("text", "lang", "anchor", "start", "end"), WINDOW_EDGES, ids=[str(r[2]) for r in WINDOW_EDGES]
)
def test_a_rolling_window_counts_back_from_the_anchor_across_month_ends(
    text, lang, anchor, start, end
):
    assert interval_of(read_parsed(text, lang, anchor)) == (start, end, "span")


CALENDAR_UNITS = [
    ("last year", "en"),
    ("w ubiegłym roku", "pl"),
    ("w zeszłym roku", "pl"),
    ("im vergangenen Jahr", "de"),
    ("im letzten Jahr", "de"),
    ("l'année dernière", "fr"),
    ("el año pasado", "es"),
]


@pytest.mark.parametrize(("text", "lang"), CALENDAR_UNITS, ids=[r[0] for r in CALENDAR_UNITS])
def test_last_year_is_still_the_previous_calendar_year(text, lang):
    assert interval_of(read_parsed(text, lang)) == ("2017-01-01", "2017-12-31", "year")


# --- Vague stretches with no defensible limit ----------------------------------------------

TOO_VAGUE = [
    ("in recent weeks", "en"),
    ("in recent years", "en"),
    ("recently", "en"),
    ("many years ago", "en"),
    ("some years ago", "en"),
    ("years ago", "en"),
    ("wiele lat temu", "pl"),
    ("lata temu", "pl"),
    ("w ostatnich latach", "pl"),
    ("w ostatnich miesiącach", "pl"),
    ("ostatnio", "pl"),
    ("vor vielen Jahren", "de"),
    ("in den letzten Jahren", "de"),
    ("ces dernières années", "fr"),
    ("il y a longtemps", "fr"),
    ("en los últimos años", "es"),
    ("hace muchos años", "es"),
]


@pytest.mark.parametrize(("text", "lang"), TOO_VAGUE, ids=[r[0] for r in TOO_VAGUE])
def test_a_stretch_with_no_defensible_limit_stays_unparsed_and_says_why(text, lang):
    result = dates.normalise(text, ANCHOR, lang)
    assert result.status == "unparsed"
    assert "too vague" in result.reason
    assert (result.start, result.end, result.edtf) == (None, None, None)


NOT_WINDOWS = [
    ("the last year of his term", "en"),
    ("ostatnie lata", "pl"),
    ("in 17", "en"),
    ("w 17", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_WINDOWS, ids=[r[0] for r in NOT_WINDOWS])
def test_look_alikes_of_the_new_expressions_are_not_dates(text, lang):
    result = dates.normalise(text, ANCHOR, lang)
    assert result.status == "unparsed"
    assert result.start is None


def test_without_an_anchor_a_vague_count_or_window_needs_one():
    for text, lang in (("kilka lat temu", "pl"), ("the past year", "en")):
        result = dates.normalise(text, None, lang)
        assert result.status == "unparsed"
        assert "anchor" in result.reason


# --- 3. Deadlines --------------------------------------------------------------------------
# "by X" is relation "before" the unit right after X, at X's own precision: "by the end of
# 2017" is before 2018, "by March 2019" before April 2019, "by 3 June" before 4 June. The
# reference is the deadline phrase as written.

DEADLINES = [
    # English
    ("by the end of 2017", "en", "2018-01-01", "2018-12-31", "year", "the end of 2017"),
    ("before the end of 2017", "en", "2018-01-01", "2018-12-31", "year", "the end of 2017"),
    ("by March 2019", "en", "2019-04-01", "2019-04-30", "month", "March 2019"),
    ("by the end of the year", "en", "2019-01-01", "2019-12-31", "year", "the end of the year"),
    ("by the end of next year", "en", "2020-01-01", "2020-12-31", "year", "the end of next year"),
    ("by the end of the month", "en", "2018-10-01", "2018-10-31", "month", "the end of the month"),
    ("by the end of the week", "en", "2018-09-24", "2018-09-24", "day", "the end of the week"),
    (
        "by the end of the quarter",
        "en",
        "2018-10-01",
        "2018-12-31",
        "quarter",
        "the end of the quarter",
    ),
    ("no later than June", "en", "2018-07-01", "2018-07-31", "month", "June"),
    ("by June 3, 2018", "en", "2018-06-04", "2018-06-04", "day", "June 3, 2018"),
    ("by 2020", "en", "2021-01-01", "2021-12-31", "year", "2020"),
    ("by March 2019 at the latest", "en", "2019-04-01", "2019-04-30", "month", "March 2019"),
    # Polish
    ("do końca 2017 roku", "pl", "2018-01-01", "2018-12-31", "year", "końca 2017 roku"),
    ("przed końcem 2017 roku", "pl", "2018-01-01", "2018-12-31", "year", "końcem 2017 roku"),
    ("do końca roku", "pl", "2019-01-01", "2019-12-31", "year", "końca roku"),
    ("do końca przyszłego roku", "pl", "2020-01-01", "2020-12-31", "year", "końca przyszłego roku"),
    ("do końca marca", "pl", "2018-04-01", "2018-04-30", "month", "końca marca"),
    ("do końca tygodnia", "pl", "2018-09-24", "2018-09-24", "day", "końca tygodnia"),
    ("do marca 2019", "pl", "2019-04-01", "2019-04-30", "month", "marca 2019"),
    ("najpóźniej w czerwcu", "pl", "2018-07-01", "2018-07-31", "month", "czerwcu"),
    ("najpóźniej do 15 marca 2019", "pl", "2019-03-16", "2019-03-16", "day", "15 marca 2019"),
    ("do 2020 roku", "pl", "2021-01-01", "2021-12-31", "year", "2020 roku"),
    # German
    ("bis Ende 2017", "de", "2018-01-01", "2018-12-31", "year", "Ende 2017"),
    ("bis März 2019", "de", "2019-04-01", "2019-04-30", "month", "März 2019"),
    ("bis zum Jahresende", "de", "2019-01-01", "2019-12-31", "year", "Jahresende"),
    # French
    ("d'ici fin 2017", "fr", "2018-01-01", "2018-12-31", "year", "fin 2017"),
    ("d'ici mars 2019", "fr", "2019-04-01", "2019-04-30", "month", "mars 2019"),
    ("avant la fin de 2017", "fr", "2018-01-01", "2018-12-31", "year", "la fin de 2017"),
    # Spanish
    ("antes de finales de 2017", "es", "2018-01-01", "2018-12-31", "year", "finales de 2017"),
    ("para marzo de 2019", "es", "2019-04-01", "2019-04-30", "month", "marzo de 2019"),
    ("a más tardar en junio", "es", "2018-07-01", "2018-07-31", "month", "junio"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "granularity", "reference"),
    DEADLINES,
    ids=[f"{r[1]}: {r[0]}" for r in DEADLINES],
)
def test_a_deadline_is_before_the_unit_right_after_it(
    text, lang, start, end, granularity, reference
):
    result = read_parsed(text, lang)
    assert interval_of(result) == (start, end, granularity)
    assert (result.relation, result.reference) == ("before", reference)


STRICTLY_BEFORE = [
    ("before April 2017", "en", "2017-04-01", "[..2017-03]"),
    ("przed kwietniem 2017", "pl", "2017-04-01", "[..2017-03]"),
    ("vor April 2017", "de", "2017-04-01", "[..2017-03]"),
    ("avant avril 2017", "fr", "2017-04-01", "[..2017-03]"),
    ("antes de abril de 2017", "es", "2017-04-01", "[..2017-03]"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "edtf"), STRICTLY_BEFORE, ids=[r[0] for r in STRICTLY_BEFORE]
)
def test_before_a_date_is_not_a_deadline_and_excludes_that_date(text, lang, start, edtf):
    result = read_parsed(text, lang)
    assert (str(result.start), result.relation, result.edtf) == (start, "before", edtf)


def test_a_deadline_in_lower_case_may_is_a_verb():
    assert dates.normalise("by may", ANCHOR, "en").status == "unparsed"


# --- 4. Two-digit years ----------------------------------------------------------------------
# The year with those digits nearest the anchor's, at most ten years after it.

TWO_DIGIT_YEARS = [
    # English
    ("in '17", "en", "2017-01-01", "2017-12-31", "year"),
    ("in ’17", "en", "2017-01-01", "2017-12-31", "year"),
    ("summer '18", "en", "2018-06-01", "2018-08-31", "season"),
    ("Q3 '16", "en", "2016-07-01", "2016-09-30", "quarter"),
    ("3Q '16", "en", "2016-07-01", "2016-09-30", "quarter"),
    ("H1 '17", "en", "2017-01-01", "2017-06-30", "half"),
    ("March '19", "en", "2019-03-01", "2019-03-31", "month"),
    ("early '17", "en", "2017-01-01", "2017-04-30", "span"),
    ("the third quarter of '16", "en", "2016-07-01", "2016-09-30", "quarter"),
    ("the '90s", "en", "1990-01-01", "1999-12-31", "decade"),
    # Polish
    ("w '17", "pl", "2017-01-01", "2017-12-31", "year"),
    ("lato '18", "pl", "2018-06-01", "2018-08-31", "season"),
    ("marzec '19", "pl", "2019-03-01", "2019-03-31", "month"),
    ("w III kw. '16", "pl", "2016-07-01", "2016-09-30", "quarter"),
    ("pod koniec '17", "pl", "2017-09-01", "2017-12-31", "span"),
    ("lata '90", "pl", "1990-01-01", "1999-12-31", "decade"),
    # German
    ("im Sommer '18", "de", "2018-06-01", "2018-08-31", "season"),
    ("März '19", "de", "2019-03-01", "2019-03-31", "month"),
    # French
    ("l'été '18", "fr", "2018-06-01", "2018-08-31", "season"),
    ("mars '19", "fr", "2019-03-01", "2019-03-31", "month"),
    # Spanish
    ("el verano del '18", "es", "2018-06-01", "2018-08-31", "season"),
    ("marzo de '19", "es", "2019-03-01", "2019-03-31", "month"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "granularity"),
    TWO_DIGIT_YEARS,
    ids=[f"{r[1]}: {r[0]}" for r in TWO_DIGIT_YEARS],
)
def test_a_two_digit_year_takes_the_century_of_the_anchor(text, lang, start, end, granularity):
    assert interval_of(read_parsed(text, lang)) == (start, end, granularity)


PIVOTS = [
    ("in '28", dt.date(2018, 9, 20), 2028),
    ("in '29", dt.date(2018, 9, 20), 1929),
    ("in '99", dt.date(2005, 1, 1), 1999),
    ("in '15", dt.date(2005, 1, 1), 2015),
    ("in '16", dt.date(2005, 1, 1), 1916),
    ("in '03", dt.date(2095, 6, 1), 2103),
]


@pytest.mark.parametrize(
    ("text", "anchor", "year"), PIVOTS, ids=[f"{r[0]} @{r[1]}" for r in PIVOTS]
)
def test_a_two_digit_year_goes_at_most_ten_years_past_the_anchor(text, anchor, year):
    assert read_parsed(text, "en", anchor).start == dt.date(year, 1, 1)


@pytest.mark.parametrize(("text", "lang"), [("in '17", "en"), ("Q3 '16", "en"), ("w '17", "pl")])
def test_without_an_anchor_a_two_digit_year_is_not_guessed(text, lang):
    result = dates.normalise(text, None, lang)
    assert result.status == "unparsed"
    assert "two-digit year" in result.reason
    assert "century" in result.reason


def test_the_century_comes_from_the_anchor_not_from_the_cache():
    dates.normalise("in '29", "2018-09-20", "en")
    before = dates.cache_info()
    years = [
        dates.normalise("in '29", anchor, "en").start.year
        for anchor in ("2018-09-20", "2025-01-01")
    ]
    assert years == [1929, 2029]
    assert dates.cache_info().misses == before.misses


# --- Labels and EDTF of the new readings ----------------------------------------------------

LABELS = [
    ("kilka lat temu", "pl", "2009–2015", "2009–2015"),
    ("parę miesięcy temu", "pl", "grudzień 2017 – lipiec 2018", "December 2017 – July 2018"),
    ("a few days ago", "en", "11–18 września 2018", "11–18 September 2018"),
    (
        "w ciągu ostatniego roku",
        "pl",
        "21 września 2017 – 20 września 2018",
        "21 September 2017 – 20 September 2018",
    ),
    ("in the past two months", "en", "21 lipca – 20 września 2018", "21 July – 20 September 2018"),
    ("do końca 2017 roku", "pl", "przed 2018 r.", "before 2018"),
    ("by March 2019", "en", "przed kwietniem 2019", "before April 2019"),
    ("najpóźniej do 15 marca 2019", "pl", "przed 16 marca 2019", "before 16 March 2019"),
    ("by the end of the quarter", "en", "przed IV kwartałem 2018", "before Q4 2018"),
    ("summer '18", "en", "lato 2018", "summer 2018"),
    ("Q3 '16", "en", "III kwartał 2016", "Q3 2016"),
]


@pytest.mark.parametrize(("text", "lang", "polish", "english"), LABELS, ids=[r[0] for r in LABELS])
def test_the_new_readings_have_natural_labels(text, lang, polish, english):
    r = read_parsed(text, lang)
    assert dates.label(r.start, r.end, r.granularity, "pl", relation=r.relation) == polish
    assert dates.label(r.start, r.end, r.granularity, "en", relation=r.relation) == english


EDTF = [
    ("kilka lat temu", "pl", "2009/2015"),
    ("parę miesięcy temu", "pl", "2017-12/2018-07"),
    ("the past year", "en", "2017-09-21/2018-09-20"),
    ("by the end of 2017", "en", "[..2017]"),
    ("do marca 2019", "pl", "[..2019-03]"),
    ("by June 3, 2018", "en", "[..2018-06-03]"),
    ("in '17", "en", "2017"),
]


@pytest.mark.parametrize(("text", "lang", "edtf"), EDTF, ids=[r[0] for r in EDTF])
def test_the_new_readings_carry_their_edtf(text, lang, edtf):
    assert read_parsed(text, lang).edtf == edtf


# --- In running text ------------------------------------------------------------------------

FOUND = [
    ("Kilka lat temu firma zbankrutowała.", "pl", "Kilka lat temu", "2010-01-01", None),
    (
        "W ciągu ostatniego roku ceny wzrosły o 5%.",
        "pl",
        "W ciągu ostatniego roku",
        "2018-11-01",
        None,
    ),
    ("Program potrwa do końca roku.", "pl", "do końca roku", "2020-01-01", "before"),
    (
        "Spółka przedstawi raport najpóźniej w czerwcu.",
        "pl",
        "najpóźniej w czerwcu",
        "2020-07-01",
        "before",
    ),
    ("Sprzedaż wzrosła w '17.", "pl", "w '17", "2017-01-01", None),
    ("A few years ago the firm was bankrupt.", "en", "A few years ago", "2010-01-01", None),
    (
        "Sales have grown over the past year, it said.",
        "en",
        "over the past year",
        "2018-11-01",
        None,
    ),
    ("The plant will close by March.", "en", "by March", "2020-04-01", "before"),
    ("The plant closed by March.", "en", "by March", "2019-04-01", "before"),
    (
        "The rules must be adopted by the end of 2020.",
        "en",
        "by the end of 2020",
        "2021-01-01",
        "before",
    ),
    ("Revenue rose in '17.", "en", "in '17", "2017-01-01", None),
    (
        "Das Werk wurde vor einigen Jahren geschlossen.",
        "de",
        "vor einigen Jahren",
        "2010-01-01",
        None,
    ),
    ("L'usine fermera d'ici mars 2020.", "fr", "d'ici mars 2020", "2020-04-01", "before"),
    (
        "La planta cerrará antes de finales de 2020.",
        "es",
        "antes de finales de 2020",
        "2021-01-01",
        "before",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "expression", "start", "relation"), FOUND, ids=[r[0] for r in FOUND]
)
def test_the_new_expressions_are_found_in_running_text(text, lang, expression, start, relation):
    found = dates.find_dates(text, TENSE_ANCHOR, lang)
    assert [(f.text, str(f.result.start), f.result.relation) for f in found] == [
        (expression, start, relation)
    ]


NOT_FOUND = [
    # A stretch up to now, not a date ahead.
    ("Sales were the highest in several years.", "en", []),
    ("Ceny w ostatnich latach rosły.", "pl", []),
    # A range, not a deadline: "do marca" is the range's end.
    ("Od stycznia do marca sprzedaż wzrosła.", "pl", ["Od stycznia do marca"]),
    ("By Monday morning $50,000 had been paid.", "en", ["Monday"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NOT_FOUND, ids=[r[0] for r in NOT_FOUND])
def test_look_alikes_in_running_text_keep_their_old_reading(text, lang, expected):
    assert [f.text for f in dates.find_dates(text, TENSE_ANCHOR, lang)] == expected


# --- 5. Present tense of scheduling verbs ---------------------------------------------------
# Anchor 2019-10-31, a Thursday. "future" rows read the next occurrence on or after the anchor;
# the others keep the reading normalise() gives the expression on its own.

# fmt: off
SCHEDULED = [
    # Polish
    ("pl", "Konferencja startuje w lipcu.", "w lipcu", "2020-07-01", "2020-07-31", "future"),
    ("pl", "Nowe przepisy wchodzą w życie w styczniu.", "w styczniu", "2020-01-01", "2020-01-31", "future"),
    ("pl", "Targi ruszają w marcu.", "w marcu", "2020-03-01", "2020-03-31", "future"),
    ("pl", "Festiwal rozpoczyna się w sobotę.", "w sobotę", "2019-11-02", "2019-11-02", "future"),
    ("pl", "Nowe stawki zaczynają obowiązywać od stycznia.", "od stycznia", "2020-01-01", "2020-01-31", "future"),
    ("pl", "Spotkanie odbywa się w czwartek.", "w czwartek", "2019-10-31", "2019-10-31", "future, the anchor's own day"),
    ("pl", "W lipcu firma ogłosiła wyniki.", "W lipcu", "2019-07-01", "2019-07-31", "past"),
    ("pl", "Program ruszył w marcu.", "w marcu", "2019-03-01", "2019-03-31", "past"),
    ("pl", "Jej rok obrotowy zaczyna się w lipcu.", "w lipcu", "2019-07-01", "2019-07-31", "no cue: not a scheduling verb"),
    # English
    ("en", "The conference opens in July.", "in July", "2020-07-01", "2020-07-31", "future"),
    ("en", "The rules take effect in January.", "in January", "2020-01-01", "2020-01-31", "future"),
    ("en", "The festival starts in March.", "in March", "2020-03-01", "2020-03-31", "future"),
    ("en", "The new law comes into force on Monday.", "on Monday", "2019-11-04", "2019-11-04", "future"),
    ("en", "Talks begin on Tuesday.", "on Tuesday", "2019-11-05", "2019-11-05", "future"),
    ("en", "In July the company announced results.", "In July", "2019-07-01", "2019-07-31", "past"),
    ("en", "The conference opened in July.", "in July", "2019-07-01", "2019-07-31", "no cue: a past form"),
    ("en", "The rules did not take effect in January.", "in January", "2019-01-01", "2019-01-31", "no cue: 'did not'"),
    ("en", "Sales got off to a slow start in July.", "in July", "2019-07-01", "2019-07-31", "past"),
    # German
    ("de", "Das Gesetz tritt im Januar in Kraft.", "im Januar", "2020-01-01", "2020-01-31", "future"),
    ("de", "Die Messe findet im März statt.", "im März", "2020-03-01", "2020-03-31", "future"),
    ("de", "Die Messe fand im März statt.", "im März", "2019-03-01", "2019-03-31", "no cue: a past form"),
    ("de", "Die Firma konnte im März nicht starten.", "im März", "2019-03-01", "2019-03-31", "past modal nearest"),
    # French
    ("fr", "Le festival débute en mars.", "en mars", "2020-03-01", "2020-03-31", "future"),
    ("fr", "La réforme entre en vigueur en janvier.", "en janvier", "2020-01-01", "2020-01-31", "future"),
    ("fr", "Le festival a débuté en mars.", "en mars", "2019-03-01", "2019-03-31", "past"),
    ("fr", "La conférence a lieu en juillet.", "en juillet", "2020-07-01", "2020-07-31", "future, 'a' is not a past here"),
    ("fr", "La conférence a eu lieu en juillet.", "en juillet", "2019-07-01", "2019-07-31", "past"),
    # Spanish
    ("es", "El festival comienza en marzo.", "en marzo", "2020-03-01", "2020-03-31", "future"),
    ("es", "La ley entra en vigor en enero.", "en enero", "2020-01-01", "2020-01-31", "future"),
    ("es", "El festival comenzó en marzo.", "en marzo", "2019-03-01", "2019-03-31", "past"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "expression", "first", "last", "why"),
    SCHEDULED,
    ids=[f"{r[0]}: {r[1]} ({r[5]})" for r in SCHEDULED],
)
def test_a_scheduling_verb_in_the_present_reads_a_bare_date_as_coming(
    lang, text, expression, first, last, why
):
    found = [f for f in dates.find_dates(text, TENSE_ANCHOR, lang) if f.text == expression]
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == expression
    result = found[0].result
    assert (str(result.start), str(result.end)) == (first, last)
    if not why.startswith("future"):
        assert result == dates.normalise(expression, TENSE_ANCHOR, lang)


# --- Engine --------------------------------------------------------------------------------


def test_none_of_the_new_kinds_asks_dateparser(monkeypatch):
    from timeline.dates import fallback
    from timeline.dates.parsing import compile_expression

    asked = []

    class Recording:
        def get_date_data(self, text):
            asked.append(text)

    monkeypatch.setattr(fallback, "_parser", lambda lang: Recording())
    compile_expression.cache_clear()
    for table in (VAGUE_COUNTS, DEADLINES, TWO_DIGIT_YEARS):
        for text, lang, *_ in table:
            dates.normalise(text, ANCHOR, lang)
    for text, lang, *_ in (*WINDOWS, *TOO_VAGUE):
        dates.normalise(text, ANCHOR, lang)
    assert asked == []


def test_the_engine_version_says_results_changed():
    assert dates.ENGINE_VERSION == "1.9.1"
