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


_MAX_PHRASE_WORDS = max(len(p.split()) for p in _BY_PHRASE)
_SYMBOLS = sorted((p for p in _BY_PHRASE if not p[0].isalpha()), key=len, reverse=True)
_TOKEN_RE = re.compile(r"\S+")
_OPENING_MARKS = "(„“\"'«["
_WINDOW = 40
_EXCEED_WORDS = ("przekr", "exceed", "surpass", "topped", "tops", "passe", "cross")


# Polish "do" means "up to" after a penalty ("kara do 20 mln euro", "grozi
# mu do 5 lat") but "to" after a verb of change ("wzrosła do 5 proc."), so it
# is read only in the first kind of context.
_UP_TO_DO_RE = re.compile(
    r"(?<![^\W\d_])(?:kar[aąęy]?|kary|grzywn\w*|grozi\w*(?:[ \u00a0]+\w+)?)"
    r"[ \u00a0]+(?P<phrase>do)[ \u00a0]+\Z",
    re.IGNORECASE,
)
_COORDINATED_DO_RE = re.compile(
    r"(?<![^\W\d_])(?:lub|albo|oraz|i)[ \u00a0]+(?P<phrase>do)[ \u00a0]+\Z", re.IGNORECASE
)
_DO_RE = re.compile(r"(?<![^\W\d_])do[ \u00a0]+", re.IGNORECASE)
_COORDINATION_REACH = 60

# Verbs of exceeding state a lower bound; negated ("nie może przekroczyć",
# "must not exceed") they state an upper one.
_EXCEED_RE = re.compile(
    r"(?<![^\W\d_])(?P<phrase>przekroczy\w*|przekracza\w*|exceed\w*|topped|tops|surpass\w*)"
    r"[ \u00a0]+\Z",
    re.IGNORECASE,
)
# "Passed" and "crossed" state a threshold only before a round figure
# ("passed 50 million subscribers"); "passed 3 bills" counts bills.
_PASSED_RE = re.compile(
    r"(?<![^\W\d_])(?P<phrase>passed|passes|crossed|crosses)[ \u00a0]+\Z", re.IGNORECASE
)
_THRESHOLD_AFTER_RE = re.compile(
    r"[$€£]?\d[\d.,]*[ \u00a0]*(?:%|percent|per\s+cent|thousand|million|billion|trillion|bn|m\b|k\b)",
    re.IGNORECASE,
)
_NEGATION_RE = re.compile(
    r"(?<![^\W\d_])(?:nie|not|never|cannot|can't|won't|mustn't)(?:[ \u00a0]+\S+)?[ \u00a0]+\Z",
    re.IGNORECASE,
)


def qualifier_before(text: str, position: int) -> tuple[str, int] | None:
    """The qualifier written just before ``position`` and where it starts.

    Only whitespace may separate the phrase from the amount (or nothing, for
    symbols such as "~").
    """
    floor = max(0, position - _WINDOW)
    window = text[floor:position]
    tokens = [(m.start(), m.group(0)) for m in _TOKEN_RE.finditer(window)]
    if tokens and floor > 0 and tokens[0][0] == 0 and not text[floor - 1].isspace():
        tokens = tokens[1:]  # a word cut in half by the window
    if not tokens:
        return None
    if not window[-1].isspace():
        # Glued to the number: only a symbol ("~300") qualifies it.
        offset, last = tokens[-1]
        for symbol in _SYMBOLS:
            if last.endswith(symbol):
                return _BY_PHRASE[symbol], floor + offset + len(last) - len(symbol)
        return None
    # Phrases are looked up by their words, longest first, so "no more than"
    # wins over "more than".
    for count in range(min(_MAX_PHRASE_WORDS, len(tokens)), 0, -1):
        offset, first = tokens[-count]
        bare = first.lstrip(_OPENING_MARKS)
        phrase = " ".join([bare] + [t for _, t in tokens[len(tokens) - count + 1 :]]).lower()
        if phrase in _BY_PHRASE:
            return _BY_PHRASE[phrase], floor + offset + len(first) - len(bare)
    last = tokens[-1][1].lower()
    if last == "do":
        return _up_to_do(text, window, floor)
    if last.startswith(_EXCEED_WORDS):
        return _exceeding(text, window, floor, position)
    return None


def _up_to_do(text: str, window: str, floor: int) -> tuple[str, int] | None:
    match = _UP_TO_DO_RE.search(window)
    if match is not None:
        return "up_to", floor + match.start("phrase")
    match = _COORDINATED_DO_RE.search(window)
    if match is not None:
        # "kara do 20 mln euro lub do 4 proc. obrotu": the second "do" shares
        # the first one's reading.
        start = floor + match.start("phrase")
        earlier = text[max(0, start - _COORDINATION_REACH) : start]
        if any(_UP_TO_DO_RE.search(earlier, 0, m.end()) for m in _DO_RE.finditer(earlier)):
            return "up_to", start
    return None


def _exceeding(text: str, window: str, floor: int, position: int) -> tuple[str, int] | None:
    match = _EXCEED_RE.search(window) or _PASSED_RE.search(window)
    if match is None:
        return None
    if match.re is _PASSED_RE and not _THRESHOLD_AFTER_RE.match(text, position):
        return None
    start = floor + match.start("phrase")
    if _NEGATION_RE.search(text, max(0, start - 24), start):
        return "at_most", start
    return "more_than", start
