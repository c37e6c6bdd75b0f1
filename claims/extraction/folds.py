"""Multiplicatives in English, Polish and German, read as a number of times."""

from __future__ import annotations

import re
from decimal import Decimal

from .numerals import parse_digits
from .vague_counts import Vague, _vague

__all__ = ["fold_pattern", "fold_value"]


# Multiplicatives: "sixfold", "3-fold", "dwukrotnie", "5-krotny". They count
# "times" whatever the grammatical form that follows.
_EN_FOLD = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000,
}  # fmt: skip
_PL_FOLD = {
    "dwu": 2, "trzy": 3, "cztero": 4, "pięcio": 5, "sześcio": 6, "siedmio": 7,
    "ośmio": 8, "dziewięcio": 9, "dziesięcio": 10, "dwudziesto": 20, "stu": 100,
    "tysiąc": 1000,
}  # fmt: skip
_PL_FOLD_VAGUE = {
    "kilku": _vague(3, 9),
    "kilkunasto": _vague(11, 19),
    "kilkudziesięcio": _vague(20, 90),
}

_DE_FOLD = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "zwanzig": 20, "hundert": 100, "tausend": 1000,
}  # fmt: skip

_FOLD_PATTERNS = {
    "en": r"(?:" + "|".join(_EN_FOLD) + r")fold|\d+(?:\.\d+)?-fold",
    "pl": r"(?:"
    + "|".join(sorted([*_PL_FOLD, *_PL_FOLD_VAGUE], key=len, reverse=True))
    + r")krotn\w*|\d+(?:,\d+)?-krotn\w*",
    "de": r"(?:" + "|".join(_DE_FOLD) + r")(?:fach|mal)|\d+(?:,\d+)?-?fach",
}


def fold_pattern(lang: str) -> str | None:
    """Pattern (a string) for a multiplicative word in ``lang``, or None."""
    return _FOLD_PATTERNS.get(lang)


def fold_value(word: str, lang: str) -> Decimal | Vague | None:
    """How many times a multiplicative word says: a value, or a
    :class:`Vague` for "kilkukrotnie"."""
    lowered = word.lower()
    digits = re.match(r"\d+(?:[.,]\d+)?", lowered)
    if digits:
        return parse_digits(digits.group(0), lang)
    if lang == "en":
        return Decimal(_EN_FOLD[lowered[: -len("fold")]]) if lowered.endswith("fold") else None
    if lang == "de":
        stem = lowered[:-4] if lowered.endswith("fach") else lowered[:-3]
        return Decimal(_DE_FOLD[stem]) if stem in _DE_FOLD else None
    stem = lowered[: lowered.find("krotn")]
    if stem in _PL_FOLD:
        return Decimal(_PL_FOLD[stem])
    return _PL_FOLD_VAGUE.get(stem)
