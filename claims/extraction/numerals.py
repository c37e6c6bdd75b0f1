"""Numbers as written in Polish, English, German, French and Spanish press copy.

Digit groups, decimal separators, scale words ("mln", "billion", "Mio.",
"milliards", "mil millones"), cardinal number words and vague counts
("kilkanaście", "dozens", "Dutzende", "des dizaines", "decenas"). Values are
kept as :class:`decimal.Decimal` so that "1,5 mld" is exactly 1500000000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = [
    "MAX_DIGITS",
    "Vague",
    "bound_scale_pattern",
    "digits_pattern",
    "fold_pattern",
    "hundred_value",
    "of_pattern",
    "fold_value",
    "halving_pattern",
    "number_word_value",
    "number_words",
    "ordinal_value",
    "parse_digits",
    "ratio_multiplier",
    "ratio_pattern",
    "ratio_percent",
    "ratio_term",
    "scale_of",
    "scale_words",
    "share_of_pattern",
    "share_value",
    "share_words",
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


# Only directly after a currency amount ("$5m", "£300k"): elsewhere "5m" is
# five metres and "4k" a screen resolution.
_CURRENCY_SCALES = {"m": _MILLION, "k": _THOUSAND}


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

_DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TENS = {
    20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig",
    70: "siebzig", 80: "achtzig", 90: "neunzig",
}  # fmt: skip
_DE_WORDS: dict[str, int] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "hundert": 100, "einhundert": 100, "tausend": 1000, "eintausend": 1000,
}  # fmt: skip
# German writes compounds as one word: "fünfundzwanzig", "dreihundert".
for _tens, _tens_word in _DE_TENS.items():
    _DE_WORDS[_tens_word] = _tens
    for _unit in range(1, 10):
        _DE_WORDS[_DE_UNITS[_unit] + "und" + _tens_word] = _tens + _unit
for _unit in range(2, 10):
    _DE_WORDS[_DE_UNITS[_unit] + "hundert"] = _unit * 100

_FR_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100, "mille": 1000,
}  # fmt: skip
_ES_WORDS: dict[str, int] = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
    "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22,
    "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "cien": 100, "ciento": 100, "mil": 1000,
}  # fmt: skip
for _stem, _value in {
    "doscient": 200, "trescient": 300, "cuatrocient": 400, "quinient": 500,
    "seiscient": 600, "setecient": 700, "ochocient": 800, "novecient": 900,
}.items():  # fmt: skip
    _ES_WORDS[_stem + "os"] = _ES_WORDS[_stem + "as"] = _value

_WORDS: dict[str, dict[str, int]] = {
    "pl": _PL_WORDS,
    "en": _EN_WORDS,
    "de": _DE_WORDS,
    "fr": _FR_WORDS,
    "es": _ES_WORDS,
}
_NEEDS_SCALE = frozenset(
    {"a", "one", "jeden", "jedna", "jedno", "jednego"}
    | {"ein", "eine", "einen", "einem", "einer", "eins", "un", "une", "uno", "una"}
)

# Words that multiply what comes before them inside a compound: "two
# hundred", "drei Dutzend", "trois cents", "dos docenas".
_HUNDREDS = {
    "en": {"hundred": 100, "dozen": 12},
    "de": {"dutzend": 12},
    "fr": {"cent": 100, "cents": 100, "douzaine": 12, "douzaines": 12},
    "es": {"docena": 12, "docenas": 12},
}


def hundred_value(word: str, lang: str) -> Decimal | None:
    """The multiplier of a word that multiplies inside a compound, or None."""
    found = _HUNDREDS.get(lang, {}).get(word.lower())
    return None if found is None else Decimal(found)


# Fractions that only make sense before a scale word: "pół miliona",
# "półtora miliarda", "ćwierć miliona", "half a million", "a quarter of a
# million", "eine halbe Million", "medio millón", "un cuarto de millón".
_FRACTIONS = {
    "pl": {
        "pół": Decimal("0.5"),
        "półtora": Decimal("1.5"),
        "półtorej": Decimal("1.5"),
        "ćwierć": Decimal("0.25"),
    },
    "en": {
        "half a": Decimal("0.5"),
        "a quarter": Decimal("0.25"),
        "a quarter of a": Decimal("0.25"),
        "three quarters of a": Decimal("0.75"),
    },
    "de": {
        "eine halbe": Decimal("0.5"),
        "einer halben": Decimal("0.5"),
        "anderthalb": Decimal("1.5"),
        "eineinhalb": Decimal("1.5"),
    },
    "fr": {"un demi": Decimal("0.5")},
    "es": {"medio": Decimal("0.5"), "un cuarto de": Decimal("0.25")},
}


def number_word_value(word: str, lang: str) -> tuple[Decimal, bool] | None:
    """``(value, needs_scale)`` for a cardinal number word, or None.

    ``needs_scale`` marks words that only count before a scale word.
    """
    lowered = " ".join(word.lower().split())
    fractions = _FRACTIONS.get(lang, {})
    if lowered in fractions:
        return fractions[lowered], True
    table = _WORDS.get(lang, {})
    if lowered not in table:
        return None
    return Decimal(table[lowered]), lowered in _NEEDS_SCALE


# Fractions that state a share of what follows them ("połowa użytkowników",
# "a third of the banks", "die Hälfte der Nutzer", "la moitié des salariés",
# "la mitad de los usuarios") are read as percentages, the unit that shares
# already have: a half is 50 %. A third has no exact decimal and is rounded
# to two places, as press copy rounds percentages.
_HALF = Decimal(50)
_THIRD = Decimal("33.33")
_TWO_THIRDS = Decimal("66.67")
_QUARTER = Decimal(25)
_THREE_QUARTERS = Decimal(75)
_FIFTH = Decimal(20)
_SHARES = {
    "pl": {
        "połowa": _HALF, "połowę": _HALF, "połowy": _HALF,
        "jedna trzecia": _THIRD, "jedną trzecią": _THIRD, "jednej trzeciej": _THIRD,
        "dwie trzecie": _TWO_THIRDS, "dwóch trzecich": _TWO_THIRDS,
        "jedna czwarta": _QUARTER, "jedną czwartą": _QUARTER, "jednej czwartej": _QUARTER,
        "ćwierć": _QUARTER,
        "trzy czwarte": _THREE_QUARTERS, "trzech czwartych": _THREE_QUARTERS,
        "jedna piąta": _FIFTH, "jedną piątą": _FIFTH, "jednej piątej": _FIFTH,
    },
    "en": {
        "half": _HALF, "a half": _HALF, "one half": _HALF,
        "a third": _THIRD, "one third": _THIRD, "one-third": _THIRD,
        "two thirds": _TWO_THIRDS, "two-thirds": _TWO_THIRDS,
        "a quarter": _QUARTER, "one quarter": _QUARTER, "one-quarter": _QUARTER,
        "three quarters": _THREE_QUARTERS, "three-quarters": _THREE_QUARTERS,
        "a fifth": _FIFTH, "one fifth": _FIFTH, "one-fifth": _FIFTH,
    },
    "de": {
        "die hälfte": _HALF, "der hälfte": _HALF,
        "ein drittel": _THIRD, "einem drittel": _THIRD, "zwei drittel": _TWO_THIRDS,
        "ein viertel": _QUARTER, "drei viertel": _THREE_QUARTERS,
        "ein fünftel": _FIFTH, "einem fünftel": _FIFTH,
    },
    "fr": {
        "la moitié": _HALF, "un tiers": _THIRD, "deux tiers": _TWO_THIRDS,
        "un quart": _QUARTER, "trois quarts": _THREE_QUARTERS, "un cinquième": _FIFTH,
    },
    "es": {
        "la mitad": _HALF, "un tercio": _THIRD, "dos tercios": _TWO_THIRDS,
        "un cuarto": _QUARTER, "tres cuartos": _THREE_QUARTERS, "un quinto": _FIFTH,
    },
}  # fmt: skip

# What joins a share to what it counts. Polish puts the genitive right
# after it ("połowa użytkowników"); the other languages need "of" and, but
# for English, a determiner too, which keeps out "un tiers de confiance" (a
# trusted third party) and "un cuarto de baño" (a bathroom). English "half"
# also takes a determiner directly ("half the banks").
_SHARE_OF_PATTERNS = {
    "pl": r"[ \u00a0]+(?=[^\W\d_])",
    "en": r"[ \u00a0]+of[ \u00a0]+"
    r"|(?<=half)[ \u00a0]+(?=(?:the|its|their|his|her|our|all|these|those)(?![^\W\d_]))",
    "de": r"[ \u00a0]+(?=(?:der|des|aller|seiner|ihrer|unserer|dieser|jener|deren|dessen)"
    r"(?![^\W\d_]))",
    "fr": r"[ \u00a0]+(?:des[ \u00a0]+|du[ \u00a0]+|de[ \u00a0]+(?=l['’]|(?:la|ses|leurs?|ces|nos|vos|son|"
    r"sa|cette|ce|cet|tous|toutes)(?![^\W\d_])))",
    "es": r"[ \u00a0]+(?:del[ \u00a0]+|de[ \u00a0]+(?=(?:los|las|la|el|sus|su|estos|estas|esos|esas|"
    r"todos|todas|nuestros|nuestras|ellos|ellas)(?![^\W\d_])))",
}


def share_words(lang: str) -> list[str]:
    """The share fractions of ``lang``, longest first."""
    return sorted(_SHARES.get(lang, {}), key=len, reverse=True)


def share_value(phrase: str, lang: str) -> Decimal:
    """The percentage a share fraction of :func:`share_words` states ("a
    third" is 33.33)."""
    return _SHARES[lang][" ".join(phrase.lower().split())]


def share_of_pattern(lang: str) -> str | None:
    """Pattern (a string) for what joins a share to what it counts."""
    return _SHARE_OF_PATTERNS.get(lang)


def number_words(lang: str) -> tuple[list[str], list[str]]:
    """Number words of ``lang``, longest first, split into words that count
    on their own and words that need a scale word after them."""
    table = _WORDS.get(lang, {})
    free = [w for w in table if w not in _NEEDS_SCALE]
    bound = [w for w in table if w in _NEEDS_SCALE] + list(_FRACTIONS.get(lang, {}))
    return sorted(free, key=len, reverse=True), sorted(bound, key=len, reverse=True)


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


@dataclass(frozen=True, slots=True)
class Vague:
    """A vague count: a central value and the range it stands for."""

    value: Decimal
    low: Decimal
    high: Decimal
    exact: bool = False
    # "une centaine", "una decena": an estimate around a round figure, with
    # no range the words commit to.
    bounded: bool = True


def _vague(low: int, high: int) -> Vague:
    return Vague(Decimal(low + high) / 2, Decimal(low), Decimal(high))


def _about(value: int) -> Vague:
    return Vague(Decimal(value), Decimal(value), Decimal(value), bounded=False)


_TWELVE = Vague(Decimal(12), Decimal(12), Decimal(12), exact=True)


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
    "tuzin": _TWELVE,
}
_EN_VAGUE = {
    "several": _vague(3, 9),
    "a few": _vague(2, 4),
    "a dozen": _TWELVE,
    "dozens": _vague(20, 90),
    "tens": _vague(20, 90),
    "scores": _vague(20, 90),
    "hundreds": _vague(200, 900),
    "thousands": _vague(2000, 9000),
    "millions": _vague(2_000_000, 9_000_000),
    "billions": _vague(2_000_000_000, 9_000_000_000),
}


# German, French and Spanish mirror the Polish and English bounds: "einige",
# "mehrere", "plusieurs", "quelques", "varios" and "algunos" are read like
# "kilka" and "several" (3-9), "ein paar" and "unos cuantos" like "a few".
_DE_VAGUE = {
    "einige": _vague(3, 9),
    "einigen": _vague(3, 9),
    "einiger": _vague(3, 9),
    "mehrere": _vague(3, 9),
    "mehreren": _vague(3, 9),
    "mehrerer": _vague(3, 9),
    "ein paar": _vague(2, 4),
    "ein dutzend": _TWELVE,
    "dutzende": _vague(20, 90),
    "dutzenden": _vague(20, 90),
    "hunderte": _vague(200, 900),
    "hunderten": _vague(200, 900),
    "tausende": _vague(2000, 9000),
    "tausenden": _vague(2000, 9000),
    "zehntausende": _vague(20_000, 90_000),
    "zehntausenden": _vague(20_000, 90_000),
    "hunderttausende": _vague(200_000, 900_000),
    "hunderttausenden": _vague(200_000, 900_000),
    "millionen": _vague(2_000_000, 9_000_000),
    "milliarden": _vague(2_000_000_000, 9_000_000_000),
}
_FR_VAGUE = {
    "plusieurs": _vague(3, 9),
    "quelques": _vague(3, 9),
    "une douzaine": _TWELVE,
    "des dizaines": _vague(20, 90),
    "des centaines": _vague(200, 900),
    "des milliers": _vague(2000, 9000),
    "des millions": _vague(2_000_000, 9_000_000),
    "des milliards": _vague(2_000_000_000, 9_000_000_000),
    "une dizaine": _about(10),
    "une quinzaine": _about(15),
    "une vingtaine": _about(20),
    "une trentaine": _about(30),
    "une quarantaine": _about(40),
    "une cinquantaine": _about(50),
    "une soixantaine": _about(60),
    "une centaine": _about(100),
    "un millier": _about(1000),
}
_ES_VAGUE = {
    "varios": _vague(3, 9),
    "varias": _vague(3, 9),
    "algunos": _vague(3, 9),
    "algunas": _vague(3, 9),
    "unos cuantos": _vague(2, 4),
    "unas cuantas": _vague(2, 4),
    "una docena": _TWELVE,
    "decenas": _vague(20, 90),
    "cientos": _vague(200, 900),
    "centenares": _vague(200, 900),
    "miles": _vague(2000, 9000),
    "millones": _vague(2_000_000, 9_000_000),
    "miles de millones": _vague(2_000_000_000, 9_000_000_000),
    "una decena": _about(10),
    "una veintena": _about(20),
    "una treintena": _about(30),
    "un centenar": _about(100),
    "un millar": _about(1000),
}
_VAGUE = {"pl": _PL_VAGUE, "en": _EN_VAGUE, "de": _DE_VAGUE, "fr": _FR_VAGUE, "es": _ES_VAGUE}


def vague_count(phrase: str, lang: str) -> Vague | None:
    """The :class:`Vague` reading of a vague count word, or None."""
    lowered = " ".join(phrase.lower().split())
    return _VAGUE.get(lang, {}).get(lowered)


def vague_words(lang: str) -> list[str]:
    """All vague count phrases of ``lang``, longest first."""
    return sorted(_VAGUE.get(lang, {}), key=len, reverse=True)


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


# Ratios state a share as "one in N": "one in five", "co piąty", "jeder
# Fünfte", "un sur cinq", "uno de cada cinco". Polish and German write the
# denominator as an ordinal after "co" and "jeder"; English, French and
# Spanish as a cardinal after "in", "sur" and "de cada".
_PL_ORDINALS = {
    "drug": 2, "trzec": 3, "czwart": 4, "piąt": 5, "szóst": 6, "siódm": 7, "ósm": 8,
    "dziewiąt": 9, "dziesiąt": 10, "jedenast": 11, "dwunast": 12, "piętnast": 15,
    "dwudziest": 20, "trzydziest": 30, "czterdziest": 40, "pięćdziesiąt": 50, "setn": 100,
    "tysięczn": 1000,
}  # fmt: skip
_PL_ORDINAL_ENDINGS = "iego|iemu|ego|emu|iej|ej|ie|ia|ią|im|ym|i|y|a|e|ą"
_DE_ORDINALS = {
    "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8,
    "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "fünfzehnt": 15, "zwanzigst": 20,
    "dreißigst": 30, "vierzigst": 40, "fünfzigst": 50, "hundertst": 100, "tausendst": 1000,
}  # fmt: skip
_DE_ORDINAL_ENDINGS = "en|er|es|em|e"
_ORDINALS = {"pl": (_PL_ORDINALS, _PL_ORDINAL_ENDINGS), "de": (_DE_ORDINALS, _DE_ORDINAL_ENDINGS)}

_GAP = r"[ \u00a0]+"
_RATIO_DIGITS = {
    "en": r"\d{1,3}(?:,\d{3})+|\d+",
    "fr": r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+",
    "es": r"\d{1,3}(?:\.\d{3})+|\d+",
}
# What stands between the numerator and the denominator; French and
# Spanish may put what is counted there ("un Français sur deux", "un
# español de cada cuatro").
_RATIO_LINKS = {
    "en": _GAP + r"(?:in|out" + _GAP + r"of)(?:" + _GAP + r"every)?" + _GAP,
    "fr": r"(?:" + _GAP + r"(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*))?" + _GAP + r"sur" + _GAP,
    "es": r"(?:" + _GAP + r"(?P<noun>[^\W\d_]+))?" + _GAP + r"de" + _GAP + r"cada" + _GAP,
}
_RATIO_NUMERATORS = {
    "en": r"\d+|one|two|three|four|five|six|seven|eight|nine",
    "fr": r"une?|1",
    "es": r"uno|una|un|1",
}
# "one in a hundred", "one in a million": the article counts one.
_RATIO_ARTICLE_SCALES = {"en": r"|a" + _GAP + r"(?:hundred|thousand|million)"}
_RATIO_MULTIPLIERS = {
    "en": {"hundred": 100, "thousand": 1000, "million": 10**6},
    "fr": {"cents": 100, "mille": 1000, "millions": 10**6, "million": 10**6},
    "es": {"mil": 1000, "millones": 10**6, "millón": 10**6},
}


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def ratio_pattern(lang: str) -> str | None:
    """Pattern (a string) for a ratio in ``lang``, or None.

    Named groups: ``ordinal`` (Polish, German), or ``numerator``,
    ``denominator``, ``multiplier`` and, in French and Spanish, ``noun``."""
    if lang in _ORDINALS:
        stems, endings = _ORDINALS[lang]
        lead = "co" if lang == "pl" else r"jede[rsnm]?"
        return (
            r"(?<![^\W\d_])" + lead + _GAP + r"(?P<ordinal>(?:" + _alternatives(list(stems))
            + r")(?:" + endings + r"))(?![^\W\d_])"
        )  # fmt: skip
    if lang not in _RATIO_LINKS:
        return None
    free, _ = number_words(lang)
    words = [w for w in free if w not in _RATIO_MULTIPLIERS[lang]]
    multipliers = _alternatives(list(_RATIO_MULTIPLIERS[lang]))
    return (
        r"(?<![\w.,$€£])(?P<numerator>" + _RATIO_NUMERATORS[lang] + r")" + _RATIO_LINKS[lang]
        + r"(?P<denominator>" + _RATIO_DIGITS[lang] + _RATIO_ARTICLE_SCALES.get(lang, "")
        + "|" + _alternatives(words) + "|" + multipliers + r")"
        + r"(?:" + _GAP + r"(?P<multiplier>" + multipliers + r"))?"
        + r"(?![^\W\d_]|-[^\W\d_])(?![.,]\d)"
    )  # fmt: skip


def ordinal_value(word: str, lang: str) -> int | None:
    """The number an ordinal of :func:`ratio_pattern` stands for ("trzecia"
    is 3, "Fünfte" 5), or None."""
    stems, endings = _ORDINALS.get(lang, ({}, ""))
    lowered = word.lower()
    for stem, value in stems.items():
        if lowered.startswith(stem) and re.fullmatch(endings, lowered[len(stem) :]):
            return value
    return None


def ratio_term(word: str, lang: str) -> Decimal | None:
    """The value of a numerator or denominator of :func:`ratio_pattern`:
    digits, a number word, or "a hundred"."""
    lowered = " ".join(word.lower().split())
    if lowered[:1].isdigit():
        return parse_digits(lowered, "en" if lang == "en" else "fr")
    multipliers = _RATIO_MULTIPLIERS.get(lang, {})
    if lowered.startswith("a "):
        lowered = lowered[2:]
    if lowered in multipliers:
        return Decimal(multipliers[lowered])
    found = number_word_value(lowered, lang)
    return None if found is None else found[0]


def ratio_multiplier(word: str, lang: str) -> Decimal:
    """The multiplier after a denominator ("one in five million")."""
    return Decimal(_RATIO_MULTIPLIERS[lang][word.lower()])


def ratio_percent(numerator: Decimal, denominator: Decimal) -> Decimal:
    """A ratio as a percentage: one in five is 20, one in three 33.33 (rounded
    to two places, as thirds are), one in a million 0.0001."""
    value = Decimal(100) * numerator / denominator
    rounded = value.quantize(Decimal("0.01"))
    if rounded == value or value >= 1:
        return tidy(rounded)
    # Below one percent two places would round a rare ratio to nothing.
    return tidy(Decimal(f"{value:.2g}"))


# Verbs that state a change by half in one word: "halved", "halbiert".
# French writes "réduit de moitié", read only after a verb of change.
_HALVING = {
    "en": r"halv(?:e|ed|ing)",  # not "halves", the plural of "half"
    "de": r"halbier(?:t|te|ten|en|e)",
    "fr": r"de" + _GAP + r"moitié",
}


def halving_pattern(lang: str) -> str | None:
    """Pattern (a string) for a word that states a change by half."""
    return _HALVING.get(lang)
