"""Words that qualify an amount: "nawet 87 mln", "more than 12", "ok. 300".

Each phrase maps to one of the qualifiers of :data:`QUALIFIERS`. "Prawie",
"niemal", "nearly" and "almost" are read as ``approx``: the figure is a close
estimate, not a bound a fact-checker could test on its own.
"""

from __future__ import annotations

import re

__all__ = ["QUALIFIERS", "qualifier_before"]

QUALIFIERS = ("exact", "approx", "up_to", "at_most", "less_than", "at_least", "more_than")

_PHRASES = {
    "approx": """
        około|ok.|ok|blisko|prawie|niemal|niemalże|mniej więcej|szacunkowo|
        rzędu|w przybliżeniu|przeszło około|
        about|around|roughly|approximately|approx.|nearly|almost|some|
        close to|an estimated|estimated|circa|ca.|~|≈
    """,
    "up_to": """
        nawet|nawet do|aż|aż do|do nawet|
        up to|as many as|as much as|as high as
    """,
    "more_than": """
        ponad|przeszło|powyżej|więcej niż|grubo ponad|o ponad|
        more than|over|above|upwards of|in excess of|just over|well over|>
    """,
    "at_least": """
        co najmniej|przynajmniej|minimum|nie mniej niż|
        at least|no fewer than|no less than|a minimum of|≥|>=
    """,
    "at_most": """
        maksymalnie|najwyżej|co najwyżej|nie więcej niż|maksimum|
        at most|no more than|not more than|a maximum of|up to a maximum of|≤|<=
    """,
    "less_than": """
        mniej niż|poniżej|niespełna|niecałe|niecały|niecałych|
        less than|fewer than|under|below|just under|just below|<
    """,
}

_BY_PHRASE: dict[str, str] = {}
for _qualifier, _block in _PHRASES.items():
    for _phrase in _block.split("|"):
        _phrase = " ".join(_phrase.split())
        if _phrase:
            _BY_PHRASE[_phrase] = _qualifier


def _phrase_pattern(phrase: str) -> str:
    body = re.escape(phrase).replace(r"\ ", r"\s+")
    if phrase[0].isalpha():
        # Whole words only: "over" must not match the end of "Hanover".
        body = r"(?<![^\W\d_])" + body
    return body


_QUALIFIER_RE = re.compile(
    r"(?P<phrase>"
    + "|".join(_phrase_pattern(p) for p in sorted(_BY_PHRASE, key=len, reverse=True))
    + r")[ \u00a0]*\Z",
    re.IGNORECASE,
)
_WINDOW = 32


def qualifier_before(text: str, position: int) -> tuple[str, int] | None:
    """The qualifier written just before ``position`` and where it starts.

    Only whitespace may separate the phrase from the amount (or nothing, for
    symbols such as "~").
    """
    floor = max(0, position - _WINDOW)
    window = text[floor:position]
    match = _QUALIFIER_RE.search(window)
    if match is None:
        return None
    phrase = " ".join(match.group("phrase").lower().split())
    if phrase[-1].isalpha() and match.end("phrase") == len(window):
        # A word glued to the number ("ok300") is not a qualifier.
        return None
    return _BY_PHRASE[phrase], floor + match.start("phrase")
