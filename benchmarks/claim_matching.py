"""Precision and recall of the claim matcher on the labelled claim pairs.

Scores every pair in tests/fixtures/claim_pairs.json (splits "tune" and
"test") and tests/fixtures/claim_pairs_blind.json (split "blind": 100 pairs on
other topics, written without looking at the matcher and scored only after
they were committed) with :func:`claims.matching.score`, and counts a pair as
a candidate when its score reaches :data:`claims.matching.THRESHOLD`. Prints
precision, recall and F1 for each split and all pairs, each also per kind
(pl-pl, en-en, pl-en). Run from the repository root:

    .venv/bin/python -m benchmarks.claim_matching [--details]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from claims.matching import THRESHOLD, features, score

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PAIRS = FIXTURES / "claim_pairs.json"
BLIND_PAIRS = FIXTURES / "claim_pairs_blind.json"
# Every fixture sentence names its year; the anchor only resolves relative dates.
ANCHOR = dt.date(2025, 1, 1)
KINDS = ("pl-pl", "en-en", "pl-en")
SPLITS = ("tune", "test", "blind", "all")


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        relevant = self.true_positives + self.false_negatives
        return self.true_positives / relevant if relevant else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def evaluate(pairs: list[dict]) -> dict[tuple[str, str], Tally]:
    """Tallies keyed by (split, kind), kind "all" for every kind of a split."""
    tallies = {(s, k): Tally() for s in SPLITS for k in (*KINDS, "all")}
    for pair in pairs:
        a = features(pair["a"]["statement"], pair["a"]["lang"], ANCHOR)
        b = features(pair["b"]["statement"], pair["b"]["lang"], ANCHOR)
        match = score(a, b)
        predicted = match.score >= THRESHOLD
        if predicted == pair["same"] and not predicted:
            continue
        line = (
            f"{'FP' if predicted else 'FN'} {match.score:.3f} {pair['kind']}: "
            f"{pair['a']['statement']!r} / {pair['b']['statement']!r} "
            f"reasons={list(match.reasons)} conflicts={list(match.conflicts)}"
        )
        for key in ((s, k) for s in (pair["split"], "all") for k in (pair["kind"], "all")):
            tally = tallies[key]
            if predicted and pair["same"]:
                tally.true_positives += 1
            elif predicted:
                tally.false_positives += 1
                tally.errors.append(line)
            else:
                tally.false_negatives += 1
                tally.errors.append(line)
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every wrong pair")
    args = parser.parse_args(argv)
    pairs = load_pairs() + load_pairs(BLIND_PAIRS)
    tallies = evaluate(pairs)
    print(f"{len(pairs)} pairs, threshold {THRESHOLD}")
    print(f"{'split':6} {'kind':6} {'prec':>6} {'recall':>6} {'F1':>6}  tp  fp  fn")
    for split in SPLITS:
        for kind in ("all", *KINDS):
            t = tallies[(split, kind)]
            print(
                f"{split:6} {kind:6} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} "
                f"{t.true_positives:3} {t.false_positives:3} {t.false_negatives:3}"
            )
    if args.details:
        for split in ("tune", "test", "blind"):
            print(f"\nerrors in {split}:")
            for line in tallies[(split, "all")].errors:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
