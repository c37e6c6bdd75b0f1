"""What the engine answers: a normalised date, and a date found in running text."""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateResult:
    """The reading of one expression.

    status is "parsed" (start, end and granularity are set), "unparsed" (the text is not a
    date the engine can place; reason says why) or "error" (the request itself was unusable:
    text not a string, unknown language, malformed anchor). relation is "before" or "after"
    for "przed kwietniem 2017" / "after the leak was revealed"; reference is the phrase the
    relation points at. When a relation points at a date, start and end are that date's
    interval, not the open interval before or after it; for a deadline ("by the end of 2017")
    they are the unit right after it (2018), so that the deadline itself is included.
    """

    text: str
    lang: str | None
    status: str
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: str | None = None
    edtf: str | None = None
    reason: str = ""
    relation: str | None = None
    reference: str | None = None

    def to_dict(self) -> dict:
        """JSON-friendly values: dates as ISO strings, everything else as is."""
        return {
            "text": self.text,
            "lang": self.lang,
            "status": self.status,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
            "edtf": self.edtf,
            "reason": self.reason,
            "relation": self.relation,
            "reference": self.reference,
        }


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date expression found in running text: text == source[start:end]."""

    start: int
    end: int
    text: str
    result: DateResult
