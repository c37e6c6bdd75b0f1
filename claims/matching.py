"""Whether two claims, in the same or different languages, state the same thing.

Pure Python, no Django. The public API:

    features(statement, lang, anchor) -> ClaimFeatures
    score(a, b) -> Match
    THRESHOLD

A claim is reduced to what it already carries: its quantities (value and
unit), the organisations and people it names, the years its dates cover, and
its content words folded to language-neutral keys by a small Polish/English
lexicon. Two claims score high when those agree; a figure or a year that
disagrees lowers the score and is reported as a conflict, because two outlets
giving different figures for one event is what a fact-checker must see. See
docs/matching.md for the method and its measured precision and recall.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from claims.extraction import find_entities, find_quantities
from timeline.dates import find_dates

# Tuned on the "tune" split of tests/fixtures/claim_pairs.json only.
THRESHOLD = 0.56
# Stored on every proposed link; raise it when features, weights or THRESHOLD change, so
# that links proposed by an older matcher can be told apart and proposed again.
VERSION = "1.1"

# Relative difference under which two figures count as the same ("87 mln" and
# "87,2 mln" are one figure rounded differently).
_SAME_VALUE_TOLERANCE = Decimal("0.005")

_WEIGHT_BASE = 0.1
_WEIGHT_SAME_QUANTITY = 0.15
_WEIGHT_QUANTITY_CONFLICT = 0.3
_WEIGHT_SHARED_ENTITY = 0.1
_WEIGHT_DISJOINT_ENTITIES = 0.0
_WEIGHT_SHARED_YEAR = 0.1
_WEIGHT_YEAR_CONFLICT = 0.3
_WEIGHT_TEXT = 0.5

# Words that carry a claim's subject, keyed by a language-neutral concept.
# A folded word (lower case, no diacritics) belongs to a concept when it
# starts with one of the stems: Polish inflects the ending, so stems are cut
# before it ("uzytkown" covers użytkownik, użytkowników, użytkownikom).
_LEXICON: dict[str, tuple[str, ...]] = {
    "user": ("uzytkown", "user"),
    "customer": ("klient", "customer", "client"),
    "account": ("kont", "account"),
    "data": ("dane", "danych", "data"),
    "leak": (
        "wyciek",
        "wyciekl",
        "leak",
        "breach",
        "exposed",
        "ujawn",
        "stole",
        "ukradl",
        "hacker",
        "haker",
    ),
    "bank": ("bank", "banki", "nbp"),
    "inflation": ("inflac", "inflation", "ceny", "price", "cen", "podroz", "expensive"),
    "rise": (
        "wzrosl",
        "wzrost",
        "rose",
        "grew",
        "growth",
        "podniesie",
        "raise",
        "wzrosn",
        "expand",
        "urosl",
    ),
    "fall": ("spadl", "fell", "obnizyl", "cut", "scial", "lowered", "shrank"),
    "profit": ("zysk", "profit", "zarobil", "earned", "earn"),
    "net": ("netto", "net"),
    "election": ("wybor", "election", "ballot", "glos", "vote", "runoff", "tur"),
    "turnout": ("frekwenc", "turnout"),
    "parliament": ("parlament", "sejm", "parliament"),
    "president": ("prezyden", "president"),
    "win": ("wygral", "won", "zwyciest", "winning", "zdobyl", "took"),
    "goal": ("gol", "bramk", "bramek", "goal", "netted", "strzelil", "scored"),
    "season": ("sezon", "season"),
    "match": ("mecz", "match"),
    "row": ("rzedu", "row", "seri", "streak"),
    "tournament": ("turniej", "tournament"),
    "flu": ("gryp", "flu"),
    "infection": ("zakaz", "infect", "przypad", "case"),
    "ministry": ("minister", "ministry"),
    "health": ("zdrow", "health"),
    "rate": ("stop", "rate"),
    "interest": ("procentow", "interest"),
    "buyer": ("kupuj", "buyer"),
    "active": ("aktywn", "active"),
    "unemployment": ("bezroboc", "unemploy", "jobless"),
    "electricity": ("prad", "electric"),
    "gas": ("gaz", "gas"),
    "refugee": ("uchodz", "refugee"),
    "leave": ("wyjechal", "opuscil", "left", "moved"),
    "arrive": ("przyjechal", "crossed"),
    "fine": ("kar", "fine", "penalt"),
    "privacy": ("prywatn", "privacy"),
    "child": ("dziec", "children", "child"),
    "teacher": ("nauczyc", "teacher"),
    "flat": ("mieszk", "flat", "apartment"),
    "house": ("dom", "home", "house", "budyn"),
    "buy": ("kupil", "bought", "przejet", "acquir", "deal"),
    "sell": ("sprzeda", "sold", "sell", "dostarcz", "shipped"),
    "share": ("akcj", "share"),
    "cancer": ("rak", "cancer"),
    "lung": ("pluc", "lung"),
    "breast": ("piers", "breast"),
    "death": ("umier", "zmarl", "zabij", "kill", "die", "death"),
    "woman": ("kobiet", "women", "woman"),
    "smartphone": ("smartfon", "smartphone"),
    "economy": ("pkb", "gdp", "gospodark", "economy"),
    "viewer": ("widz", "viewer", "watch", "obejrz"),
    "stadium": ("stadion", "stadium"),
    "passenger": ("pasazer", "passenger"),
    "airport": ("lotnisk", "airport"),
    "vaccine": ("szczepi", "vaccin"),
    "employ": ("zatrudni", "employ", "pracown", "worker", "workforce", "pracuje"),
    "shop": ("sklep", "shop", "store"),
    "open": ("otworzyl", "opened"),
    "wage": ("placa", "wage"),
    "minimum": ("minimaln", "minimum"),
    "flood": ("powodz", "flood", "woda"),
    "destroy": ("zniszcz", "destroy", "wreck"),
    "fire": ("pozar", "wildfire", "fire"),
    "new": ("now", "new"),
    "year": ("rok", "roczn", "year", "annual"),
    "people": ("osob", "ludzi", "people"),
    "phone": ("telefon", "phone"),
    "training": ("szkolen", "training"),
    "violation": ("narusz", "violat", "misleading"),
    "bed": ("lozk", "bed"),
    "hospital": ("szpital", "hospital"),
    "online": ("sieci", "online"),
    "local": ("samorzad", "local"),
    "national": ("narodow", "national"),
    "worldcup": ("mundial", "mistrzostw", "world cup"),
    "statistics": ("gus", "statyst", "statistic"),
    "consumer": ("konsum", "consumer"),
    "handle": ("obsluz", "handle", "przewin"),
    "": ("poinform", "podal", "report", "said", "odnotow", "record", "zanotow", "put", "togeth"),
    "poland": ("polsk", "polsc", "polish", "poland"),
}

# Words that say nothing about which claim it is, in either language.
_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or is was were be been has had have will "
    "that this its it as some about up out into than their our his her per said says "
    "w we z ze do na o od za i oraz lub sie nie to ten ta jest byl byla bylo sa po przez "
    "ktory ktora ktore jego jej ich przy nad pod mln mld tys million billion thousand proc "
    "pkt zl usd dolarow dollars dollar zlotys zloty nawet even wynosi wyniosla wyniosl "
    "stood reached came dla over more which wynik wynikiem".split()
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,%])")

# Units the extractor leaves as the counted noun: fold them like content words
# so that "41 goli" and "41 goals" count the same thing.
_CURRENCY_UNITS = frozenset({"PLN", "USD", "EUR", "GBP", "CHF"})


@dataclass(frozen=True, slots=True)
class QuantityKey:
    """A quantity reduced to what comparison needs: its value and unit key."""

    value: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """What a claim carries that tells it apart from others."""

    lang: str
    quantities: tuple[QuantityKey, ...]
    entities: frozenset[str]
    years: frozenset[int]
    tokens: frozenset[str]
    # The intervals of the dates the engine read, (start, end): finer than years, so that
    # "September 2024" and "August 2024" disagree.
    intervals: frozenset[tuple[dt.date, dt.date]] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    """How alike two claims are: ``score`` in 0..1, why, and what disagrees."""

    score: float
    reasons: tuple[str, ...]
    conflicts: tuple[str, ...]

    @property
    def is_candidate(self) -> bool:
        return self.score >= THRESHOLD


def fold(word: str) -> str:
    """Lower case without diacritics ("Użytkowników" -> "uzytkownikow")."""
    word = word.lower().replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def concept(word: str) -> str | None:
    """The language-neutral key of a content word, or None for a stopword.

    A word the lexicon does not know keys on its first six folded letters,
    which keeps inflected forms of one name together within a language.
    """
    folded = fold(word)
    if len(folded) < 2 or folded in _STOPWORDS:
        return None
    key = _lexicon_key(folded)
    if key is not None:
        # The empty key gathers reporting verbs ("podał", "said"): no subject.
        return key or None
    return folded[:6]


def _lexicon_key(folded: str) -> str | None:
    """The concept whose longest stem starts ``folded``, or None."""
    best = None
    for key, stems in _LEXICON.items():
        for stem in stems:
            if folded.startswith(stem) and (best is None or len(stem) > best[1]):
                best = (key, len(stem))
    return best[0] if best else None


def name_key(name: str) -> str:
    """A language-neutral key for a canonical name.

    "Ministerstwo Zdrowia" and "Ministry of Health" both give "@ministry
    health"; a name the lexicon does not know keys on its folded words.
    """
    folded = fold(name)
    # A name that is itself a lexicon entry ("world cup") keys as that concept.
    for key, stems in _LEXICON.items():
        if folded in stems:
            return f"@{key}"
    words = (fold(word) for word in _WORD.findall(name))
    keys = (_lexicon_key(word) or word for word in words if word not in _STOPWORDS)
    return "@" + " ".join(key for key in keys if key)


def features(statement: str, lang: str, anchor: dt.date) -> ClaimFeatures:
    """The features of one claim; ``anchor`` resolves relative dates.

    The words of a name become one key for the name ("Polsce" and "Poland"
    are "@polska"); the words of dates and quantities are left out of the
    tokens, since years and figures are compared on their own.
    """
    lang = (lang or "").lower()[:2]
    found_dates = find_dates(statement, anchor, lang)
    date_spans = [(found.start, found.end) for found in found_dates]
    found_quantities = find_quantities(statement, lang, exclude=date_spans)
    found_entities = find_entities(statement, lang)

    tokens: set[str] = set()
    years: set[int] = set()
    intervals: set[tuple[dt.date, dt.date]] = set()
    for found in found_dates:
        result = found.result
        if result.status == "parsed" and result.start and result.end:
            years.update(range(result.start.year, result.end.year + 1))
            intervals.add((result.start, result.end))
    quantities = tuple(
        QuantityKey(value=quantity.value, unit=_unit_key(quantity.unit))
        for quantity in found_quantities
    )
    # The counted noun is a content word; the figure itself is compared as a quantity.
    tokens.update(quantity.unit for quantity in quantities if quantity.unit.isalpha())
    entities = frozenset(name_key(entity.name) for entity in found_entities)
    tokens.update(entities)

    spans = [*date_spans, *((q.start, q.end) for q in found_quantities)]
    spans += [(e.start, e.end) for e in found_entities]
    free = _blank(statement, spans)
    # A bare year the date engine leaves alone ("the 2015 election") still dates the claim.
    for match in _YEAR.finditer(free):
        years.add(int(match.group()))
    tokens.update(key for word in _WORD.findall(free) if (key := concept(word)))
    return ClaimFeatures(
        lang=lang,
        quantities=quantities,
        entities=entities,
        years=frozenset(years),
        tokens=frozenset(tokens),
        intervals=frozenset(intervals),
    )


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def score(a: ClaimFeatures, b: ClaimFeatures) -> Match:
    """How likely ``a`` and ``b`` are the same claim, with the reasons."""
    total = _WEIGHT_BASE
    reasons: list[str] = []
    conflicts: list[str] = []

    same, clashing = _compare_quantities(a.quantities, b.quantities)
    for quantity in same:
        reasons.append(f"same quantity {_plain(quantity.value)} {quantity.unit}".rstrip())
    if same:
        total += _WEIGHT_SAME_QUANTITY
    for left, right in clashing:
        conflicts.append(
            f"quantity {_plain(left.value)} vs {_plain(right.value)} {left.unit}".rstrip()
        )
    if clashing and not same:
        total -= _WEIGHT_QUANTITY_CONFLICT

    shared = a.entities & b.entities
    for name in sorted(shared):
        reasons.append(f"shared name {name.lstrip('@')}")
    if shared:
        total += _WEIGHT_SHARED_ENTITY
    elif a.entities and b.entities:
        total -= _WEIGHT_DISJOINT_ENTITIES

    # Years in common but no date in common ("September 2024" vs "August 2024").
    apart = _dates_apart(a.intervals, b.intervals) if a.years & b.years else ""
    if apart:
        total -= _WEIGHT_YEAR_CONFLICT
        conflicts.append(apart)
    elif a.years and b.years:
        if a.years & b.years:
            total += _WEIGHT_SHARED_YEAR
            reasons.append("same year " + ", ".join(str(y) for y in sorted(a.years & b.years)))
        else:
            total -= _WEIGHT_YEAR_CONFLICT
            conflicts.append(
                "year "
                + ", ".join(str(y) for y in sorted(a.years))
                + " vs "
                + ", ".join(str(y) for y in sorted(b.years))
            )

    similarity = text_similarity(a.tokens, b.tokens)
    total += _WEIGHT_TEXT * similarity
    reasons.append(f"text similarity {similarity:.2f}")

    return Match(
        score=round(min(1.0, max(0.0, total)), 3),
        reasons=tuple(reasons),
        conflicts=tuple(conflicts),
    )


def _dates_apart(left, right) -> str:
    """A conflict when both claims date what they say and no date of one overlaps a date of
    the other ("September 2024" vs "August 2024"); "" otherwise."""
    if not left or not right:
        return ""
    for start, end in left:
        for other_start, other_end in right:
            if start <= other_end and other_start <= end:
                return ""

    def shown(intervals):
        return ", ".join(
            start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"
            for start, end in sorted(intervals)
        )

    return f"date {shown(left)} vs {shown(right)}"


def text_similarity(left: frozenset[str], right: frozenset[str]) -> float:
    """Dice coefficient of two token sets, 0..1."""
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def _compare_quantities(
    left: tuple[QuantityKey, ...], right: tuple[QuantityKey, ...]
) -> tuple[list[QuantityKey], list[tuple[QuantityKey, QuantityKey]]]:
    """Quantities both claims state, and pairs of one unit whose values differ."""
    same = [q for q in left if any(_same_value(q, r) and _same_unit(q, r) for r in right)]
    clashing = [
        (q, r)
        for q in left
        for r in right
        if q not in same
        and not any(_same_value(r, other) for other in left)
        and q.unit
        and q.unit == r.unit
    ]
    return same, clashing


def _same_unit(left: QuantityKey, right: QuantityKey) -> bool:
    # A unit the extractor did not read ("1200 nowych zakażeniach") does not
    # contradict one it did, nor do two counted nouns ("37 meczów", "37
    # zwycięstw"); symbols and currencies must agree ("2%" is not "2 zł").
    if left.unit == right.unit or not left.unit or not right.unit:
        return True
    return left.unit.islower() and right.unit.islower()


def _same_value(left: QuantityKey, right: QuantityKey) -> bool:
    if left.value == right.value:
        return True
    larger = max(abs(left.value), abs(right.value))
    return larger > 0 and abs(left.value - right.value) / larger <= _SAME_VALUE_TOLERANCE


def _unit_key(unit: str) -> str:
    if not unit or unit in _CURRENCY_UNITS or not unit.isalpha():
        return unit
    return concept(unit) or unit


def _plain(value: Decimal) -> str:
    """A value without exponent or trailing zeros: 87000000, 2.5."""
    return format(value.normalize(), "f")
