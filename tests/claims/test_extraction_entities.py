"""Named entities: the gazetteer with Polish case forms, and the name rules."""

import time

import pytest

from claims.extraction import ENTITY_KINDS, find_entities


def found(text, lang="pl"):
    entities = find_entities(text, lang)
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.kind in ENTITY_KINDS
    return [(e.text, e.name, e.kind) for e in entities]


# (text, expected (text, canonical name, kind) in order)
CASES = [
    (
        "Negocjacje pomiędzy Facebookiem a bankami trwały od lat.",
        [("Facebookiem", "Facebook", "organisation")],
    ),
    (
        "Według Facebooka i dzięki Facebookowi dane trafiły do Facebooku.",
        [
            ("Facebooka", "Facebook", "organisation"),
            ("Facebookowi", "Facebook", "organisation"),
            ("Facebooku", "Facebook", "organisation"),
        ],
    ),
    (
        "Poinformował o tym dziennik „Wall Street Journal” w piątek.",
        [("Wall Street Journal", "Wall Street Journal", "organisation")],
    ),
    ("Według „WSJ” było inaczej.", [("WSJ", "Wall Street Journal", "organisation")]),
    (
        "Uczestniczyły banki JPMorgan Chase, Wells Fargo i U.S. Bancorp.",
        [
            ("JPMorgan Chase", "JPMorgan Chase", "organisation"),
            ("Wells Fargo", "Wells Fargo", "organisation"),
            ("U.S. Bancorp", "U.S. Bancorp", "organisation"),
        ],
    ),
    ("Była tam też grupa finansowa Citigroup.", [("Citigroup", "Citigroup", "organisation")]),
    (
        "Dostęp koncernu Marka Zuckerberga do danych.",
        [("Marka Zuckerberga", "Mark Zuckerberg", "person")],
    ),
    (
        "Firma korzysta z komunikatora Messenger.",
        [("Messenger", "Messenger", "other")],
    ),
    (
        "Z Cambridge Analytica współpracowała agencja Reuters.",
        [
            ("Cambridge Analytica", "Cambridge Analytica", "organisation"),
            ("Reuters", "Reuters", "organisation"),
        ],
    ),
    (
        "Wyciek danych ujawniono w Polsce. (PAP)",
        [("Polsce", "Polska", "place"), ("PAP", "PAP", "organisation")],
    ),
    ("Umowę podpisała spółka Orlen.", [("Orlen", "Orlen", "organisation")]),
    ("Spółka Acme podała wyniki.", [("Acme", "Acme", "organisation")]),
    ("Zarząd firmy Acme Corp. milczy.", [("Acme Corp.", "Acme Corp.", "organisation")]),
    (
        "Wyniki podał Bank Millennium w piątek.",
        [("Bank Millennium", "Bank Millennium", "organisation")],
    ),
    ("O sprawie pisał tygodnik „Polityka”.", [("Polityka", "Polityka", "organisation")]),
    ("Spektakl „Wesele” zagrano w piątek.", [("Wesele", "Wesele", "other")]),
    ("Powiedział to prezes Jan Kowalski.", [("Jan Kowalski", "Jan Kowalski", "person")]),
    (
        "Rozmawiali z nim Anna Nowak i Piotr Wiśniewski.",
        [
            ("Anna Nowak", "Anna Nowak", "person"),
            ("Piotr Wiśniewski", "Piotr Wiśniewski", "person"),
        ],
    ),
    (
        "Shares of Deutsche Bank fell after Silicon Valley Bank collapsed.",
        [
            ("Deutsche Bank", "Deutsche Bank", "organisation"),
            ("Silicon Valley Bank", "Silicon Valley Bank", "organisation"),
        ],
    ),
    (
        "The Federal Trade Commission fined Facebook, The New York Times said.",
        [
            ("Federal Trade Commission", "Federal Trade Commission", "organisation"),
            ("Facebook", "Facebook", "organisation"),
            ("The New York Times", "New York Times", "organisation"),
        ],
    ),
    (
        "Reuters cited John Smith of Acme Holdings.",
        [
            ("Reuters", "Reuters", "organisation"),
            ("John Smith", "John Smith", "person"),
            ("Acme Holdings", "Acme Holdings", "organisation"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_known_and_well_marked_names_are_found_with_canonical_names(text, expected):
    assert found(text) == expected


# Texts in which nothing should be taken for a name.
NOT_NAMES = [
    "Polski rząd przyjął projekt ustawy.",
    "Spółka nie ujawniła szczegółów umowy.",
    "„To był błąd” – przyznał rzecznik.",
    "The apple harvest was poor this year.",
    "Według dziennika negocjacje trwały długo.",
    "Nowe Przepisy weszły w życie.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_sentence_openers_common_words_and_quoted_speech_are_not_names(text):
    assert found(text) == []


def test_an_unknown_capitalised_run_without_a_clue_is_other():
    assert found("Umowę podpisano w siedzibie Nordic Ventures Partnership.") == [
        ("Nordic Ventures Partnership", "Nordic Ventures Partnership", "other")
    ]


def test_a_company_word_does_not_make_a_person_an_organisation():
    assert found("To był pomysł firmy Jana Kowalskiego.") == [
        ("Jana Kowalskiego", "Jana Kowalskiego", "person")
    ]


def test_longer_names_win_over_the_known_names_inside_them():
    assert found("Bank of America and America Movil reported.", "en")[0] == (
        "Bank of America",
        "Bank of America",
        "organisation",
    )


def test_a_long_text_is_searched_in_bounded_time():
    text = "Facebook i Google rozmawiali z bankiem JPMorgan Chase. " * 5_000
    began = time.perf_counter()
    entities = find_entities(text, "pl")
    assert len(entities) == 15_000
    assert time.perf_counter() - began < 10
