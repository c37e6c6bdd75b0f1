"""Shares, ratios and changes by a fraction, read as percentages.

"połowa użytkowników" and "a third of the banks" state a share; "one in
five" and "co trzecia firma" a ratio; "spadła o połowę" and "halved" a change
by a fraction. Each is turned away when it measures time, an event or a
measure instead ("połowa 2018 roku", "un jour sur deux", "half an hour").
Internal to the finder: :mod:`.quantities` is the API.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .amounts import _core_re, _read_digits
from .lookalikes import _FOREIGN_MONTHS, _MONTHS, _TIME_UNITS, _Blocked
from .numerals import scale_of
from .pairs import _BY_IN_QUALIFIER_RE
from .qualifiers import qualifier_before
from .readings import (
    _ELISION_RE,
    _GAP_RE,
    _NOUN_WINDOW,
    _WORD_RE,
    _percent_reading,
    _previous_word,
    _Reading,
)
from .share_words import (
    ordinal_value,
    ratio_multiplier,
    ratio_percent,
    ratio_term,
    share_of_pattern,
    share_value,
)
from .units import canonical_noun, is_stopword

# A share of a stretch of time, of an event or of a measure dates or
# measures something rather than counting it: "połowa 2018 roku", "połowa
# sezonu", "ćwierć wieku", "half of the year", "die Hälfte der Zeit", "la
# moitié du match", "la mitad del año". Words of all five languages share one
# list: it only ever turns a reading away.
_NOT_SHARED = frozenset(
    """
    rok roku lat lata latach dekady wieku stulecia kwartału półrocza sezonu
    kadencji meczu spotkania drogi okresu czasu doby litra kilograma
    kilometra metra etatu kwartał sezon mecz raz razem weekend poniedziałek
    wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę
    year decade century millennium quarter season term game match period time
    times way hour second weekend
    jahr jahres jahrs jahrzehnts jahrhunderts quartals saison spiels spielzeit
    amtszeit legislaturperiode zeit strecke weges spiel mal wochenende
    année siècle décennie trimestre saison match mandat temps chemin parcours
    journée fois week-end soir nuit
    año siglo década trimestre temporada partido mandato tiempo camino
    legislatura vez veces
    """.split()
)
_MONTH_WORDS = frozenset(_MONTHS.split("|")).union(
    *(months.split("|") for months in _FOREIGN_MONTHS.values())
)
# "druga połowa roku", "the second half", "obie połowy": after an ordinal or
# "both" a share is a part of the calendar or of a match.
_SHARE_PART_RE = re.compile(
    r"(?:pierwsz|drug|trzec|czwart|ostatni|kolejn|first|second|last|latter|final)\w*"
    r"|obie|obu|both",
    re.IGNORECASE,
)
# "a quarter of a mile", "a third of an hour": a share of one thing is a
# measure, not a count.
_OF_ONE_THING_RE = re.compile(r"an?[ \u00a0]", re.IGNORECASE)
_SHARE_OF_RE = {
    lang: re.compile(pattern, re.IGNORECASE)
    for lang in ("pl", "en", "de", "fr", "es")
    if (pattern := share_of_pattern(lang)) is not None
}
_POSSESSIVE_RE = re.compile(r"['’]s\Z")
# Polish verbs are told by their endings: the past tense ("oferowała",
# "zapłacił", "mogła", "spadła", "poszła") and the present plural
# ("oferują", "mają", "istnieją"). Nouns with these endings stay nouns only
# when the unit vocabulary knows them: "co trzeci dział" is taken for a verb.
_PL_VERB_RE = re.compile(
    r"[^\W\d_]*(?:[aiyąę]ł[ay]?|[gks]ł[ay]?|adł[ay]?|szł[ay]?|szedł|uj[eą]|[ae]ją)"
)
_PL_VERBS = frozenset("ma mają jest są będzie będą może mogą musi muszą chce chcą".split())
# Words after which a share gives the size of a change: "spadła o połowę",
# "fell by a third", "sank um die Hälfte", "a baissé d'un tiers", "se redujo
# a la mitad", "creció en un tercio".
_FR_CHANGE_STEMS = (
    r"baiss|hauss|rédu|diminu|augment|chut|recul|progress|accr|cr[uû]|grimp|relev|abaiss|"
    r"fond|amput|allég|bond|contract"
)
_ES_CHANGE_STEMS = r"redu|baj|ca[yíi]|recort|disminu|aument|sub[ieo]|crec|elev"
_CHANGE_BY_RE = {
    "pl": re.compile(r"(?<![^\W\d_])o[ \u00a0]+\Z", re.IGNORECASE),
    "en": re.compile(r"(?<![^\W\d_])by[ \u00a0]+\Z", re.IGNORECASE),
    "de": re.compile(r"(?<![^\W\d_])um[ \u00a0]+\Z", re.IGNORECASE),
    "fr": re.compile(
        r"(?<![^\W\d_])(?:" + _FR_CHANGE_STEMS + r")[^\W\d_]*[ \u00a0]+(?:d['’]|des[ \u00a0]+)\Z",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(?<![^\W\d_])(?:" + _ES_CHANGE_STEMS + r")[^\W\d_]*[ \u00a0]+(?:en|a)[ \u00a0]+\Z",
        re.IGNORECASE,
    ),
}
_DETERMINERS = frozenset("the a an this that next its their die der das den".split())
_FR_CHANGE_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:" + _FR_CHANGE_STEMS + r")[^\W\d_]*[ \u00a0]+\Z", re.IGNORECASE
)
# "cut in half", "cut its budget in half", "slashed in half": cutting, within
# the clause, makes "in half" a change by half.
_EN_CUT_RE = re.compile(
    r"(?<![^\W\d_])(?:cut(?:s|ting)?|slash(?:es|ed|ing)?)(?![^\W\d_])[^.;:!?\d]{0,30}\Z",
    re.IGNORECASE,
)
# "delayed by half an hour", "by half past nine": a measure of time.
_NOT_A_CHANGE_BY_RE = re.compile(r"[ \u00a0]+(?:an?|past)(?![^\W\d_])", re.IGNORECASE)


def _read_share(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    """A fraction in words that states a share of what follows is a
    percentage: "połowa użytkowników" is 50 %, "a third of the banks" 33.33 %.
    After "by" it states the size of a change: "spadła o połowę" is 50 %, as
    "spadła o 50 proc." is."""
    previous, _ = _previous_word(text, match.start())
    if _SHARE_PART_RE.fullmatch(previous.strip("„“\"'([")):
        return None
    of = _SHARE_OF_RE[lang].match(text, match.end())
    if of is not None and _names_what_is_shared(text, of.end(), lang, blocked):
        pass
    elif (of is not None and lang != "pl") or not _changes_by(text, match, lang, blocked):
        # "by half of 2019", "um die Hälfte der Zeit": what follows "of" is
        # not counted. Polish has no "of": any word may follow "o połowę".
        return None
    return _percent_reading(
        text, match.start(), match.end(), share_value(match.group("share"), lang), lang
    )


def _changes_by(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> bool:
    """Whether a share gives the size of a change ("o połowę", "by a third",
    "um die Hälfte", "baissé d'un tiers", "se redujo a la mitad") rather than
    a part of a stretch of time ("przesunięto o połowę roku")."""
    by = _CHANGE_BY_RE.get(lang)
    # "o ponad połowę", "by more than half": the qualifier stands between.
    qualifier = qualifier_before(text, match.start(), lang)
    end = match.start() if qualifier is None else qualifier[1]
    if by is None:
        return False
    takes_by = lang == "pl" and qualifier is not None and _BY_IN_QUALIFIER_RE.match(text, end)
    if not takes_by and not by.search(text, max(0, end - 40), end):
        return False
    if lang == "en" and _NOT_A_CHANGE_BY_RE.match(text, match.end()):
        return False
    return not _next_word_not_counted(text, match.end(), lang, blocked)


def _next_word_not_counted(text: str, position: int, lang: str, blocked: _Blocked) -> bool:
    """Whether the word right after ``position`` is a stretch of time, an
    event or a measure ("co drugi dzień", "un jour sur deux", "one in five
    years")."""
    gap = _GAP_RE.match(text, position)
    if gap is None:
        return False
    word = _WORD_RE.match(text, gap.end())
    if word is None or blocked.overlaps(word.start(), word.end()):
        return False
    bare = _ELISION_RE.sub("", word.group(0).rstrip("."))
    return _is_not_counted(bare, lang) and scale_of(bare, lang) is None


def _read_ratio(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    """A ratio states a share as a percentage: "one in five" is 20 %, "co
    trzecia firma" 33.33 %, "nine out of ten" 90 %."""
    groups = match.groupdict()
    if groups.get("ordinal") is not None:
        ordinal = groups["ordinal"]
        denominator = Decimal(ordinal_value(ordinal, lang) or 0)
        numerator = Decimal(1)
        if not _ordinal_counts(text, match.end(), ordinal, lang, blocked):
            return None
    else:
        raw = groups["denominator"]
        if len(raw) == 4 and raw.isdigit() and 1000 <= int(raw) <= 2199:
            return None  # "the only one in 2018"
        numerator = ratio_term(groups["numerator"], lang)
        denominator = ratio_term(raw, lang)
        if denominator is not None and groups.get("multiplier"):
            denominator *= ratio_multiplier(groups["multiplier"], lang)
        noun = groups.get("noun")
        if noun is not None and not _names_a_counted_noun(noun, lang):
            return None
        if _is_ratio_of_time(text, match, lang, blocked):
            return None
    if numerator is None or denominator is None or not 0 < numerator < denominator:
        return None
    return _percent_reading(
        text, match.start(), match.end(), ratio_percent(numerator, denominator), lang
    )


def _is_ratio_of_time(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> bool:
    noun = match.groupdict().get("noun")
    if noun is not None and _is_not_counted(noun, lang):
        return True
    return _next_word_not_counted(text, match.end(), lang, blocked)


def _ordinal_counts(text: str, position: int, ordinal: str, lang: str, blocked: _Blocked) -> bool:
    """Whether "co trzecia" or "jede dritte" names what it counts after it.
    A capitalised German ordinal names people itself: "jeder Fünfte"."""
    if lang == "de":
        if ordinal[:1].isupper():
            return True
        gap = _GAP_RE.match(text, position)
        following = _WORD_RE.match(text, gap.end()) if gap is not None else None
        if following is None or not following.group(0)[:1].isupper():
            return False
    return _names_what_is_shared(text, position, lang, blocked)


def _names_a_counted_noun(word: str, lang: str) -> bool:
    """Whether the noun inside a French or Spanish ratio ("un salarié sur
    quatre", "un Français sur deux") is what it counts, and not the object
    of another "sur" ("un impact sur deux secteurs")."""
    if _is_not_counted(word, lang):
        return False
    if canonical_noun(word, lang) is not None:
        return True
    return word[:1].isupper() and not is_stopword(word, lang)


def _read_halving(text: str, match: re.Match[str], lang: str) -> _Reading | None:
    """ "Halved", "cut in half", "przepołowiła", "halbiert", "réduit de
    moitié" and "divisé par deux" state a change by half: 50 %, as "spadła o
    połowę" does."""
    start = match.start()
    previous, _ = _previous_word(text, start)
    if previous.lower() in _DETERMINERS:
        return None  # "the next halving", an event
    word = match.group(0).lower()
    if lang == "en" and word.startswith("in"):
        # "arrived in half an hour": only cutting halves an amount.
        if not _EN_CUT_RE.search(text, max(0, start - 40), start):
            return None
        if _NOT_A_CHANGE_BY_RE.match(text, match.end()):
            return None
        start = match.end() - len("half")
    elif lang == "fr" and word.startswith("de"):
        if not _FR_CHANGE_WORD_RE.search(text, max(0, start - 40), start):
            return None
        start = match.end() - len("moitié")
    elif lang == "fr" and _divides_something(text, match.end()):
        return None
    return _percent_reading(text, start, match.end(), Decimal(50), lang)


def _divides_something(text: str, position: int) -> bool:
    """Whether a noun follows "divisé par deux", which then splits it in two
    ("le pays est divisé par deux camps") rather than halving an amount."""
    gap = _GAP_RE.match(text, position)
    following = _WORD_RE.match(text, gap.end()) if gap is not None else None
    return following is not None and not is_stopword(following.group(0).rstrip("."), "fr")


def _names_what_is_shared(text: str, position: int, lang: str, blocked: _Blocked) -> bool:
    """Whether the few words from ``position`` name what a share counts
    ("użytkowników", "the banks", "der Nutzer") rather than a stretch of
    time, a year or a scale word."""
    if lang == "en" and _OF_ONE_THING_RE.match(text, position):
        return False
    named = False
    cursor = position
    for _ in range(_NOUN_WINDOW):
        gap = _GAP_RE.match(text, cursor)
        start = gap.end() if gap is not None else cursor
        if text[start : start + 1] in ("$", "€", "£"):
            start += 1
        if start < len(text) and text[start].isdigit():
            # A number before the noun is a year ("połowa 2018 roku") unless
            # it counts something itself: "half of the 2,000 employees".
            return named or _counts_a_number(text, start, lang, blocked)
        word_match = _WORD_RE.match(text, start)
        if word_match is None or blocked.overlaps(word_match.start(), word_match.end()):
            break
        word = word_match.group(0)
        # "l'année" is "année"; "the year's" is "year".
        bare = _POSSESSIVE_RE.sub("", _ELISION_RE.sub("", word.rstrip(".")))
        if _is_not_counted(bare, lang):
            return False
        if not named and _is_verb(bare, lang):
            return False
        if not is_stopword(bare, lang):
            named = True
        elif named:
            break
        cursor = word_match.end()
        if word.endswith("."):
            break
    return named


def _counts_a_number(text: str, position: int, lang: str, blocked: _Blocked) -> bool:
    """Whether the digits at ``position`` are an amount of something other
    than time ("87 mln użytkowników", "the 2,000 employees"), not a year."""
    match = _core_re(lang).match(text, position)
    if match is None or match.group("digits") is None:
        return False
    if blocked.overlaps(match.start(), match.end()):
        return False
    reading = _read_digits(text, match, lang, blocked)
    return reading is not None and reading.unit not in _TIME_UNITS


def _is_verb(word: str, lang: str) -> bool:
    """Whether a Polish word after a share or a ratio is a verb, so that
    what is shared is left to an earlier sentence ("z czego tylko co trzecia
    oferowała szybkie ładowanie")."""
    if lang != "pl":
        return False
    lowered = word.lower()
    if lowered in _PL_VERBS:
        return True
    return bool(_PL_VERB_RE.fullmatch(lowered)) and canonical_noun(lowered, lang) is None


def _is_not_counted(word: str, lang: str) -> bool:
    lowered = word.lower()
    return (
        lowered in _NOT_SHARED
        or lowered in _MONTH_WORDS
        or canonical_noun(lowered, lang) in _TIME_UNITS
        or scale_of(lowered, lang) is not None
    )
