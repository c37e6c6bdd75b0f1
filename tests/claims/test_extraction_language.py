"""Language detection restricted to the supported languages."""

import random

import pytest

from claims.extraction import SUPPORTED_LANGUAGES, detect_language

CASES = [
    ("pl", "Negocjacje pomiędzy bankami a koncernem trwały od wielu lat, poinformował dziennik."),
    ("pl", "Wyciek danych miał dotyczyć nawet 87 mln użytkowników serwisu."),
    ("pl", "Urząd nałożył na spółkę karę w wysokości ponad 12 mln zł."),
    ("en", "The leak affected up to 87 million users, the regulator said on Wednesday."),
    ("en", "Shares rose nearly 2% in extended trading after the results."),
    ("de", "Die Bank hat im vergangenen Jahr mehr als tausend Stellen gestrichen."),
    ("fr", "La banque a supprimé plus de mille emplois l'année dernière, selon le journal."),
    ("es", "El banco eliminó más de mil empleos el año pasado, según el periódico."),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_supported_language_is_recognised(expected, text):
    assert detect_language(text) == expected


def test_only_supported_codes_are_ever_returned():
    assert set(SUPPORTED_LANGUAGES) == {"pl", "en", "de", "fr", "es"}
    for _, text in CASES:
        assert detect_language(text) in SUPPORTED_LANGUAGES


@pytest.mark.parametrize(
    "text",
    [
        "東京で大規模な会議が開かれ、多くの企業が参加しました。",
        "Банк сократил более тысячи рабочих мест в прошлом году.",
        "12 345 678 / 90 -- 11 %% 22",
        "ok",
        "",
    ],
)
def test_unsupported_scripts_numbers_and_tiny_texts_are_unknown(text):
    assert detect_language(text) is None


def test_random_bytes_are_unknown():
    noise = random.Random(7).randbytes(4000).decode("latin-1")
    assert detect_language(noise) is None


def test_only_the_opening_of_a_long_text_is_read():
    english = "The regulator fined the company for misleading its customers. " * 40
    polish = "Urząd nałożył na spółkę karę za wprowadzanie klientów w błąd. " * 2000
    assert detect_language(english + polish) == "en"
