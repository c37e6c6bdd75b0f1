"""The claim matcher: features of one claim, the score of a pair, and the labelled set."""

import dataclasses
import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest

from benchmarks.claim_matching import evaluate, load_pairs
from claims.matching import THRESHOLD, QuantityKey, features, fold, name_key, score

ANCHOR = dt.date(2025, 1, 1)
PAIRS = load_pairs()


def match(a, lang_a, b, lang_b):
    return score(features(a, lang_a, ANCHOR), features(b, lang_b, ANCHOR))


# --- features -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, lang, quantities, entities, years",
    [
        (
            "Wyciek objął nawet 87 mln użytkowników Facebooka w 2018 roku.",
            "pl",
            (QuantityKey(Decimal("87000000"), "user"),),
            {"@facebook"},
            {2018},
        ),
        (
            "The leak affected up to 87 million Facebook users in 2018.",
            "en",
            (QuantityKey(Decimal("87000000"), "user"),),
            {"@facebook"},
            {2018},
        ),
        (
            "Inflacja w Polsce wyniosła w marcu 2024 r. 2 proc.",
            "pl",
            (QuantityKey(Decimal("2"), "%"),),
            {"@poland"},
            {2024},
        ),
        ("Consumer prices in Poland rose 2% in March 2024.", "en", None, {"@poland"}, {2024}),
        # A bare year the date engine does not take still dates the claim.
        ("Andrzej Duda won the 2015 presidential election.", "en", (), None, {2015}),
        ("Ministerstwo Zdrowia podało dane.", "pl", (), {"@ministry health"}, set()),
        ("The Ministry of Health published data.", "en", (), {"@ministry health"}, set()),
    ],
)
def test_features_carry_quantities_names_and_years(statement, lang, quantities, entities, years):
    found = features(statement, lang, ANCHOR)
    if quantities is not None:
        assert found.quantities == quantities
    if entities is not None:
        assert found.entities == frozenset(entities)
    assert found.years == frozenset(years)


def test_features_are_frozen():
    found = features("Orlen zarobił 20,6 mld zł.", "pl", ANCHOR)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.lang = "en"


@pytest.mark.parametrize(
    "pl, en",
    [("użytkowników", "users"), ("banki", "banks"), ("klientów", "customers"), ("gole", "goals")],
)
def test_the_lexicon_folds_polish_and_english_words_to_one_token(pl, en):
    assert features(pl, "pl", ANCHOR).tokens == features(en, "en", ANCHOR).tokens != frozenset()


def test_dates_and_figures_are_not_text_tokens():
    found = features("Wyciek w marcu 2024 r. objął 87 mln kont.", "pl", ANCHOR)
    assert not any(token[0].isdigit() or token.startswith("#") for token in found.tokens)
    assert found.years == {2024}


@pytest.mark.parametrize(
    "raw, folded", [("Użytkowników", "uzytkownikow"), ("Łódź", "lodz"), ("ŚWIĄTEK", "swiatek")]
)
def test_fold_lowers_and_strips_diacritics(raw, folded):
    assert fold(raw) == folded


def test_a_name_in_two_languages_has_one_key():
    assert name_key("Ministerstwo Zdrowia") == name_key("Ministry of Health")
    assert name_key("Facebook") != name_key("Microsoft")


# --- score ----------------------------------------------------------------------------------


def test_the_87_million_pair_across_languages_is_the_same_claim():
    result = match(
        "Wyciek danych z Facebooka dotknął nawet 87 mln użytkowników.",
        "pl",
        "The Facebook data leak affected up to 87 million users.",
        "en",
    )
    assert result.score >= THRESHOLD
    assert result.is_candidate
    assert "same quantity 87000000 user" in result.reasons
    assert "shared name facebook" in result.reasons
    assert any(reason.startswith("text similarity 0.") for reason in result.reasons)
    assert result.conflicts == ()


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b, why",
    [
        (
            "Orlen zarobił w 2023 roku 20,6 mld zł zysku netto.",
            "pl",
            "Orlen earned a net profit of 33.6 billion zlotys in 2022.",
            "en",
            "same company, other year and figure",
        ),
        (
            "Frekwencja w wyborach parlamentarnych w 2023 roku wyniosła 74,4 proc.",
            "pl",
            "Turnout in the 2019 parliamentary election was 61.7%.",
            "en",
            "same subject, other election",
        ),
        (
            "W Polsce na raka płuca umiera rocznie 22 tys. osób.",
            "pl",
            "Szczepionkę przeciw COVID-19 przyjęło w Polsce 22 mln osób.",
            "pl",
            "other subject, similar figure",
        ),
        (
            "Samsung sold 226 million smartphones in 2023.",
            "en",
            "Xiaomi sold 146 million smartphones in 2023.",
            "en",
            "same market, other company",
        ),
        (
            "Andrzej Duda won the 2020 presidential election with 51.03% of the vote.",
            "en",
            "Andrzej Duda won the 2015 presidential election with 51.55% of the vote.",
            "en",
            "same person, other election",
        ),
    ],
)
def test_hard_negatives_are_not_candidates(a, lang_a, b, lang_b, why):
    result = match(a, lang_a, b, lang_b)
    assert result.score < THRESHOLD, why
    assert not result.is_candidate


def test_a_disputed_figure_is_a_conflict_that_lowers_but_does_not_zero_the_score():
    agreed = match(
        "The Facebook data leak in 2018 affected up to 87 million users.",
        "en",
        "Wyciek danych z Facebooka w 2018 roku dotknął nawet 87 mln użytkowników.",
        "pl",
    )
    disputed = match(
        "The Facebook data leak in 2018 affected up to 50 million users.",
        "en",
        "Wyciek danych z Facebooka w 2018 roku dotknął nawet 87 mln użytkowników.",
        "pl",
    )
    assert disputed.conflicts == ("quantity 50000000 vs 87000000 user",)
    assert 0 < disputed.score < agreed.score
    assert "shared name facebook" in disputed.reasons


def test_other_years_are_a_conflict():
    result = match(
        "Poland's GDP grew by 0.2% in 2023.",
        "en",
        "PKB Polski wzrósł w 2022 roku o 0,2 proc.",
        "pl",
    )
    assert "year 2023 vs 2022" in result.conflicts


def test_other_months_of_one_year_are_a_conflict():
    apart = match(
        "Sprzedaż nowych aut w Polsce wzrosła we wrześniu 2024 r. o 5 proc.",
        "pl",
        "New car sales in Poland rose 5% in August 2024.",
        "en",
    )
    together = match(
        "Sprzedaż nowych aut w Polsce wzrosła w sierpniu 2024 r. o 5 proc.",
        "pl",
        "New car sales in Poland rose 5% in August 2024.",
        "en",
    )
    assert "date 2024-09-01..2024-09-30 vs 2024-08-01..2024-08-31" in apart.conflicts
    assert together.conflicts == ()
    assert apart.score < together.score - 0.3


def test_close_figures_rounded_differently_agree():
    result = match("Orlen earned 20.6 billion zlotys.", "en", "Orlen zarobił 20,62 mld zł.", "pl")
    assert result.conflicts == ()
    assert any(reason.startswith("same quantity") for reason in result.reasons)


def test_score_is_symmetric_and_bounded():
    for pair in PAIRS[:40]:
        a = features(pair["a"]["statement"], pair["a"]["lang"], ANCHOR)
        b = features(pair["b"]["statement"], pair["b"]["lang"], ANCHOR)
        forward, backward = score(a, b), score(b, a)
        assert 0.0 <= forward.score <= 1.0
        assert forward.score == pytest.approx(backward.score)


# --- the labelled set -----------------------------------------------------------------------


def test_the_labelled_set_is_large_balanced_and_well_formed():
    assert len(PAIRS) >= 200
    for pair in PAIRS:
        assert set(pair) == {"a", "b", "same", "split", "kind"}
        assert pair["split"] in {"tune", "test"}
        assert pair["kind"] == f"{pair['a']['lang']}-{pair['b']['lang']}"
        assert pair["kind"] in {"pl-pl", "en-en", "pl-en"}
        assert isinstance(pair["same"], bool)
        assert pair["a"]["statement"] != pair["b"]["statement"]
    same = sum(pair["same"] for pair in PAIRS)
    assert 0.4 <= same / len(PAIRS) <= 0.6
    splits = Counter(pair["split"] for pair in PAIRS)
    assert 0.2 <= splits["test"] / len(PAIRS) <= 0.3
    assert all(Counter(pair["kind"] for pair in PAIRS)[kind] >= 40 for kind in ("pl-pl", "en-en"))


def test_the_tune_split_stays_at_the_targets():
    # Guards against regressions; the honest measure is the test split (docs/matching.md).
    tally = evaluate(PAIRS)[("tune", "all")]
    assert tally.precision >= 0.9
    assert tally.recall >= 0.8
