"""Numbers that look like amounts and are not.

Calendar dates and clock times (blocked before any number is read), list
numbering and ordinals, labels ("nr 5", "Chapter 11"), years, model names
("iPhone 7", "Windows 10") and stretches of time pinned to the calendar or to
an event ("the first three months", "kilka dni temu").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .readings import _Reading
from .sentences import GERMAN_SENTENCE_OPENERS
from .units import canonical_noun

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


def _is_german_ordinal(text: str, end: int) -> bool:
    """ "der 3. Platz", "im 2. Quartal": a period and then a word that does not
    open a new sentence."""
    match = _DE_ORDINAL_RE.match(text, end)
    if match is None:
        return False
    word = match.group("word")
    return word[:1].islower() or word not in GERMAN_SENTENCE_OPENERS


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
