"""Draft candidate claims from a pasted article.

The article is split into sentences; each sentence of body copy is searched
for dates (by the date engine), quantities and named entities, and is kept
as a candidate when it carries checkable content:

* at least one quantity, or
* at least one date expression, or
* a named organisation or person together with a reporting cue
  ("poinformował", "said", "według"), or opening the sentence as its
  subject ("Facebook denied the report.").

Headlines, captions, credits and labels (no final punctuation, or no
lowercase word) are never candidates. All offsets are absolute offsets into
the text that was passed in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from .entities import Entity, find_entities
from .language import SUPPORTED_LANGUAGES, detect_language
from .quantities import Quantity, find_quantities
from .sentences import Span, split_sentences
from .statements import has_reporting_cue, is_complete_sentence

if TYPE_CHECKING:
    from timeline.dates import FoundDate

__all__ = [
    "MAX_TEXT_CHARS",
    "Candidate",
    "ExtractionError",
    "extract_candidates",
]

#: Longest text accepted, in characters (about 300 pages of copy).
MAX_TEXT_CHARS = 2_000_000

# Share of control or replacement characters above which text is taken for
# decoded binary data rather than prose.
_MAX_NON_PRINTABLE_SHARE = 0.1
_NON_PRINTABLE_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
# A named subject opens the sentence: within its first few words.
_SUBJECT_WINDOW_WORDS = 3
_SUBJECT_KINDS = ("organisation", "person")


class ExtractionError(ValueError):
    """Text that cannot be analysed. ``code`` says why: "empty", "binary",
    "too_long", "unsupported_language" or "unknown_language"."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that carries checkable content, with what it carries.

    ``sentence == text[start:end]``; every quantity, date and entity offset
    is absolute into the same ``text``.
    """

    sentence: str
    start: int
    end: int
    quantities: tuple[Quantity, ...]
    dates: tuple[FoundDate, ...]
    entities: tuple[Entity, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; decimals and dates become strings."""
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "quantities": [_quantity_dict(q) for q in self.quantities],
            "dates": [_date_dict(d) for d in self.dates],
            "entities": [
                {"text": e.text, "name": e.name, "kind": e.kind, "start": e.start, "end": e.end}
                for e in self.entities
            ],
        }


def extract_candidates(
    text: str, anchor: dt.date, lang: str | None = None, country: str | None = None
) -> list[Candidate]:
    """Extract draft candidate claims from ``text``.

    ``anchor`` is the date relative expressions are resolved against (the
    article's publication date), passed to the date engine as is. ``lang``
    is an ISO 639-1 code from :data:`SUPPORTED_LANGUAGES`; when None it is
    detected. ``country`` is the outlet's (ISO 3166 alpha-2): it settles
    what a bare "$", "¥", "kr" or "cents" stands for.

    Raises :class:`ExtractionError` for empty or binary text, text longer
    than :data:`MAX_TEXT_CHARS`, and unsupported or undetectable languages.
    """
    check_text(text)
    lang = _resolve_language(text, lang)
    candidates: list[Candidate] = []
    for sentence, local_dates in _dated_sentences(text, anchor, lang, country):
        candidate = _analyse(sentence, local_dates, lang, country)
        if candidate is not None:
            candidates.append(candidate)
    return candidates


def article_dates(
    text: str, anchor: dt.date, lang: str, country: str | None = None
) -> dict[int, FoundDate]:
    """Every date of an article as extract_candidates reads it, by its start offset in
    ``text``: in its sentence's tense and against the story's period.

    This is how a worker reads an imported event's date again in its article (an event
    stores where its expression stands in the source's text snapshot). Raises
    :class:`ExtractionError` as extract_candidates does.
    """
    check_text(text)
    lang = _resolve_language(text, lang)
    found: dict[int, FoundDate] = {}
    for sentence, local_dates in _dated_sentences(text, anchor, lang, country):
        for date in local_dates:
            shifted = _shift_date(date, sentence.start)
            found[shifted.start] = shifted
    return found


def _dated_sentences(text: str, anchor: dt.date, lang: str, country: str | None):
    """(sentence, its dates with offsets into the sentence) for each complete sentence; the
    outlet's `country` settles fiscal periods."""
    # Imported here so the package stays importable without the date engine.
    from timeline.dates import Story, find_dates

    # One story per article: a period named in one sentence ("w III kwartale") is what
    # "kwartał wcześniej" in a later one is read against.
    find_in_story = partial(find_dates, story=Story(), country=country)
    for sentence in split_sentences(text):
        if is_complete_sentence(sentence.text):
            yield sentence, list(find_in_story(sentence.text, anchor, lang))


def check_text(text: str) -> None:
    """Raise :class:`ExtractionError` unless ``text`` is analysable prose.

    Length is checked first, so an oversized text is turned away at once.
    """
    if not isinstance(text, str):
        raise ExtractionError("binary", f"Text must be a string, not {type(text).__name__}.")
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(
            "too_long",
            f"Text is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,}.",
        )
    if not text.strip():
        raise ExtractionError("empty", "Text is empty.")
    if "\x00" in text:
        raise ExtractionError("binary", "Text contains NUL bytes: it looks like binary data.")
    visible = len(text) - sum(1 for _ in re.finditer(r"\s", text))
    non_printable = sum(1 for _ in _NON_PRINTABLE_RE.finditer(text))
    if non_printable > _MAX_NON_PRINTABLE_SHARE * max(visible, 1):
        raise ExtractionError(
            "binary", "Text is mostly control characters: it looks like binary data."
        )


def _resolve_language(text: str, lang: str | None) -> str:
    if lang is not None:
        # "pl", "PL" and "pl-PL" all name Polish.
        code = lang.strip().lower().replace("_", "-").split("-")[0]
        if code not in SUPPORTED_LANGUAGES:
            raise ExtractionError(
                "unsupported_language",
                f"Language {lang!r} is not supported; use one of {', '.join(SUPPORTED_LANGUAGES)}.",
            )
        return code
    detected = detect_language(text)
    if detected is None:
        raise ExtractionError(
            "unknown_language",
            "Could not tell the text's language with confidence; supported languages are "
            f"{', '.join(SUPPORTED_LANGUAGES)}.",
        )
    return detected


def _analyse(
    sentence: Span, local_dates: list[FoundDate], lang: str, country: str | None
) -> Candidate | None:
    offset = sentence.start
    quantities = find_quantities(
        sentence.text,
        lang,
        exclude=[(d.start, d.end) for d in local_dates if not _states_a_duration(d.text, lang)],
        country=country,
    )
    entities = find_entities(sentence.text, lang)
    if not (quantities or local_dates or _names_a_speaker(sentence.text, entities)):
        return None
    return Candidate(
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        quantities=tuple(
            dataclasses.replace(q, start=q.start + offset, end=q.end + offset) for q in quantities
        ),
        dates=tuple(_shift_date(d, offset) for d in local_dates),
        entities=tuple(
            dataclasses.replace(e, start=e.start + offset, end=e.end + offset) for e in entities
        ),
    )


_DURATION_UNITS = frozenset({"years", "months", "weeks", "days", "hours"})


def _states_a_duration(date_text: str, lang: str) -> bool:
    """Whether a date is told by a length of time ("in the past 2,000 years", "over the next
    three years", "25 lat temu"): that length is a quantity of its own, which a fact-checker
    checks apart from the date."""
    return any(q.unit in _DURATION_UNITS for q in find_quantities(date_text, lang))


def _names_a_speaker(sentence: str, entities: list[Entity]) -> bool:
    named = [e for e in entities if e.kind in _SUBJECT_KINDS]
    if not named:
        return False
    if has_reporting_cue(sentence):
        return True
    words_before = len(sentence[: named[0].start].split())
    return words_before < _SUBJECT_WINDOW_WORDS


def _shift_date(found: FoundDate, offset: int) -> FoundDate:
    return dataclasses.replace(found, start=found.start + offset, end=found.end + offset)


def _decimal_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _quantity_dict(quantity: Quantity) -> dict[str, Any]:
    return {
        "text": quantity.text,
        "value": str(quantity.value),
        "unit": quantity.unit,
        "unit_inferred": quantity.unit_inferred,
        "qualifier": quantity.qualifier,
        "low": _decimal_text(quantity.low),
        "high": _decimal_text(quantity.high),
        "start": quantity.start,
        "end": quantity.end,
    }


def _date_dict(found: FoundDate) -> dict[str, Any]:
    result = found.result
    return {
        "text": found.text,
        "start": _iso(result.start),
        "end": _iso(result.end),
        "granularity": result.granularity,
        "status": result.status,
        "relation": result.relation,
        "reference": result.reference,
        "edtf": result.edtf,
        "offset_start": found.start,
        "offset_end": found.end,
    }


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()
