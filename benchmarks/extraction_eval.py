"""Precision and recall of claim extraction on the annotated article sets.

Two corpora:

* ``own`` (the default): the articles we wrote, in tests/fixtures/extraction/;
* ``real``: short quoted passages of real published articles written by
  others, in tests/fixtures/real/, annotated by hand before the tool was run
  on them. ``dev/`` is the part rules may be written against; ``heldout/`` is
  the part no rule is written against, reported separately. An article whose
  passages are not stored (only its URL and the items' offsets and hashes)
  cannot be rebuilt: it is skipped, and the report says so.

Runs :func:`claims.extraction.extract_candidates` over every article
(language detected, not given; the anchor is the publication date) and
compares the quantities and dates of the candidates with the gold:

* a quantity matches a gold one with the same value and qualifier whose text
  span overlaps it;
* a date matches a gold one whose span it overlaps and whose interval it
  gives exactly, or, for a date relative to an event (gold start/end null),
  whose relation it gives.

Each gold item and each prediction is matched at most once. Run from the
repository root:

    .venv/bin/python -m benchmarks.extraction_eval [--details]
    .venv/bin/python -m benchmarks.extraction_eval --corpus real [--split dev] [--details]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from claims.extraction import detect_language, extract_candidates

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "extraction"
REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"
SPLITS = ("dev", "heldout")
# Passages of a real article are separate quotations: a blank line keeps them separate sentences.
PASSAGE_JOIN = "\n\n"


@dataclass
class Tally:
    """Counts for one kind of item (quantities or dates) in one slice."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    # How each unmatched date stands to the gold date at its place (standing()).
    standings: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.misses += other.misses
        self.false_positives += other.false_positives
        self.standings += other.standings


@dataclass
class Report:
    """Tallies per language and overall, plus checks that are not scores."""

    quantities: dict[str, Tally] = field(default_factory=dict)
    dates: dict[str, Tally] = field(default_factory=dict)
    articles: dict[str, int] = field(default_factory=dict)
    unit_agreement: tuple[int, int] = (0, 0)
    wrong_language: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def load_articles(directory: Path = FIXTURES) -> list[dict]:
    """Every annotated article, in file name order."""
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))
    ]


def load_real_articles(directory: Path = REAL, split: str | None = None) -> list[dict]:
    """The real articles of one split (or of both), each given the ``text`` and ``anchor`` that
    scoring reads: the passages joined by a blank line, and the publication date. An article
    without stored passages has ``text`` None."""
    articles = []
    for name in (split,) if split else SPLITS:
        for article in load_articles(directory / name):
            passages = article.get("passages") or []
            article["split"] = name
            article["text"] = PASSAGE_JOIN.join(passages) if passages else None
            article["anchor"] = article["published"]
            articles.append(article)
    return articles


def locate(text: str, items: Iterable[dict]) -> list[tuple[int, int]]:
    """Offsets of each gold item's text; items are listed in text order, so
    repeated phrases are found one after another."""
    spans = []
    cursor = previous_end = 0
    for item in items:
        start = text.find(item["text"], cursor)
        if start < 0:
            raise ValueError(f"gold text {item['text']!r} not found after offset {cursor}")
        if start < previous_end:
            # "May" after "since May": the next occurrence, not the inside of the item before,
            # unless there is none.
            after = text.find(item["text"], previous_end)
            start = after if after >= 0 else start
        spans.append((start, start + len(item["text"])))
        cursor, previous_end = start + 1, start + len(item["text"])
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_article(article: dict) -> tuple[Tally, Tally, tuple[int, int], str | None]:
    """Quantity tally, date tally, (units agreeing, quantities matched) and
    the detected language for one article."""
    text = article["text"]
    anchor = dt.date.fromisoformat(article["anchor"])
    detected = detect_language(text)
    candidates = extract_candidates(text, anchor, country=article.get("country") or None)

    predicted_q = [q for c in candidates for q in c.quantities]
    gold_q = article["quantities"]
    q_tally = Tally(gold=len(gold_q), predicted=len(predicted_q))
    used: set[int] = set()
    units = 0
    for gold, span in zip(gold_q, locate(text, gold_q), strict=True):
        for index, quantity in enumerate(predicted_q):
            if index in used or not _overlaps(span, (quantity.start, quantity.end)):
                continue
            if quantity.value == Decimal(gold["value"]) and quantity.qualifier == gold["qualifier"]:
                used.add(index)
                q_tally.matched += 1
                units += quantity.unit == gold["unit"]
                break
        else:
            q_tally.misses.append(
                f"{article['id']}: {gold['text']!r} {gold['value']} {gold['qualifier']}"
            )
    for index, quantity in enumerate(predicted_q):
        if index not in used:
            q_tally.false_positives.append(
                f"{article['id']}: {quantity.text!r} {quantity.value} {quantity.qualifier}"
            )

    predicted_d = [d for c in candidates for d in c.dates]
    gold_d = article["dates"]
    d_tally = Tally(gold=len(gold_d), predicted=len(predicted_d))
    used = set()
    gold_spans = list(zip(gold_d, locate(text, gold_d), strict=True))
    for gold, span in gold_spans:
        for index, found in enumerate(predicted_d):
            if index in used or not _overlaps(span, (found.start, found.end)):
                continue
            if _date_matches(gold, found.result):
                used.add(index)
                d_tally.matched += 1
                break
        else:
            d_tally.misses.append(f"{article['id']}: {gold['text']!r} {_gold_reading(gold)}")
    for index, found in enumerate(predicted_d):
        if index not in used:
            d_tally.false_positives.append(
                f"{article['id']}: {found.text!r} {_found_reading(found.result)}"
            )
            at = [g for g, span in gold_spans if _overlaps(span, (found.start, found.end))]
            d_tally.standings[standing(at[0] if at else None, found.result)] += 1
    return q_tally, d_tally, (units, q_tally.matched), detected


STANDINGS = (
    ("no gold date", "no gold date at its place"),
    ("unparsed", "found, left unparsed"),
    ("relation", "the gold interval, another relation"),
    ("wider", "wider, holding the gold interval"),
    ("narrower", "narrower, inside the gold interval"),
    ("overlapping", "overlapping the gold interval"),
    ("disjoint", "disjoint from the gold interval"),
)


def standing(gold: dict | None, result) -> str:
    """How a date that did not match stands to the gold date at its place: whether the
    reading is false (disjoint), or honest and of another width or convention."""
    if gold is None:
        return "no gold date"
    if result.start is None:
        return "unparsed"
    if gold.get("start") is None:
        return "relation"
    first, last = dt.date.fromisoformat(gold["start"]), dt.date.fromisoformat(gold["end"])
    if (result.start, result.end) == (first, last):
        return "relation"
    if result.start <= first and last <= result.end:
        return "wider"
    if first <= result.start and result.end <= last:
        return "narrower"
    if result.start <= last and first <= result.end:
        return "overlapping"
    return "disjoint"


def _date_matches(gold: dict, result) -> bool:
    if gold.get("start") is None:
        return result.relation is not None and result.relation == gold.get("relation")
    # A deadline ("by the end of 2022") is an interval with a relation: both must agree.
    return (
        result.start is not None
        and result.start.isoformat() == gold["start"]
        and result.end.isoformat() == gold["end"]
        and (result.relation or None) == (gold.get("relation") or None)
    )


def _gold_reading(gold: dict) -> str:
    if gold.get("start") is None:
        return f"{gold['relation']} {gold['reference']!r}"
    span = f"{gold['start']}..{gold['end']}"
    return span + (f" relation={gold['relation']}" if gold.get("relation") else "")


def _found_reading(result) -> str:
    if result.start is None:
        return f"{result.status} relation={result.relation} reference={result.reference!r}"
    span = f"{result.start.isoformat()}..{result.end.isoformat()}"
    return span + (f" relation={result.relation}" if result.relation else "")


def evaluate(directory: Path = FIXTURES, articles: list[dict] | None = None) -> Report:
    """Score every article (those of ``directory``, or ``articles`` as loaded); slices are each
    language and "all"."""
    report = Report()
    agree = matched = 0
    for article in load_articles(directory) if articles is None else articles:
        if article["text"] is None:
            report.skipped.append(f"{article['id']}: text not stored, {article.get('url', '')}")
            continue
        q_tally, d_tally, (units, hits), detected = score_article(article)
        lang = article["lang"]
        for key in (lang, "all"):
            report.quantities.setdefault(key, Tally()).add(q_tally)
            report.dates.setdefault(key, Tally()).add(d_tally)
            report.articles[key] = report.articles.get(key, 0) + 1
        agree += units
        matched += hits
        if detected != lang:
            report.wrong_language.append(f"{article['id']}: detected {detected}, annotated {lang}")
    report.unit_agreement = (agree, matched)
    return report


def render(report: Report, details: bool = False) -> str:
    """The report as a plain-text table (and the mismatches, if asked)."""
    lines = [
        f"{'slice':<6} {'articles':>8}  {'quantities P':>12} {'R':>6} {'(gold)':>7}"
        f"  {'dates P':>8} {'R':>6} {'(gold)':>7}"
    ]
    keys = sorted(k for k in report.articles if k != "all") + ["all"]
    for key in keys:
        q, d = report.quantities[key], report.dates[key]
        lines.append(
            f"{key:<6} {report.articles[key]:>8}  {q.precision:>12.3f} {q.recall:>6.3f} {q.gold:>7}"
            f"  {d.precision:>8.3f} {d.recall:>6.3f} {d.gold:>7}"
        )
    agree, matched = report.unit_agreement
    lines.append(f"units agreeing on matched quantities: {agree}/{matched}")
    standings = report.dates["all"].standings if "all" in report.dates else Counter()
    lines.append(
        "dates not matched, against the gold date at their place: "
        + ", ".join(f"{label} {standings[key]}" for key, label in STANDINGS)
    )
    if "all" in report.dates:
        false = standings["disjoint"] + standings["no gold date"]
        predicted = report.dates["all"].predicted
        lines.append(
            f"dates read false (disjoint from the gold, or no gold date there): {false} of "
            f"{predicted} found ({false / predicted if predicted else 0:.3f})"
        )
    lines.append(
        "language detection: "
        + (
            "all articles detected as annotated"
            if not report.wrong_language
            else "; ".join(report.wrong_language)
        )
    )
    if report.skipped:
        lines.append(
            f"skipped, cannot be rebuilt ({len(report.skipped)}): " + "; ".join(report.skipped)
        )
    if details:
        for title, tallies in (("quantities", report.quantities), ("dates", report.dates)):
            total = tallies["all"]
            lines.append(f"\n{title}: missed ({len(total.misses)})")
            lines += [f"  - {m}" for m in total.misses]
            lines.append(f"{title}: false positives ({len(total.false_positives)})")
            lines += [f"  + {m}" for m in total.false_positives]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation table; ``--details`` lists every mismatch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses and false positives")
    parser.add_argument("--corpus", choices=("own", "real"), default="own")
    parser.add_argument(
        "--split", choices=SPLITS, help="real corpus: one split only (default: each, then both)"
    )
    parser.add_argument("--real-dir", type=Path, default=REAL, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.corpus == "own":
        print(render(evaluate(), details=args.details))
        return 0
    articles = load_real_articles(args.real_dir, args.split)
    if not articles:
        print(f"no articles in {args.real_dir}", file=sys.stderr)
        return 1
    groups = (
        [(args.split, articles)]
        if args.split
        else [
            *((name, [a for a in articles if a["split"] == name]) for name in SPLITS),
            ("dev + heldout", articles),
        ]
    )
    for title, group in groups:
        if group:
            print(f"== real corpus, {title}")
            print(render(evaluate(articles=group), details=args.details), end="\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
