"""Which language an expression or an article is written in, from the engine's own words.

A short expression is scored against the words of each grammar (month names, "temu", "ago",
"Anfang"); the caller then tries the grammars best first, so "August 2018" (English and
German alike) parses whichever wins. Running text is scored on common function words.
"""

import re

from timeline.dates.grammar import GRAMMARS
from timeline.dates.grammar.base import fold

ORDER = ("en", "pl", "de", "fr", "es")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
PLAIN_WORD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")

FUNCTION_WORDS = {
    "pl": "się nie jest że w we na z ze do od po przez oraz który która które to jak ale czy "
    "dla przy jego ich roku został została było są",
    "en": "the and of to is was were are that for with by from has have it its this which be "
    "been as at an",
    "de": "der die das und ist nicht mit den dem des ein eine einer auf für von zu im sich "
    "wurde hat auch",
    "fr": "le la les et est des du une un dans pour pas que qui sur au aux avec ce cette été "
    "par il elle",
    "es": "el la los las y es del que una un en por con para se su al como más pero fue este esta",
}


def _words_of(grammar) -> frozenset:
    words = set()
    for vocab in grammar.vocab.values():
        for alternative in vocab.alternation.split("|"):
            plain = alternative.replace(r"\.?", "").replace(r"\.", "")
            if PLAIN_WORD.fullmatch(plain):
                words.update(fold(plain).split())
    words.update(fold(word) for word in grammar.keywords)
    return frozenset(words)


EXPRESSION_WORDS = {code: _words_of(g) for code, g in GRAMMARS.items()}
TEXT_WORDS = {
    code: frozenset(fold(w) for w in words.split()) for code, words in FUNCTION_WORDS.items()
}


def rank_languages(text: str) -> list[str]:
    """Languages whose date words occur in `text`, most likely first; [] when none do."""
    return _rank(text, EXPRESSION_WORDS)


def detect_text_language(text: str) -> str | None:
    """The language of running text, judged on its first few thousand characters."""
    ranked = _rank(text[:5000], TEXT_WORDS)
    return ranked[0] if ranked else None


def _rank(text: str, vocabularies: dict[str, frozenset]) -> list[str]:
    tokens = [fold(w) for w in WORD.findall(text)]
    scores = dict.fromkeys(ORDER, 0.0)
    for token in tokens:
        owners = [code for code in ORDER if token in vocabularies[code]]
        for code in owners:
            # A word several languages share ("in", "August") counts for less than one only
            # a single language has ("temu", "Anfang").
            scores[code] += 1 / len(owners)
    ranked = sorted((code for code in ORDER if scores[code] > 0), key=lambda c: -scores[c])
    return ranked
