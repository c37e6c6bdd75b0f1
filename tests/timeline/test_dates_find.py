"""Finding date expressions in running text, as the claim extractor does.

The Polish paragraph is adapted from a PAP story of 20 September 2018 about Facebook and US
banks; both paragraphs mix real dates with amounts, percentages, counts and names that must
not be taken for dates.
"""

import time

import pytest

from timeline import dates

ANCHOR = "2018-09-20"

POLISH = (
    "Według dziennika jeszcze w ubiegłym roku Facebook prosił amerykańskie banki o dostęp do danych. "
    "W sierpniu dziennik informował o staraniach Facebooka. Umowy wynegocjowano przed ubiegłoroczną "
    "konferencją Facebooka dla programistów F8, kiedy to ponad 12 różnych firm poinformowało o usługach. "
    "Ujawniony w marcu 2018 roku wyciek danych miał dotyczyć nawet 87 mln użytkowników. "
    "Spotkanie odbyło się 3 października 2017 r., a raport opublikowano 05.11.2017. "
    "W 2016 roku przychody wzrosły o 12%, do 1,5 mld zł, a 2016 pracowników dostało premie."
)

POLISH_FOUND = [
    (25, 40, "w ubiegłym roku", "2017-01-01", None),
    (96, 106, "W sierpniu", "2018-08-01", None),
    (171, 232, "przed ubiegłoroczną konferencją Facebooka dla programistów F8", None, "before"),
    (301, 318, "w marcu 2018 roku", "2018-03-01", None),
    (395, 417, "3 października 2017 r.", "2017-10-03", None),
    (441, 451, "05.11.2017", "2017-11-05", None),
    (453, 464, "W 2016 roku", "2016-01-01", None),
]

ENGLISH = (
    "Facebook asked US banks last year to share data, the Wall Street Journal reported on Wednesday. "
    "In August the paper said talks had stalled; two years ago a similar plan was dropped. "
    "Early 2017 saw 12% growth, and revenue reached $2.3bn in the second half of 2015. "
    "The leak, revealed in March 2018, affected 87 million users. Prices may rise in May. "
    "On June 3, 2018 the firm said it would march on. Before last year's F8 conference 12 firms signed up. "
    "In 2016, 2016 employees were hired."
)

ENGLISH_FOUND = [
    (24, 33, "last year", "2017-01-01", None),
    (82, 94, "on Wednesday", "2018-09-19", None),
    (96, 105, "In August", "2018-08-01", None),
    (140, 153, "two years ago", "2016-01-01", None),
    (182, 192, "Early 2017", "2017-01-01", None),
    (236, 262, "in the second half of 2015", "2015-07-01", None),
    (283, 296, "in March 2018", "2018-03-01", None),
    (341, 347, "in May", "2018-05-01", None),
    (349, 364, "On June 3, 2018", "2018-06-03", None),
    (398, 430, "Before last year's F8 conference", None, "before"),
    (451, 458, "In 2016", "2016-01-01", None),
]


def _summary(found):
    return [
        (f.start, f.end, f.text, str(f.result.start) if f.result.start else None, f.result.relation)
        for f in found
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [(POLISH, "pl", POLISH_FOUND), (ENGLISH, "en", ENGLISH_FOUND)],
    ids=["polish news", "english news"],
)
def test_dates_in_a_news_paragraph_are_found_at_exact_offsets(text, lang, expected):
    found = dates.find_dates(text, ANCHOR, lang)
    assert _summary(found) == expected
    assert all(text[f.start : f.end] == f.text for f in found)


@pytest.mark.parametrize(
    ("text", "lang"), [(POLISH, "pl"), (ENGLISH, "en")], ids=["polish", "english"]
)
def test_amounts_percentages_counts_and_names_are_never_returned(text, lang):
    found = " | ".join(f.text for f in dates.find_dates(text, ANCHOR, lang))
    for not_a_date in (
        "87 mln",
        "87 million",
        "12%",
        "1,5 mld",
        "$2.3bn",
        "ponad 12",
        "2016 pracowników",
    ):
        assert not_a_date not in found
    assert not any(
        f.text in ("F8", "12", "2016", "may", "march") for f in dates.find_dates(text, ANCHOR, lang)
    )


@pytest.mark.parametrize(
    ("text", "lang"), [(POLISH, "pl"), (ENGLISH, "en")], ids=["polish", "english"]
)
def test_each_found_expression_reads_exactly_as_normalise_reads_it(text, lang):
    for found in dates.find_dates(text, ANCHOR, lang):
        assert found.result == dates.normalise(found.text, ANCHOR, lang)


def test_the_language_of_the_text_is_detected_when_not_given():
    assert _summary(dates.find_dates(POLISH, ANCHOR, None)) == POLISH_FOUND
    assert _summary(dates.find_dates(ENGLISH, ANCHOR, None)) == ENGLISH_FOUND


OTHER_LANGUAGES = [
    (
        "Letztes Jahr stieg der Umsatz um 12% auf 87 Mio. Euro, Anfang 2017 noch nicht.",
        "de",
        ["Letztes Jahr", "Anfang 2017"],
    ),
    (
        "L'année dernière, 87 millions d'utilisateurs; fin 2017 déjà 12 %.",
        "fr",
        ["L'année dernière", "fin 2017"],
    ),
    (
        "El año pasado, 87 millones de usuarios; a principios de 2017 solo un 12%.",
        "es",
        ["El año pasado", "a principios de 2017"],
    ),
    ("Spotkanie przełożono na 5 czerwca, a w 12 miastach nie było prądu.", "pl", ["5 czerwca"]),
    (
        "We met on Wednesday, June 3 and again last week; 2016 people came.",
        "en",
        ["on Wednesday, June 3", "last week"],
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"), OTHER_LANGUAGES, ids=[r[1] for r in OTHER_LANGUAGES]
)
def test_other_languages_find_their_dates_and_skip_their_numbers(text, lang, expected):
    assert [f.text for f in dates.find_dates(text, ANCHOR, lang)] == expected


def test_a_relation_word_joins_the_date_that_follows_it():
    found = dates.find_dates("Umowę podpisano przed kwietniem 2017 i po 2018 r.", ANCHOR, "pl")
    assert [(f.text, f.result.relation, str(f.result.start)) for f in found] == [
        ("przed kwietniem 2017", "before", "2017-04-01"),
        ("po 2018 r.", "after", "2018-01-01"),
    ]


def test_bare_months_weekdays_and_years_need_a_date_context_in_running_text():
    text = "August Strindberg wrote 2016 letters; Sunday Times readers may march."
    assert dates.find_dates(text, ANCHOR, "en") == []


def test_find_dates_on_a_long_text_is_linear_and_never_raises():
    text = POLISH * 100
    began = time.perf_counter()
    found = dates.find_dates(text, ANCHOR, "pl")
    assert time.perf_counter() - began < 10
    assert len(found) == len(POLISH_FOUND) * 100
    assert dates.find_dates(None, ANCHOR, "pl") == []
    assert dates.find_dates("", ANCHOR, "pl") == []
    assert [f.text for f in dates.find_dates("w sierpniu", "not a date", "xx")] == ["w sierpniu"]


CONTEXTS = [
    ("W porównaniu z wrześniem liczba etatów wzrosła.", "pl", ["wrześniem"]),
    ("Skargi napływały od początku 2017 roku.", "pl", ["od początku 2017 roku"]),
    ("Firma zatrudni do końca 2019 roku 30 tys. osób.", "pl", ["do końca 2019 roku"]),
    ("Ceny od 2000 zł do 2500 zł.", "pl", []),
    ("Usunięto je jeszcze przed zgłoszeniem przez użytkowników.", "pl", []),
    ("Akcje spadły po ujawnieniu wycieku danych.", "pl", ["po ujawnieniu wycieku"]),
    # How a figure was reckoned is no event to date by.
    ("Po wyeliminowaniu czynników sezonowych produkcja wzrosła o 2 proc.", "pl", []),
    ("Po uwzględnieniu inflacji płace realne spadły.", "pl", []),
    ("Zysk po opodatkowaniu wyniósł 3 mln zł.", "pl", []),
    ("Akcje odbiły po zakończeniu wojny handlowej.", "pl", ["po zakończeniu wojny"]),
    ("Its shares have fallen since their 2007 peak.", "en", ["2007"]),
    ("By Monday morning $50,000 had been paid.", "en", ["Monday"]),
    ("Profit fell in the second quarter.", "en", ["in the second quarter"]),
    (
        "Netflix added 15.8 million subscribers in the first three months of the year.",
        "en",
        ["in the first three months of the year"],
    ),
    (
        "The service passed 50 million users five months after its launch in November.",
        "en",
        ["after its launch", "in November"],
    ),
    ("Sales have grown since August.", "en", ["since August"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CONTEXTS, ids=[r[0] for r in CONTEXTS])
def test_context_decides_whether_a_word_or_number_is_a_date(text, lang, expected):
    assert [f.text for f in dates.find_dates(text, ANCHOR, lang)] == expected
