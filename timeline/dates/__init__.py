"""Chronicle's date engine: date expressions as written in sources, read as honest intervals.

Pure Python, no Django. The public API:

    normalise(text, anchor, lang=None) -> DateResult
    find_dates(text, anchor, lang, story=None) -> list[FoundDate]
    Story: the period an article names, carried from sentence to sentence
    label(start, end, granularity, lang, relation=None) -> str
    ENGINE_VERSION

See docs/dates.md for the contract and the reading of every kind of expression.
"""

from timeline.dates.engine import normalise
from timeline.dates.finder import find_dates
from timeline.dates.labels import label
from timeline.dates.parsing import compile_expression
from timeline.dates.result import DateResult, FoundDate
from timeline.dates.story import Story

# Stored on every normalised row. Bump it whenever any expression's result changes (a new
# phrase read, a reading corrected), so that rows computed by an older engine can be found
# and normalised again.
ENGINE_VERSION = "1.9.1"


def cache_info():
    """Hits, misses and size of the per-expression cache (functools.lru_cache statistics)."""
    return compile_expression.cache_info()


__all__ = [
    "ENGINE_VERSION",
    "DateResult",
    "FoundDate",
    "Story",
    "cache_info",
    "find_dates",
    "label",
    "normalise",
]
