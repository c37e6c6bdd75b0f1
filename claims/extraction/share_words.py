"""The words of shares, ratios and changes by half.

Fractions that state a share ("połowa", "a third", "die Hälfte", "la
moitié", "la mitad"), ratios ("one in five", "co trzecia", "jeder Fünfte", "jeden na pięciu",
"un sur deux", "uno de cada cuatro") and verbs of halving ("halved", "cut in
half", "przepołowiła", "halbiert", "réduit de moitié", "divisé par deux"),
with the percentages they state.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .number_words import number_word_value, number_words
from .numerals import parse_digits, tidy

__all__ = [
    "halving_pattern",
    "ordinal_value",
    "ratio_multiplier",
    "ratio_pattern",
    "ratio_percent",
    "ratio_term",
    "share_of_pattern",
    "share_value",
    "share_words",
]


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


# Ratios state a share as "one in N": "one in five", "co piąty", "jeder
# Fünfte", "un sur cinq", "uno de cada cinco". Polish and German write the
# denominator as an ordinal after "co" and "jeder", or as a cardinal after
# "jeden na" and "einer von"; English, French and Spanish as a cardinal after
# "in", "sur" and "de cada".
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
    "pl": r"\d{1,3}(?:[ \u00a0]\d{3})+|\d+",
    "en": r"\d{1,3}(?:,\d{3})+|\d+",
    "de": r"\d{1,3}(?:\.\d{3})+|\d+",
    "fr": r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+",
    "es": r"\d{1,3}(?:\.\d{3})+|\d+",
}
# What stands between the numerator and the denominator; French and
# Spanish may put what is counted there ("un Français sur deux", "un
# español de cada cuatro").
_RATIO_LINKS = {
    "pl": _GAP + r"na" + _GAP,
    "de": _GAP + r"von" + _GAP,
    "en": _GAP + r"(?:in|out" + _GAP + r"of)(?:" + _GAP + r"every)?" + _GAP,
    "fr": r"(?:" + _GAP + r"(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*))?" + _GAP + r"sur" + _GAP,
    "es": r"(?:" + _GAP + r"(?P<noun>[^\W\d_]+))?" + _GAP + r"de" + _GAP + r"cada" + _GAP,
}
# Polish and German take only "one": "jeden na pięciu", "einer von fünf".
# "Zwei von drei Spielen" and "dwa na trzy mecze" are as often results as
# shares.
_RATIO_NUMERATORS = {
    "pl": r"jeden|jedna|jedno|1",
    "de": r"einer|eine|eines|einem|einen|1",
    "en": r"\d+|one|two|three|four|five|six|seven|eight|nine",
    "fr": r"une?|1",
    "es": r"uno|una|un|1",
}
# "one in a hundred", "one in a million": the article counts one.
_RATIO_ARTICLE_SCALES = {"en": r"|a" + _GAP + r"(?:hundred|thousand|million)"}
_RATIO_MULTIPLIERS = {
    "pl": {"tysiąc": 1000, "tysięcy": 1000, "milion": 10**6, "milionów": 10**6},
    "de": {"tausend": 1000, "million": 10**6, "millionen": 10**6},
    "en": {"hundred": 100, "thousand": 1000, "million": 10**6},
    "fr": {"cents": 100, "mille": 1000, "millions": 10**6, "million": 10**6},
    "es": {"mil": 1000, "millones": 10**6, "millón": 10**6},
}


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def ratio_pattern(lang: str) -> str | None:
    """Pattern (a string) for a ratio in ``lang``, or None.

    Named groups: ``ordinal`` (Polish, German "co trzecia", "jede dritte"),
    or ``numerator``, ``denominator``, ``multiplier`` and, in French and
    Spanish, ``noun``."""
    alternatives = []
    if lang in _ORDINALS:
        stems, endings = _ORDINALS[lang]
        lead = "co" if lang == "pl" else r"jede[rsnm]?"
        alternatives.append(
            r"(?<![^\W\d_])" + lead + _GAP + r"(?P<ordinal>(?:" + _alternatives(list(stems))
            + r")(?:" + endings + r"))(?![^\W\d_])"
        )  # fmt: skip
    if lang in _RATIO_LINKS:
        free, _ = number_words(lang)
        words = [w for w in free if w not in _RATIO_MULTIPLIERS[lang]]
        multipliers = _alternatives(list(_RATIO_MULTIPLIERS[lang]))
        alternatives.append(
            r"(?<![\w.,$€£])(?P<numerator>" + _RATIO_NUMERATORS[lang] + r")" + _RATIO_LINKS[lang]
            + r"(?P<denominator>" + _RATIO_DIGITS[lang] + _RATIO_ARTICLE_SCALES.get(lang, "")
            + "|" + _compound_pattern(lang) + "|" + _alternatives(words) + "|" + multipliers + r")"
            + r"(?:" + _GAP + r"(?P<multiplier>" + multipliers + r"))?"
            + r"(?![^\W\d_]|-[^\W\d_])(?![.,]\d)"
        )  # fmt: skip
    return "|".join(r"(?:" + alternative + r")" for alternative in alternatives) or None


# Tens and units written apart: "twenty-five", "twenty five", "vingt-cinq",
# "vingt et un", "treinta y cinco", "dwadzieścia pięć". German writes them as
# one word, and so does Spanish below thirty ("veinticinco").
_COMPOUND_JOINS = {
    "pl": _GAP,
    "en": r"-|" + _GAP,
    "fr": r"-(?:et-)?|" + _GAP + r"et" + _GAP,
    "es": _GAP + r"y" + _GAP,
}
# "one in twenty one in thirty", "uno de cada cuarenta y uno de cada
# cincuenta": a unit that opens the next ratio is not part of the tens.
_NEXT_RATIO = {
    "pl": r"na",
    "en": r"in|out",
    "fr": r"sur",
    "es": r"de" + _GAP + r"cada",
}
_COMPOUND_RE = re.compile(
    r"(?P<tens>.+?)(?:" + "|".join(_COMPOUND_JOINS.values()) + r")(?P<unit>[^\W\d_]+)"
)


def _compound_pattern(lang: str) -> str:
    if lang not in _COMPOUND_JOINS:
        return "(?!)"
    free, bound = number_words(lang)
    tens, units = [], []
    for word in free + bound:
        found = number_word_value(word, lang)
        if found is None or found[0] % 1 or word == "a":
            continue
        value = int(found[0])
        if 20 <= value <= 90 and value % 10 == 0:
            tens.append(word)
        elif 1 <= value <= 9:
            units.append(word)
    return (
        r"(?:" + _alternatives(tens) + r")(?:" + _COMPOUND_JOINS[lang] + r")(?:"
        + _alternatives(units) + r")(?![^\W\d_])(?!" + _GAP + r"(?:" + _NEXT_RATIO[lang]
        + r")(?![^\W\d_]))"
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
    digits, a number word, tens and units ("twenty-five"), or "a
    hundred"."""
    lowered = " ".join(word.lower().split())
    if lowered[:1].isdigit():
        return parse_digits(lowered, "en" if lang == "en" else "fr")
    multipliers = _RATIO_MULTIPLIERS.get(lang, {})
    if lowered.startswith("a "):
        lowered = lowered[2:]
    if lowered in multipliers:
        return Decimal(multipliers[lowered])
    if lowered == "eines":  # "eines von zehn Kindern": a pronoun, not a count
        return Decimal(1)
    found = number_word_value(lowered, lang)
    if found is not None:
        return found[0]
    compound = _COMPOUND_RE.fullmatch(lowered)
    if compound is None:
        return None
    tens = number_word_value(compound.group("tens"), lang)
    unit = number_word_value(compound.group("unit"), lang)
    return None if tens is None or unit is None else tens[0] + unit[0]


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


# Verbs that state a change by half: "halved", "halbiert", "przepołowiła",
# "divisé par deux". English "in half" and French "de moitié" are read only
# after a verb of change ("cut in half", "réduit de moitié").
_HALVING = {
    "pl": r"przepoł(?:owi|awi)[^\W\d_]*",
    "en": r"halv(?:e|ed|ing)|in" + _GAP + r"half",  # not "halves", the plural of "half"
    "de": r"halbier(?:t|te|ten|en|e)",
    "fr": r"de" + _GAP + r"moitié|divis[^\W\d_]*" + _GAP + r"par" + _GAP + r"deux",
}


def halving_pattern(lang: str) -> str | None:
    """Pattern (a string) for a word that states a change by half."""
    return _HALVING.get(lang)
