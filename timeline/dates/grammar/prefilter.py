"""Which productions of a grammar can match a phrase, so that most are never tried.

A phrase is read by the first production, in the grammar's order, whose pattern matches the
whole of it. With a hundred or more productions per language, trying them in turn was most of
the cost of reading an expression the engine had not seen. Each pattern is analysed once for
the characters a match can start with and the characters every match contains (a digit
standing for any digit); a phrase then tries only the productions that admit its first
character and whose required characters it has, still in the grammar's order, so the
first-match rule is unchanged.

The analysis reads the pattern as the `re` module parses it. It is conservative: where it
cannot tell (a wide class, a construct it does not know, a parse it cannot make) it admits
more productions, never fewer. The tests compare the filtered reading with the plain one.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

# The parse tree of `re` patterns, as Python 3.11 lays it out.
from re import _constants as C
from re import _parser as P
from re._casefix import _EXTRA_CASES as EXTRA_CASES
from typing import NamedTuple

# A class wider than this many code points admits any character.
WIDE = 512
DIGIT = re.compile(r"\d")
# Stands for "some digit" among required characters; two characters, so no literal is it.
ANY_DIGIT = "\\d"
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


class Unknown(Exception):
    """The analysis cannot bound what this part of a pattern matches."""


@lru_cache(maxsize=4096)
def _forms(char: str) -> frozenset[str]:
    """The lower-case characters that an IGNORECASE pattern's `char` matches: its lower
    case and the few `re` also counts as equal ("s" and "ſ", "i" and "ı"). Phrases are
    lower case (Index.candidates checks), so no upper-case form is needed."""
    lower = char.lower() if len(char.lower()) == 1 else char
    return frozenset({char, lower, *map(chr, EXTRA_CASES.get(ord(lower), ()))})


# --- the characters a match can start or end with ----------------------------------------


def _class_first(items) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out |= _forms(chr(av))
        elif op is C.RANGE:
            low, high = av
            if high - low > WIDE:
                raise Unknown
            for point in range(low, high + 1):
                out |= _forms(chr(point))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            # Other scripts' digits are outside every start index, so they try everything.
            out |= set("0123456789")
        else:
            raise Unknown
    return out


def _first(items, backwards: bool = False) -> tuple[set[str], bool]:
    """(characters a match of the sequence can start with, or with `backwards` end with;
    whether it can match nothing)."""
    chars: set[str] = set()
    for op, av in reversed(items) if backwards else items:
        first, empty = _first_of(op, av, backwards)
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _first_of(op, av, backwards: bool) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return set(_forms(chr(av))), False
    if op is C.IN:
        return _class_first(av), False
    if op is C.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            first, branch_empty = _first(branch, backwards)
            chars |= first
            empty = empty or branch_empty
        return chars, empty
    if op is C.SUBPATTERN:
        return _first(av[3], backwards)
    if op is C.ATOMIC_GROUP:
        return _first(av, backwards)
    if op in REPEATS:
        low, _high, inner = av
        first, empty = _first(inner, backwards)
        return first, empty or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    raise Unknown


# --- the characters every match contains -------------------------------------------------


def _class_needs(items) -> set[str]:
    try:
        chars = _class_first(items)
    except Unknown:
        return set()
    if chars and chars <= set("0123456789"):
        return {ANY_DIGIT}
    lower = {char.lower()[:1] for char in chars}
    return lower if len(lower) == 1 else set()


def _needs(items) -> set[str]:
    needed: set[str] = set()
    for op, av in items:
        needed |= _needs_of(op, av)
    return needed


def _needs_of(op, av) -> set[str]:
    if op is C.LITERAL:
        return {chr(av).lower()[:1]}
    if op is C.IN:
        return _class_needs(av)
    if op is C.CATEGORY:
        return {ANY_DIGIT} if av is C.CATEGORY_DIGIT else set()
    if op is C.BRANCH:
        return set.intersection(*(_needs(branch) for branch in av[1]))
    if op is C.SUBPATTERN:
        return _needs(av[3])
    if op is C.ATOMIC_GROUP:
        return _needs(av)
    if op in REPEATS:
        low, _high, inner = av
        return _needs(inner) if low > 0 else set()
    return set()


class Analysis(NamedTuple):
    """What every match of one pattern has in common."""

    starts: frozenset[str] | None  # the characters a match can start with; None for any
    ends: frozenset[str] | None  # the characters a match can end with; None for any
    needs: frozenset[str]  # the characters every match contains, lower case, ANY_DIGIT for a digit


def analyse(pattern: re.Pattern) -> Analysis:
    tree = _tree(pattern)
    if tree is None:  # pragma: no cover - a pattern `re` compiled always parses
        return Analysis(None, None, frozenset())
    return Analysis(_edge(tree), _edge(tree, backwards=True), frozenset(_needs(tree)))


def _tree(pattern: re.Pattern):
    try:
        return P.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern `re` compiled always parses
        return None


def _edge(tree, backwards: bool = False) -> frozenset[str] | None:
    try:
        chars, empty = _first(tree, backwards)
    except Unknown:
        return None
    return None if empty else frozenset(chars)


# Most phrases share a few shapes, so the same few sets of productions recur; past this many
# the lists are made afresh rather than kept.
KEPT_LISTS = 4096


@dataclass(frozen=True, slots=True)
class Index:
    """Bit i stands for production i; a mask is a set of productions."""

    productions: tuple
    every: int
    # first character -> the productions that may start with it; others try `every`.
    starts: dict[str, int]
    # last character -> the productions that may end with it; others try `every`.
    ends: dict[str, int]
    # (the characters that satisfy a requirement, the productions that have it).
    needs: tuple[tuple[frozenset[str], int], ...]
    digits: int
    # (first, last character) -> (the productions they admit, the requirements bearing on
    # those), worked out on first use.
    edges: dict = field(default_factory=dict)
    # mask -> its productions in the grammar's order.
    lists: dict = field(default_factory=dict)

    def candidates(self, text: str) -> tuple:
        """The productions that may match the whole of `text`, in the grammar's order."""
        if text != text.lower():
            # The index knows lower-case forms only; a phrase with a character that has no
            # one-letter lower case ("İ") tries every production.
            return self.productions
        mask, needs = self._admitted(text[:1], text[-1:])
        present = set(text)
        for chars, needing in needs:
            if mask & needing and present.isdisjoint(chars):
                mask &= ~needing
        if mask & self.digits and DIGIT.search(text) is None:
            mask &= ~self.digits
        return self._listed(mask)

    def _admitted(self, first: str, last: str) -> tuple[int, tuple]:
        # A character no production names admits what no character at all would.
        first = first if first in self.starts else ""
        last = last if last in self.ends else ""
        found = self.edges.get((first, last))
        if found is None:
            mask = self.starts.get(first, self.every) & self.ends.get(last, self.every)
            needs = tuple(need for need in self.needs if need[1] & mask)
            found = self.edges[first, last] = (mask, needs)
        return found

    def _listed(self, mask: int) -> tuple:
        listed = self.lists.get(mask)
        if listed is None:
            listed = tuple(p for n, p in enumerate(self.productions) if mask >> n & 1)
            if len(self.lists) < KEPT_LISTS:
                self.lists[mask] = listed
        return listed


def build(productions) -> Index:
    productions = tuple(productions)
    every = (1 << len(productions)) - 1
    starts_of, ends_of, needing, digits = [], [], {}, 0
    for number, prod in enumerate(productions):
        analysis = analyse(prod.regex)
        starts_of.append(analysis.starts)
        ends_of.append(analysis.ends)
        for char in analysis.needs:
            if char == ANY_DIGIT:
                digits |= 1 << number
            else:
                needing[char] = needing.get(char, 0) | 1 << number
    # The rarest requirements first: they rule out the most productions soonest.
    needs = tuple(
        sorted(
            ((_forms(char), mask) for char, mask in needing.items()),
            key=lambda item: item[1].bit_count(),
        )
    )
    return Index(
        productions, every, _by_character(starts_of), _by_character(ends_of), needs, digits
    )


def _by_character(sets_of: list[frozenset[str] | None]) -> dict[str, int]:
    """character -> the productions whose set holds it, or that admit any (None)."""
    by_char = {}
    for char in set().union(*(s for s in sets_of if s is not None)):
        mask = 0
        for number, chars in enumerate(sets_of):
            if chars is None or char in chars:
                mask |= 1 << number
        by_char[char] = mask
    return by_char


def index_of(grammar) -> Index:
    """The grammar's index, built on first use."""
    index = grammar.compiled.get("prefilter")
    if index is None or len(index.productions) != len(grammar.productions):
        index = grammar.compiled["prefilter"] = build(grammar.productions)
    return index
