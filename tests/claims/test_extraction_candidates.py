"""Candidate claims: the sentence rule, exact offsets, the dict shape, bad input."""

import datetime as dt
import random
import time
from decimal import Decimal

import pytest

from claims.extraction import MAX_TEXT_CHARS, ExtractionError, extract_candidates

ANCHOR = dt.date(2018, 12, 14)

ARTICLE_PL = """Banki nie chcą dzielić się danymi

Rozmowy pomiędzy Facebookiem a dużymi bankami trwały od kilku lat – poinformował w piątek dziennik „Financial Times”, powołując się na źródła zbliżone do sprawy.
Według gazety jeszcze w ubiegłym roku koncern zabiegał o dostęp do danych klientów co najmniej 4 instytucji finansowych. Jeden z banków wycofał się z rozmów.
Facebook zaprzecza, by zbierał dane o transakcjach.
Sprawa dotyczy nawet 120 mln kont, a ich właściciele nie byli o niczym informowani.
Banki odmówiły komentarza.
Foto: PAP/EPA
REKLAMA
Na konferencji F8 w 2016 roku zaprezentowano nowe funkcje komunikatora Messenger. (PAP)"""


def test_candidates_are_the_sentences_with_checkable_content():
    candidates = extract_candidates(ARTICLE_PL, ANCHOR)
    assert [c.sentence[:30] for c in candidates] == [
        "Rozmowy pomiędzy Facebookiem a",
        "Według gazety jeszcze w ubiegł",
        "Facebook zaprzecza, by zbierał",
        "Sprawa dotyczy nawet 120 mln k",
        "Na konferencji F8 w 2016 roku ",
    ]


def test_every_offset_is_absolute_into_the_pasted_text():
    candidates = extract_candidates(ARTICLE_PL, ANCHOR)
    assert candidates
    for candidate in candidates:
        assert ARTICLE_PL[candidate.start : candidate.end] == candidate.sentence
        for quantity in candidate.quantities:
            assert ARTICLE_PL[quantity.start : quantity.end] == quantity.text
            assert candidate.start <= quantity.start < quantity.end <= candidate.end
        for found in candidate.dates:
            assert ARTICLE_PL[found.start : found.end] == found.text
        for entity in candidate.entities:
            assert ARTICLE_PL[entity.start : entity.end] == entity.text


def test_quantities_dates_and_entities_are_attached_to_their_sentence():
    by_start = {c.sentence.split()[0]: c for c in extract_candidates(ARTICLE_PL, ANCHOR)}
    leak = by_start["Sprawa"]
    assert [(q.text, q.value, q.unit, q.qualifier) for q in leak.quantities] == [
        ("nawet 120 mln kont", Decimal(120_000_000), "accounts", "up_to")
    ]
    talks = by_start["Według"]
    assert [q.text for q in talks.quantities] == ["co najmniej 4 instytucji"]
    assert [(d.text, d.result.start, d.result.end) for d in talks.dates] == [
        ("w ubiegłym roku", dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    ]
    first = by_start["Rozmowy"]
    assert {e.name for e in first.entities} == {"Facebook", "Financial Times"}


def test_years_and_model_names_inside_a_dated_sentence_are_not_quantities():
    by_start = {c.sentence.split()[0]: c for c in extract_candidates(ARTICLE_PL, ANCHOR)}
    conference = by_start["Na"]
    assert conference.quantities == ()
    assert [d.text for d in conference.dates] == ["w 2016 roku"]


def test_headlines_captions_and_labels_are_never_candidates():
    sentences = {c.sentence for c in extract_candidates(ARTICLE_PL, ANCHOR)}
    assert "Banki nie chcą dzielić się danymi" not in sentences
    assert "Foto: PAP/EPA" not in sentences
    assert "REKLAMA" not in sentences
    assert "(PAP)" not in sentences


def test_a_named_organisation_needs_a_reporting_cue_or_the_subject_position():
    text = (
        "The Wall Street Journal reported the talks. Facebook declined to comment. "
        "Analysts were not surprised by Facebook. Nothing else happened here."
    )
    sentences = [c.sentence for c in extract_candidates(text, ANCHOR, "en")]
    assert sentences == [
        "The Wall Street Journal reported the talks.",
        "Facebook declined to comment.",
    ]


def test_to_dict_gives_exactly_the_documented_keys_and_strings():
    (candidate,) = extract_candidates(
        "Według „WSJ” w marcu 2018 roku wyciek dotyczył nawet 87 mln użytkowników.", ANCHOR, "pl"
    )
    data = candidate.to_dict()
    assert set(data) == {"sentence", "start", "end", "quantities", "dates", "entities"}
    assert data["quantities"] == [
        {
            "text": "nawet 87 mln użytkowników",
            "value": "87000000",
            "unit": "users",
            "unit_inferred": False,
            "qualifier": "up_to",
            "low": None,
            "high": None,
            "start": 47,
            "end": 72,
        }
    ]
    (date,) = data["dates"]
    assert date == {
        "text": "w marcu 2018 roku",
        "start": "2018-03-01",
        "end": "2018-03-31",
        "granularity": "month",
        "status": "parsed",
        "relation": None,
        "reference": None,
        "edtf": "2018-03",
        "offset_start": 13,
        "offset_end": 30,
    }
    assert data["entities"] == [
        {
            "text": "WSJ",
            "name": "Wall Street Journal",
            "kind": "organisation",
            "start": 8,
            "end": 11,
        }
    ]


def test_vague_counts_give_their_bounds_as_strings():
    (candidate,) = extract_candidates("Do rozmów dołączyło kilkanaście banków.", ANCHOR, "pl")
    (quantity,) = candidate.to_dict()["quantities"]
    assert (quantity["value"], quantity["low"], quantity["high"]) == ("15", "11", "19")


def test_the_language_is_detected_when_not_given():
    english = extract_candidates("The regulator said up to 87 million users were affected.", ANCHOR)
    assert english[0].quantities[0].unit == "users"
    polish = extract_candidates("Regulator podał, że wyciek dotyczył nawet 87 mln osób.", ANCHOR)
    assert polish[0].quantities[0].unit == "people"


def test_an_article_with_nothing_to_check_gives_no_candidates():
    assert extract_candidates("Ładna pogoda. Wszyscy byli zadowoleni.", ANCHOR, "pl") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   \n\t  ", "empty"),
        ("Tekst\x00z zerem.", "binary"),
        ("\x01\x02\x03\x04 abc \x05\x06\x07\x08\x0e\x0f", "binary"),
        ("\ufffd\ufffd\ufffd\ufffd tekst \ufffd\ufffd", "binary"),
        ("東京で大規模な会議が開かれ、多くの企業が参加しました。", "unknown_language"),
        ("12 345 / 678 -- 90", "unknown_language"),
    ],
)
def test_unusable_text_is_refused_with_a_reason(text, code):
    with pytest.raises(ExtractionError) as error:
        extract_candidates(text, ANCHOR)
    assert error.value.code == code
    assert isinstance(error.value, ValueError)


def test_random_bytes_decoded_as_text_are_refused():
    noise = random.Random(3).randbytes(5000)
    for decoded in (noise.decode("latin-1"), noise.decode("utf-8", errors="replace")):
        with pytest.raises(ExtractionError) as error:
            extract_candidates(decoded, ANCHOR)
        assert error.value.code == "binary"


def test_an_unsupported_language_code_is_refused():
    with pytest.raises(ExtractionError) as error:
        extract_candidates("Some text here.", ANCHOR, "ja")
    assert error.value.code == "unsupported_language"


def test_non_string_input_is_refused():
    with pytest.raises(ExtractionError):
        extract_candidates(b"bytes are not text", ANCHOR)


def test_five_megabytes_are_refused_at_once():
    text = "Wyciek dotyczył 87 mln użytkowników. " * (5_000_000 // 37)
    assert len(text) > MAX_TEXT_CHARS
    began = time.perf_counter()
    with pytest.raises(ExtractionError) as error:
        extract_candidates(text, ANCHOR)
    assert error.value.code == "too_long"
    assert time.perf_counter() - began < 1.0
