"""Numbers written in digits, and the scale words that multiply them.

Digit groups and decimal separators in Polish, English, German, French and
Spanish press copy, and scale words ("mln", "billion", "Mio.", "milliards",
"mil millones"). Values are kept as :class:`decimal.Decimal` so that "1,5 mld"
is exactly 1500000000. Number words, vague counts, multiplicatives and the
words of shares and ratios have modules of their own.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "MAX_DIGITS",
    "bound_scale_pattern",
    "digits_pattern",
    "of_pattern",
    "parse_digits",
    "scale_of",
    "scale_words",
    "tidy",
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


# Prices in the decimal-comma languages may group thousands with points before
# the comma: "12.500,50 Euro", "12.500,50 zł".
_GROUPED_COMMA_DECIMAL = r"\d{1,3}(?:\.\d{3})+,\d+(?![\d])|" + _COMMA_DECIMAL


def digits_pattern(lang: str) -> str:
    """The regular expression (a string) for a digit number in ``lang``."""
    return _POINT_DECIMAL if lang == "en" else _GROUPED_COMMA_DECIMAL


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
    # Indian English: a lakh is 10^5, a crore 10^7 ("Rs 72.63 crore").
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
}
# German, French and Spanish use the long scale: "Billion", "billion" and
# "billón" are 10^12, and 10^9 has its own word ("Milliarde", "milliard",
# "millardo", or "mil millones").
_DE_SCALES = {
    "tsd.": _THOUSAND,
    "tsd": _THOUSAND,
    "tausend": _THOUSAND,
    "mio.": _MILLION,
    "mio": _MILLION,
    "million": _MILLION,
    "millionen": _MILLION,
    "mrd.": _BILLION,
    "mrd": _BILLION,
    "milliarde": _BILLION,
    "milliarden": _BILLION,
    "bio.": _TRILLION,
    "billion": _TRILLION,
    "billionen": _TRILLION,
}
_FR_SCALES = {
    "mille": _THOUSAND,
    "millier": _THOUSAND,
    "milliers": _THOUSAND,
    "million": _MILLION,
    "millions": _MILLION,
    "md": _BILLION,
    "mds": _BILLION,
    "mrd": _BILLION,
    "milliard": _BILLION,
    "milliards": _BILLION,
    "billion": _TRILLION,
    "billions": _TRILLION,
    # "plusieurs centaines", "quelques dizaines": a vague count of hundreds
    # or tens.
    "dizaines": Decimal(10),
    "centaines": Decimal(100),
}
_ES_SCALES = {
    "mil": _THOUSAND,
    "miles": _THOUSAND,
    "millón": _MILLION,
    "millon": _MILLION,
    "millones": _MILLION,
    "mill.": _MILLION,
    "mil millones": _BILLION,
    "millardo": _BILLION,
    "millardos": _BILLION,
    "billón": _TRILLION,
    "billon": _TRILLION,
    "billones": _TRILLION,
    "decenas": Decimal(10),
    "centenares": Decimal(100),
}
_SCALES = {"pl": _PL_SCALES, "en": _EN_SCALES, "de": _DE_SCALES, "fr": _FR_SCALES, "es": _ES_SCALES}

# French and Spanish abbreviate scales before a currency symbol: "2,3 M€",
# "1,5 Md€", "500 k€". Case matters: "5 m" is five metres.
_BOUND_SCALES = {"M": _MILLION, "Md": _BILLION, "Mds": _BILLION, "Mrd": _BILLION, "k": _THOUSAND}
_BOUND_SCALE_PATTERN = r"[ \u00a0\u202f]?(?P<word>Mds|Md|Mrd|M|k)(?=[ \u00a0\u202f]?[€$£])"


def bound_scale_pattern(lang: str) -> str | None:
    """Pattern (a string) for a scale abbreviation that only counts before a
    currency symbol, or None when ``lang`` has none."""
    return _BOUND_SCALE_PATTERN if lang in ("fr", "es") else None


# Only directly after a currency amount ("$5m", "£300k", "$1.1b"): elsewhere
# "5m" is five metres and "4k" a screen resolution.
_CURRENCY_SCALES = {"m": _MILLION, "k": _THOUSAND, "b": _BILLION}


def scale_of(word: str, lang: str, *, after_currency: bool = False) -> Decimal | None:
    """The multiplier a scale word stands for, or None."""
    if word in _BOUND_SCALES and lang in ("fr", "es"):
        return _BOUND_SCALES[word]
    lowered = " ".join(word.lower().split())
    if after_currency and lowered in _CURRENCY_SCALES:
        return _CURRENCY_SCALES[lowered]
    return _SCALES.get(lang, {}).get(lowered)


def scale_words(lang: str) -> list[str]:
    """All scale words of ``lang``, longest first (for building patterns)."""
    return sorted(_SCALES.get(lang, {}), key=len, reverse=True)


# What joins a scale word or a vague count to what it counts in French and
# Spanish: "des milliers d'emplois", "87 millones de euros". German needs
# none; English "of" is read by the quantity finder itself.
_OF_PATTERNS = {
    "fr": r"[ \u00a0]+(?:de[ \u00a0]+|d['’])",
    "es": r"[ \u00a0]+de[ \u00a0]+",
}


def of_pattern(lang: str) -> str | None:
    """Pattern (a string) for the "of" after a scale word or vague count."""
    return _OF_PATTERNS.get(lang)
