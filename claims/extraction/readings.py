"""A number being read by the quantity finder, and the helpers its readers
share: the words around a number, the qualifier before it, a percentage
stated in words. Internal to the finder: :mod:`.quantities` is the API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .qualifiers import qualifier_before


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


_WORD_RE = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_GAP_RE = re.compile(r"[ \u00a0]+")
_NOUN_WINDOW = 3
_ELISION_RE = re.compile(r"\A[^\W\d_]{1,2}['’]")
_LAST_TOKEN_RE = re.compile(r"\S+\Z")


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


def _read_qualifier(text: str, reading: _Reading, lang: str) -> None:
    found = qualifier_before(text, reading.start, lang)
    if found is not None:
        reading.qualifier, reading.start = found


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
