"""Ranges of months and quarters: one interval from the first day of the first month to the
last day of the last (docs/dates.md, "Ranges of months").

Anchor for every row: 2018-09-20, a Thursday, unless a row says otherwise. Every range is
granularity "span", as ranges of years and of days are; its label is read off the interval's
shape like any other ("January–March 2019" is "Q1 2019").
"""

import pytest

from tests.timeline.date_tables import ANCHOR, TENSE_ANCHOR, read_parsed
from timeline import dates

# --- 1. Whole expressions --------------------------------------------------------------------
# expression, language -> first day, last day, EDTF, label (en), label (pl)

# fmt: off
WHOLE = [
    # English
    ("from January to March 2019", "en", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("January-March 2019", "en", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("January–March 2019", "en", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("Jan-Mar 2019", "en", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("between January and March 2019", "en", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("from January until March 2019", "en", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("from February to April 2019", "en", "2019-02-01", "2019-04-30", "2019-02/2019-04", "February–April 2019", "luty–kwiecień 2019"),
    ("February through October 2019", "en", "2019-02-01", "2019-10-31", "2019-02/2019-10", "February–October 2019", "luty–październik 2019"),
    ("from January to the end of March 2019", "en", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("from January to December 2019", "en", "2019-01-01", "2019-12-31", "2019", "2019", "2019"),
    ("from May to August 2019", "en", "2019-05-01", "2019-08-31", "2019-05/2019-08", "mid-2019", "połowa 2019"),
    ("from November 2017 to February 2018", "en", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("December 2017–January 2018", "en", "2017-12-01", "2018-01-31", "2017-12/2018-01", "December 2017 – January 2018", "grudzień 2017 – styczeń 2018"),
    ("from January 2019 until March 2020", "en", "2019-01-01", "2020-03-31", "2019-01/2020-03", "January 2019 – March 2020", "styczeń 2019 – marzec 2020"),
    ("from January 2017 to December 2018", "en", "2017-01-01", "2018-12-31", "2017/2018", "2017–2018", "2017–2018"),
    ("from November 2017 to February", "en", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    # The year at the end is the whole range's; a start after the end is the year before.
    ("from November to February 2018", "en", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("from January to March of last year", "en", "2017-01-01", "2017-03-31", "2017-01/2017-03", "Q1 2017", "I kwartał 2017"),
    # No year: the latest such range that has begun, as for a bare month.
    ("from January to March", "en", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    ("January-March", "en", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    ("January to March", "en", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    ("from August to October", "en", "2018-08-01", "2018-10-31", "2018-08/2018-10", "August–October 2018", "sierpień–październik 2018"),
    ("from November to February", "en", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    # Polish
    ("od stycznia do marca 2019", "pl", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("od stycznia do marca 2019 r.", "pl", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("od stycznia do marca", "pl", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    ("od stycznia aż do marca", "pl", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    ("od lutego do końca kwietnia 2019", "pl", "2019-02-01", "2019-04-30", "2019-02/2019-04", "February–April 2019", "luty–kwiecień 2019"),
    ("styczeń–marzec 2019", "pl", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("w styczniu–marcu 2019 r.", "pl", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("między styczniem a marcem 2019", "pl", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("od listopada 2017 do lutego 2018", "pl", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("od listopada 2017 r. do lutego 2018 r.", "pl", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("od listopada do lutego 2018", "pl", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("od listopada do lutego", "pl", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("od stycznia do marca ubiegłego roku", "pl", "2017-01-01", "2017-03-31", "2017-01/2017-03", "Q1 2017", "I kwartał 2017"),
    ("od stycznia do marca br.", "pl", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    # German
    ("von Januar bis März 2019", "de", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("Januar bis März 2019", "de", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("Januar–März 2019", "de", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("zwischen Januar und März 2019", "de", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("von November 2017 bis Februar 2018", "de", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("von Januar bis März", "de", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    # French
    ("de janvier à mars 2019", "fr", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("d'avril à juin 2019", "fr", "2019-04-01", "2019-06-30", "2019-04/2019-06", "Q2 2019", "II kwartał 2019"),
    ("entre janvier et mars 2019", "fr", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("janvier-mars 2019", "fr", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("de novembre 2017 à février 2018", "fr", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    # Spanish
    ("de enero a marzo de 2019", "es", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("desde enero hasta marzo de 2019", "es", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("entre enero y marzo de 2019", "es", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("enero-marzo de 2019", "es", "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("de noviembre de 2017 a febrero de 2018", "es", "2017-11-01", "2018-02-28", "2017-11/2018-02", "November 2017 – February 2018", "listopad 2017 – luty 2018"),
    ("desde enero hasta marzo", "es", "2018-01-01", "2018-03-31", "2018-01/2018-03", "Q1 2018", "I kwartał 2018"),
    # Detected language
    ("January–March 2019", None, "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    ("od stycznia do marca 2019", None, "2019-01-01", "2019-03-31", "2019-01/2019-03", "Q1 2019", "I kwartał 2019"),
    # Ranges of quarters
    ("Q1–Q3 2019", "en", "2019-01-01", "2019-09-30", "2019-01/2019-09", "January–September 2019", "styczeń–wrzesień 2019"),
    ("Q2-Q3 2019", None, "2019-04-01", "2019-09-30", "2019-04/2019-09", "April–September 2019", "kwiecień–wrzesień 2019"),
    ("Q1 to Q2 2019", "en", "2019-01-01", "2019-06-30", "2019-01/2019-06", "first half of 2019", "I połowa 2019"),
    ("from the first to the third quarter of 2019", "en", "2019-01-01", "2019-09-30", "2019-01/2019-09", "January–September 2019", "styczeń–wrzesień 2019"),
    ("od I do III kwartału 2019", "pl", "2019-01-01", "2019-09-30", "2019-01/2019-09", "January–September 2019", "styczeń–wrzesień 2019"),
    ("I–III kwartał 2019 r.", "pl", "2019-01-01", "2019-09-30", "2019-01/2019-09", "January–September 2019", "styczeń–wrzesień 2019"),
    ("vom ersten bis zum dritten Quartal 2019", "de", "2019-01-01", "2019-09-30", "2019-01/2019-09", "January–September 2019", "styczeń–wrzesień 2019"),
    ("du premier au troisième trimestre 2019", "fr", "2019-01-01", "2019-09-30", "2019-01/2019-09", "January–September 2019", "styczeń–wrzesień 2019"),
    ("del primer al tercer trimestre de 2019", "es", "2019-01-01", "2019-09-30", "2019-01/2019-09", "January–September 2019", "styczeń–wrzesień 2019"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "edtf", "label_en", "label_pl"),
    WHOLE,
    ids=[f"{r[1]}:{r[0]}" for r in WHOLE],
)
def test_a_range_of_months_is_one_span_from_the_first_month_to_the_last(
    text, lang, start, end, edtf, label_en, label_pl
):
    result = read_parsed(text, lang)
    assert (str(result.start), str(result.end), result.granularity) == (start, end, "span")
    assert (result.edtf, result.relation) == (edtf, None)
    assert dates.label(result.start, result.end, result.granularity, "en") == label_en
    assert dates.label(result.start, result.end, result.granularity, "pl") == label_pl


def test_a_range_with_a_year_needs_no_anchor_and_one_without_does():
    assert str(read_parsed("od stycznia do marca 2019", "pl", anchor=None).start) == "2019-01-01"
    result = dates.normalise("od stycznia do marca", None, "pl")
    assert (result.status, result.reason) == (
        "unparsed",
        "a relative expression needs an anchor (the publication date)",
    )


# --- 2. Not ranges, or not these ones -------------------------------------------------------

# fmt: off
UNREAD = [
    ("from March 2019 to January 2019", "en", "not a calendar date: the range ends before it starts"),
    ("od marca 2019 do stycznia 2019", "pl", "not a calendar date: the range ends before it starts"),
    ("Q3–Q1 2019", "en", "not a calendar date: the range ends before it starts"),
    # Two months, not a range from one to the other.
    ("January and March 2019", "en", "not a date expression the engine understands"),
    # A range is not a single date an "until" can bound.
    ("until January–March 2019", "en", "not a date expression the engine understands"),
]
# fmt: on


@pytest.mark.parametrize(("text", "lang", "reason"), UNREAD, ids=[r[0] for r in UNREAD])
def test_ranges_ending_before_they_start_or_bounded_are_not_read(text, lang, reason):
    result = dates.normalise(text, ANCHOR, lang)
    assert (result.status, result.reason) == ("unparsed", reason)


def test_a_relation_before_a_range_points_at_its_start():
    result = read_parsed("before January–March 2019", "en")
    assert (result.edtf, result.relation, result.reference) == (
        "[..2018-12]",
        "before",
        "January–March 2019",
    )


# --- 3. Running text -------------------------------------------------------------------------
# sentence, language -> (text found, first day, last day) for each date found

# fmt: off
FOUND = [
    ("W Warszawie od stycznia do marca 2019 trwał remont.", "pl", [("od stycznia do marca 2019", "2019-01-01", "2019-03-31")]),
    ("Od listopada do lutego 2018 trwał remont.", "pl", [("Od listopada do lutego 2018", "2017-11-01", "2018-02-28")]),
    ("Ceny od stycznia 2017 r. do lutego 2018 r. rosły.", "pl", [("od stycznia 2017 r. do lutego 2018 r.", "2017-01-01", "2018-02-28")]),
    ("Sprzedaż w okresie styczeń–marzec 2019 r. wzrosła.", "pl", [("styczeń–marzec 2019 r.", "2019-01-01", "2019-03-31")]),
    ("Sprzedaż w styczniu–marcu 2019 r. wzrosła.", "pl", [("w styczniu–marcu 2019 r.", "2019-01-01", "2019-03-31")]),
    ("Od stycznia do marca ubiegłego roku sprzedaż wzrosła o 5%.", "pl", [("Od stycznia do marca ubiegłego roku", "2017-01-01", "2017-03-31")]),
    ("W I-III kw. 2019 r. zysk wzrósł.", "pl", [("W I-III kw. 2019 r.", "2019-01-01", "2019-09-30")]),
    ("The offer runs from January until March 2019.", "en", [("from January until March 2019", "2019-01-01", "2019-03-31")]),
    ("Prices rose between January and March 2019, the office said.", "en", [("between January and March 2019", "2019-01-01", "2019-03-31")]),
    ("It ran from November 2017 to February 2018.", "en", [("from November 2017 to February 2018", "2017-11-01", "2018-02-28")]),
    ("Sales in January-March 2019 rose.", "en", [("in January-March 2019", "2019-01-01", "2019-03-31")]),
    ("In Q1–Q3 2019 revenue grew.", "en", [("In Q1–Q3 2019", "2019-01-01", "2019-09-30")]),
    ("Von Januar bis März 2019 wurde gebaut.", "de", [("Von Januar bis März 2019", "2019-01-01", "2019-03-31")]),
    ("Die Preise stiegen zwischen Januar und März 2019.", "de", [("zwischen Januar und März 2019", "2019-01-01", "2019-03-31")]),
    ("L'exposition se tient de janvier à mars 2019.", "fr", [("de janvier à mars 2019", "2019-01-01", "2019-03-31")]),
    ("Les prix ont augmenté d'avril à juin.", "fr", [("d'avril à juin", "2018-04-01", "2018-06-30")]),
    ("Entre enero y marzo de 2019 los precios subieron.", "es", [("Entre enero y marzo de 2019", "2019-01-01", "2019-03-31")]),
    ("Los precios subieron desde enero hasta marzo.", "es", [("desde enero hasta marzo", "2018-01-01", "2018-03-31")]),
    # A postponement names two dates, not a range: both are found as before.
    ("The vote was postponed from January to March 2019.", "en", [("January", "2018-01-01", "2018-01-31"), ("March 2019", "2019-03-01", "2019-03-31")]),
    ("Le vote a été reporté de janvier à mars 2019.", "fr", [("janvier", "2018-01-01", "2018-01-31"), ("mars 2019", "2019-03-01", "2019-03-31")]),
    ("La votación fue aplazada de enero a marzo de 2019.", "es", [("enero", "2018-01-01", "2018-01-31"), ("marzo de 2019", "2019-03-01", "2019-03-31")]),
    # Two months joined by "and" are two dates.
    ("Sales fell in January and March 2019.", "en", [("in January", "2018-01-01", "2018-01-31"), ("March 2019", "2019-03-01", "2019-03-31")]),
    # "march" in lower case is a verb, first or last in a range.
    ("The troops march to June 2019 positions.", "en", [("June 2019", "2019-06-01", "2019-06-30")]),
    # An "until" after the range is a bound of its own.
    ("Sales rose from January until March 2019, and then fell until June.", "en", [("from January until March 2019", "2019-01-01", "2019-03-31"), ("until June", "2018-07-01", "2018-07-31")]),
    # Ranges of years and of days read as before.
    ("Od 2015 do 2017 roku ceny rosły.", "pl", [("Od 2015 do 2017 roku", "2015-01-01", "2017-12-31")]),
    ("Konferencja trwała od 18 do 19 kwietnia 2017.", "pl", [("od 18 do 19 kwietnia 2017", "2017-04-18", "2017-04-19")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "lang", "expected"), FOUND, ids=[r[0] for r in FOUND])
def test_a_range_in_running_text_is_found_as_one_date(sentence, lang, expected):
    found = dates.find_dates(sentence, ANCHOR, lang)
    assert all(sentence[f.start : f.end] == f.text for f in found)
    assert [(f.text, str(f.result.start), str(f.result.end)) for f in found] == expected


def test_a_range_found_reads_exactly_as_the_whole_expression():
    sentence = "Ceny od listopada 2017 r. do lutego 2018 r. rosły."
    (found,) = dates.find_dates(sentence, ANCHOR, "pl")
    assert found.result == dates.normalise(found.text, ANCHOR, "pl")


# --- 4. Tense of running text ----------------------------------------------------------------
# A range with no year is read by the tense of its sentence, as a bare month is.
# sentence, language -> first day, last day (anchor 2019-10-31)

# fmt: off
TENSE = [
    ("Program potrwa od stycznia do marca.", "pl", "2020-01-01", "2020-03-31"),
    ("Program trwał od stycznia do marca.", "pl", "2019-01-01", "2019-03-31"),
    ("The pilot will run from January to March.", "en", "2020-01-01", "2020-03-31"),
    ("The pilot ran from January to March.", "en", "2019-01-01", "2019-03-31"),
    # Begun and not over: the coming one is the one under way.
    ("Program potrwa od października do grudnia.", "pl", "2019-10-01", "2019-12-31"),
    # A year written in the range keeps it whatever the tense.
    ("Program potrwa od stycznia do marca 2019.", "pl", "2019-01-01", "2019-03-31"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "lang", "start", "end"), TENSE, ids=[r[0] for r in TENSE])
def test_a_range_without_a_year_follows_the_tense_of_its_sentence(sentence, lang, start, end):
    (found,) = dates.find_dates(sentence, TENSE_ANCHOR, lang)
    assert (str(found.result.start), str(found.result.end)) == (start, end)
