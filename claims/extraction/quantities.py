"""Quantities in Polish, English, German, French and Spanish news copy.

A quantity is a number with what it counts and how firmly it is stated:
"nawet 87 mln użytkowników" is *up to* 87000000 users, "ponad 12 różnych
firm" is *more than* 12 companies, "$2.3bn" is exactly 2300000000 USD,
"bis zu 87 Mio. Nutzer", "jusqu'à 87 millions d'utilisateurs" and "hasta 87
millones de usuarios" are *up to* 87000000 users. Fractions in words that
state a share ("połowa użytkowników", "a third of the banks"), ratios ("one
in five", "co trzecia firma") and changes by a fraction ("spadła o połowę",
"halved") are read as percentages.

The finder reads each number where it stands and then looks a few words to
each side: a qualifier and a currency symbol to the left; a scale word, a
currency, a percent sign or a counted noun to the right. Years, calendar
dates, times, ordinals, list numbering and model names ("F8", "iPhone 7",
"COVID-19") are not quantities; spans passed in ``exclude`` (the dates that
the date engine found) never yield one either.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .numerals import (
    Vague,
    bound_scale_pattern,
    digits_pattern,
    fold_pattern,
    fold_value,
    halving_pattern,
    hundred_value,
    number_word_value,
    number_words,
    of_pattern,
    ordinal_value,
    parse_digits,
    ratio_multiplier,
    ratio_pattern,
    ratio_percent,
    ratio_term,
    scale_of,
    scale_words,
    share_of_pattern,
    share_value,
    share_words,
    tidy,
    vague_count,
    vague_words,
)
from .qualifiers import qualifier_before
from .sentences import GERMAN_SENTENCE_OPENERS
from .units import (
    CURRENCY_PREFIX_RE,
    canonical_noun,
    currency_suffix_re,
    is_attributive,
    is_stopword,
    percent_suffix_re,
    percent_unit,
    prefix_currency,
    suffix_currency,
)

__all__ = ["Quantity", "find_quantities"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text.

    ``text == original[start:end]`` covers the qualifier, the number, its
    scale and unit ("nawet 87 mln użytkowników"). ``value`` is the number
    the text states; for vague counts and ranges ``low``/``high`` bound it.
    """

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    qualifier: str
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(slots=True)
class _Reading:
    """A number being read, before it becomes a :class:`Quantity`."""

    start: int
    end: int
    core_start: int
    core_end: int
    number: Decimal
    number_start: int = -1  # where the amount starts, currency symbol included
    scale: Decimal | None = None
    unit: str = ""
    unit_kind: str = ""  # "currency", "percent", "noun" or ""
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
    dash_right: bool = False

    def __post_init__(self) -> None:
        if self.number_start < 0:
            self.number_start = self.core_start


_MONTHS = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
    "października|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|"
    "lipiec|sierpień|wrzesień|październik|listopad|grudzień|"
    "january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_FOREIGN_MONTHS = {
    "de": "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|"
    "november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    "novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    "octubre|noviembre|diciembre",
}
# Clock times written with words: "um 10 Uhr", "10.30 Uhr", "à 10 h 30",
# "10h", "a las 10", "las 10.30 horas".
_FOREIGN_TIMES = {
    "de": r"|(?<![\w.,])\d{1,2}(?:[.:]\d{2})?[ \u00a0]*Uhr(?![^\W\d_])"
    r"|(?<![\w.,])\d{1,2}\.\d{1,2}\.(?!\d)",
    "fr": r"|(?<![\w.,])\d{1,2}[ \u00a0\u202f]?h(?:[ \u00a0\u202f]?\d{2})?(?![^\W\d_])"
    r"|(?<![^\W\d_])à[ \u00a0]+\d{1,2}[ \u00a0]+heures?(?![^\W\d_])",
    "es": r"|(?<![^\W\d_])las[ \u00a0]+\d{1,2}(?:[.:]\d{2})?(?:[ \u00a0]*(?:horas|h)(?![^\W\d_]))?"
    r"|(?<![\w.,])\d{1,2}[.:]\d{2}[ \u00a0]*(?:horas|h)(?![^\W\d_])",
}
# Calendar dates and clock times that a number pattern would otherwise cut
# into pieces. The date engine finds most of them first; these keep the
# quantity finder safe when it is used on its own.
_DATE_LIKE_COMMON = (
    r"(?<![\w.])\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    r"|(?<![\w.,])\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![\d])"
    r"|(?<![\w.,])\d{1,2}[./]\d{4}(?!\d)"
    r"|(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"
)
_DAY_MONTH = r"|(?<![\w.,])\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+(?:{months})\.?(?![^\W\d_])"
_DATE_LIKE_RE = re.compile(
    _DATE_LIKE_COMMON
    + _DAY_MONTH.replace("{months}", _MONTHS)
    + r"|(?<![^\W\d_])(?:"
    + _MONTHS_EN
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d])",
    re.IGNORECASE,
)
_FOREIGN_DATE_LIKE_RE = {
    lang: re.compile(
        _DATE_LIKE_COMMON
        # "3 de marzo", "3 mars", "3. März".
        + _DAY_MONTH.replace("{months}", r"(?:de\s+)?(?:" + months + ")")
        + _FOREIGN_TIMES[lang],
        re.IGNORECASE,
    )
    for lang, months in _FOREIGN_MONTHS.items()
}

# Words after which a number is a label, not an amount ("nr 5", "art. 3",
# "lata 90.", "Chapter 11").
_LABEL_WORDS = frozenset(
    """
    nr nr. no. no # art. pkt pkt. § ust. poz. rozdział rozdziale chapter
    article section page strona stronie s. p. tom vol. wersja wersji version
    v level poziom lata latach numer number numerem sezon season godz.
    godzinie edycja pkt. room pokój sala lot flight
    artikel absatz abs. paragraf kapitel seite nummer platz rang staffel
    folge runde zimmer saal gleis flug linie stufe ziff. alinéa chapitre
    numéro n° nº n.º tome saison épisode étape chambre salle ligne vol
    artículo apartado capítulo página número núm. temporada episodio
    habitación vuelo línea etapa puesto nivel edición
    """.split()
)
# Capitalised words that are not product names ("W 300 firmach", "The 12").
_CAPITALISED_FUNCTION_WORDS = frozenset(
    """
    w we na z ze do od po przez za o u dla przy co to the in on at by of
    for from with and but only all some until since between między
    pomiędzy tylko już jeszcze jak gdy kiedy after before during within
    its their his her our a an these those this that about over just
    """.split()
)
_FOREIGN_FUNCTION_WORDS = {
    "de": frozenset(
        """
        im am in an auf aus bei beim mit nach von vom seit laut für über
        unter zwischen bis um zu zum zur der die das den dem des und oder
        auch nur noch insgesamt davon
        """.split()
    ),
    "fr": frozenset(
        """
        en dans à au aux de des du le la les sur pour par avec sans selon
        après avant entre chez et ou dont plus
        """.split()
    ),
    "es": frozenset(
        """
        en a al de del el la los las sobre para por con sin según tras entre
        hasta y o desde
        """.split()
    ),
}
# Product lines whose names take a number ("Windows 10 users" counts no one).
_PRODUCT_WORDS = frozenset(
    """
    Windows Android iOS Galaxy Pixel Boeing Airbus Xbox PlayStation Model
    Euro Web Office Chrome Firefox Python Java Series Mark Gen Version
    """.split()
)
_MIXED_CASE_RE = re.compile(r"[a-z][A-Z]")
_YEAR_WORDS_RE = re.compile(
    r"\s*(?:r\.|rok\w*|year\b|roku)|\s*(?:-|–)\s*(?:19|20)\d\d(?!\d)", re.IGNORECASE
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_GAP_RE = re.compile(r"[ \u00a0]+")
_DASH_GAP_RE = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*\Z")
_WORD_GAP_RE = re.compile(r"[ \u00a0]+(?:do|to|and|a|i|und|bis|et|à|y)[ \u00a0]+\Z", re.IGNORECASE)
_RANGE_OPENER_RE = re.compile(
    r"(?<![^\W\d_])(?P<opener>od|from|between|między|pomiędzy|zwischen|von|entre|de)"
    r"[ \u00a0]+\Z",
    re.IGNORECASE,
)
# Openers that frame a range rather than a change ("between 5% and 7%").
_LOOSE_OPENERS = ("between", "między", "pomiędzy", "zwischen", "entre")
# Other openers frame a range ("from 10 to 15 million people") unless the
# pair reports a change, which is two quantities: the first figure has a
# unit of its own ("from 5% to 7%") or is the larger one ("from 15 to 10
# million"), a verb of change leads in ("rose from", "est passé de", "pasó
# de"), or the words say so themselves: German "von ... auf" and Polish "z
# ... do", whose ranges take "bis" and "od".
_CHANGE_PAIRS = {
    "de": (
        re.compile(r"(?<![^\W\d_])von[ \u00a0]+\Z", re.IGNORECASE),
        re.compile(r"[ \u00a0]+auf[ \u00a0]+", re.IGNORECASE),
    ),
    "pl": (
        re.compile(r"(?<![^\W\d_])ze?[ \u00a0]+\Z", re.IGNORECASE),
        re.compile(r"[ \u00a0]+do[ \u00a0]+", re.IGNORECASE),
    ),
}
_CHANGE_VERBS = {
    "en": """
        rose risen rise rises rising fell fallen fall falls falling grew grown
        grow grows growing increased increase increases increasing decreased
        decrease decreases decreasing climbed climb climbs climbing jumped jump
        jumps jumping dropped drop drops dropping declined decline declines
        declining surged surges soared soars plunged plunges slipped slips
        tumbled tumbles sank sunk sinks went goes going gone cut cuts cutting
        raised raise raises raising lifted lifts lowered lowers reduced reduce
        reduces reducing boosted boosts expanded expands shrank shrunk shrinks
        doubled tripled slumped widened narrowed swelled dipped edged moved
        changed
    """,
    # "Augmenter de 10 à 15 %" may give the size of a rise ("by 10 to 15 %"),
    # so only verbs that cannot are listed.
    "fr": """
        passé passée passés passées passe passent passant passera passeront
        porté portée portés portées ramené ramenée ramenés ramenées relevé
        relevée relevés relevées abaissé abaissée abaissés abaissées
    """,
    "es": """
        pasó pasaron pasado pasada pasa pasan pasando pasará pasarán aumentó
        aumentaron aumentado aumenta aumentan subió subieron subido sube suben
        bajó bajaron bajado baja bajan creció crecieron crecido crece crecen
        cayó cayeron caído cae caen disminuyó disminuyeron disminuido redujo
        redujeron reducido elevó elevaron elevado
    """,
}
_CHANGE_VERB_RE = {
    lang: re.compile(
        r"(?<![^\W\d_])(?:"
        + "|".join(words.split())
        + r")(?:[ \u00a0]+[^\W\d_]+(?:ly|ment|mente))?[ \u00a0]+\Z",
        re.IGNORECASE,
    )
    for lang, words in _CHANGE_VERBS.items()
}
# "By X to Y" gives the size of a change and then the new figure:
# "wzrosła o 5 do 15 mln zł", "stieg um 5 auf 15 Mio. Euro", "rose by 5 to
# 15 million". Polish "o ... do" and German "um ... auf" say so themselves;
# English "by" needs a verb of change before it, as "from" does.
_BY_PAIRS = {
    "pl": (
        re.compile(r"(?<![^\W\d_])o[ \u00a0]+\Z", re.IGNORECASE),
        re.compile(r"[ \u00a0]+do[ \u00a0]+", re.IGNORECASE),
    ),
    "de": (
        re.compile(r"(?<![^\W\d_])um[ \u00a0]+\Z", re.IGNORECASE),
        re.compile(r"[ \u00a0]+auf[ \u00a0]+", re.IGNORECASE),
    ),
    "en": (
        re.compile(r"(?<![^\W\d_])by[ \u00a0]+\Z", re.IGNORECASE),
        re.compile(r"[ \u00a0]+to[ \u00a0]+", re.IGNORECASE),
    ),
}
# A qualifier may take the "o" in: "wzrosła o ponad 5 do 15 mln zł".
_BY_IN_QUALIFIER_RE = re.compile(r"o[ \u00a0]", re.IGNORECASE)
# The first figure of a change takes the scale of the second when it has
# none, unless the two are written at very different sizes: in "z 800 do
# 1,2 mln" the 800 is not 800 million.
_SHARED_SCALE_SPREAD = 100
_OF_RE = re.compile(r"[ \u00a0]+of(?![^\W\d_])", re.IGNORECASE)
_NOUN_WINDOW = 3
# Number words that are also common adjectives ("un bâtiment neuf") count
# only before what they count ("neuf salariés").
_NEEDS_UNIT = {"fr": frozenset({"neuf"})}
_ELISION_RE = re.compile(r"\A[^\W\d_]{1,2}['’]")
_JOINED_BEFORE_NOUN = " \u00a0'’"
_LAST_TOKEN_RE = re.compile(r"\S+\Z")
_GLUED_RE = re.compile(r"[^\W\d_]+\.?")
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+")
_NEXT_NUMBER_WORD_RE = re.compile(r"(?:[ \u00a0]+(?:and[ \u00a0]+)?|-)([^\W\d_]+)")
# "vingt et un", "vingt-et-un", "treinta y cinco".
_NEXT_NUMBER_WORD_FOREIGN_RE = {
    "de": re.compile(r"[ \u00a0]+([^\W\d_]+)"),
    "fr": re.compile(r"(?:[ \u00a0]+(?:et[ \u00a0]+)?|-(?:et-)?)([^\W\d_]+)"),
    "es": re.compile(r"[ \u00a0]+(?:y[ \u00a0]+)?([^\W\d_]+)"),
}
_OF_FOREIGN_RE = {lang: re.compile(of_pattern(lang) or "(?!)") for lang in ("fr", "es")}
_BOUND_SCALE_RE = {
    lang: re.compile(pattern)
    for lang in ("fr", "es")
    if (pattern := bound_scale_pattern(lang)) is not None
}
# A German ordinal is a number with a period before any word ("der 3.
# Platz", "im 2. Quartal"); a number ends the sentence only when a word that
# opens a sentence follows the period, by the sentence splitter's own list.
_DE_ORDINAL_RE = re.compile(r"\.[ \u00a0]+(?P<word>[^\W\d_]+)")

# A stretch of time pinned to the calendar or to an event is a date
# expression, not an amount: "the first three months of the year", "five
# months after its launch", "w ostatnich 12 miesiącach", "kilka dni temu".
_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})
_TIME_LEAD_RE = re.compile(
    r"(?<![^\W\d_])(?:first|last|past|next|coming|previous|pierwsz\w+|ostatni\w*|"
    r"najbliższ\w+|kolejn\w+|minion\w+|ubiegł\w+|poprzedni\w*|przyszł\w+)[ \u00a0]+\Z",
    re.IGNORECASE,
)
_TIME_TAIL_RE = re.compile(
    r"[ \u00a0]+(?:after|before|ago|later|earlier|from\s+now|temu|później|wcześniej|po|przed)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_FOREIGN_TIME_LEAD_RE = re.compile(
    r"(?<![^\W\d_])(?:letzten|vergangenen|nächsten|kommenden|ersten|zurückliegenden|vor|"
    r"il[ \u00a0]+y[ \u00a0]+a|dans|hace|últim[oa]s|próxim[oa]s|primer[oa]s|pasad[oa]s|"
    r"dentro[ \u00a0]+de)[ \u00a0]+\Z",
    re.IGNORECASE,
)
# French and Spanish put "derniers" and "anteriores" after the number: "les
# 12 derniers mois", "los 12 meses anteriores".
_FOREIGN_TIME_INNER_RE = re.compile(
    r"(?<![^\W\d_])(?:derni[eè]re?s?|prochaine?s?|premi[eè]re?s?|vergangenen|letzten|"
    r"nächsten|ersten|últim[oa]s|próxim[oa]s|primer[oa]s)(?![^\W\d_])",
    re.IGNORECASE,
)
_FOREIGN_TIME_TAIL_RE = re.compile(
    r"[ \u00a0]+(?:später|danach|zuvor|früher|nach|vor|après|plus[ \u00a0]+tard|auparavant|"
    r"avant|plus[ \u00a0]+tôt|después|más[ \u00a0]+tarde|antes|atrás|anteriores|"
    r"siguientes|pasados|derniers|dernières|précédents|précédentes)(?![^\W\d_])",
    re.IGNORECASE,
)


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
# "delayed by half an hour", "by half past nine": a measure of time.
_NOT_A_CHANGE_BY_RE = re.compile(r"[ \u00a0]+(?:an?|past)(?![^\W\d_])", re.IGNORECASE)


_HUNDRED_LOOKAHEAD = {
    "en": "|hundred|dozen",
    "de": "|hundert|dutzend",
    "fr": "|cents?|douzaines?",
    "es": "|docenas?",
}


@cache
def _core_re(lang: str, *, ratios: bool = True) -> re.Pattern[str]:
    """One pattern for every way a number starts in ``lang``; without the
    ratios and changes by half when ``ratios`` is false."""
    scales = scale_words(lang)
    free, bound = number_words(lang)
    scale_alt = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in scales) or "(?!)"
    parts = []
    ratio = ratio_pattern(lang) if ratios else None
    if ratio:
        parts.append(r"(?P<ratio>" + ratio + ")")
    halving = halving_pattern(lang) if ratios else None
    if halving:
        parts.append(r"(?P<halving>(?<![^\W\d_])(?:" + halving + r")(?![^\W\d_]))")
    fold = fold_pattern(lang)
    if fold:
        parts.append(r"(?P<fold>(?<![\w.,])(?:" + fold + r")(?![^\W\d_]))")
    parts.append(r"(?P<digits>(?<!\w)(?<!\d[.,])(?:" + digits_pattern(lang) + "))")
    vague = vague_words(lang)
    if vague:
        alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in vague)
        parts.append(r"(?P<vague>(?<![^\W\d_])(?:" + alt + r")(?![^\W\d_]))")
    shares = share_words(lang)
    if shares:
        parts.append(_share_alternative(shares, scale_alt))
    if free or bound:
        hundred = _HUNDRED_LOOKAHEAD.get(lang, "")
        scale_after = r"(?=[\s-]+(?:" + scale_alt + hundred + r")(?![^\W\d_]))"
        # Longest first across both lists, so that "three quarters of a
        # million" is not read as "three".
        needs_scale = frozenset(bound)
        alternatives = [
            re.escape(w).replace(r"\ ", r"\s+") + (scale_after if w in needs_scale else "")
            for w in sorted([*free, *bound], key=len, reverse=True)
        ]
        # Singular scale words count one unit on their own ("milion osób").
        singular = [s for s in ("tysiąc", "milion", "miliard", "bilion") if s in scales]
        alternatives += singular
        parts.append(r"(?P<word>(?<![^\W\d_])(?:" + "|".join(alternatives) + r")(?![^\W\d_]))")
    return re.compile("|".join(parts), re.IGNORECASE)


def _share_alternative(shares: list[str], scale_alt: str) -> str:
    """The pattern of a share fraction, unless a scale word follows within
    two words: "ćwierć miliona", "half a million" and "a quarter of a
    million" are counts, read as number words. A share that is not read
    (with nothing it counts after it) is still consumed, so that "tres
    cuartos de hora" does not count three "cuartos"."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in shares)
    return (
        r"(?P<share>(?<![^\W\d_])(?:" + alt + r")(?![^\W\d_-])"
        r"(?![ \u00a0]+(?:[^\W\d_]+(?:['’]|[ \u00a0]+)){0,2}(?:" + scale_alt + r")(?![^\W\d_])))"
    )


@cache
def _scale_re(lang: str) -> re.Pattern[str]:
    words = scale_words(lang) + ["m", "k"]
    alt = "|".join(
        re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(r"[ \u00a0\u202f]?(?P<word>" + alt + r")(?![^\W\d_])", re.IGNORECASE)


# Patterns are built once per language at import, not on each call.
for _lang in ("pl", "en", "de", "fr", "es"):
    _core_re(_lang)
    _core_re(_lang, ratios=False)
    _scale_re(_lang)


def find_quantities(
    text: str, lang: str, exclude: Iterable[tuple[int, int]] = ()
) -> list[Quantity]:
    """Find the quantities in ``text``, in order of appearance.

    ``lang`` is an ISO 639-1 code: "pl", "en", "de", "fr" and "es" get their
    full vocabulary; other languages get digits, symbols and currency codes
    only (decimal comma). ``exclude`` lists ``(start, end)`` spans, such as
    the dates found by the date engine, that must not yield quantities.
    """
    lang = (lang or "").lower()[:2]
    blocked = _Blocked(text, exclude, lang)
    readings: list[_Reading] = []
    consumed_until = 0
    position = 0
    # A ratio that turns out not to be one ("un impact sur deux secteurs") is
    # read again without ratios, so that the numbers inside it are not lost;
    # one of time ("un jour sur deux", "one in five years") counts nothing.
    plain_until = -1
    while True:
        match = _core_re(lang, ratios=position >= plain_until).search(text, position)
        if match is None:
            break
        position = match.end()
        if match.start() < consumed_until:
            continue
        if blocked.overlaps(match.start(), match.end()):
            continue
        if match.group("digits") is not None:
            reading = _read_digits(text, match, lang, blocked)
        elif match.lastgroup == "ratio":
            reading = _read_ratio(text, match, lang, blocked)
        elif match.lastgroup == "halving":
            reading = _read_halving(text, match, lang)
        elif match.lastgroup == "fold":
            reading = _read_fold(text, match, lang)
        elif match.lastgroup == "vague":
            reading = _read_vague(text, match, lang, blocked)
        elif match.lastgroup == "share":
            reading = _read_share(text, match, lang, blocked)
        else:
            reading = _read_words(text, match, lang, blocked)
        if reading is None and match.lastgroup == "ratio":
            if not _is_ratio_of_time(text, match, lang, blocked):
                position, plain_until = match.start(), match.end()
            continue
        if reading is None or _is_time_reference(text, reading, lang):
            continue
        readings.append(reading)
        consumed_until = reading.end
    return [_to_quantity(text, r) for r in _merge_ranges(text, readings, lang)]


class _Blocked:
    """Spans in which no quantity may start or reach."""

    def __init__(self, text: str, exclude: Iterable[tuple[int, int]], lang: str = "") -> None:
        spans = [(int(s), int(e)) for s, e in exclude if e > s]
        dates = _FOREIGN_DATE_LIKE_RE.get(lang, _DATE_LIKE_RE)
        spans += [(m.start(), m.end()) for m in dates.finditer(text)]
        spans.sort()
        self._starts = [s for s, _ in spans]
        # Running maximum of ends lets one bisect answer overlap queries.
        self._max_end: list[int] = []
        running = -1
        for _, end in spans:
            running = max(running, end)
            self._max_end.append(running)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches any blocked span."""
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self._max_end[index] > start


def _read_digits(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    core_start, core_end = match.start(), match.end()
    raw = match.group("digits")
    number = parse_digits(raw, lang)
    if number is None:
        return None
    # NUL stands in for "no character" so that membership tests stay false.
    before = text[core_start - 1] if core_start else "\0"
    after = text[core_end] if core_end < len(text) else "\0"
    after2 = text[core_end + 1] if core_end + 1 < len(text) else "\0"

    if before in "-–" and core_start >= 2 and text[core_start - 2].isalpha():
        return None  # "COVID-19", "F-16"
    if before in "/:#+" or (after in "/:" and after2.isdigit()):
        return None  # fractions, scores, times, phone numbers
    if after in "-–" and after2.isalpha():
        return None  # "5-letni", "10-year"
    if after == "." and after2 == " " and _lower_follows(text, core_end + 2) and raw.isdigit():
        return None  # Polish ordinal "w 3. kwartale"
    if after == "." and after2 in "ºª°":
        return None  # Spanish ordinal "3.º", "1.ª"
    if lang == "de" and raw.isdigit() and _is_german_ordinal(text, core_end):
        return None
    if raw.isdigit() and _is_list_number(text, core_start, core_end):
        return None
    if before == "(" and after == ")":
        return None  # "(1)"
    previous, previous_start = _previous_word(text, core_start)
    # "l'article 5": the label follows an elided article.
    if _ELISION_RE.sub("", previous.lower()) in _LABEL_WORDS:
        return None

    reading = _Reading(
        start=core_start,
        end=core_end,
        core_start=core_start,
        core_end=core_end,
        number=number,
        dash_right=before in "-–" and core_start >= 2 and text[core_start - 2].isdigit(),
    )
    prefix = CURRENCY_PREFIX_RE.search(text, max(0, core_start - 5), core_start)
    if prefix is not None:
        reading.start = reading.number_start = prefix.start()
        reading.unit = prefix_currency(prefix.group(0))
        reading.unit_kind = "currency"

    glued = _glued_letters(text, core_end)
    bound = _BOUND_SCALE_RE.get(lang)
    if (
        glued
        and not _known_suffix(glued, lang, prefix is not None)
        and not (bound is not None and bound.match(text, core_end))
    ):
        return None  # "4G", "3D", "1990s", "21st", "3e"

    position = _read_scale(text, reading, lang, after_currency=prefix is not None)
    _read_unit(text, reading, _after_of(text, reading, position, lang), lang, blocked)
    _read_qualifier(text, reading, lang)

    if _is_year(text, reading, raw, lang):
        return None
    if _is_model_name(text, reading, previous, previous_start, lang):
        return None
    return reading


def _is_german_ordinal(text: str, end: int) -> bool:
    """ "der 3. Platz", "im 2. Quartal": a period and then a word that does not
    open a new sentence."""
    match = _DE_ORDINAL_RE.match(text, end)
    if match is None:
        return False
    word = match.group("word")
    return word[:1].islower() or word not in GERMAN_SENTENCE_OPENERS


def _after_of(text: str, reading: _Reading, position: int, lang: str) -> int:
    """Past the "de" that joins a French or Spanish scale word to what it
    counts ("87 millions d'utilisateurs"): where to look for the unit."""
    if reading.scale is None or reading.unit_kind or lang not in _OF_FOREIGN_RE:
        return position
    of = _OF_FOREIGN_RE[lang].match(text, position)
    return position if of is None else of.end()


def _lower_follows(text: str, position: int) -> bool:
    return position < len(text) and text[position].islower()


def _is_list_number(text: str, start: int, end: int) -> bool:
    """A number opening a line and followed by "." or ")" numbers a list."""
    if end + 1 >= len(text) or text[end] not in ".)" or not text[end + 1].isspace():
        return False
    line_start = text.rfind("\n", max(0, start - 20), start) + 1
    if line_start == 0 and start > 20:
        return False
    return not text[line_start:start].strip()


def _previous_word(text: str, position: int) -> tuple[str, int]:
    """The word before ``position`` (across spaces only) and its start."""
    floor = max(0, position - 30)
    chunk = text[floor:position]
    stripped = chunk.rstrip(" \u00a0")
    if len(stripped) == len(chunk) and chunk:
        return "", position  # glued to the number: a symbol or a letter, not a word
    match = _LAST_TOKEN_RE.search(stripped)
    if match is None:
        return "", position
    return match.group(0), floor + match.start()


def _glued_letters(text: str, position: int) -> str:
    match = _GLUED_RE.match(text, position)
    return match.group(0) if match else ""


def _known_suffix(glued: str, lang: str, after_currency: bool) -> bool:
    bare = glued.rstrip(".")
    if scale_of(glued, lang, after_currency=after_currency) or scale_of(
        bare, lang, after_currency=after_currency
    ):
        return True
    return canonical_noun(bare) in {"km", "kg"}


def _read_scale(text: str, reading: _Reading, lang: str, *, after_currency: bool) -> int:
    position = reading.core_end
    bound = _BOUND_SCALE_RE.get(lang)
    match = bound.match(text, position) if bound is not None else None
    if match is not None:
        reading.scale = scale_of(match.group("word"), lang)
        reading.end = match.end()
        return match.end()
    match = _scale_re(lang).match(text, position)
    if match is None:
        return position
    word = match.group("word")
    scale = scale_of(word, lang, after_currency=after_currency)
    if scale is None and word.endswith("."):
        scale = scale_of(word[:-1], lang, after_currency=after_currency)
    if scale is None:
        return position
    if word.lower() in ("m", "k") and match.group(0) != word:
        return position  # "$5 m" with a space is not a scale
    reading.scale = scale
    reading.end = match.end()
    return match.end()


def _read_unit(text: str, reading: _Reading, position: int, lang: str, blocked: _Blocked) -> None:
    """Read what the number counts, starting at ``position``."""
    if reading.unit_kind != "currency":
        match = currency_suffix_re().match(text, position)
        if match is not None and not blocked.overlaps(match.start(), match.end()):
            reading.unit = suffix_currency(match.group("word"))
            reading.unit_kind = "currency"
            reading.end = match.end()
            return
        match = percent_suffix_re().match(text, position)
        if match is not None and not blocked.overlaps(match.start(), match.end()):
            reading.unit = percent_unit(match.group("word"))
            reading.unit_kind = "percent"
            reading.end = match.end()
            return
    else:
        return
    _read_noun(text, reading, position, lang, blocked)


def _read_noun(text: str, reading: _Reading, position: int, lang: str, blocked: _Blocked) -> None:
    """Find the noun a number counts within a few words: a known noun
    anywhere in the window ("12 so-called dark stores"), else the first word
    that is neither a function word nor an adjective."""
    words: list[tuple[str, int]] = []
    cursor = position
    for index in range(_NOUN_WINDOW):
        gap = _GAP_RE.match(text, cursor)
        if gap is not None:
            word_start = gap.end()
        elif index == 0 and cursor > 0 and text[cursor - 1] in _JOINED_BEFORE_NOUN:
            word_start = cursor  # right after "d'" or "de "
        else:
            break
        word_match = _WORD_RE.match(text, word_start)
        if word_match is None or blocked.overlaps(word_match.start(), word_match.end()):
            break
        word = word_match.group(0)
        # Keep the dots of "U.S." but not a sentence's final period.
        bare = word if _INITIALS_RE.fullmatch(word) else word.rstrip(".")
        if (
            is_stopword(bare, lang)
            and canonical_noun(bare, lang) is None
            and not is_attributive(bare, lang)
        ):
            break
        words.append((bare, word_match.start()))
        cursor = word_match.start() + len(bare)
        if bare != word:
            break  # the sentence ends here
    for bare, start in words:
        canonical = canonical_noun(bare, lang)
        if canonical is not None:
            reading.unit, reading.unit_kind = canonical, "noun"
            reading.end = start + len(bare)
            return
    for bare, start in words:
        if is_attributive(bare, lang):
            continue
        # German capitalises every noun; elsewhere a capitalised word after
        # a number is a name ("300 Deutsche Bank ...").
        if bare[:1].isupper() if lang == "de" else bare[:1].islower():
            reading.unit, reading.unit_kind = bare.lower(), "noun"
            reading.end = start + len(bare)
        return


def _read_qualifier(text: str, reading: _Reading, lang: str) -> None:
    found = qualifier_before(text, reading.start, lang)
    if found is not None:
        reading.qualifier, reading.start = found


def _is_year(text: str, reading: _Reading, raw: str, lang: str) -> bool:
    """A bare four-digit number from 1000 to 2199 is a year unless it is
    clearly an amount (a scale, a currency, a percent, a counted noun or a
    qualifier). French "jusqu'à" and Spanish "hasta" also mean "until":
    before a bare year they are not a qualifier."""
    if not (len(raw) == 4 and raw.isdigit() and 1000 <= int(raw) <= 2199):
        return False
    if _YEAR_WORDS_RE.match(text, reading.core_end):
        return True
    if reading.scale is not None or reading.unit_kind in ("currency", "percent"):
        return False
    if reading.unit_kind == "noun" and canonical_noun(reading.unit) is not None:
        return False
    if lang in ("fr", "es") and reading.qualifier == "up_to":
        return True
    return reading.qualifier is None


def _is_model_name(
    text: str, reading: _Reading, previous: str, previous_start: int, lang: str
) -> bool:
    """Whether a capitalised word right before a bare number makes it part
    of a product name ("iPhone 7", "Windows 10", "Boeing 737")."""
    if not previous or not any(ch.isupper() for ch in previous):
        return False
    if reading.qualifier is not None or reading.scale is not None:
        return False
    if reading.unit_kind in ("currency", "percent"):
        return False
    if _MIXED_CASE_RE.search(previous) or previous in _PRODUCT_WORDS:
        return True
    if reading.unit_kind == "noun" and canonical_noun(reading.unit) is not None:
        return False
    if lang == "de" and reading.unit_kind == "noun":
        return False  # every German noun is capitalised: "in Europa 12 Standorte"
    bare = previous.strip("„“\"'([").rstrip(".,")
    if bare.lower() in _CAPITALISED_FUNCTION_WORDS or not bare:
        return False
    if bare.lower() in _FOREIGN_FUNCTION_WORDS.get(lang, ()):
        return False
    return not _opens_sentence(text, previous_start)


def _opens_sentence(text: str, position: int) -> bool:
    head = text[max(0, position - 4) : position].rstrip()
    return not head or head[-1] in ".!?\n" or position == 0


def _is_time_reference(text: str, reading: _Reading, lang: str) -> bool:
    if reading.unit not in _TIME_UNITS:
        return False
    if lang in ("de", "fr", "es"):
        floor = max(0, reading.start - 24)
        return bool(
            _FOREIGN_TIME_LEAD_RE.search(text, floor, reading.start)
            or _FOREIGN_TIME_INNER_RE.search(text, reading.core_end, reading.end)
            or _FOREIGN_TIME_TAIL_RE.match(text, reading.end)
        )
    if _TIME_LEAD_RE.search(text, max(0, reading.start - 24), reading.start):
        return True
    return _TIME_TAIL_RE.match(text, reading.end) is not None


def _read_fold(text: str, match: re.Match[str], lang: str) -> _Reading | None:
    """Multiplicatives ("sixfold", "dwukrotnie", "3-krotny") count times."""
    found = fold_value(match.group("fold"), lang)
    if found is None:
        return None
    vague = isinstance(found, Vague)
    reading = _Reading(
        start=match.start(),
        end=match.end(),
        core_start=match.start(),
        core_end=match.end(),
        number=found.value if isinstance(found, Vague) else found,
        low=found.low if isinstance(found, Vague) else None,
        high=found.high if isinstance(found, Vague) else None,
        vague=vague,
        unit="times",
        unit_kind="noun",
    )
    _read_qualifier(text, reading, lang)
    return reading


def _read_vague(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    vague = vague_count(match.group("vague"), lang)
    if vague is None:
        return None
    reading = _Reading(
        start=match.start(),
        end=match.end(),
        core_start=match.start(),
        core_end=match.end(),
        number=vague.value,
        low=vague.low if vague.bounded and not vague.exact else None,
        high=vague.high if vague.bounded and not vague.exact else None,
        vague=not vague.exact,
    )
    position = match.end()
    of_re = _OF_RE if lang == "en" else _OF_FOREIGN_RE.get(lang)
    # French and Spanish may stack two scales: "plusieurs dizaines de
    # milliers", "decenas de miles".
    for _ in range(2 if lang in _OF_FOREIGN_RE else 1):
        of = of_re.match(text, position) if of_re is not None else None
        scale_match = _scale_re(lang).match(text, of.end() if of else position)
        if scale_match is None:
            break
        scale = scale_of(scale_match.group("word"), lang)
        if scale is None or scale_match.group("word").lower() in ("m", "k"):
            break
        reading.scale = scale * (reading.scale or Decimal(1))
        reading.end = position = scale_match.end()
    if of_re is not None:
        of = of_re.match(text, position)
        if of is not None:
            position = of.end()
    _read_unit(text, reading, position, lang, blocked)
    if reading.end < position and reading.unit_kind:
        reading.end = position
    _read_qualifier(text, reading, lang)
    return reading


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


def _percent_reading(text: str, start: int, end: int, percent: Decimal, lang: str) -> _Reading:
    reading = _Reading(
        start=start,
        end=end,
        core_start=start,
        core_end=end,
        number=percent,
        unit="%",
        unit_kind="percent",
    )
    _read_qualifier(text, reading, lang)
    return reading


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
    """ "Halved", "halbiert" and "réduit de moitié" state a change by half:
    50 %, as "spadła o połowę" does."""
    start = match.start()
    previous, _ = _previous_word(text, start)
    if previous.lower() in _DETERMINERS:
        return None  # "the next halving", an event
    if lang == "fr":
        if not _FR_CHANGE_WORD_RE.search(text, max(0, start - 40), start):
            return None
        start = match.end() - len("moitié")
    return _percent_reading(text, start, match.end(), Decimal(50), lang)


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


def _read_words(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    """Compound number words: "dwa miliony", "two hundred and fifty"."""
    first = match.group("word")
    pieces: list[tuple[str, Decimal]] = []
    needs_scale = False
    found = number_word_value(first, lang)
    if found is not None:
        value, needs_scale = found
        pieces.append(("number", value))
    else:
        pieces.append(("scale", scale_of(first, lang) or Decimal(1)))
    end = match.end()
    next_word_re = _NEXT_NUMBER_WORD_FOREIGN_RE.get(lang, _NEXT_NUMBER_WORD_RE)
    while True:
        nxt = next_word_re.match(text, end)
        if nxt is None or blocked.overlaps(nxt.start(1), nxt.end(1)):
            break
        word = nxt.group(1)
        if (hundred := hundred_value(word, lang)) is not None:
            pieces.append(("hundred", hundred))
        elif (scale := scale_of(word, lang)) is not None:
            pieces.append(("scale", scale))
        elif (found := number_word_value(word, lang)) is not None and not found[1]:
            pieces.append(("number", found[0]))
        else:
            break
        end = nxt.end(1)
    if needs_scale and all(kind == "number" for kind, _ in pieces):
        return None
    if len(pieces) == 1 and first.lower() in _NEEDS_UNIT.get(lang, ()):
        return _with_unit_only(text, match, pieces[0][1], lang, blocked)
    total = Decimal(0)
    current = Decimal(0)
    last_scale: Decimal | None = None
    for kind, value in pieces:
        if kind == "number":
            current += value
        elif kind == "hundred":
            current = (current or Decimal(1)) * value
        elif not current and total and last_scale is not None and value > last_scale:
            # A larger scale right after a smaller one multiplies it: "dos
            # mil millones" is two thousand millions.
            total *= value
            last_scale = value
        else:
            total += (current or Decimal(1)) * value
            current = Decimal(0)
            last_scale = value
    reading = _Reading(
        start=match.start(),
        end=end,
        core_start=match.start(),
        core_end=end,
        number=total + current,
    )
    position = end
    if pieces[-1][0] == "scale" and lang in _OF_FOREIGN_RE:
        of = _OF_FOREIGN_RE[lang].match(text, end)
        if of is not None:
            position = of.end()
    _read_unit(text, reading, position, lang, blocked)
    _read_qualifier(text, reading, lang)
    return reading


def _with_unit_only(
    text: str, match: re.Match[str], value: Decimal, lang: str, blocked: _Blocked
) -> _Reading | None:
    reading = _Reading(
        start=match.start(),
        end=match.end(),
        core_start=match.start(),
        core_end=match.end(),
        number=value,
    )
    _read_unit(text, reading, match.end(), lang, blocked)
    if not reading.unit_kind:
        return None
    _read_qualifier(text, reading, lang)
    return reading


def _merge_ranges(text: str, readings: Sequence[_Reading], lang: str) -> list[_Reading]:
    """Join "10-15 proc.", "od 10 do 15 tys." and "between 5 and 7%" into
    one reading with ``low``/``high``; give the first figure of a change the
    scale and unit written after the second ("von 10 auf 15 Mio. Euro");
    drop the right half of a dash range whose left half was not an amount (a
    year, say)."""
    merged: list[_Reading] = []
    index = 0
    while index < len(readings):
        left = readings[index]
        right = readings[index + 1] if index + 1 < len(readings) else None
        if right is not None and not left.vague and not right.vague:
            if _reports_change_by(text, left, right, lang):
                _share_scale_and_unit(left, right, by=True)
            elif _reports_change(text, left, right, lang):
                _share_scale_and_unit(left, right)
            else:
                joined = _join(text, left, right)
                if joined is not None:
                    merged.append(joined)
                    index += 2
                    continue
        if not left.dash_right:
            merged.append(left)
        index += 1
    return merged


def _reports_change(text: str, left: _Reading, right: _Reading, lang: str) -> bool:
    """Whether "from X to Y" reports a change rather than a range."""
    gap = text[left.end : right.number_start]
    floor = max(0, left.start - 12)
    pair = _CHANGE_PAIRS.get(lang)
    if pair is not None and pair[1].fullmatch(gap) and pair[0].search(text, floor, left.start):
        return True
    opener = _RANGE_OPENER_RE.search(text, floor, left.start)
    if opener is None or not _WORD_GAP_RE.fullmatch(gap):
        return False
    if opener.group("opener").lower() in _LOOSE_OPENERS:
        return False
    if left.unit_kind:
        return True
    if left.number * (left.scale or right.scale or 1) > right.number * (right.scale or 1):
        return True
    verb = _CHANGE_VERB_RE.get(lang)
    return verb is not None and bool(verb.search(text, max(0, opener.start() - 40), opener.start()))


def _reports_change_by(text: str, left: _Reading, right: _Reading, lang: str) -> bool:
    """Whether "by X to Y" gives the size of a change and the new figure."""
    pair = _BY_PAIRS.get(lang)
    if pair is None or not pair[1].fullmatch(text, left.end, right.number_start):
        return False
    if lang == "pl" and _BY_IN_QUALIFIER_RE.match(text, left.start):
        return True
    by = pair[0].search(text, max(0, left.start - 12), left.start)
    if by is None:
        return False
    if lang != "en":
        return True
    return bool(_CHANGE_VERB_RE["en"].search(text, max(0, by.start() - 40), by.start()))


def _share_scale_and_unit(left: _Reading, right: _Reading, *, by: bool = False) -> None:
    """The first figure of a change takes the scale and the unit written
    only after the second: "von 10 auf 15 Mio. Euro" is 10 000 000 euros;
    "z 10 tys. do 15 mln zł" keeps its own thousands and takes the złoty.
    The size of a change may be far smaller than the new figure ("rose by 1
    to 150 million"), but not larger: in "o 800 do 1,2 mln" the 800 is not
    800 million."""
    if left.unit_kind and left.unit != right.unit:
        return
    alike = _written_alike(left.number, right.number)
    if left.scale is None and (alike or (by and left.number < right.number)):
        left.scale = right.scale
    if not left.unit_kind:
        left.unit, left.unit_kind = right.unit, right.unit_kind


def _written_alike(first: Decimal, second: Decimal) -> bool:
    low, high = sorted((abs(first), abs(second)))
    return low == 0 or high / low < _SHARED_SCALE_SPREAD


def _join(text: str, left: _Reading, right: _Reading) -> _Reading | None:
    gap = text[left.end : right.number_start]
    opener = _RANGE_OPENER_RE.search(text, max(0, left.start - 12), left.start)
    if _DASH_GAP_RE.fullmatch(gap):
        if left.unit_kind and left.unit != right.unit:
            return None
    elif _WORD_GAP_RE.fullmatch(gap) and opener is not None:
        if left.unit_kind and left.unit != right.unit:
            return None
    else:
        return None
    scale_left = left.scale or right.scale or Decimal(1)
    scale_right = right.scale or Decimal(1)
    low = left.number * scale_left
    high = right.number * scale_right
    if low > high:
        return None
    start = opener.start() if opener is not None else left.start
    return _Reading(
        start=min(start, left.start),
        end=right.end,
        core_start=left.core_start,
        core_end=right.core_end,
        number=(low + high) / 2,
        scale=None,
        unit=right.unit,
        unit_kind=right.unit_kind,
        qualifier=left.qualifier or "approx",
        low=low,
        high=high,
    )


def _to_quantity(text: str, reading: _Reading) -> Quantity:
    scale = reading.scale or Decimal(1)
    # Vague bounds are stated before the scale ("kilka" of "kilka tysięcy");
    # range bounds were scaled when the range was joined.
    bound_scale = scale if reading.vague else Decimal(1)
    low = None if reading.low is None else tidy(reading.low * bound_scale)
    high = None if reading.high is None else tidy(reading.high * bound_scale)
    qualifier = reading.qualifier or ("approx" if reading.vague else "exact")
    return Quantity(
        start=reading.start,
        end=reading.end,
        text=text[reading.start : reading.end],
        value=tidy(reading.number * scale),
        unit=reading.unit,
        qualifier=qualifier,
        low=low,
        high=high,
    )
