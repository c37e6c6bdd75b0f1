"""The grammars of the languages the engine reads, by ISO 639-1 code."""

from timeline.dates.grammar import de, en, es, fr, pl
from timeline.dates.grammar.base import Grammar, tokens_for
from timeline.dates.grammar.numeric import numeric_productions

GRAMMARS: dict[str, Grammar] = {
    g.code: g for g in (pl.GRAMMAR, en.GRAMMAR, de.GRAMMAR, fr.GRAMMAR, es.GRAMMAR)
}

# For an expression in no recognisable language: digits only, read day first.
NEUTRAL = Grammar(
    code="",
    vocab={},
    productions=numeric_productions(tokens_for({})),
    relations={},
    prepositions="",
)
