"""The tense of the sentence decides a bare month, day or weekday found in running text.

Anchor for every row: 2019-10-31, a Thursday. Each row reads: language, sentence, the date
expression found, its offsets, first and last day, and why. "future" rows have a future cue
nearest the date and read the next occurrence on or after the anchor; "reported" rows
(English "would") read the nearest occurrence; every other row keeps the reading
normalise() gives the expression on its own.
"""

import datetime as dt

import pytest

from timeline import dates

ANCHOR = dt.date(2019, 10, 31)

# fmt: off
CASES = [
    # Polish
    ("pl", "Pełne dane urząd opublikuje w styczniu.", "w styczniu", 28, 38, "2020-01-01", "2020-01-31", "future"),
    ("pl", "Od 13 lipca ruszy program dopłat.", "Od 13 lipca", 0, 11, "2020-07-13", "2020-07-13", "future"),
    ("pl", "Nowe przepisy wejdą w życie w marcu.", "w marcu", 28, 35, "2020-03-01", "2020-03-31", "future"),
    ("pl", "Ustawa wejdzie w życie 1 stycznia.", "1 stycznia", 23, 33, "2020-01-01", "2020-01-01", "future"),
    ("pl", "Raport zostanie opublikowany w poniedziałek.", "w poniedziałek", 29, 43, "2019-11-04", "2019-11-04", "future"),
    ("pl", "Spotkanie odbędzie się w czwartek.", "w czwartek", 23, 33, "2019-10-31", "2019-10-31", "future, the anchor's own day"),
    ("pl", "Rząd planuje przedstawić projekt w grudniu.", "w grudniu", 33, 42, "2019-12-01", "2019-12-31", "future"),
    ("pl", "Minister zamierza ogłosić decyzję w lutym.", "w lutym", 34, 41, "2020-02-01", "2020-02-29", "future"),
    ("pl", "Nabór ma zostać ogłoszony we wrześniu.", "we wrześniu", 26, 37, "2020-09-01", "2020-09-30", "future"),
    ("pl", "W październiku będą obowiązywać nowe stawki.", "W październiku", 0, 14, "2019-10-01", "2019-10-31", "future, the anchor's own month"),
    ("pl", "Program będzie działał od maja.", "od maja", 23, 30, "2020-05-01", "2020-05-31", "future, not the past 'działał'"),
    ("pl", "Pod koniec listopada rząd przedstawi projekt budżetu.", "Pod koniec listopada", 0, 20, "2019-11-21", "2019-11-30", "future"),
    ("pl", "Ustawa zostanie uchwalona przed kwietniem.", "przed kwietniem", 26, 41, "2020-04-01", "2020-04-30", "future"),
    ("pl", "Otwarcie zaplanowano na 5 grudnia.", "5 grudnia", 24, 33, "2019-12-05", "2019-12-05", "future"),
    ("pl", "Urząd opublikował dane w styczniu.", "w styczniu", 23, 33, "2019-01-01", "2019-01-31", "past"),
    ("pl", "Program ruszył 13 lipca.", "13 lipca", 15, 23, "2019-07-13", "2019-07-13", "past"),
    ("pl", "Otwarcie miało nastąpić w marcu.", "w marcu", 24, 31, "2019-03-01", "2019-03-31", "past"),
    ("pl", "Dane podał w piątek GUS, a kolejne opublikuje w styczniu.", "w piątek", 11, 19, "2019-10-25", "2019-10-25", "past, reporting verb nearest"),
    ("pl", "Dane podał w piątek GUS, a kolejne opublikuje w styczniu.", "w styczniu", 46, 56, "2020-01-01", "2020-01-31", "future"),
    ("pl", "Firma poinformowała w środę, że program ruszy w marcu.", "w środę", 20, 27, "2019-10-30", "2019-10-30", "past, reporting verb nearest"),
    ("pl", "Firma poinformowała w środę, że program ruszy w marcu.", "w marcu", 46, 53, "2020-03-01", "2020-03-31", "future"),
    ("pl", "W sierpniu ceny spadły, ale we wrześniu będą wyższe.", "W sierpniu", 0, 10, "2019-08-01", "2019-08-31", "past, nearer than the future"),
    ("pl", "W sierpniu ceny spadły, ale we wrześniu będą wyższe.", "we wrześniu", 28, 39, "2020-09-01", "2020-09-30", "future"),
    ("pl", "Rząd przedstawi projekt, który zapowiadał w lipcu ubiegłego roku.", "w lipcu ubiegłego roku", 42, 64, "2018-07-01", "2018-07-31", "explicit"),
    ("pl", "Zarząd ogłosi wyniki, o których mówił w ostatni piątek.", "w ostatni piątek", 38, 54, "2019-10-25", "2019-10-25", "explicit"),
    ("pl", "Od marca spółka obejmuje nowe rynki.", "Od marca", 0, 8, "2019-03-01", "2019-10-31", "no cue: an imperfective present, a stretch since March"),
    ("pl", "Spółka ma możliwość wypowiedzenia umowy w grudniu.", "w grudniu", 40, 49, "2018-12-01", "2018-12-31", "no cue: 'ma' is 'has'"),
    ("pl", "Firma otworzy sklep. Jej rok obrotowy zaczyna się w lipcu.", "w lipcu", 50, 57, "2019-07-01", "2019-07-31", "no cue in this sentence"),
    # English
    ("en", "The service will launch in March.", "in March", 24, 32, "2020-03-01", "2020-03-31", "future"),
    ("en", "The rules will be enforced from January.", "January", 32, 39, "2020-01-01", "2020-01-31", "future, not the past 'enforced'"),
    ("en", "The board is set to vote on Tuesday.", "on Tuesday", 25, 35, "2019-11-05", "2019-11-05", "future"),
    ("en", "The firm expects to have the service ready in March.", "in March", 43, 51, "2020-03-01", "2020-03-31", "future, not the past 'have'"),
    ("en", "The firm plans to open its first store in May.", "in May", 39, 45, "2020-05-01", "2020-05-31", "future"),
    ("en", "A decision is expected in December.", "in December", 23, 34, "2019-12-01", "2019-12-31", "future"),
    ("en", "The ruling is due on Friday.", "on Friday", 18, 27, "2019-11-01", "2019-11-01", "future"),
    ("en", "The hearing, scheduled for June 3, will be public.", "June 3", 27, 33, "2020-06-03", "2020-06-03", "future"),
    ("en", "The upcoming election in November will be close.", "in November", 22, 33, "2019-11-01", "2019-11-30", "future"),
    ("en", "Its next model arrives in February.", "in February", 23, 34, "2020-02-01", "2020-02-29", "future"),
    ("en", "It'll reopen on Monday.", "on Monday", 13, 22, "2019-11-04", "2019-11-04", "future"),
    ("en", "The plant won't reopen until March.", "March", 29, 34, "2020-03-01", "2020-03-31", "future"),
    ("en", "The plant will close at the end of March.", "at the end of March", 21, 40, "2020-03-21", "2020-03-31", "future"),
    ("en", "The service will launch on November 1, Apple said on Tuesday.", "on November 1", 24, 37, "2019-11-01", "2019-11-01", "future, reporting verb after a comma"),
    ("en", "The service will launch on November 1, Apple said on Tuesday.", "on Tuesday", 50, 60, "2019-10-29", "2019-10-29", "past, reporting verb nearest"),
    ("en", "Sales fell in March and will recover in June.", "in March", 11, 19, "2019-03-01", "2019-03-31", "past, nearer than the future"),
    ("en", "Sales fell in March and will recover in June.", "in June", 37, 44, "2020-06-01", "2020-06-30", "future"),
    ("en", "The company said it would launch the service on November 1.", "on November 1", 45, 58, "2019-11-01", "2019-11-01", "reported"),
    ("en", "Apple said it would launch the service on October 15.", "on October 15", 39, 52, "2019-10-15", "2019-10-15", "reported, already past at publication"),
    ("en", "Apple said on Monday it would close its stores on Friday.", "on Monday", 11, 20, "2019-10-28", "2019-10-28", "past, reporting verb nearest"),
    ("en", "Apple said on Monday it would close its stores on Friday.", "on Friday", 47, 56, "2019-11-01", "2019-11-01", "reported"),
    ("en", "The service launched on November 1.", "on November 1", 21, 34, "2018-11-01", "2018-11-01", "past"),
    ("en", "Apple would have launched the service in November.", "in November", 38, 49, "2018-11-01", "2018-11-30", "past, 'would have'"),
    ("en", "They would've closed the plant in March.", "in March", 31, 39, "2019-03-01", "2019-03-31", "past, 'would have'"),
    ("en", "Apple said it had launched the service in November.", "in November", 39, 50, "2018-11-01", "2018-11-30", "past, reported"),
    ("en", "Apple said on Monday it will launch the service.", "on Monday", 11, 20, "2019-10-28", "2019-10-28", "past, reporting verb nearest"),
    ("en", "The law was scheduled for June 3 but never passed.", "June 3", 26, 32, "2019-06-03", "2019-06-03", "past, 'was scheduled'"),
    ("en", "There was little political will in March to act.", "in March", 32, 40, "2019-03-01", "2019-03-31", "no cue: the noun 'will'"),
    ("en", "The service, which launched last July, will expand in August.", "last July", 28, 37, "2019-07-01", "2019-07-31", "explicit"),
    ("en", "The service, which launched last July, will expand in August.", "in August", 51, 60, "2020-08-01", "2020-08-31", "future"),
    ("en", "The firm will expand. Its fiscal year ends in July.", "in July", 43, 50, "2019-07-01", "2019-07-31", "no cue in this sentence"),
    # German
    ("de", "Die Daten werden im Januar veröffentlicht.", "im Januar", 17, 26, "2020-01-01", "2020-01-31", "future"),
    ("de", "Das Gesetz wird am 1. März in Kraft treten.", "am 1. März", 16, 26, "2020-03-01", "2020-03-01", "future"),
    ("de", "Am Montag wird der Vorstand entscheiden.", "Am Montag", 0, 9, "2019-11-04", "2019-11-04", "future"),
    ("de", "Die Daten wurden im Januar veröffentlicht.", "im Januar", 17, 26, "2019-01-01", "2019-01-31", "past"),
    ("de", "Der Vorstand hat am Montag entschieden.", "am Montag", 17, 26, "2019-10-28", "2019-10-28", "past"),
    ("de", "Die Firma wird die im Juli des Vorjahres angekündigten Pläne umsetzen.", "im Juli des Vorjahres", 19, 40, "2018-07-01", "2018-07-31", "explicit"),
    # French
    ("fr", "Le service sera lancé le 1er novembre.", "le 1er novembre", 22, 37, "2019-11-01", "2019-11-01", "future"),
    ("fr", "Le gouvernement va présenter le projet en janvier.", "en janvier", 39, 49, "2020-01-01", "2020-01-31", "future"),
    ("fr", "L'entreprise lancera son offre en mars.", "en mars", 31, 38, "2020-03-01", "2020-03-31", "future"),
    ("fr", "Le lancement est prévu en février.", "en février", 23, 33, "2020-02-01", "2020-02-29", "future"),
    ("fr", "L'offre sera lancée le 1er novembre, a annoncé Apple.", "le 1er novembre", 20, 35, "2019-11-01", "2019-11-01", "future, reporting verb after a comma"),
    ("fr", "Le service a été lancé le 1er novembre.", "le 1er novembre", 23, 38, "2018-11-01", "2018-11-01", "past"),
    ("fr", "Le lancement était prévu en février.", "en février", 25, 35, "2019-02-01", "2019-02-28", "past, 'était prévu'"),
    ("fr", "La lira a chuté en mars.", "en mars", 16, 23, "2019-03-01", "2019-03-31", "past"),
    # Spanish
    ("es", "El servicio será lanzado el 1 de noviembre.", "el 1 de noviembre", 25, 42, "2019-11-01", "2019-11-01", "future"),
    ("es", "El Gobierno va a presentar el plan en enero.", "en enero", 35, 43, "2020-01-01", "2020-01-31", "future"),
    ("es", "La empresa lanzará su oferta en marzo.", "en marzo", 29, 37, "2020-03-01", "2020-03-31", "future"),
    ("es", "El Gobierno prevé aprobar la ley en febrero.", "en febrero", 33, 43, "2020-02-01", "2020-02-29", "future"),
    ("es", "La reunión será el lunes.", "el lunes", 16, 24, "2019-11-04", "2019-11-04", "future"),
    ("es", "La empresa lanzó su oferta en marzo.", "en marzo", 27, 35, "2019-03-01", "2019-03-31", "past"),
    ("es", "El plan, anunciado en marzo del año pasado, será aprobado.", "en marzo del año pasado", 19, 42, "2018-03-01", "2018-03-31", "explicit"),
]
# fmt: on

KEEPS_THE_DEFAULT = ("past", "explicit", "no cue")


def _found_at(text, lang, start, end, anchor=ANCHOR):
    found = [f for f in dates.find_dates(text, anchor, lang) if (f.start, f.end) == (start, end)]
    assert len(found) == 1, [(f.text, f.start, f.end) for f in dates.find_dates(text, anchor, lang)]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "expression", "start", "end", "first", "last", "why"),
    CASES,
    ids=[f"{c[0]}: {c[2]} ({c[7]}) in {c[1]}" for c in CASES],
)
def test_the_tense_of_the_sentence_reads_a_bare_date(
    lang, text, expression, start, end, first, last, why
):
    found = _found_at(text, lang, start, end)
    assert found.text == expression == text[start:end]
    assert found.result.status == "parsed"
    assert (found.result.start.isoformat(), found.result.end.isoformat()) == (first, last)


DEFAULT_ROWS = [c for c in CASES if c[7].startswith(KEEPS_THE_DEFAULT)]


@pytest.mark.parametrize(
    ("lang", "text", "expression", "start", "end", "first", "last", "why"),
    DEFAULT_ROWS,
    ids=[f"{c[0]}: {c[2]} in {c[1]}" for c in DEFAULT_ROWS],
)
def test_without_a_winning_future_cue_the_reading_is_that_of_normalise(
    lang, text, expression, start, end, first, last, why
):
    found = _found_at(text, lang, start, end)
    assert found.result == dates.normalise(expression, ANCHOR, lang)


@pytest.mark.parametrize(
    ("expression", "lang", "first"),
    [
        ("w styczniu", "pl", "2019-01-01"),
        ("13 lipca", "pl", "2019-07-13"),
        ("on November 1", "en", "2018-11-01"),
        ("on Tuesday", "en", "2019-10-29"),
        ("im Januar", "de", "2019-01-01"),
        ("en mars", "fr", "2019-03-01"),
        ("el lunes", "es", "2019-10-28"),
    ],
)
def test_normalise_of_a_bare_expression_keeps_the_past_reading(expression, lang, first):
    assert dates.normalise(expression, ANCHOR, lang).start.isoformat() == first


def test_the_language_is_detected_when_not_given():
    found = dates.find_dates("Pełne dane urząd opublikuje w styczniu.", ANCHOR, None)
    assert [(f.text, f.result.start.isoformat()) for f in found] == [("w styczniu", "2020-01-01")]


def test_without_an_anchor_a_bare_date_in_a_future_sentence_stays_unplaced():
    found = _found_at("Pełne dane urząd opublikuje w styczniu.", "pl", 28, 38, anchor=None)
    assert found.result.status == "unparsed"
    assert found.result == dates.normalise("w styczniu", None, "pl")


def test_a_future_cue_reaches_only_its_own_sentence_in_a_long_text():
    text = "Urząd opublikuje raport. " * 2000 + "W styczniu trwa sezon. " + "Ceny wzrosną. " * 2000
    found = dates.find_dates(text, ANCHOR, "pl")
    assert [(f.text, f.result.start.isoformat()) for f in found] == [("W styczniu", "2019-01-01")]
