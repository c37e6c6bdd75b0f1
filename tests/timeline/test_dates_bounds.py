"""Upper bounds: "until X" and deadlines on seasons, quarters, halves and parts of a year.

"until X" and "by X" both say the event lies no later than the end of X, X included; the
engine stores that as relation "before" the unit right after X (docs/dates.md, "Until and
other bounds"). Anchor for every normalise() row: 2018-09-20, a Thursday. Rows read:
expression, language -> first day, last day, granularity, the referenced phrase.
"""

import pytest

from tests.timeline.date_tables import ANCHOR, interval_of, read_parsed
from timeline import dates

# --- 1. "until" ------------------------------------------------------------------------------

UNTIL = [
    # English
    ("until March 2019", "en", "2019-04-01", "2019-04-30", "month", "March 2019"),
    ("till March", "en", "2018-04-01", "2018-04-30", "month", "March"),
    ("up until 2015", "en", "2016-01-01", "2016-12-31", "year", "2015"),
    ("until 2020", "en", "2021-01-01", "2021-12-31", "year", "2020"),
    ("until June 3, 2019", "en", "2019-06-04", "2019-06-04", "day", "June 3, 2019"),
    ("until the end of 2019", "en", "2020-01-01", "2020-12-31", "year", "the end of 2019"),
    ("until the end of the year", "en", "2019-01-01", "2019-12-31", "year", "the end of the year"),
    ("until the end of March", "en", "2018-04-01", "2018-04-30", "month", "the end of March"),
    ("until next year", "en", "2020-01-01", "2020-12-31", "year", "next year"),
    ("until Monday", "en", "2018-09-18", "2018-09-18", "day", "Monday"),
    # Polish: "aż do" and "do czasu"; a bare "do" already read as a deadline reads the same
    ("aż do marca 2019", "pl", "2019-04-01", "2019-04-30", "month", "marca 2019"),
    ("aż do końca 2019 roku", "pl", "2020-01-01", "2020-12-31", "year", "końca 2019 roku"),
    ("do czasu marca 2019", "pl", "2019-04-01", "2019-04-30", "month", "marca 2019"),
    ("do dziś", "pl", "2018-09-21", "2018-09-21", "day", "dziś"),
    # German
    ("bis zum 3. Oktober 2019", "de", "2019-10-04", "2019-10-04", "day", "3. Oktober 2019"),
    ("bis 2020", "de", "2021-01-01", "2021-12-31", "year", "2020"),
    # French
    ("jusqu'à mars 2019", "fr", "2019-04-01", "2019-04-30", "month", "mars 2019"),
    ("jusqu'en mars 2019", "fr", "2019-04-01", "2019-04-30", "month", "mars 2019"),
    ("jusqu’au 15 mars", "fr", "2018-03-16", "2018-03-16", "day", "15 mars"),
    ("jusqu'à fin 2019", "fr", "2020-01-01", "2020-12-31", "year", "fin 2019"),
    ("jusqu'en 2020", "fr", "2021-01-01", "2021-12-31", "year", "2020"),
    # Spanish
    ("hasta marzo de 2019", "es", "2019-04-01", "2019-04-30", "month", "marzo de 2019"),
    ("hasta el 15 de marzo", "es", "2018-03-16", "2018-03-16", "day", "el 15 de marzo"),
    ("hasta finales de 2019", "es", "2020-01-01", "2020-12-31", "year", "finales de 2019"),
    ("hasta 2020", "es", "2021-01-01", "2021-12-31", "year", "2020"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "granularity", "reference"),
    UNTIL,
    ids=[f"{r[1]}: {r[0]}" for r in UNTIL],
)
def test_until_is_before_the_unit_right_after_its_date(
    text, lang, start, end, granularity, reference
):
    result = read_parsed(text, lang)
    assert interval_of(result) == (start, end, granularity)
    assert (result.relation, result.reference) == ("before", reference)


SAME_BOUND = [
    ("until March 2019", "by March 2019", "en"),
    ("until the end of 2019", "by the end of 2019", "en"),
    ("aż do marca 2019", "do marca 2019", "pl"),
    ("jusqu'en mars 2019", "d'ici mars 2019", "fr"),
    ("hasta marzo de 2019", "para marzo de 2019", "es"),
]


@pytest.mark.parametrize(("until", "by", "lang"), SAME_BOUND, ids=[r[0] for r in SAME_BOUND])
def test_until_stores_the_same_bound_as_a_deadline(until, by, lang):
    lasting, deadline = read_parsed(until, lang), read_parsed(by, lang)
    assert (lasting.start, lasting.end, lasting.granularity, lasting.edtf) == (
        deadline.start,
        deadline.end,
        deadline.granularity,
        deadline.edtf,
    )
    assert lasting.relation == deadline.relation == "before"


def test_until_includes_its_own_date_in_the_edtf_and_the_label():
    result = read_parsed("until March 2019", "en")
    assert result.edtf == "[..2019-03]"
    label = dates.label(result.start, result.end, result.granularity, "en", result.relation)
    assert label == "before April 2019"


UNTIL_AN_EVENT = [
    ("until the election", "en", "the election"),
    ("till the conference", "en", "the conference"),
    ("do czasu wyborów", "pl", "wyborów"),
    ("bis zur Wahl", "de", "Wahl"),
    ("jusqu'à la conférence", "fr", "la conférence"),
    ("hasta la conferencia", "es", "la conferencia"),
]


@pytest.mark.parametrize(
    ("text", "lang", "reference"), UNTIL_AN_EVENT, ids=[r[0] for r in UNTIL_AN_EVENT]
)
def test_until_an_event_is_before_the_event_and_guesses_no_date(text, lang, reference):
    result = dates.normalise(text, ANCHOR, lang)
    assert (result.status, result.start, result.end) == ("unparsed", None, None)
    assert (result.relation, result.reference) == ("before", reference)


def test_a_singular_german_election_is_an_event_too():
    result = dates.normalise("nach der Wahl", ANCHOR, "de")
    assert (result.status, result.relation, result.reference) == ("unparsed", "after", "Wahl")


NOT_A_BOUND = [
    ("until recently", "en"),
    ("until now", "en"),
    ("until a few years ago", "en"),
    ("until later this year", "en"),
    ("until the past year", "en"),
    ("until may", "en"),
    ("till march", None),
    ("do 2000 zł", "pl"),
    ("by 5%", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_A_BOUND, ids=[r[0] for r in NOT_A_BOUND])
def test_until_before_an_open_stretch_an_amount_or_a_verb_stays_unread(text, lang):
    assert dates.normalise(text, ANCHOR, lang).status == "unparsed"


def test_until_needs_an_anchor_only_when_its_date_does():
    assert interval_of(read_parsed("until March 2019", "en", anchor=None)) == (
        "2019-04-01",
        "2019-04-30",
        "month",
    )
    result = dates.normalise("until March", None, "en")
    assert (result.status, result.reason) == (
        "unparsed",
        "a relative expression needs an anchor (the publication date)",
    )


def test_until_is_read_without_a_language():
    result = read_parsed("until 2020", None)
    assert (result.lang, interval_of(result)) == ("en", ("2021-01-01", "2021-12-31", "year"))


# --- 2. Seasons in deadlines -------------------------------------------------------------------
# The unit after a season is the next season: "by summer 2019" is before autumn 2019.

SEASON_BOUNDS = [
    # English
    ("by summer 2019", "en", "2019-09-01", "2019-11-30", "summer 2019"),
    ("by the end of summer 2019", "en", "2019-09-01", "2019-11-30", "the end of summer 2019"),
    ("by the end of summer", "en", "2018-09-01", "2018-11-30", "the end of summer"),
    ("by the summer", "en", "2018-09-01", "2018-11-30", "the summer"),
    ("by next summer", "en", "2019-09-01", "2019-11-30", "next summer"),
    ("until summer 2019", "en", "2019-09-01", "2019-11-30", "summer 2019"),
    ("by winter 2019", "en", "2019-03-01", "2019-05-31", "winter 2019"),
    # Polish
    ("do lata 2019", "pl", "2019-09-01", "2019-11-30", "lata 2019"),
    ("aż do lata 2019", "pl", "2019-09-01", "2019-11-30", "lata 2019"),
    ("do lata", "pl", "2018-09-01", "2018-11-30", "lata"),
    ("do końca lata", "pl", "2018-09-01", "2018-11-30", "końca lata"),
    ("przed końcem lata", "pl", "2018-09-01", "2018-11-30", "końcem lata"),
    (
        "do końca lata przyszłego roku",
        "pl",
        "2019-09-01",
        "2019-11-30",
        "końca lata przyszłego roku",
    ),
    ("do wiosny 2019", "pl", "2019-06-01", "2019-08-31", "wiosny 2019"),
    ("do jesieni", "pl", "2018-12-01", "2019-02-28", "jesieni"),
    ("najpóźniej latem 2019", "pl", "2019-09-01", "2019-11-30", "latem 2019"),
    # German
    ("bis zum Sommer 2019", "de", "2019-09-01", "2019-11-30", "Sommer 2019"),
    ("bis Sommer 2019", "de", "2019-09-01", "2019-11-30", "Sommer 2019"),
    ("bis Ende des Sommers", "de", "2018-09-01", "2018-11-30", "Ende des Sommers"),
    # French
    ("d'ici l'été 2019", "fr", "2019-09-01", "2019-11-30", "l'été 2019"),
    ("d'ici la fin de l'été", "fr", "2018-09-01", "2018-11-30", "la fin de l'été"),
    ("jusqu'à l'été 2019", "fr", "2019-09-01", "2019-11-30", "l'été 2019"),
    # Spanish
    ("para el verano de 2019", "es", "2019-09-01", "2019-11-30", "el verano de 2019"),
    ("antes de finales del verano", "es", "2018-09-01", "2018-11-30", "finales del verano"),
    ("hasta el verano de 2019", "es", "2019-09-01", "2019-11-30", "el verano de 2019"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "reference"),
    SEASON_BOUNDS,
    ids=[f"{r[1]}: {r[0]}" for r in SEASON_BOUNDS],
)
def test_a_season_deadline_is_before_the_next_season(text, lang, start, end, reference):
    result = read_parsed(text, lang)
    assert interval_of(result) == (start, end, "season")
    assert (result.relation, result.reference) == ("before", reference)


def test_a_season_deadline_reads_as_the_season_itself_or_earlier():
    result = read_parsed("by summer 2019", "en")
    assert result.edtf == "[..2019-08]"
    assert dates.label(result.start, result.end, "season", "en", "before") == "before autumn 2019"
    polish = read_parsed("do lata 2019", "pl")
    assert dates.label(polish.start, polish.end, "season", "pl", "before") == "przed jesienią 2019"


STRICTLY_BEFORE_A_SEASON = [
    ("before summer 2019", "en"),
    ("przed latem 2019", "pl"),
    ("vor dem Sommer 2019", "de"),
    ("avant l'été 2019", "fr"),
    ("antes del verano de 2019", "es"),
]


@pytest.mark.parametrize(
    ("text", "lang"), STRICTLY_BEFORE_A_SEASON, ids=[r[0] for r in STRICTLY_BEFORE_A_SEASON]
)
def test_before_a_season_keeps_its_strict_reading(text, lang):
    result = read_parsed(text, lang)
    assert interval_of(result) == ("2019-06-01", "2019-08-31", "season")
    assert (result.relation, result.edtf) == ("before", "[..2019-05]")


# --- 3. Quarters, halves and parts of a year in deadlines ---------------------------------------

OTHER_BOUNDS = [
    ("by mid-2019", "en", "2019-09-01", "2019-09-30", "month"),
    ("by early 2019", "en", "2019-05-01", "2019-05-31", "month"),
    ("by late 2019", "en", "2020-01-01", "2020-12-31", "year"),
    ("by Q3 2019", "en", "2019-10-01", "2019-12-31", "quarter"),
    ("by the third quarter of 2019", "en", "2019-10-01", "2019-12-31", "quarter"),
    ("by the end of the third quarter", "en", "2018-10-01", "2018-12-31", "quarter"),
    ("by the first half of 2019", "en", "2019-07-01", "2019-12-31", "half"),
    ("do połowy 2019 roku", "pl", "2019-09-01", "2019-09-30", "month"),
    ("do III kwartału 2019", "pl", "2019-10-01", "2019-12-31", "quarter"),
    ("do końca III kwartału 2019 r.", "pl", "2019-10-01", "2019-12-31", "quarter"),
    ("do końca I półrocza 2019", "pl", "2019-07-01", "2019-12-31", "half"),
    ("bis Mitte 2019", "de", "2019-09-01", "2019-09-30", "month"),
    ("d'ici mi-2019", "fr", "2019-09-01", "2019-09-30", "month"),
    ("a más tardar a mediados de 2019", "es", "2019-09-01", "2019-09-30", "month"),
]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "granularity"),
    OTHER_BOUNDS,
    ids=[f"{r[1]}: {r[0]}" for r in OTHER_BOUNDS],
)
def test_a_deadline_on_a_quarter_half_or_part_is_before_what_follows_it(
    text, lang, start, end, granularity
):
    result = read_parsed(text, lang)
    assert interval_of(result) == (start, end, granularity)
    assert result.relation == "before"


# --- 4. In running text --------------------------------------------------------------------------
# Rows: language, sentence -> the expressions found, each (text, first day, last day, relation).

FOUND = [
    (
        "en",
        "The ban will stay in place until March 2019.",
        [("until March 2019", "2019-04-01", "2019-04-30", "before")],
    ),
    (
        "en",
        "Roads stay closed until the end of the year, the city said.",
        [("until the end of the year", "2019-01-01", "2019-12-31", "before")],
    ),
    (
        "en",
        "He was chief executive until 2016.",
        [("until 2016", "2017-01-01", "2017-12-31", "before")],
    ),
    (
        "en",
        "The rules stay in force until the end of March.",
        [("until the end of March", "2018-04-01", "2018-04-30", "before")],
    ),
    # A bare month after "until" is read by the tense of its sentence, as after "by".
    (
        "en",
        "The ban will last until March.",
        [("until March", "2019-04-01", "2019-04-30", "before")],
    ),
    # "not ... until March" is about March itself: the month keeps its own reading.
    (
        "en",
        "The plant won't reopen until March.",
        [("March", "2019-03-01", "2019-03-31", None)],
    ),
    # "until" closing a range is the range's (see test_dates_ranges.py), not a bound.
    (
        "en",
        "The offer runs from January until March 2019.",
        [("from January until March 2019", "2019-01-01", "2019-03-31", None)],
    ),
    (
        "en",
        "Talks will continue until the election.",
        [("until the election", "None", "None", "before")],
    ),
    (
        "en",
        "The factory will be finished by summer 2019.",
        [("by summer 2019", "2019-09-01", "2019-11-30", "before")],
    ),
    (
        "en",
        "The work should be done by the end of summer.",
        [("by the end of summer", "2018-09-01", "2018-11-30", "before")],
    ),
    (
        "en",
        "The firm expects to break even by mid-2019.",
        [("by mid-2019", "2019-09-01", "2019-09-30", "before")],
    ),
    (
        "en",
        "The deal should close by the end of the second quarter of 2019.",
        [("by the end of the second quarter of 2019", "2019-07-01", "2019-09-30", "before")],
    ),
    # "by" as the agent: a possessive or a noun after the season is no deadline.
    (
        "en",
        "Profits were driven by the second quarter's results.",
        [("the second quarter", "2018-04-01", "2018-06-30", None)],
    ),
    ("en", "Sales were boosted by summer sales.", []),
    (
        "pl",
        "Zakaz obowiązuje aż do marca 2019 roku.",
        [("aż do marca 2019 roku", "2019-04-01", "2019-04-30", "before")],
    ),
    (
        "pl",
        "Ceny rosły od stycznia aż do marca.",
        [("od stycznia aż do marca", "2018-01-01", "2018-03-31", None)],
    ),
    (
        "pl",
        "Zakład pozostanie zamknięty do czasu wyborów.",
        [("do czasu wyborów", "None", "None", "before")],
    ),
    (
        "pl",
        "Prace potrwają do końca lata.",
        [("do końca lata", "2018-09-01", "2018-11-30", "before")],
    ),
    (
        "pl",
        "Firma zamierza do połowy 2019 roku zatrudnić 100 osób.",
        [("do połowy 2019 roku", "2019-09-01", "2019-09-30", "before")],
    ),
    (
        "pl",
        "Inwestycja ma być gotowa do końca III kwartału 2019 r.",
        [("do końca III kwartału 2019 r.", "2019-10-01", "2019-12-31", "before")],
    ),
    # A comparison with a period sets no deadline.
    (
        "pl",
        "Przychody wzrosły w stosunku do III kwartału 2017 r.",
        [("III kwartału 2017 r.", "2017-07-01", "2017-09-30", None)],
    ),
    (
        "pl",
        "Obiekt nie będzie działał aż do marca.",
        [("marca", "2019-03-01", "2019-03-31", None)],
    ),
    (
        "de",
        "Die Straße bleibt bis zum Sommer 2019 gesperrt.",
        [("bis zum Sommer 2019", "2019-09-01", "2019-11-30", "before")],
    ),
    (
        "de",
        "Das Werk soll bis Mitte 2019 fertig sein.",
        [("bis Mitte 2019", "2019-09-01", "2019-09-30", "before")],
    ),
    (
        "de",
        "Von Januar bis März stiegen die Preise.",
        [("Von Januar bis März", "2018-01-01", "2018-03-31", None)],
    ),
    (
        "fr",
        "La route restera fermée jusqu'en mars 2019.",
        [("jusqu'en mars 2019", "2019-04-01", "2019-04-30", "before")],
    ),
    (
        "fr",
        "Le chantier sera terminé d'ici l'été 2019.",
        [("d'ici l'été 2019", "2019-09-01", "2019-11-30", "before")],
    ),
    (
        "fr",
        "Les travaux dureront jusqu'à la fin de l'été.",
        [("jusqu'à la fin de l'été", "2018-09-01", "2018-11-30", "before")],
    ),
    (
        "es",
        "La carretera seguirá cerrada hasta marzo de 2019.",
        [("hasta marzo de 2019", "2019-04-01", "2019-04-30", "before")],
    ),
    (
        "es",
        "La planta no reabrirá hasta marzo.",
        [("marzo", "2019-03-01", "2019-03-31", None)],
    ),
    (
        "es",
        "Los precios subieron desde enero hasta marzo.",
        [("desde enero hasta marzo", "2018-01-01", "2018-03-31", None)],
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), FOUND, ids=[r[1] for r in FOUND])
def test_until_and_season_deadlines_are_found_in_running_text(lang, sentence, expected):
    found = dates.find_dates(sentence, ANCHOR, lang)
    assert all(sentence[f.start : f.end] == f.text for f in found)
    assert [
        (f.text, str(f.result.start), str(f.result.end), f.result.relation) for f in found
    ] == expected
