"""Words that qualify an amount: "nawet 87 mln", "more than 12", "ok. 300".

Each phrase maps to one of the qualifiers of :data:`QUALIFIERS`. "Prawie",
"niemal", "nearly" and "almost" (and "fast", "presque", "casi") are read as
``approx``: the figure is a close estimate, not a bound a fact-checker could
test on its own. "Knapp" is ``less_than`` like "niespełna" and "just under".

Polish and English share one table, as they always have; German, French and
Spanish each have their own, so that "fast" or "gut" in English copy never
qualify an amount.
"""

from __future__ import annotations

import re

__all__ = ["QUALIFIERS", "qualifier_before"]

QUALIFIERS = ("exact", "approx", "up_to", "at_most", "less_than", "at_least", "more_than")

_PHRASES = {
    "approx": """
        około|ok.|ok|blisko|prawie|niemal|niemalże|mniej więcej|szacunkowo|
        rzędu|w przybliżeniu|przeszło około|w okolice|w okolicach|w okolicy|
        zbliżonym do|zbliżony do|zbliżonego do|zbliżonej do|zbliżona do|
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

# Symbols read the same in every language.
_SYMBOL_PHRASES = {
    "approx": "~|≈",
    "more_than": ">",
    "at_least": "≥|>=",
    "at_most": "≤|<=",
    "less_than": "<",
}
_DE_PHRASES = {
    "approx": """
        rund|etwa|ca.|circa|zirka|ungefähr|annähernd|schätzungsweise|fast|
        beinahe|nahezu|an die|um die|rd.
    """,
    "up_to": "bis zu|sogar|sogar bis zu",
    "more_than": """
        mehr als|über|weit über|gut|knapp über|deutlich mehr als|
        deutlich über|oberhalb von
    """,
    "at_least": "mindestens|wenigstens|nicht weniger als|zumindest",
    "at_most": "höchstens|maximal|nicht mehr als|allenfalls",
    "less_than": "weniger als|unter|knapp|knapp unter|unterhalb von",
}
# French elides "de" before a vowel ("plus d'un million"): those phrases end
# in an apostrophe and touch the number.
_FR_PHRASES = {
    "approx": """
        environ|env.|près de|près d'|quelque|à peu près|autour de|autour d'|
        approximativement|presque|pratiquement|quasiment|de l'ordre de|
        de l'ordre d'|aux alentours de|aux alentours d'|grosso modo
    """,
    "up_to": "jusqu'à|jusqu'à près de|même",
    "more_than": """
        plus de|plus d'|un peu plus de|un peu plus d'|bien plus de|
        bien plus d'|au-delà de|au-delà d'|largement plus de
    """,
    "at_least": "au moins|pas moins de|pas moins d'|au minimum|un minimum de",
    "at_most": "au plus|au maximum|tout au plus|pas plus de|pas plus d'|un maximum de",
    "less_than": "moins de|moins d'|un peu moins de|un peu moins d'",
}
# Spanish puts an article before a percentage ("más de un 30 %", "menos del
# 3 %"); the phrases below also read with it.
_ES_PHRASES = {
    "approx": """
        alrededor de|cerca de|casi|unos|unas|aproximadamente|aprox.|
        en torno a|en torno al|del orden de|prácticamente|aproximadamente unos
    """,
    "up_to": "hasta|incluso|hasta unos",
    "more_than": "más de|por encima de|por encima del|bastante más de|muy por encima de",
    "at_least": "al menos|por lo menos|como mínimo|no menos de|un mínimo de",
    "at_most": "como máximo|a lo sumo|no más de|un máximo de|como mucho",
    "less_than": "menos de|por debajo de|por debajo del",
}
_ES_ARTICLE_BEFORE_AMOUNT = ("un", "una")


def _table(blocks: dict[str, str], article_variants: tuple[str, ...] = ()) -> dict[str, str]:
    table: dict[str, str] = {}
    for qualifier, block in blocks.items():
        for phrase in block.split("|"):
            phrase = " ".join(phrase.replace("’", "'").split())
            if not phrase:
                continue
            table[phrase] = qualifier
            for article in article_variants:
                table.setdefault(f"{phrase} {article}", qualifier)
                if phrase.endswith(" de"):
                    # "más del 50 %": "de" and "el" contracted.
                    table.setdefault(f"{phrase}l", qualifier)
    return table


_BY_PHRASE = _table(_PHRASES)
_SYMBOL_TABLE = _table(_SYMBOL_PHRASES)
_BY_LANG = {
    "de": {**_SYMBOL_TABLE, **_table(_DE_PHRASES)},
    "fr": {**_SYMBOL_TABLE, **_table(_FR_PHRASES)},
    "es": {**_SYMBOL_TABLE, **_table(_ES_PHRASES, _ES_ARTICLE_BEFORE_AMOUNT)},
}
_MAX_WORDS = {lang: max(len(p.split()) for p in table) for lang, table in _BY_LANG.items()}
_MAX_PHRASE_WORDS = max(len(p.split()) for p in _BY_PHRASE)
_SYMBOLS = sorted((p for p in _BY_PHRASE if not p[0].isalpha()), key=len, reverse=True)
_ELISIONS = ("'", "’")
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


def qualifier_before(text: str, position: int, lang: str = "") -> tuple[str, int] | None:
    """The qualifier written just before ``position`` and where it starts.

    Only whitespace may separate the phrase from the amount (or nothing, for
    symbols such as "~" and French elisions such as "plus d'").
    """
    floor = max(0, position - _WINDOW)
    window = text[floor:position]
    tokens = [(m.start(), m.group(0)) for m in _TOKEN_RE.finditer(window)]
    if tokens and floor > 0 and tokens[0][0] == 0 and not text[floor - 1].isspace():
        tokens = tokens[1:]  # a word cut in half by the window
    if not tokens:
        return None
    table = _BY_LANG.get(lang)
    if not window[-1].isspace():
        # Glued to the number: only a symbol ("~300") or an elided "de"
        # ("plus d'un million") qualifies it.
        offset, last = tokens[-1]
        if table is not None and last.endswith(_ELISIONS):
            return _phrase_before(tokens, floor, table, _MAX_WORDS[lang])
        for symbol in _SYMBOLS:
            if last.endswith(symbol):
                return _BY_PHRASE[symbol], floor + offset + len(last) - len(symbol)
        return None
    if table is not None:
        found = _phrase_before(tokens, floor, table, _MAX_WORDS[lang])
        return found if found is not None else _exceeding_foreign(text, window, floor)
    found = _phrase_before(tokens, floor, _BY_PHRASE, _MAX_PHRASE_WORDS)
    if found is not None:
        return found
    last = tokens[-1][1].lower()
    if last == "do":
        return _up_to_do(text, window, floor)
    if last.startswith(_EXCEED_WORDS):
        return _exceeding(text, window, floor, position)
    return None


def _phrase_before(
    tokens: list[tuple[int, str]], floor: int, table: dict[str, str], max_words: int
) -> tuple[str, int] | None:
    """The longest phrase of ``table`` made of the last tokens, so that "no
    more than" wins over "more than"."""
    for count in range(min(max_words, len(tokens)), 0, -1):
        offset, first = tokens[-count]
        bare = first.lstrip(_OPENING_MARKS)
        words = [bare] + [t for _, t in tokens[len(tokens) - count + 1 :]]
        phrase = " ".join(words).lower().replace("’", "'")
        if phrase in table:
            return table[phrase], floor + offset + len(first) - len(bare)
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


# Verbs of exceeding in German, French and Spanish: "überstieg 5 Mio.",
# "dépasse 10 %", "superó los 300"; negated, they state an upper bound.
_FOREIGN_EXCEED_RE = re.compile(
    r"(?<![^\W\d_])(?P<phrase>übersteig\w*|überstieg\w*|überschr\w*|übertr[aie]f\w*|"
    r"dépass\w*|supera\w*|super[óo]\w*|sobrepas\w*)"
    r"(?:[ \u00a0]+(?:les|los|las|el|la|die|den|der))?[ \u00a0]+\Z",
    re.IGNORECASE,
)
_FOREIGN_NEGATION_RE = re.compile(
    r"(?<![^\W\d_])(?:nicht|nie|kein\w*|pas|jamais|no|nunca)(?:[ \u00a0]+\S+)?[ \u00a0]+\Z",
    re.IGNORECASE,
)


def _exceeding_foreign(text: str, window: str, floor: int) -> tuple[str, int] | None:
    match = _FOREIGN_EXCEED_RE.search(window)
    if match is None:
        return None
    start = floor + match.start("phrase")
    if _FOREIGN_NEGATION_RE.search(text, max(0, start - 24), start):
        return "at_most", start
    return "more_than", start
