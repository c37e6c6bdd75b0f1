"""Labels at the interval's real precision, in Polish and English, and EDTF strings.

Rows read: first day, last day, granularity, relation -> Polish label, English label.
"""

import datetime as dt

import pytest

from timeline import dates

LABELS = [
    ("2017-01-01", "2017-12-31", "year", None, "2017", "2017"),
    ("2018-08-01", "2018-08-31", "month", None, "sierpień 2018", "August 2018"),
    ("2018-09-20", "2018-09-20", "day", None, "20 września 2018", "20 September 2018"),
    ("2017-01-01", "2017-04-30", "span", None, "początek 2017", "early 2017"),
    ("2018-05-01", "2018-08-31", "span", None, "połowa 2018", "mid-2018"),
    ("2017-09-01", "2017-12-31", "span", None, "koniec 2017", "late 2017"),
    ("2018-08-01", "2018-08-10", "span", None, "początek sierpnia 2018", "early August 2018"),
    ("2018-08-11", "2018-08-20", "span", None, "połowa sierpnia 2018", "mid-August 2018"),
    ("2018-08-21", "2018-08-31", "span", None, "koniec sierpnia 2018", "late August 2018"),
    ("2019-02-21", "2019-02-28", "span", None, "koniec lutego 2019", "late February 2019"),
    ("2016-04-01", "2016-06-30", "quarter", None, "II kwartał 2016", "Q2 2016"),
    ("2015-07-01", "2015-12-31", "half", None, "II połowa 2015", "second half of 2015"),
    ("2015-01-01", "2015-06-30", "half", None, "I połowa 2015", "first half of 2015"),
    ("2018-06-01", "2018-08-31", "season", None, "lato 2018", "summer 2018"),
    ("2017-12-01", "2018-02-28", "season", None, "zima 2017/2018", "winter 2017/18"),
    ("1980-01-01", "1989-12-31", "decade", None, "lata 80. XX wieku", "1980s"),
    ("2010-01-01", "2019-12-31", "decade", None, "lata 2010.", "2010s"),
    ("1997-01-01", "1999-12-31", "span", None, "koniec lat 90. XX wieku", "late 1990s"),
    ("2018-09-17", "2018-09-23", "week", None, "tydzień 38, 2018", "week 38, 2018"),
    ("2020-12-28", "2021-01-03", "week", None, "tydzień 53, 2020", "week 53, 2020"),
    ("2018-09-01", "2018-09-20", "span", None, "1–20 września 2018", "1–20 September 2018"),
    (
        "2018-01-01",
        "2018-09-20",
        "span",
        None,
        "1 stycznia – 20 września 2018",
        "1 January – 20 September 2018",
    ),
    (
        "2017-12-20",
        "2018-01-03",
        "span",
        None,
        "20 grudnia 2017 – 3 stycznia 2018",
        "20 December 2017 – 3 January 2018",
    ),
    ("2015-01-01", "2017-12-31", "span", None, "2015–2017", "2015–2017"),
    ("2018-02-01", "2018-03-31", "span", None, "luty–marzec 2018", "February–March 2018"),
    ("2017-04-01", "2017-04-30", "month", "before", "przed kwietniem 2017", "before April 2017"),
    ("2017-04-01", "2017-04-30", "month", "after", "po kwietniu 2017", "after April 2017"),
    ("2017-01-01", "2017-12-31", "year", "before", "przed 2017 r.", "before 2017"),
    ("2017-01-01", "2017-12-31", "year", "after", "po 2017 r.", "after 2017"),
    (
        "2018-09-20",
        "2018-09-20",
        "day",
        "before",
        "przed 20 września 2018",
        "before 20 September 2018",
    ),
    ("2016-04-01", "2016-06-30", "quarter", "after", "po II kwartale 2016", "after Q2 2016"),
    ("2018-06-01", "2018-08-31", "season", "before", "przed latem 2018", "before summer 2018"),
    ("2017-01-01", "2017-04-30", "span", "before", "przed początkiem 2017", "before early 2017"),
]


@pytest.mark.parametrize(
    ("start", "end", "granularity", "relation", "polish", "english"),
    LABELS,
    ids=[r[5] for r in LABELS],
)
def test_labels_read_at_the_real_precision_of_the_interval(
    start, end, granularity, relation, polish, english
):
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    assert dates.label(first, last, granularity, "pl", relation=relation) == polish
    assert dates.label(first, last, granularity, "en", relation=relation) == english


MONTH_CASES = [
    (1, "styczniem", "styczniu"),
    (2, "lutym", "lutym"),
    (3, "marcem", "marcu"),
    (4, "kwietniem", "kwietniu"),
    (5, "majem", "maju"),
    (6, "czerwcem", "czerwcu"),
    (7, "lipcem", "lipcu"),
    (8, "sierpniem", "sierpniu"),
    (9, "wrześniem", "wrześniu"),
    (10, "październikiem", "październiku"),
    (11, "listopadem", "listopadzie"),
    (12, "grudniem", "grudniu"),
]


@pytest.mark.parametrize(
    ("month", "instrumental", "locative"), MONTH_CASES, ids=[r[1] for r in MONTH_CASES]
)
def test_polish_before_and_after_put_the_month_in_its_case(month, instrumental, locative):
    first = dt.date(2017, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert dates.label(first, last, "month", "pl", "before") == f"przed {instrumental} 2017"
    assert dates.label(first, last, "month", "pl", "after") == f"po {locative} 2017"


def test_languages_without_their_own_labels_fall_back_to_english():
    assert dates.label(dt.date(2018, 8, 1), dt.date(2018, 8, 31), "month", "de") == "August 2018"
    assert dates.label(dt.date(2018, 8, 1), dt.date(2018, 8, 31), "month", None) == "August 2018"


IMPOSSIBLE = [
    (None, dt.date(2018, 1, 1), None),
    (dt.date(2018, 1, 1), None, None),
    (dt.date(2018, 2, 1), dt.date(2018, 1, 1), None),
    (dt.date(2018, 1, 1), dt.date(2018, 1, 31), "during"),
]


@pytest.mark.parametrize(("start", "end", "relation"), IMPOSSIBLE)
def test_a_label_for_an_impossible_interval_raises_value_error(start, end, relation):
    with pytest.raises(ValueError):
        dates.label(start, end, "month", "pl", relation=relation)


EDTF = [
    ("wczoraj", "pl", "2018-09-19"),
    ("W sierpniu", "pl", "2018-08"),
    ("w ubiegłym roku", "pl", "2017"),
    ("na początku 2017 roku", "pl", "2017-01/2017-04"),
    ("wcześniej w tym miesiącu", "pl", "2018-09-01/2018-09-20"),
    ("w latach 80.", "pl", "198X"),
    ("w latach 2016–2018", "pl", "2016/2018"),
    ("II kwartał 2016", "pl", "2016-04/2016-06"),
    ("zimą 2018", "pl", "2017-12/2018-02"),
    ("w ubiegłym tygodniu", "pl", "2018-09-10/2018-09-16"),
    ("pod koniec sierpnia", "pl", "2018-08-21/2018-08-31"),
    ("przed kwietniem 2017", "pl", "[..2017-03]"),
    ("po kwietniu 2017", "pl", "[2017-05..]"),
    ("before 2017", "en", "[..2016]"),
    ("after 3 June 2018", "en", "[2018-06-04..]"),
]


@pytest.mark.parametrize(("text", "lang", "edtf"), EDTF, ids=[r[0] for r in EDTF])
def test_results_carry_an_edtf_string_at_their_precision(text, lang, edtf):
    assert dates.normalise(text, "2018-09-20", lang).edtf == edtf


def test_labels_of_parsed_results_round_trip_the_engine_output():
    result = dates.normalise("na początku sierpnia 2018", "2018-09-20", "pl")
    assert (
        dates.label(result.start, result.end, result.granularity, "pl") == "początek sierpnia 2018"
    )
