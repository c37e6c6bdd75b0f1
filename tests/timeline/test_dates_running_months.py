"""Months found in running text without a preposition, where the writing tells a month from
other words (docs/dates.md, "Everyday forms")."""

import datetime as dt

import pytest

from timeline import dates

# A Thursday in mid-September.
ANCHOR = dt.date(2025, 9, 18)


def found(sentence, lang):
    return [
        (f.text, str(f.result.start), str(f.result.end))
        for f in dates.find_dates(sentence, ANCHOR, lang)
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("August also saw the monthly rate rise.", "en", [("August", "2025-08-01", "2025-08-31")]),
        ("The average June rainfall was low.", "en", [("June", "2025-06-01", "2025-06-30")]),
        # By the tense, as after a preposition: the coming one in a future sentence.
        (
            "The figures for October will be published soon.",
            "en",
            [("October", "2025-10-01", "2025-10-31")],
        ),
        (
            "Sales from April to December rose.",
            "en",
            [("from April to December", "2025-04-01", "2025-12-31")],
        ),
        (
            "Wrzesień rozpoczął się od podwyżek cen paliw.",
            "pl",
            [("Wrzesień", "2025-09-01", "2025-09-30")],
        ),
        ("Wrzesien rozpoczal sie od podwyzek.", "pl", [("Wrzesien", "2025-09-01", "2025-09-30")]),
        (
            "La bajada es menor, pero sumada al de abril es mayor.",
            "es",
            [("abril", "2025-04-01", "2025-04-30")],
        ),
        (
            "Les prix ont baissé, comme en mars et juillet.",
            "fr",
            [("en mars", "2025-03-01", "2025-03-31"), ("juillet", "2025-07-01", "2025-07-31")],
        ),
    ],
)
def test_a_month_in_running_text_is_the_month(sentence, lang, expected):
    assert found(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("August Strindberg wrote letters.", "en"),
        ("Theresa May said nothing.", "en"),
        ("May I ask a question?", "en"),
        ("Prices may march higher.", "en"),
        ("Maja Kowalska podała dane.", "pl"),
        ("Firmy maja nowe plany.", "pl"),
        ("Se manifestaron en la Plaza de Mayo.", "es"),
        ("La sonde est arrivée sur Mars.", "fr"),
        ("Der August war heiß.", "de"),
    ],
)
def test_a_name_or_a_word_is_not_a_month(sentence, lang):
    assert found(sentence, lang) == []


def test_figures_for_a_month_are_for_one_that_has_ended_whatever_the_tense():
    # Published in May: the April figures, not next April's, though "poda" is future.
    sentence = "Główny Urząd Statystyczny poda wyliczenia stopy bezrobocia za kwiecień 25 maja."
    assert [
        (f.text, str(f.result.start)) for f in dates.find_dates(sentence, dt.date(2022, 5, 9), "pl")
    ] == [
        ("za kwiecień", "2022-04-01"),
        ("25 maja", "2022-05-25"),
    ]
