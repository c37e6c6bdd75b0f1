"""Language detection for pasted articles.

Uses lingua restricted to the languages Chronicle handles. The detector is
built once, on first use, and only the first :data:`SAMPLE_CHARS` characters
are examined: an article's language is settled by its opening paragraphs,
and the cost stays flat however long the text is.
"""

from __future__ import annotations

import threading

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["MIN_CONFIDENCE", "SAMPLE_CHARS", "SUPPORTED_LANGUAGES", "detect_language"]

#: ISO 639-1 codes that detection may return. Quantities have a full
#: vocabulary in all five; entities and sentence rules are tuned for Polish
#: and English.
SUPPORTED_LANGUAGES = ("pl", "en", "de", "fr", "es")

#: How much of the text the detector reads.
SAMPLE_CHARS = 2000

#: Below this confidence for the best language the text counts as unknown.
MIN_CONFIDENCE = 0.5

# A text whose letters are mostly outside the Latin script cannot be any of
# the supported languages, whatever the detector's closest guess.
_MIN_LATIN_SHARE = 0.8
# Text that is mostly digits, symbols or noise has no language to detect.
_MIN_LETTER_SHARE = 0.5
_MIN_LETTERS = 12

_LANGUAGES = {
    Language.POLISH: "pl",
    Language.ENGLISH: "en",
    Language.GERMAN: "de",
    Language.FRENCH: "fr",
    Language.SPANISH: "es",
}

_detector: LanguageDetector | None = None
_lock = threading.Lock()


def _get_detector() -> LanguageDetector:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                # Full-accuracy mode: it separates Polish from English on
                # single sentences, where low-accuracy mode's trigrams
                # alone misjudge short headlines (see docs/extraction.md).
                _detector = LanguageDetectorBuilder.from_languages(*_LANGUAGES).build()
    return _detector


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when unsure.

    Returns None for text with too few letters, letters mostly outside the
    Latin script (Japanese, Cyrillic...), or no supported language scoring
    at least :data:`MIN_CONFIDENCE`.
    """
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    visible = sum(1 for ch in sample if not ch.isspace())
    if len(letters) < _MIN_LETTERS or len(letters) < _MIN_LETTER_SHARE * visible:
        return None
    latin = sum(1 for ch in letters if _is_latin(ch))
    if latin < _MIN_LATIN_SHARE * len(letters):
        return None
    values = _get_detector().compute_language_confidence_values(sample)
    if not values:
        return None
    best = values[0]
    if best.value < MIN_CONFIDENCE:
        return None
    return _LANGUAGES.get(best.language)


def _is_latin(ch: str) -> bool:
    # Basic Latin, Latin-1, Latin Extended-A/B: covers Polish, German,
    # French and Spanish letters.
    return ch.isascii() or "\u00c0" <= ch <= "\u024f"
