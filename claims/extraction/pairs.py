"""Two figures read as one range or as a change.

"10-15 proc.", "od 10 do 15 tys." and "between 5 and 7%" are ranges: one
quantity with bounds. "From 5% to 7%", "von 10 auf 15 Mio. Euro" and "rose
by 5 to 15 million" report a change: two quantities, the first taking the
scale and unit written after the second. Internal to the finder:
:mod:`.quantities` is the API.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from .readings import _Reading

_DASH_GAP_RE = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*\Z")
_WORD_GAP_RE = re.compile(r"[ \u00a0]+(?:do|to|and|a|i|und|bis|et|à|y)[ \u00a0]+\Z", re.IGNORECASE)
# Without an opener only "to" and its like join two figures into a range
# ("60 to 80 per cent", "three to five years", "$1.2 billion to $1.3
# billion"); "and" would join the items of a list.
_BARE_GAP_RE = {
    lang: re.compile(rf"[ \u00a0]+{word}[ \u00a0]+\Z", re.IGNORECASE)
    for lang, word in {"en": "to", "pl": "do", "de": "bis", "fr": "à", "es": "a"}.items()
}
_RANGE_OPENER_RE = re.compile(
    r"(?<![^\W\d_])(?P<opener>od|from|between|między|pomiędzy|zwischen|von|entre|de)"
    r"[ \u00a0]+\Z",
    re.IGNORECASE,
)


def _word_pair(before: str, between: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word right before the first figure and the word between the two ("von ... auf")."""
    return (
        re.compile(rf"(?<![^\W\d_]){before}[ \u00a0]+\Z", re.IGNORECASE),
        re.compile(rf"[ \u00a0]+{between}[ \u00a0]+", re.IGNORECASE),
    )


# Openers that frame a range rather than a change ("between 5% and 7%",
# "od 3,1 proc. do 3,8 proc."; a Polish change is "z ... do").
_LOOSE_OPENERS = ("between", "między", "pomiędzy", "zwischen", "entre", "od")
# Other openers frame a range ("from 10 to 15 million people") unless the
# pair reports a change, which is two quantities: the first figure has a
# unit of its own ("from 5% to 7%") or is the larger one ("from 15 to 10
# million"), a verb of change leads in ("rose from", "est passé de", "pasó
# de"), or the words say so themselves: German "von ... auf" and Polish "z
# ... do", whose ranges take "bis" and "od".
_CHANGE_PAIRS = {"de": _word_pair("von", "auf"), "pl": _word_pair("ze?", "do")}
_CHANGE_VERBS = {
    "en": """
        rose risen rise rises rising fell fallen fall falls falling grew grown
        grow grows growing increased increase increases increasing decreased
        decrease decreases decreasing climbed climb climbs climbing jumped jump
        jumps jumping dropped drop drops dropping declined decline declines
        declining surged surges soared soars plunged plunges slipped slips
        tumbled tumbles sank sunk sinks went goes going gone cut cuts cutting
        raised raise raises raising lifted lifts lowered lowers reduced reduce
        reduces reducing boosted boosts expanded expands shrank shrunk shrinks
        doubled tripled slumped widened narrowed swelled dipped edged moved
        changed
    """,
    # "Augmenter de 10 à 15 %" may give the size of a rise ("by 10 to 15 %"),
    # so only verbs that cannot are listed.
    "fr": """
        passé passée passés passées passe passent passant passera passeront
        porté portée portés portées ramené ramenée ramenés ramenées relevé
        relevée relevés relevées abaissé abaissée abaissés abaissées
    """,
    "es": """
        pasó pasaron pasado pasada pasa pasan pasando pasará pasarán aumentó
        aumentaron aumentado aumenta aumentan subió subieron subido sube suben
        bajó bajaron bajado baja bajan creció crecieron crecido crece crecen
        cayó cayeron caído cae caen disminuyó disminuyeron disminuido redujo
        redujeron reducido elevó elevaron elevado
    """,
}
_CHANGE_VERB_RE = {
    lang: re.compile(
        r"(?<![^\W\d_])(?:"
        + "|".join(words.split())
        + r")(?:[ \u00a0]+[^\W\d_]+(?:ly|ment|mente))?[ \u00a0]+\Z",
        re.IGNORECASE,
    )
    for lang, words in _CHANGE_VERBS.items()
}
# "By X to Y" gives the size of a change and then the new figure:
# "wzrosła o 5 do 15 mln zł", "stieg um 5 auf 15 Mio. Euro", "rose by 5 to
# 15 million". Polish "o ... do" and German "um ... auf" say so themselves;
# English "by" needs a verb of change before it, as "from" does.
_BY_PAIRS = {
    "pl": _word_pair("o", "do"),
    "de": _word_pair("um", "auf"),
    "en": _word_pair("by", "to"),
}
# A qualifier may take the "o" in: "wzrosła o ponad 5 do 15 mln zł".
_BY_IN_QUALIFIER_RE = re.compile(r"o[ \u00a0]", re.IGNORECASE)
# The first figure of a change takes the scale of the second when it has
# none, unless the two are written at very different sizes: in "z 800 do
# 1,2 mln" the 800 is not 800 million.
_SHARED_SCALE_SPREAD = 100


def _merge_ranges(text: str, readings: Sequence[_Reading], lang: str) -> list[_Reading]:
    """Join "10-15 proc.", "od 10 do 15 tys." and "between 5 and 7%" into
    one reading with ``low``/``high``; give the first figure of a change the
    scale and unit written after the second ("von 10 auf 15 Mio. Euro");
    drop the right half of a dash range whose left half was not an amount (a
    year, say)."""
    merged: list[_Reading] = []
    index = 0
    while index < len(readings):
        left = readings[index]
        right = readings[index + 1] if index + 1 < len(readings) else None
        if right is not None and not left.vague and not right.vague:
            if _reports_change_by(text, left, right, lang):
                _share_scale_and_unit(left, right, by=True)
            elif _reports_change(text, left, right, lang):
                _share_scale_and_unit(left, right)
            else:
                joined = _join(text, left, right, lang)
                if joined is not None:
                    merged.append(joined)
                    index += 2
                    continue
        if not left.dash_right:
            merged.append(left)
        index += 1
    for previous, reading in zip(merged, merged[1:], strict=False):
        if not reading.unit_kind and previous.unit_kind and _compared(text, previous, reading):
            _share_scale_and_unit(reading, previous)
    return merged


# A bare figure compared with the one before it counts the same thing:
# "131,500 jobs, down from 140,000 last year", "3,7 proc. wobec 2,8".
_COMPARISON_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:down|up|higher|lower|rising|falling)[ \u00a0]+from"
    r"|compared[ \u00a0]+(?:with|to)|versus|vs\.?|against|from"
    r"|wobec|w[ \u00a0]+porównaniu[ \u00a0]+z|gegenüber|contre|frente[ \u00a0]+a)"
    r"[ \u00a0]+\Z",
    re.IGNORECASE,
)
_COMPARISON_REACH = 40


def _compared(text: str, previous: _Reading, reading: _Reading) -> bool:
    if reading.start - previous.end > _COMPARISON_REACH:
        return False
    cue = _COMPARISON_RE.search(text, previous.end, reading.start)
    return cue is not None and cue.end() == reading.start


def _reports_change(text: str, left: _Reading, right: _Reading, lang: str) -> bool:
    """Whether "from X to Y" reports a change rather than a range."""
    gap = text[left.end : right.number_start]
    floor = max(0, left.start - 12)
    pair = _CHANGE_PAIRS.get(lang)
    if pair is not None and pair[1].fullmatch(gap) and pair[0].search(text, floor, left.start):
        return True
    opener = _RANGE_OPENER_RE.search(text, floor, left.start)
    if opener is None or not _WORD_GAP_RE.fullmatch(gap):
        return False
    if opener.group("opener").lower() in _LOOSE_OPENERS:
        return False
    if left.unit_kind:
        return True
    if left.number * (left.scale or right.scale or 1) > right.number * (right.scale or 1):
        return True
    verb = _CHANGE_VERB_RE.get(lang)
    return verb is not None and bool(verb.search(text, max(0, opener.start() - 40), opener.start()))


def _reports_change_by(text: str, left: _Reading, right: _Reading, lang: str) -> bool:
    """Whether "by X to Y" gives the size of a change and the new figure."""
    pair = _BY_PAIRS.get(lang)
    if pair is None or not pair[1].fullmatch(text, left.end, right.number_start):
        return False
    if lang == "pl" and _BY_IN_QUALIFIER_RE.match(text, left.start):
        return True
    by = pair[0].search(text, max(0, left.start - 12), left.start)
    if by is None:
        return False
    if lang != "en":
        return True
    return bool(_CHANGE_VERB_RE["en"].search(text, max(0, by.start() - 40), by.start()))


def _share_scale_and_unit(left: _Reading, right: _Reading, *, by: bool = False) -> None:
    """The first figure of a change takes the scale and the unit written
    only after the second: "von 10 auf 15 Mio. Euro" is 10 000 000 euros;
    "z 10 tys. do 15 mln zł" keeps its own thousands and takes the złoty.
    The size of a change may be far smaller than the new figure ("rose by 1
    to 150 million"), but not larger: in "o 800 do 1,2 mln" the 800 is not
    800 million."""
    if left.unit_kind and left.unit != right.unit:
        return
    alike = _written_alike(left.number, right.number)
    if left.scale is None and (alike or (by and left.number < right.number)):
        left.scale = right.scale
    if not left.unit_kind:
        left.unit, left.unit_kind = right.unit, right.unit_kind


def _written_alike(first: Decimal, second: Decimal) -> bool:
    low, high = sorted((abs(first), abs(second)))
    return low == 0 or high / low < _SHARED_SCALE_SPREAD


def _bare_range(text: str, left: _Reading, gap: str, lang: str) -> bool:
    """ "60 to 80 per cent" with no opener is a range, unless a verb of
    change leads in: "rose 5% to 7%" reports a change."""
    bare = _BARE_GAP_RE.get(lang)
    if bare is None or not bare.fullmatch(gap):
        return False
    verb = _CHANGE_VERB_RE.get(lang)
    return verb is None or not verb.search(text, max(0, left.start - 40), left.start)


def _join(text: str, left: _Reading, right: _Reading, lang: str) -> _Reading | None:
    gap = text[left.end : right.number_start]
    opener = _RANGE_OPENER_RE.search(text, max(0, left.start - 12), left.start)
    if _DASH_GAP_RE.fullmatch(gap):
        if left.unit_kind and left.unit != right.unit:
            return None
    elif _WORD_GAP_RE.fullmatch(gap) and opener is not None:
        if left.unit_kind and left.unit != right.unit:
            return None
    elif _bare_range(text, left, gap, lang):
        if left.unit_kind and left.unit != right.unit:
            return None
    else:
        return None
    scale_left = left.scale or right.scale or Decimal(1)
    scale_right = right.scale or Decimal(1)
    low = left.number * scale_left
    high = right.number * scale_right
    if low > high:
        return None
    start = opener.start() if opener is not None else left.start
    return _Reading(
        start=min(start, left.start),
        end=right.end,
        core_start=left.core_start,
        core_end=right.core_end,
        number=(low + high) / 2,
        scale=None,
        unit=right.unit,
        unit_kind=right.unit_kind,
        qualifier=left.qualifier or "approx",
        low=low,
        high=high,
    )
