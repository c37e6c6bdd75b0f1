"""Claim extraction: draft candidate claims from pasted news articles.

Pure Python, no Django. The public API:

    extract_candidates(text, anchor, lang=None, country=None) -> list[Candidate]
    split_sentences(text) -> list[Span]
    find_quantities(text, lang, exclude=(), country=None) -> list[Quantity]
    find_entities(text, lang) -> list[Entity]
    detect_language(text) -> str | None

See docs/extraction.md for what is extracted, the rules and the limits.
"""

from .candidates import MAX_TEXT_CHARS, Candidate, ExtractionError, check_text, extract_candidates
from .entities import ENTITY_KINDS, Entity, find_entities
from .language import SUPPORTED_LANGUAGES, detect_language
from .qualifiers import QUALIFIERS
from .quantities import Quantity, find_quantities
from .sentences import Span, split_sentences

__all__ = [
    "ENTITY_KINDS",
    "MAX_TEXT_CHARS",
    "QUALIFIERS",
    "SUPPORTED_LANGUAGES",
    "Candidate",
    "Entity",
    "ExtractionError",
    "Quantity",
    "Span",
    "check_text",
    "detect_language",
    "extract_candidates",
    "find_entities",
    "find_quantities",
    "split_sentences",
]
