"""The real-article corpus is well formed, split, and scored by the evaluation as documented."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from benchmarks.extraction_eval import (
    PASSAGE_JOIN,
    REAL,
    SPLITS,
    evaluate,
    load_real_articles,
    locate,
    main,
    render,
)
from claims.extraction import QUALIFIERS

ARTICLES = load_real_articles()
FIELDS = {"id", "lang", "url", "outlet", "country", "published", "published_from", "annotated"}


def test_the_corpus_has_both_splits_with_a_heldout_quarter():
    counts = {name: sum(a["split"] == name for a in ARTICLES) for name in SPLITS}
    assert counts["dev"] > 0 and counts["heldout"] > 0
    assert 0.2 <= counts["heldout"] / len(ARTICLES) <= 0.35


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_each_real_article_names_its_origin_and_has_locatable_gold(article):
    assert FIELDS <= set(article)
    assert article["url"].startswith(("http://", "https://"))
    assert article["annotated"] == "blind"
    assert article["id"].startswith(article["lang"] + "-")
    assert len(article["country"]) == 2 and article["country"].isupper()
    dt.date.fromisoformat(article["published"])
    # Short quotations only: never a whole article.
    assert sum(len(p) for p in article["passages"]) <= 2000
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


def test_ids_are_unique_across_splits():
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids))


def _write(directory, split, article):
    (directory / split).mkdir(parents=True, exist_ok=True)
    path = directory / split / f"{article['id']}.json"
    path.write_text(json.dumps(article), encoding="utf-8")


ARTICLE = {
    "id": "en-01-test",
    "lang": "en",
    "url": "https://example.org/2019/05/14/story",
    "outlet": "Example Daily",
    "country": "GB",
    "published": "2019-05-14",
    "published_from": "url",
    "annotated": "blind",
    "passages": [
        "The company said on Monday that sales rose 12% to a record high in the first quarter.",
        "Its shares have fallen by more than 20% since last year.",
    ],
    "dates": [
        {"text": "on Monday", "start": "2019-05-13", "end": "2019-05-13", "relation": None},
        {"text": "the first quarter", "start": "2019-01-01", "end": "2019-03-31"},
        {"text": "since last year", "start": "2018-01-01", "end": "2019-05-14", "relation": None},
    ],
    "quantities": [
        {"text": "12%", "value": "12", "unit": "%", "qualifier": "exact"},
        {"text": "more than 20%", "value": "20", "unit": "%", "qualifier": "more_than"},
    ],
}


def test_passages_are_joined_as_separate_paragraphs_and_read_against_publication(tmp_path):
    _write(tmp_path, "dev", ARTICLE)
    (article,) = load_real_articles(tmp_path, "dev")
    assert article["text"] == PASSAGE_JOIN.join(ARTICLE["passages"])
    assert article["anchor"] == "2019-05-14"
    report = evaluate(articles=[article])
    assert report.dates["all"].gold == 3
    assert report.quantities["all"].gold == 2
    assert report.dates["all"].matched == 3
    assert report.quantities["all"].matched == 2


def test_an_article_without_stored_text_is_skipped_and_reported(tmp_path):
    _write(tmp_path, "dev", ARTICLE)
    _write(tmp_path, "heldout", {**ARTICLE, "id": "en-04-test", "passages": []})
    articles = load_real_articles(tmp_path)
    report = evaluate(articles=articles)
    assert report.articles["all"] == 1
    assert report.skipped == ["en-04-test: text not stored, https://example.org/2019/05/14/story"]
    assert "skipped, cannot be rebuilt (1)" in render(report)


def test_the_command_reports_each_split_then_both(tmp_path, capsys):
    _write(tmp_path, "dev", ARTICLE)
    _write(tmp_path, "heldout", {**ARTICLE, "id": "en-04-test"})
    assert main(["--corpus", "real", "--real-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "== real corpus, dev" in out
    assert "== real corpus, heldout" in out
    assert "== real corpus, dev + heldout" in out


def test_the_command_fails_with_a_message_on_an_empty_corpus(tmp_path, capsys):
    assert main(["--corpus", "real", "--real-dir", str(tmp_path)]) == 1
    assert "no articles" in capsys.readouterr().err


def test_the_shipped_corpus_lives_in_the_repository():
    assert REAL.is_dir()
