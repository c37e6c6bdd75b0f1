"""From an expression's words to its Rule, once per distinct expression and language.

The result depends only on the normalised text and the language, never on the anchor, so it
is cached; resolving it against each anchor is cheap date arithmetic (rules.resolve).
"""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from timeline.dates import detect, fallback
from timeline.dates.grammar import GRAMMARS, NEUTRAL, prefilter
from timeline.dates.grammar.base import Grammar, NotADate, assemble
from timeline.dates.rules import Rule

CACHE_SIZE = 32768
# Quotes and punctuation around an expression are not part of it; a final "." may be ("r.").
EDGE = ' ,;:!?"„”“«»()[]'
HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Compiled:
    """An expression read in a language: a rule, or the reason there is none."""

    lang: str | None
    rule: Rule | None
    reason: str = ""


def normalised_key(text: str) -> str:
    """The cache key of an expression whose whitespace is already collapsed: lower case,
    keeping every character's position, so that offsets found in the key (the referenced
    phrase) are offsets in the expression."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=CACHE_SIZE)
def compile_expression(key: str, lang: str | None) -> Compiled:
    """The rule for an expression already normalised by normalised_key, in `lang` (None:
    detect). Cached: call it with keys, never with raw user text."""
    if lang is not None:
        return _compile_in(key, GRAMMARS[lang])
    ranked = detect.rank_languages(key)
    for code in ranked:
        compiled = _compile_in(key, GRAMMARS[code], use_fallback=False)
        if compiled.rule is not None:
            return compiled
    if not ranked:
        compiled = _compile_in(key, NEUTRAL, use_fallback=False)
        return replace(compiled, lang=None)
    # No grammar read it: let the most likely language's dateparser try.
    return _compile_in(key, GRAMMARS[ranked[0]])


def _compile_in(key: str, grammar: Grammar, use_fallback: bool = True) -> Compiled:
    lang = grammar.code or None
    text, offset = _trim(key)
    if not text:
        return Compiled(lang, None, "the expression is empty")
    try:
        rule = parse_phrase(text, grammar, offset)
    except NotADate as exc:
        return Compiled(lang, None, f"not a calendar date: {exc}")
    if rule is not None:
        return Compiled(lang, rule)
    if use_fallback and lang:
        rule = fallback.parse_absolute(text, lang, grammar)
        if rule is not None:
            return Compiled(lang, rule)
    if not HAS_LETTER.search(text) and not re.search(r"\d.*[./-]\d", text):
        return Compiled(lang, None, "a number or an amount, not a date")
    return Compiled(lang, None, "not a date expression the engine understands")


def parse_phrase(text: str, grammar: Grammar, offset: int = 0) -> Rule | None:
    """The rule of a whole phrase (already trimmed and lower case), or None.

    offset is the phrase's position in the original expression, for the referenced phrase of
    "before"/"after" forms. Raises NotADate for a date-shaped phrase naming no date.
    """
    rule = _whole(text, grammar, offset)
    if rule is not None:
        return rule
    stripped = _strip_words(text, grammar)
    if stripped:
        rule = _whole(text[stripped:], grammar, offset + stripped)
        if rule is not None:
            return rule
    if text.endswith(".") and len(text) > 1:
        rule = _whole(text[:-1].rstrip(), grammar, offset)
        if rule is not None:
            return rule
    rule = _relation(text, grammar, offset) or bound(text, grammar, offset)
    rule = rule or since(text, grammar, offset)
    if rule is None and text.endswith(".") and len(text) > 1:
        trimmed = text[:-1].rstrip()
        rule = bound(trimmed, grammar, offset) or since(trimmed, grammar, offset)
    return rule


# What an upper bound may point at: one calendar unit or named period, not a stretch that is
# itself open ("until recently") or a range.
BOUNDABLE = ("fixed", "pick", "unit", "decade")


def bound(text: str, grammar: Grammar, offset: int = 0) -> Rule | None:
    """The rule of "by X" or "until X" for any date X, as the deadline productions read it.

    "until X" is not "by X" (something lasts up to X, rather than happens by it), but the
    engine stores no duration: what both say about when the event lies is that it lies no
    later than the end of X, X included. So both are relation "before" the unit right after
    X (rules.Rule.deadline). "the end of X" names X itself; an event after the word ("do
    czasu wyborów") is an event relation like "before the election".
    """
    if not grammar.bounds:
        return None
    if "bound" not in grammar.compiled:
        after = r"(?:\s+|(?<=['’]))"
        grammar.compiled["bound"] = re.compile(
            rf"(?:{grammar.bounds}){after}(?P<rest>\S.*)", re.IGNORECASE
        )
        grammar.compiled["ends"] = re.compile(rf"(?:{grammar.ends}){after}", re.IGNORECASE)
    match = grammar.compiled["bound"].fullmatch(text)
    if match is None:
        return None
    rest = match.group("rest")
    span = (offset + match.start("rest"), offset + len(text))
    inner = _whole(rest, grammar)
    if inner is None and grammar.ends:
        end = grammar.compiled["ends"].match(rest)
        if end is not None and end.end() < len(rest):
            inner = _whole(rest[end.end() :], grammar)
    if inner is not None:
        if inner.kind not in BOUNDABLE or inner.unit == "months" or inner.relation is not None:
            return None
        # The late part of a unit ends where the unit does.
        part = None if inner.part == "late" else inner.part
        return replace(inner, part=part, relation="before", deadline=True, ref_span=span)
    if grammar.event_head and re.search(grammar.event_head, rest, re.IGNORECASE):
        return Rule("event", relation="before", ref_span=span)
    return None


# What a "since" may start from: a calendar unit, a named period, a century; never an open
# stretch of its own ("since before 2010") or a window ("since the past two years").
SINCEABLE = ("fixed", "pick", "unit", "decade", "span")


def since(text: str, grammar: Grammar, offset: int = 0) -> Rule | None:
    """The rule of "since X" for a date X: from the start of X to the anchor.

    The stretch is what the words say about when the thing lies ("prices have risen since
    May": May up to the story's day). "the end of X" starts at X's late part ("depuis la fin
    2013"). An event after the word is left to the event phrases.
    """
    if not grammar.since:
        return None
    if "since" not in grammar.compiled:
        grammar.compiled["since"] = re.compile(
            rf"(?:{grammar.since})\s+(?P<rest>\S.*)", re.IGNORECASE
        )
        grammar.compiled["since_ends"] = (
            re.compile(rf"(?:{grammar.ends})\s+", re.IGNORECASE) if grammar.ends else None
        )
    match = grammar.compiled["since"].fullmatch(text)
    if match is None:
        return None
    rest = match.group("rest")
    inner = _whole(rest, grammar)
    if inner is None:
        stripped = _strip_words(rest, grammar)
        inner = _whole(rest[stripped:], grammar) if stripped else None
    ends = grammar.compiled["since_ends"]
    if inner is None and ends is not None:
        end = ends.match(rest)
        if end is not None and end.end() < len(rest):
            inner = _whole(rest[end.end() :], grammar)
            if inner is not None and inner.part is None:
                inner = replace(inner, part="late")
    if inner is None or inner.kind not in SINCEABLE or inner.relation is not None:
        return None
    if inner.unit == "months" or inner.deadline:
        return None
    return Rule("since", first=inner)


def _whole(text: str, grammar: Grammar, offset: int = 0) -> Rule | None:
    error = None
    for prod in prefilter.index_of(grammar).candidates(text):
        match = prod.regex.fullmatch(text)
        if match is None:
            continue
        try:
            rule = assemble(prod, match.groupdict(), grammar.vocab)
        except NotADate as exc:
            error = error or exc
            continue
        except KeyError:
            # A word the pattern admits but the vocabulary cannot place: not this production.
            continue
        if match.re.groupindex.get("ref") and match.group("ref") is not None:
            # A deadline points at the date phrase after its "by", "do", "bis".
            rule = replace(rule, ref_span=(offset + match.start("ref"), offset + match.end("ref")))
        return rule
    if error is not None:
        raise error
    return None


def _relation(text: str, grammar: Grammar, offset: int) -> Rule | None:
    pattern = grammar.compiled.get("relation")
    if pattern is None:
        if not grammar.relations:
            return None
        alternation = "|".join(sorted(grammar.relations, key=len, reverse=True))
        pattern = re.compile(rf"(?P<word>{alternation})\s+(?P<rest>\S.*)", re.IGNORECASE)
        grammar.compiled["relation"] = pattern
    match = pattern.fullmatch(text)
    if match is None:
        return None
    relation = grammar.relations[re.sub(r"\s+", " ", match.group("word").lower())]
    rest_start = offset + match.start("rest")
    span = (rest_start, rest_start + len(match.group("rest")))
    inner = _whole(match.group("rest"), grammar)
    if inner is not None and inner.relation is None and inner.kind != "event":
        return replace(inner, relation=relation, ref_span=span)
    # The phrase is known to be a date expression, so an event noun anywhere after the
    # relation word will do ("before last year's F8 conference").
    if grammar.event_head and re.search(grammar.event_head, match.group("rest"), re.IGNORECASE):
        return Rule("event", relation=relation, ref_span=span)
    return None


def _strip_words(text: str, grammar: Grammar) -> int:
    """How many leading characters are fillers or prepositions ("około", "in") to skip."""
    pattern = grammar.compiled.get("lead")
    if pattern is None:
        words = "|".join(w for w in (grammar.fillers, grammar.prepositions) if w)
        if not words:
            return 0
        pattern = re.compile(rf"(?:(?:{words})\s+)+", re.IGNORECASE)
        grammar.compiled["lead"] = pattern
    match = pattern.match(text)
    return match.end() if match else 0


def _trim(key: str) -> tuple[str, int]:
    key = key.replace("’", "'")
    stripped = key.strip(EDGE)
    return stripped, key.find(stripped) if stripped else 0
