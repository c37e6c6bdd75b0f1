"""The evaluation set is well formed, and extraction meets the quality gate on it."""

import datetime as dt
from decimal import Decimal

import pytest

from benchmarks.extraction_eval import evaluate, load_articles, locate
from claims.extraction import QUALIFIERS

GATE = 0.95
ARTICLES = load_articles()


@pytest.fixture(scope="module")
def report():
    return evaluate()


def test_the_set_has_enough_polish_and_english_articles():
    languages = [article["lang"] for article in ARTICLES]
    assert languages.count("pl") >= 4
    assert languages.count("en") >= 4


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_each_article_is_a_short_news_story_with_locatable_gold(article):
    assert set(article) == {"id", "lang", "anchor", "text", "quantities", "dates"}
    assert 150 <= len(article["text"].split()) <= 400
    dt.date.fromisoformat(article["anchor"])
    locate(article["text"], article["quantities"])
    locate(article["text"], article["dates"])
    for quantity in article["quantities"]:
        assert Decimal(quantity["value"]).is_finite()
        assert quantity["qualifier"] in QUALIFIERS
    for date in article["dates"]:
        if date.get("start") is None:
            assert date["end"] is None and date["relation"] in ("before", "after")
        else:
            assert dt.date.fromisoformat(date["start"]) <= dt.date.fromisoformat(date["end"])


@pytest.mark.parametrize("kind", ["quantities", "dates"])
@pytest.mark.parametrize("measure", ["precision", "recall"])
@pytest.mark.parametrize("slice_", ["pl", "en", "all"])
def test_extraction_meets_the_quality_gate(report, kind, measure, slice_):
    tally = getattr(report, kind)[slice_]
    value = getattr(tally, measure)
    assert value >= GATE, (
        f"{kind} {measure} on {slice_} is {value:.3f}; misses: {tally.misses}; "
        f"false positives: {tally.false_positives}"
    )


def test_every_article_is_detected_in_its_own_language(report):
    assert report.wrong_language == []


def test_a_gold_phrase_inside_the_item_before_it_is_looked_for_after_it():
    text = "Prices rose since May, and above May's figure."
    spans = locate(text, [{"text": "since May"}, {"text": "May"}])
    assert [text[a:b] for a, b in spans] == ["since May", "May"]
    assert spans[1][0] == text.index("May's")
    # With no later occurrence, the one inside is all there is.
    assert locate("since May", [{"text": "since May"}, {"text": "May"}]) == [(0, 9), (6, 9)]


def test_an_unmatched_date_is_told_apart_from_a_false_one():
    import datetime as dt

    from benchmarks.extraction_eval import standing
    from timeline.dates import DateResult

    def reading(start, end):
        return DateResult(
            "x", "en", "parsed", dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        )

    june = {"start": "2016-06-01", "end": "2016-06-30"}
    assert standing(june, reading("2016-01-01", "2016-12-31")) == "wider"
    assert standing(june, reading("2016-06-29", "2016-06-29")) == "narrower"
    assert standing(june, reading("2016-05-15", "2016-06-15")) == "overlapping"
    assert standing(june, reading("2017-06-01", "2017-06-30")) == "disjoint"
    assert standing(june, reading("2016-06-01", "2016-06-30")) == "relation"
    assert standing(None, reading("2016-06-01", "2016-06-30")) == "no gold date"
    assert standing(june, DateResult("x", "en", "unparsed")) == "unparsed"
