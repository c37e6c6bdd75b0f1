"""The production index (grammar/prefilter.py) must never leave out a production that matches.

A phrase is read by the first production, in the grammar's order, that matches all of it; the
index narrows which are tried. These tests compare it with trying every production, over the
thousands of expressions the date tests are written with, the corpus texts and generated ones.
"""

import ast
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings

from timeline.dates.grammar import GRAMMARS, NEUTRAL, prefilter
from timeline.dates.parsing import _trim, normalised_key

from .test_dates_properties import expressions

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "fixtures"
ALL_GRAMMARS = [*GRAMMARS.values(), NEUTRAL]


def _phrases() -> list[str]:
    """Every string literal of the date tests and every gold text of the corpora."""
    found = set()
    for path in HERE.glob("test_dates*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if 0 < len(node.value) < 120 and "\n" not in node.value:
                    found.add(node.value)
    for path in FIXTURES.glob("**/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            for item in data.get("dates", []) or []:
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    found.add(item["text"])
    return sorted(found)


PHRASES = _phrases()


def _key(text: str) -> str:
    return _trim(normalised_key(" ".join(text.split())))[0]


def _matching(grammar, text: str) -> list:
    return [prod for prod in grammar.productions if prod.regex.fullmatch(text)]


def _assert_index_keeps_every_match(grammar, text: str) -> None:
    if not text:
        return
    candidates = list(prefilter.index_of(grammar).candidates(text))
    order = {id(prod): number for number, prod in enumerate(grammar.productions)}
    numbers = [order[id(prod)] for prod in candidates]
    assert numbers == sorted(numbers), "the grammar's order is kept"
    kept = {id(prod) for prod in candidates}
    for prod in _matching(grammar, text):
        assert id(prod) in kept, (grammar.code, text, prod.regex.pattern[:120])


def test_the_phrase_set_is_large_enough_to_mean_something():
    assert len(PHRASES) > 2000


@pytest.mark.parametrize("grammar", ALL_GRAMMARS, ids=lambda g: g.code or "neutral")
def test_no_matching_production_is_left_out(grammar):
    matched = 0
    for phrase in PHRASES:
        text = _key(phrase)
        _assert_index_keeps_every_match(grammar, text)
        matched += bool(text) and bool(_matching(grammar, text))
    # The comparison is over phrases the grammar actually reads, not only misses.
    assert matched > 100


@settings(max_examples=300, deadline=None)
@given(expressions())
def test_no_matching_production_is_left_out_of_generated_expressions(expression):
    text, _lang = expression
    for grammar in ALL_GRAMMARS:
        _assert_index_keeps_every_match(grammar, _key(text))


def test_the_index_tries_few_productions():
    grammar = GRAMMARS["pl"]
    tried = list(prefilter.index_of(grammar).candidates("w ubiegłym roku"))
    assert 0 < len(tried) < len(grammar.productions) / 4


def test_a_phrase_with_no_one_letter_lower_case_tries_everything():
    grammar = GRAMMARS["en"]
    assert len(list(prefilter.index_of(grammar).candidates("İn 2017"))) == len(grammar.productions)


@pytest.mark.parametrize(
    "pattern, text, starts, needs",
    [
        (r"abc", "abc", {"a"}, {"a", "b", "c"}),
        (r"(?:in\s+)?\d{4}", "in 2017", {"i", "1", "0", "9"}, {prefilter.ANY_DIGIT}),
        (r"(?:x|y)z", "yz", {"x", "y"}, {"z"}),
        (r"(?:xa|ya)", "ya", {"x", "y"}, {"a"}),
        (r"(?<![\w.,])(?:q)(?![\w])", "q", {"q"}, {"q"}),
        (r"[a-c]+d", "bd", {"a", "b", "c"}, {"d"}),
    ],
)
def test_what_the_analysis_reads_from_a_pattern(pattern, text, starts, needs):
    compiled = re.compile(pattern, re.IGNORECASE)
    first, _ends, required = prefilter.analyse(compiled)
    assert compiled.fullmatch(text)
    assert starts <= first and text[0] in first
    assert required == needs


def test_a_pattern_that_may_match_nothing_at_its_start_admits_any_first_character():
    assert prefilter.analyse(re.compile(r"a?")).starts is None
    assert prefilter.analyse(re.compile(r"\w+ 2017")).starts is None


def test_letters_that_re_treats_as_equal_are_admitted():
    # Under IGNORECASE "s" also matches the long s, and "i" the dotless i.
    compiled = re.compile(r"since 2017", re.IGNORECASE)
    assert compiled.fullmatch("ſince 2017")
    assert "ſ" in prefilter.analyse(compiled).starts
    index = prefilter.build([type("P", (), {"regex": compiled})()])
    assert len(list(index.candidates("ſınce 2017"))) == 1
    assert list(index.candidates("march 2017")) == []


def test_what_the_analysis_reads_from_a_pattern_s_end():
    digits = prefilter.analyse(re.compile(r"(?:in\s+)?\d{4}(?![\w])", re.IGNORECASE)).ends
    assert digits == frozenset("0123456789")
    assert prefilter.analyse(re.compile(r"ab(?:c|d)?", re.IGNORECASE)).ends == {"b", "c", "d"}
    assert prefilter.analyse(re.compile(r"a\w*")).ends is None
    assert prefilter.analyse(re.compile(r"a?")).ends is None


def test_a_phrase_is_not_tried_against_productions_that_cannot_end_as_it_does():
    productions = [
        type("P", (), {"regex": re.compile(pattern, re.IGNORECASE)})()
        for pattern in (r"in \d{4}", r"in (?:may|june)")
    ]
    index = prefilter.build(productions)
    assert list(index.candidates("in 2017")) == productions[:1]
    assert list(index.candidates("in june")) == productions[1:]
