"""Numbers as written in Polish and English press copy.

Digit groups, decimal separators, scale words ("mln", "billion", "tys."),
cardinal number words and vague counts ("kilkanaście", "dozens"). Values are
kept as :class:`decimal.Decimal` so that "1,5 mld" is exactly 1500000000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = [
    "MAX_DIGITS",
    "Vague",
    "digits_pattern",
    "fold_pattern",
    "fold_value",
    "number_word_value",
    "number_words",
    "parse_digits",
    "scale_of",
    "scale_words",
    "tidy",
    "vague_count",
    "vague_words",
]

# Longer digit strings are identifiers (account numbers, hashes), not amounts;
# the bound also keeps every Decimal comfortably finite.
MAX_DIGITS = 18

_SPACES = " \u00a0\u202f\u2009"

# Digit patterns per decimal convention. Order matters: grouped forms first so
# "1 500 000" is one number rather than three.
_COMMA_DECIMAL = (
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?![\d])"
    r"|\d{1,3}(?:\.\d{3})+(?![\d.])(?!,\d)"
    r"|\d+,\d+(?![\d])"
    r"|\d+\.\d+(?![\d])"
    r"|\d+"
)
_POINT_DECIMAL = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d])"
    r"|\d+\.\d+(?![\d])"
    r"|\d+"
)


def digits_pattern(lang: str) -> str:
    """The regular expression (a string) for a digit number in ``lang``."""
    return _POINT_DECIMAL if lang == "en" else _COMMA_DECIMAL


def parse_digits(raw: str, lang: str) -> Decimal | None:
    """Parse a digit number matched by :func:`digits_pattern`.

    Returns None for numbers too long to be amounts.
    """
    compact = raw
    for space in _SPACES:
        compact = compact.replace(space, "")
    if lang == "en":
        compact = compact.replace(",", "")
    else:
        if "," in compact:
            compact = compact.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):
            # Polish thousands grouped with points: "1.500.000".
            compact = compact.replace(".", "")
    if sum(ch.isdigit() for ch in compact) > MAX_DIGITS:
        return None
    try:
        value = Decimal(compact)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def tidy(value: Decimal) -> Decimal:
    """Drop a meaningless fractional part so ``str`` gives "1500000000"."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize() if "E" not in str(value.normalize()) else value


# Scale words. Polish "bilion" is 10^12 (long scale); English "billion" 10^9.
_THOUSAND = Decimal(10) ** 3
_MILLION = Decimal(10) ** 6
_BILLION = Decimal(10) ** 9
_TRILLION = Decimal(10) ** 12

_PL_SCALES = {
    "tys.": _THOUSAND,
    "tys": _THOUSAND,
    "tysiąc": _THOUSAND,
    "tysiące": _THOUSAND,
    "tysięcy": _THOUSAND,
    "tysiąca": _THOUSAND,
    "mln": _MILLION,
    "milion": _MILLION,
    "miliony": _MILLION,
    "milionów": _MILLION,
    "miliona": _MILLION,
    "mld": _BILLION,
    "miliard": _BILLION,
    "miliardy": _BILLION,
    "miliardów": _BILLION,
    "miliarda": _BILLION,
    "bln": _TRILLION,
    "bilion": _TRILLION,
    "biliony": _TRILLION,
    "bilionów": _TRILLION,
    "biliona": _TRILLION,
}
_EN_SCALES = {
    "thousand": _THOUSAND,
    "thousands": _THOUSAND,
    "million": _MILLION,
    "millions": _MILLION,
    "mln": _MILLION,
    "mn": _MILLION,
    "billion": _BILLION,
    "billions": _BILLION,
    "bn": _BILLION,
    "bln": _BILLION,
    "trillion": _TRILLION,
    "trillions": _TRILLION,
    "tn": _TRILLION,
}
# Only directly after a currency amount ("$5m", "£300k"): elsewhere "5m" is
# five metres and "4k" a screen resolution.
_CURRENCY_SCALES = {"m": _MILLION, "k": _THOUSAND}


def scale_of(word: str, lang: str, *, after_currency: bool = False) -> Decimal | None:
    """The multiplier a scale word stands for, or None."""
    lowered = word.lower()
    if after_currency and lowered in _CURRENCY_SCALES:
        return _CURRENCY_SCALES[lowered]
    if lang == "pl":
        return _PL_SCALES.get(lowered)
    if lang == "en":
        return _EN_SCALES.get(lowered)
    return None


def scale_words(lang: str) -> list[str]:
    """All scale words of ``lang``, longest first (for building patterns)."""
    table = _PL_SCALES if lang == "pl" else _EN_SCALES if lang == "en" else {}
    return sorted(table, key=len, reverse=True)


# Cardinal number words. "jeden"/"one"/"a" only count before a scale word
# ("jeden milion", "a million"): alone they are pronouns or articles far more
# often than counts ("jeden z banków", "one of the banks").
_PL_WORDS: dict[str, int] = {}
for _value, _forms in {
    1: "jeden jedna jedno jednego",
    2: "dwa dwie dwóch dwu dwoma dwoje dwojga",
    3: "trzy trzech trzem trzema troje",
    4: "cztery czterech czterem czterema czworo",
    5: "pięć pięciu pięcioma",
    6: "sześć sześciu sześcioma",
    7: "siedem siedmiu siedmioma",
    8: "osiem ośmiu ośmioma",
    9: "dziewięć dziewięciu dziewięcioma",
    10: "dziesięć dziesięciu dziesięcioma",
    11: "jedenaście jedenastu",
    12: "dwanaście dwunastu",
    13: "trzynaście trzynastu",
    14: "czternaście czternastu",
    15: "piętnaście piętnastu",
    16: "szesnaście szesnastu",
    17: "siedemnaście siedemnastu",
    18: "osiemnaście osiemnastu",
    19: "dziewiętnaście dziewiętnastu",
    20: "dwadzieścia dwudziestu",
    30: "trzydzieści trzydziestu",
    40: "czterdzieści czterdziestu",
    50: "pięćdziesiąt pięćdziesięciu",
    60: "sześćdziesiąt sześćdziesięciu",
    70: "siedemdziesiąt siedemdziesięciu",
    80: "osiemdziesiąt osiemdziesięciu",
    90: "dziewięćdziesiąt dziewięćdziesięciu",
    100: "sto stu",
    200: "dwieście dwustu",
    300: "trzysta trzystu",
    400: "czterysta czterystu",
    500: "pięćset pięciuset",
    600: "sześćset sześciuset",
    700: "siedemset siedmiuset",
    800: "osiemset ośmiuset",
    900: "dziewięćset dziewięciuset",
}.items():
    for _form in _forms.split():
        _PL_WORDS[_form] = _value

_EN_WORDS: dict[str, int] = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NEEDS_SCALE = frozenset({"a", "one", "jeden", "jedna", "jedno", "jednego"})


# Fractions that only make sense before a scale word: "pół miliona",
# "półtora miliarda", "half a million".
_PL_FRACTIONS = {"pół": Decimal("0.5"), "półtora": Decimal("1.5"), "półtorej": Decimal("1.5")}
_EN_FRACTIONS = {"half a": Decimal("0.5")}


def number_word_value(word: str, lang: str) -> tuple[Decimal, bool] | None:
    """``(value, needs_scale)`` for a cardinal number word, or None.

    ``needs_scale`` marks words that only count before a scale word.
    """
    lowered = " ".join(word.lower().split())
    fractions = _PL_FRACTIONS if lang == "pl" else _EN_FRACTIONS if lang == "en" else {}
    if lowered in fractions:
        return fractions[lowered], True
    table = _PL_WORDS if lang == "pl" else _EN_WORDS if lang == "en" else {}
    if lowered not in table:
        return None
    return Decimal(table[lowered]), lowered in _NEEDS_SCALE


def number_words(lang: str) -> tuple[list[str], list[str]]:
    """Number words of ``lang``, longest first, split into words that count
    on their own and words that need a scale word after them."""
    table = _PL_WORDS if lang == "pl" else _EN_WORDS if lang == "en" else {}
    fractions = _PL_FRACTIONS if lang == "pl" else _EN_FRACTIONS if lang == "en" else {}
    free = [w for w in table if w not in _NEEDS_SCALE]
    bound = [w for w in table if w in _NEEDS_SCALE] + list(fractions)
    return sorted(free, key=len, reverse=True), sorted(bound, key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Vague:
    """A vague count: a central value and the range it stands for."""

    value: Decimal
    low: Decimal
    high: Decimal
    exact: bool = False


def _vague(low: int, high: int) -> Vague:
    return Vague(Decimal(low + high) / 2, Decimal(low), Decimal(high))


# The central value is the midpoint of the range. "Kilka" is read as 3-9
# (Polish uses "dwa"/"parę" for two), "kilkanaście" as 11-19, "kilkadziesiąt"
# and "dozens" as 20-90, "kilkaset" and "hundreds" as 200-900. "A dozen" and
# "tuzin" are exact twelves.
_PL_VAGUE = {
    "kilka": _vague(3, 9),
    "kilku": _vague(3, 9),
    "kilkoma": _vague(3, 9),
    "kilkanaście": _vague(11, 19),
    "kilkunastu": _vague(11, 19),
    "kilkunastoma": _vague(11, 19),
    "kilkadziesiąt": _vague(20, 90),
    "kilkudziesięciu": _vague(20, 90),
    "kilkudziesięcioma": _vague(20, 90),
    "kilkaset": _vague(200, 900),
    "kilkuset": _vague(200, 900),
    "dziesiątki": _vague(20, 90),
    "dziesiątek": _vague(20, 90),
    "setki": _vague(200, 900),
    "setek": _vague(200, 900),
    "tysiące": _vague(2000, 9000),
    "tysięcy": _vague(2000, 9000),
    "miliony": _vague(2_000_000, 9_000_000),
    "milionów": _vague(2_000_000, 9_000_000),
    "tuzin": Vague(Decimal(12), Decimal(12), Decimal(12), exact=True),
}
_EN_VAGUE = {
    "several": _vague(3, 9),
    "a few": _vague(2, 4),
    "a dozen": Vague(Decimal(12), Decimal(12), Decimal(12), exact=True),
    "dozens": _vague(20, 90),
    "tens": _vague(20, 90),
    "scores": _vague(20, 90),
    "hundreds": _vague(200, 900),
    "thousands": _vague(2000, 9000),
    "millions": _vague(2_000_000, 9_000_000),
    "billions": _vague(2_000_000_000, 9_000_000_000),
}


def vague_count(phrase: str, lang: str) -> Vague | None:
    """The :class:`Vague` reading of a vague count word, or None."""
    lowered = " ".join(phrase.lower().split())
    table = _PL_VAGUE if lang == "pl" else _EN_VAGUE if lang == "en" else {}
    return table.get(lowered)


def vague_words(lang: str) -> list[str]:
    """All vague count phrases of ``lang``, longest first."""
    table = _PL_VAGUE if lang == "pl" else _EN_VAGUE if lang == "en" else {}
    return sorted(table, key=len, reverse=True)


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

_FOLD_PATTERNS = {
    "en": r"(?:" + "|".join(_EN_FOLD) + r")fold|\d+(?:\.\d+)?-fold",
    "pl": r"(?:"
    + "|".join(sorted([*_PL_FOLD, *_PL_FOLD_VAGUE], key=len, reverse=True))
    + r")krotn\w*|\d+(?:,\d+)?-krotn\w*",
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
    stem = lowered[: lowered.find("krotn")]
    if stem in _PL_FOLD:
        return Decimal(_PL_FOLD[stem])
    return _PL_FOLD_VAGUE.get(stem)
