"""Sentence splitting: exact offsets, abbreviations, quotes, breaks."""

import time
from decimal import Decimal

import pytest

from claims.extraction import find_quantities, split_sentences
from claims.extraction.sentences import GERMAN_SENTENCE_OPENERS


def texts(text):
    spans = split_sentences(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
    return [span.text for span in spans]


# fmt: off
# (text, expected sentences)
CASES = [
    ("Pierwsze zdanie. Drugie zdanie.", ["Pierwsze zdanie.", "Drugie zdanie."]),
    ("First one! Second one? Third.", ["First one!", "Second one?", "Third."]),
    (
        "Banki, m.in. PKO BP, odmówiły. Sprawa trwa.",
        ["Banki, m.in. PKO BP, odmówiły.", "Sprawa trwa."],
    ),
    ("Przyszło ok. 300 tys. osób. Było zimno.", ["Przyszło ok. 300 tys. osób.", "Było zimno."]),
    ("W 2018 r. Facebook ujawnił wyciek.", ["W 2018 r. Facebook ujawnił wyciek."]),
    ("Stało się to w 2018 r. W marcu ruszyło śledztwo.", ["Stało się to w 2018 r.", "W marcu ruszyło śledztwo."]),
    ("Płaca wzrosła do 5 tys. zł. Firma milczy.", ["Płaca wzrosła do 5 tys. zł.", "Firma milczy."]),
    ("Dług to 87 mln zł. Nowy plan jest gotowy.", ["Dług to 87 mln zł.", "Nowy plan jest gotowy."]),
    ("Np. banki, tzw. fintechy i inne.", ["Np. banki, tzw. fintechy i inne."]),
    ("Mówił o tym dr Kowalski i prof. Nowak.", ["Mówił o tym dr Kowalski i prof. Nowak."]),
    ("Wzrost wyniósł 1,5 proc. Spadek 2.3 proc.", ["Wzrost wyniósł 1,5 proc.", "Spadek 2.3 proc."]),
    ("Talks with U.S. Bancorp stalled.", ["Talks with U.S. Bancorp stalled."]),
    ("He lives in the U.S. The company does not.", ["He lives in the U.S.", "The company does not."]),
    ("Mr. Smith of Apple Inc. spoke.", ["Mr. Smith of Apple Inc. spoke."]),
    ("It was filed on Jan. 5. Nothing followed.", ["It was filed on Jan. 5.", "Nothing followed."]),
    ("See rule No. 5 here.", ["See rule No. 5 here."]),
    ("Mark E. Zuckerberg testified.", ["Mark E. Zuckerberg testified."]),
    ("Shares fell 2.3 percent.", ["Shares fell 2.3 percent."]),
    ('He said "it is over." Then he left.', ['He said "it is over."', "Then he left."]),
    ("„To koniec.” Tak powiedział.", ["„To koniec.”", "Tak powiedział."]),
    ("„WSJ” podało to wczoraj.", ["„WSJ” podało to wczoraj."]),
    ("He paused... Then he went on.", ["He paused...", "Then he went on."]),
    ("He paused... and went on.", ["He paused... and went on."]),
    ("Czekał… Potem wyszedł.", ["Czekał…", "Potem wyszedł."]),
    ("Rozmawiano z bankami [...] Według WSJ było inaczej.", ["Rozmawiano z bankami [...]", "Według WSJ było inaczej."]),
    ("Koniec tekstu. (PAP)", ["Koniec tekstu.", "(PAP)"]),
    ("Nagłówek bez kropki\nTreść artykułu.", ["Nagłówek bez kropki", "Treść artykułu."]),
    ("Pierwszy akapit\n\nDrugi akapit", ["Pierwszy akapit", "Drugi akapit"]),
    ("Skrót prof.\n\nNowy akapit.", ["Skrót prof.", "Nowy akapit."]),
    ("a line that is\nwrapped by hand.", ["a line that is\nwrapped by hand."]),
    ("Lista:\n1. Pierwszy punkt.\n2. Drugi punkt.", ["Lista:\n1. Pierwszy punkt.", "2. Drugi punkt."]),
    ("Foto: PAP/EPA\nREKLAMA\nTreść.", ["Foto: PAP/EPA", "REKLAMA", "Treść."]),
    ("  Wcięty tekst.  \n\n  ", ["Wcięty tekst."]),
    ("Windows\r\nLine endings.\r\n\r\nNext.", ["Windows", "Line endings.", "Next."]),
    ("Spadek o 2 proc. Wzrost o 3 tys. Koniec.", ["Spadek o 2 proc.", "Wzrost o 3 tys.", "Koniec."]),
    # German openers are one list, shared with the quantity finder: "Dann" opens a
    # sentence, "La" of "La-Liga-Spieltag" does not.
    ("Der Verlust betrug 87 Mio. Dann fiel die Aktie.", ["Der Verlust betrug 87 Mio.", "Dann fiel die Aktie."]),
    ("Nordwerk landete auf dem 3. Dann folgten Verluste.", ["Nordwerk landete auf dem 3.", "Dann folgten Verluste."]),
    ("Barcelona gewann am 2. La-Liga-Spieltag deutlich.", ["Barcelona gewann am 2. La-Liga-Spieltag deutlich."]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences_are_split_with_exact_offsets(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "word", sorted(GERMAN_SENTENCE_OPENERS) + ["Platz", "Quartal", "Mal", "Berlin", "La", "El"]
)
def test_the_splitter_and_the_quantity_finder_agree_on_a_german_number_and_a_period(word):
    text = f"Nordwerk landete auf dem 3. {word} folgte."
    ends_sentence = len(texts(text)) == 2
    read_as_number = [q.value for q in find_quantities(text, "de")] == [Decimal(3)]
    assert ends_sentence == read_as_number == (word in GERMAN_SENTENCE_OPENERS)


def test_whitespace_only_text_has_no_sentences():
    assert split_sentences(" \n\t ") == []
    assert split_sentences("") == []


def test_offsets_point_into_the_original_text_after_leading_space():
    spans = split_sentences("   Ala ma kota.   Kot ma Alę.")
    assert [(s.start, s.end) for s in spans] == [(3, 15), (18, 29)]


def test_five_megabytes_are_split_in_bounded_time():
    paragraph = (
        "Według dziennika ok. 300 tys. osób, m.in. w U.S. i w Polsce, straciło 1,5 mld zł. "
        "Firma Acme Inc. milczy… „To koniec” – powiedział dr Nowak.\n\n"
    )
    text = paragraph * (5_000_000 // len(paragraph))
    began = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - began
    assert len(spans) == 3 * (5_000_000 // len(paragraph))
    assert elapsed < 20, elapsed
