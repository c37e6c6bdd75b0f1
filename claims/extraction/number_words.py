"""Cardinal number words: "dwa miliony", "two hundred", "fünfundzwanzig".

The words of Polish, English, German, French and Spanish, the words that
multiply inside a compound ("hundred", "Dutzend", "cents") and the fractions
that only count before a scale word ("pół miliona", "half a million").
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["hundred_value", "number_word_value", "number_words"]


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


def number_words(lang: str) -> tuple[list[str], list[str]]:
    """Number words of ``lang``, longest first, split into words that count
    on their own and words that need a scale word after them."""
    table = _WORDS.get(lang, {})
    free = [w for w in table if w not in _NEEDS_SCALE]
    bound = [w for w in table if w in _NEEDS_SCALE] + list(_FRACTIONS.get(lang, {}))
    return sorted(free, key=len, reverse=True), sorted(bound, key=len, reverse=True)
