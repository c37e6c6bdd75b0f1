"""Dates written against another event: "przed ubiegłoroczną konferencją F8", "two weeks after
the leak", "after the 2016 election".

The engine already says that such an expression is relative to an event and on which side
(`relation` and `reference` of its result). This module reads the rest of the form: an offset
before the relation word ("two weeks after", "tydzień po"), and in the referenced phrase the
words that name the event and any year put on it ("ubiegłoroczną" is the anchor's year - 1,
"2016" is 2016). Finding the event is the database's business (timeline.references); this
stays pure Python like the rest of the engine.
"""

import datetime as dt
import re
from dataclasses import dataclass

from timeline.dates.engine import normalise

# Any anchor will do to tell an event from a date: with one, "before last year" parses and only
# a phrase about an event stays unparsed with a relation.
PROBE_ANCHOR = dt.date(2000, 1, 1)

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4,
    "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10,
}  # fmt: skip
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year",
    "dzień": "day", "dni": "day", "tydzień": "week", "tygodnie": "week", "tygodni": "week",
    "miesiąc": "month", "miesiące": "month", "miesięcy": "month", "rok": "year",
    "lata": "year", "lat": "year",
}  # fmt: skip
RELATION_WORDS = {"before": "before", "after": "after", "przed": "before", "po": "after"}

_count = "|".join(sorted((re.escape(word) for word in NUMBERS), key=len, reverse=True))
_unit = "|".join(sorted((re.escape(word) for word in UNITS), key=len, reverse=True))
OFFSET = re.compile(
    rf"(?:(?P<count>\d{{1,3}}|{_count})\s+)?(?P<unit>{_unit})\s+(?P<relation>before|after|przed|po)"
    r"\s+(?P<rest>\S.*)",
    re.IGNORECASE,
)

# A year put on the event: "last year's F8", "ubiegłoroczną konferencją", "the 2016 election",
# "wyborach w 2015 r.". The value is the offset from the anchor's year.
RELATIVE_YEARS = [
    (re.compile(r"\b(?:last|previous) year(?:'s|’s)?", re.IGNORECASE), -1),
    (re.compile(r"\bthis year(?:'s|’s)?", re.IGNORECASE), 0),
    (re.compile(r"\bnext year(?:'s|’s)?", re.IGNORECASE), 1),
    (re.compile(r"\b(?:ubiegło|zeszło)roczn\w*", re.IGNORECASE), -1),
    (re.compile(r"\b(?:z |w )?(?:ubiegłego|zeszłego|ubiegłym|zeszłym) roku\b", re.IGNORECASE), -1),
    (re.compile(r"\btegoroczn\w*|\b(?:z |w )?(?:tego|tym) roku\b", re.IGNORECASE), 0),
    (re.compile(r"\bprzyszłoroczn\w*", re.IGNORECASE), 1),
]
YEAR = re.compile(r"\b(?:w |in )?(?P<year>1[89]\d\d|20\d\d)(?: ?r\.| roku)?(?!\w)", re.IGNORECASE)
WORD = re.compile(r"\w+")
# Words that say nothing about which event is meant.
STOP_WORDS = frozenset(
    "the a an of in on at for to by its his her their our this that was were is are has have "
    "been and or s "
    "w we z ze na do dla od o i oraz jego jej ich tej tego który która które roku r".split()
)


@dataclass(frozen=True, slots=True)
class EventReference:
    """An expression dated against an event.

    relation: "before" or "after". offset: (count, unit) for "two weeks after", unit one of
    day, week, month, year; None when the date is simply before or after the event. phrase: the
    referenced phrase as written. words: the words naming the event, lower case, years and
    function words removed. names: those of them written with a capital or a digit ("F8",
    "Facebooka"), which a matching event must share at least one of. year / year_offset: a
    calendar year, or a year relative to the anchor's (-1 for "last year's").
    """

    relation: str
    phrase: str
    words: tuple[str, ...]
    names: tuple[str, ...] = ()
    offset: tuple[int, str] | None = None
    year: int | None = None
    year_offset: int | None = None

    def year_for(self, anchor: dt.date | None) -> int | None:
        """The calendar year the event must fall in, or None when the words put none on it.

        Raises ValueError for a relative year without an anchor.
        """
        if self.year_offset is None:
            return self.year
        if anchor is None:
            raise ValueError("a year relative to the publication date needs that date")
        return anchor.year + self.year_offset


def parse(text, lang=None) -> EventReference | None:
    """The event reference in a date expression, or None when it is not dated by an event.

    Never raises: anything that is not a string, or not of this form, gives None.
    """
    if not isinstance(text, str):
        return None
    display = " ".join(text.split())
    offset = None
    match = OFFSET.fullmatch(display)
    if match:
        count = match.group("count")
        number = int(count) if count and count.isdigit() else NUMBERS.get((count or "a").lower())
        offset = (number, UNITS[match.group("unit").lower()])
        display = f"{match.group('relation')} {match.group('rest')}"
    result = normalise(display, PROBE_ANCHOR, lang)
    if result.status != "unparsed" or not result.relation or not result.reference:
        return None
    return reference_of(result.relation, result.reference, offset)


def reference_of(relation: str, phrase: str, offset=None) -> EventReference:
    """Split a referenced phrase into the event's name words and the year put on it."""
    rest = phrase
    year = year_offset = None
    for pattern, value in RELATIVE_YEARS:
        found = pattern.search(rest)
        if found:
            year_offset = value
            rest = rest[: found.start()] + " " + rest[found.end() :]
            break
    if year_offset is None:
        found = YEAR.search(rest)
        if found:
            year = int(found.group("year"))
            rest = rest[: found.start()] + " " + rest[found.end() :]
    words, names = [], []
    for word in WORD.findall(rest):
        lower = word.lower()
        if lower in STOP_WORDS or lower in words:
            continue
        words.append(lower)
        if word[0].isupper() or any(char.isdigit() for char in word):
            names.append(lower)
    return EventReference(
        relation=relation,
        phrase=phrase,
        words=tuple(words),
        names=tuple(names),
        offset=offset,
        year=year,
        year_offset=year_offset,
    )


def stem(word: str) -> str:
    """The part of a word its inflected forms share, crudely: "konferencją" and "konferencja",
    "wyborach" and "wybory", "elections" and "election". Short words are kept whole."""
    if len(word) <= 4:
        return word
    return word[: max(4, len(word) - 3)]


def matches(words, text: str) -> set[str]:
    """Which of `words` (lower case) occur in `text`, read by their stems."""
    tokens = {token.lower() for token in WORD.findall(text)}
    found = set()
    for word in words:
        head = stem(word)
        if any(token.startswith(head) for token in tokens):
            found.add(word)
    return found
