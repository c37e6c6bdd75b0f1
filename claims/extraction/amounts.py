"""Reading one amount where it stands.

The number (digits, number words, a vague count or a multiplicative), then
to its right a scale word, a currency, a percent sign or the noun it counts,
and to its left a currency symbol and a qualifier. Internal to the finder:
:mod:`.quantities` is the API.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from .folds import fold_pattern, fold_value
from .lookalikes import (
    _LABEL_WORDS,
    _Blocked,
    _is_german_ordinal,
    _is_list_number,
    _is_model_name,
    _is_year,
    _lower_follows,
)
from .number_words import hundred_value, number_word_value, number_words
from .numerals import (
    bound_scale_pattern,
    digits_pattern,
    of_pattern,
    parse_digits,
    scale_of,
    scale_words,
)
from .readings import (
    _ELISION_RE,
    _GAP_RE,
    _NOUN_WINDOW,
    _WORD_RE,
    _previous_word,
    _read_qualifier,
    _Reading,
)
from .share_words import halving_pattern, ratio_pattern, share_words
from .units import (
    CURRENCY_PREFIX_RE,
    SUBUNIT_SCALE,
    canonical_noun,
    currency_suffix_re,
    is_attributive,
    is_stopword,
    percent_suffix_re,
    percent_unit,
    prefix_currency,
    subunit_currency,
    subunit_suffix_re,
    suffix_currency,
)
from .vague_counts import Vague, vague_count, vague_words

_OF_RE = re.compile(r"[ \u00a0]+of(?![^\W\d_])", re.IGNORECASE)
# Number words that are also common adjectives ("un bâtiment neuf") count
# only before what they count ("neuf salariés").
_NEEDS_UNIT = {"fr": frozenset({"neuf"})}
_JOINED_BEFORE_NOUN = " \u00a0'’"
_GLUED_RE = re.compile(r"[^\W\d_]+\.?")
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.)+")
_NEXT_NUMBER_WORD_RE = re.compile(r"(?:[ \u00a0]+(?:and[ \u00a0]+)?|-)([^\W\d_]+)")
# "vingt et un", "vingt-et-un", "treinta y cinco".
_NEXT_NUMBER_WORD_FOREIGN_RE = {
    "de": re.compile(r"[ \u00a0]+([^\W\d_]+)"),
    "fr": re.compile(r"(?:[ \u00a0]+(?:et[ \u00a0]+)?|-(?:et-)?)([^\W\d_]+)"),
    "es": re.compile(r"[ \u00a0]+(?:y[ \u00a0]+)?([^\W\d_]+)"),
}
_OF_FOREIGN_RE = {lang: re.compile(of_pattern(lang) or "(?!)") for lang in ("fr", "es")}
_BOUND_SCALE_RE = {
    lang: re.compile(pattern)
    for lang in ("fr", "es")
    if (pattern := bound_scale_pattern(lang)) is not None
}


_HUNDRED_LOOKAHEAD = {
    "en": "|hundred|dozen",
    "de": "|hundert|dutzend",
    "fr": "|cents?|douzaines?",
    "es": "|docenas?",
}


@cache
def _core_re(lang: str, *, ratios: bool = True) -> re.Pattern[str]:
    """One pattern for every way a number starts in ``lang``; without the
    ratios and changes by half when ``ratios`` is false."""
    scales = scale_words(lang)
    free, bound = number_words(lang)
    scale_alt = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in scales) or "(?!)"
    parts = []
    ratio = ratio_pattern(lang) if ratios else None
    if ratio:
        parts.append(r"(?P<ratio>" + ratio + ")")
    halving = halving_pattern(lang) if ratios else None
    if halving:
        parts.append(r"(?P<halving>(?<![^\W\d_])(?:" + halving + r")(?![^\W\d_]))")
    fold = fold_pattern(lang)
    if fold:
        parts.append(r"(?P<fold>(?<![\w.,])(?:" + fold + r")(?![^\W\d_]))")
    parts.append(r"(?P<digits>(?<!\w)(?<!\d[.,])(?:" + digits_pattern(lang) + "))")
    vague = vague_words(lang)
    if vague:
        alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in vague)
        parts.append(r"(?P<vague>(?<![^\W\d_])(?:" + alt + r")(?![^\W\d_]))")
    shares = share_words(lang)
    if shares:
        parts.append(_share_alternative(shares, scale_alt))
    if free or bound:
        hundred = _HUNDRED_LOOKAHEAD.get(lang, "")
        scale_after = r"(?=[\s-]+(?:" + scale_alt + hundred + r")(?![^\W\d_]))"
        # Longest first across both lists, so that "three quarters of a
        # million" is not read as "three".
        needs_scale = frozenset(bound)
        alternatives = [
            re.escape(w).replace(r"\ ", r"\s+") + (scale_after if w in needs_scale else "")
            for w in sorted([*free, *bound], key=len, reverse=True)
        ]
        # Singular scale words count one unit on their own ("milion osób").
        singular = [s for s in ("tysiąc", "milion", "miliard", "bilion") if s in scales]
        alternatives += singular
        parts.append(r"(?P<word>(?<![^\W\d_])(?:" + "|".join(alternatives) + r")(?![^\W\d_]))")
    return re.compile("|".join(parts), re.IGNORECASE)


def _share_alternative(shares: list[str], scale_alt: str) -> str:
    """The pattern of a share fraction, unless a scale word follows within
    two words: "ćwierć miliona", "half a million" and "a quarter of a
    million" are counts, read as number words. A share that is not read
    (with nothing it counts after it) is still consumed, so that "tres
    cuartos de hora" does not count three "cuartos"."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in shares)
    return (
        r"(?P<share>(?<![^\W\d_])(?:" + alt + r")(?![^\W\d_-])"
        r"(?![ \u00a0]+(?:[^\W\d_]+(?:['’]|[ \u00a0]+)){0,2}(?:" + scale_alt + r")(?![^\W\d_])))"
    )


@cache
def _scale_re(lang: str) -> re.Pattern[str]:
    words = scale_words(lang) + ["m", "k", "b"]
    alt = "|".join(
        re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(r"[ \u00a0\u202f]?(?P<word>" + alt + r")(?![^\W\d_])", re.IGNORECASE)


# Patterns are built once per language at import, not on each call.
for _lang in ("pl", "en", "de", "fr", "es"):
    _core_re(_lang)
    _core_re(_lang, ratios=False)
    _scale_re(_lang)


def _read_digits(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    core_start, core_end = match.start(), match.end()
    raw = match.group("digits")
    number = parse_digits(raw, lang)
    if number is None:
        return None
    # NUL stands in for "no character" so that membership tests stay false.
    before = text[core_start - 1] if core_start else "\0"
    after = text[core_end] if core_end < len(text) else "\0"
    after2 = text[core_end + 1] if core_end + 1 < len(text) else "\0"

    if before in "-–" and core_start >= 2 and text[core_start - 2].isalpha():
        return None  # "COVID-19", "F-16"
    if before in "/:#" or (after in "/:" and after2.isdigit()):
        return None  # fractions, scores, times
    if after in "-–" and after2.isalpha():
        if not _hyphen_joins_unit(text, core_end + 1, lang):
            return None  # "5-letni", "COVID-19-related"
        # "55-percent", "$79-million", "a 60-day session": read on as if
        # the hyphen were a space (offsets stay the same).
        text = text[:core_end] + " " + text[core_end + 1 :]
    if after == "." and after2 == " " and _lower_follows(text, core_end + 2) and raw.isdigit():
        return None  # Polish ordinal "w 3. kwartale"
    if after == "." and after2 in "ºª°":
        return None  # Spanish ordinal "3.º", "1.ª"
    if lang == "de" and raw.isdigit() and _is_german_ordinal(text, core_end):
        return None
    if raw.isdigit() and _is_list_number(text, core_start, core_end):
        return None
    if before == "(" and after == ")":
        return None  # "(1)"
    previous, previous_start = _previous_word(text, core_start)
    # "l'article 5": the label follows an elided article.
    label = _ELISION_RE.sub("", previous.lower())
    if label in _LABEL_WORDS and label not in _LEVEL_WORDS:
        return None

    reading = _Reading(
        start=core_start,
        end=core_end,
        core_start=core_start,
        core_end=core_end,
        number=number,
        dash_right=before in "-–" and core_start >= 2 and text[core_start - 2].isdigit(),
    )
    prefix = CURRENCY_PREFIX_RE.search(text, max(0, core_start - 5), core_start)
    if prefix is not None:
        reading.start = reading.number_start = prefix.start()
        reading.unit = prefix_currency(prefix.group(0))
        reading.unit_kind = "currency"

    glued = _glued_letters(text, core_end)
    bound = _BOUND_SCALE_RE.get(lang)
    if (
        glued
        and not _known_suffix(glued, lang, prefix is not None)
        and not (bound is not None and bound.match(text, core_end))
    ):
        return None  # "4G", "3D", "1990s", "21st", "3e"

    glued_unit = canonical_noun(glued.rstrip("."), lang) if glued else None
    if glued_unit in _GLUED_UNITS:
        # "219mm", "5km": a unit of measure written onto the number.
        reading.unit, reading.unit_kind = glued_unit, "noun"
        reading.end = core_end + len(glued.rstrip("."))
    else:
        position = _read_scale(text, reading, lang, after_currency=prefix is not None)
        position = _read_compound(text, reading, position, lang)
        _read_unit(text, reading, _after_of(text, reading, position, lang), lang, blocked)
    _read_qualifier(text, reading, lang)

    if before == "+" and not reading.unit_kind:
        return None  # a phone number ("+48 22 ..."); "+0,2 point", "+1,0%" are changes
    if label in _LEVEL_WORDS and reading.unit_kind not in ("percent", "currency"):
        return None  # "poziom 3" is a level; "poziom 20 proc." an amount
    if _is_year(text, reading, raw, lang):
        return None
    if _is_model_name(text, reading, previous, previous_start, lang):
        return None
    return reading


def _after_of(text: str, reading: _Reading, position: int, lang: str) -> int:
    """Past the "de" that joins a French or Spanish scale word to what it
    counts ("87 millions d'utilisateurs"): where to look for the unit."""
    if reading.scale is None or reading.unit_kind or lang not in _OF_FOREIGN_RE:
        return position
    of = _OF_FOREIGN_RE[lang].match(text, position)
    return position if of is None else of.end()


def _glued_letters(text: str, position: int) -> str:
    match = _GLUED_RE.match(text, position)
    return match.group(0) if match else ""


def _known_suffix(glued: str, lang: str, after_currency: bool) -> bool:
    bare = glued.rstrip(".")
    if scale_of(glued, lang, after_currency=after_currency) or scale_of(
        bare, lang, after_currency=after_currency
    ):
        return True
    return canonical_noun(bare) in _GLUED_UNITS


# Label words that may also introduce an amount: "osiągnąć poziom 20 proc.",
# "a level of 5%" (while "poziom 3", "level 2" are labels).
_LEVEL_WORDS = frozenset({"poziom", "level", "nivel", "stufe"})
# Units of measure written onto the number ("5km", "219mm").
_GLUED_UNITS = frozenset({"km", "kg", "mm", "cm"})
# What a number joined by a hyphen may still count: "55-percent",
# "$79-million", "a 60-day session". Other hyphenated words are adjectives
# ("5-letni") or names.
_HYPHEN_WORD_RE = re.compile(r"[^\W\d_]+(?:-cent)?")
_HYPHEN_NOUNS = frozenset({"days", "weeks", "months", "years", "hours", "minutes"})


def _hyphen_joins_unit(text: str, position: int, lang: str) -> bool:
    match = _HYPHEN_WORD_RE.match(text, position)
    if match is None or text[match.end() : match.end() + 1] in ("-", "–"):
        return False  # "a 22-year-old"
    word = match.group(0).lower()
    if word in ("percent", "per-cent") or scale_of(word, lang) is not None:
        return True
    if lang == "pl" and word.startswith("procentow"):
        return True  # "2,8-procentowym" tempie
    return lang == "en" and canonical_noun(word, lang) in _HYPHEN_NOUNS


def _read_scale(text: str, reading: _Reading, lang: str, *, after_currency: bool) -> int:
    position = reading.core_end
    bound = _BOUND_SCALE_RE.get(lang)
    match = bound.match(text, position) if bound is not None else None
    if match is not None:
        reading.scale = scale_of(match.group("word"), lang)
        reading.end = match.end()
        return match.end()
    match = _scale_re(lang).match(text, position)
    if match is None:
        return position
    word = match.group("word")
    scale = scale_of(word, lang, after_currency=after_currency)
    if scale is None and word.endswith("."):
        scale = scale_of(word[:-1], lang, after_currency=after_currency)
    if scale is None:
        return position
    if word.lower() in ("m", "k", "b") and match.group(0) != word:
        return position  # "$5 m" with a space is not a scale
    reading.scale = scale
    reading.end = match.end()
    return match.end()


_COMPOUND_PART_RE = re.compile(r"[ \u00a0]+(\d{1,3})(?![\d,.]\d)")


def _read_compound(text: str, reading: _Reading, position: int, lang: str) -> int:
    """ "5 mld 932 mln zł", "2 mln 300 tys.": an amount written in two scales is one amount,
    in the smaller scale (5932 mln). The second part must be smaller than one unit of the
    first ("5 mld 1200 mln" is not how anyone writes 6.2 billion)."""
    if reading.scale is None or reading.scale < 1000:
        return position
    part = _COMPOUND_PART_RE.match(text, position)
    if part is None:
        return position
    word = _scale_re(lang).match(text, part.end())
    if word is None:
        return position
    scale = scale_of(word.group("word"), lang)
    if scale is None and word.group("word").endswith("."):
        scale = scale_of(word.group("word")[:-1], lang)
    number = Decimal(part.group(1))
    if scale is None or scale >= reading.scale or number * scale >= reading.scale:
        return position
    reading.number = reading.number * (reading.scale / scale) + number
    reading.scale = scale
    reading.end = word.end()
    return word.end()


def _read_unit(text: str, reading: _Reading, position: int, lang: str, blocked: _Blocked) -> None:
    """Read what the number counts, starting at ``position``."""
    if reading.unit_kind != "currency":
        match = currency_suffix_re().match(text, position)
        if match is not None and not blocked.overlaps(match.start(), match.end()):
            reading.unit = suffix_currency(match.group("word"))
            reading.unit_kind = "currency"
            reading.end = match.end()
            return
        match = subunit_suffix_re().match(text, position)
        if match is not None and not blocked.overlaps(match.start(), match.end()):
            reading.unit = subunit_currency(match.group("word"))
            reading.unit_kind = "currency"
            reading.scale = (reading.scale or Decimal(1)) * SUBUNIT_SCALE
            reading.end = match.end()
            return
        match = percent_suffix_re().match(text, position)
        if match is not None and not blocked.overlaps(match.start(), match.end()):
            reading.unit = percent_unit(match.group("word"))
            reading.unit_kind = "percent"
            reading.end = match.end()
            return
    else:
        return
    _read_noun(text, reading, position, lang, blocked)


def _read_noun(text: str, reading: _Reading, position: int, lang: str, blocked: _Blocked) -> None:
    """Find the noun a number counts within a few words: a known noun
    anywhere in the window ("12 so-called dark stores"), else the first word
    that is neither a function word nor an adjective."""
    words: list[tuple[str, int]] = []
    cursor = position
    for index in range(_NOUN_WINDOW):
        gap = _GAP_RE.match(text, cursor)
        if gap is not None:
            word_start = gap.end()
        elif index == 0 and cursor > 0 and text[cursor - 1] in _JOINED_BEFORE_NOUN:
            word_start = cursor  # right after "d'" or "de "
        else:
            break
        word_match = _WORD_RE.match(text, word_start)
        if word_match is None or blocked.overlaps(word_match.start(), word_match.end()):
            break
        word = word_match.group(0)
        # Keep the dots of "U.S." but not a sentence's final period.
        bare = word if _INITIALS_RE.fullmatch(word) else word.rstrip(".")
        if (
            is_stopword(bare, lang)
            and canonical_noun(bare, lang) is None
            and not is_attributive(bare, lang)
        ):
            break
        words.append((bare, word_match.start()))
        cursor = word_match.start() + len(bare)
        if bare != word:
            break  # the sentence ends here
    for bare, start in words:
        canonical = canonical_noun(bare, lang)
        if canonical is not None:
            reading.unit, reading.unit_kind = canonical, "noun"
            reading.end = start + len(bare)
            return
    for bare, start in words:
        if is_attributive(bare, lang):
            continue
        # German capitalises every noun; elsewhere a capitalised word after
        # a number is a name ("300 Deutsche Bank ...").
        if bare[:1].isupper() if lang == "de" else bare[:1].islower():
            reading.unit, reading.unit_kind = bare.lower(), "noun"
            reading.end = start + len(bare)
        return


def _read_fold(text: str, match: re.Match[str], lang: str) -> _Reading | None:
    """Multiplicatives ("sixfold", "dwukrotnie", "3-krotny") count times."""
    found = fold_value(match.group("fold"), lang)
    if found is None:
        return None
    vague = isinstance(found, Vague)
    reading = _Reading(
        start=match.start(),
        end=match.end(),
        core_start=match.start(),
        core_end=match.end(),
        number=found.value if isinstance(found, Vague) else found,
        low=found.low if isinstance(found, Vague) else None,
        high=found.high if isinstance(found, Vague) else None,
        vague=vague,
        unit="times",
        unit_kind="noun",
    )
    _read_qualifier(text, reading, lang)
    return reading


def _read_vague(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    vague = vague_count(match.group("vague"), lang)
    if vague is None:
        return None
    reading = _Reading(
        start=match.start(),
        end=match.end(),
        core_start=match.start(),
        core_end=match.end(),
        number=vague.value,
        low=vague.low if vague.bounded and not vague.exact else None,
        high=vague.high if vague.bounded and not vague.exact else None,
        vague=not vague.exact,
    )
    position = match.end()
    of_re = _OF_RE if lang == "en" else _OF_FOREIGN_RE.get(lang)
    # French and Spanish may stack two scales: "plusieurs dizaines de
    # milliers", "decenas de miles".
    for _ in range(2 if lang in _OF_FOREIGN_RE else 1):
        of = of_re.match(text, position) if of_re is not None else None
        scale_match = _scale_re(lang).match(text, of.end() if of else position)
        if scale_match is None:
            break
        scale = scale_of(scale_match.group("word"), lang)
        if scale is None or scale_match.group("word").lower() in ("m", "k", "b"):
            break
        reading.scale = scale * (reading.scale or Decimal(1))
        reading.end = position = scale_match.end()
    if of_re is not None:
        of = of_re.match(text, position)
        if of is not None:
            position = of.end()
    _read_unit(text, reading, position, lang, blocked)
    if reading.end < position and reading.unit_kind:
        reading.end = position
    _read_qualifier(text, reading, lang)
    return reading


def _read_words(text: str, match: re.Match[str], lang: str, blocked: _Blocked) -> _Reading | None:
    """Compound number words: "dwa miliony", "two hundred and fifty"."""
    first = match.group("word")
    pieces: list[tuple[str, Decimal]] = []
    needs_scale = False
    found = number_word_value(first, lang)
    if found is not None:
        value, needs_scale = found
        pieces.append(("number", value))
    else:
        pieces.append(("scale", scale_of(first, lang) or Decimal(1)))
    end = match.end()
    next_word_re = _NEXT_NUMBER_WORD_FOREIGN_RE.get(lang, _NEXT_NUMBER_WORD_RE)
    while True:
        nxt = next_word_re.match(text, end)
        if nxt is None or blocked.overlaps(nxt.start(1), nxt.end(1)):
            break
        word = nxt.group(1)
        if (hundred := hundred_value(word, lang)) is not None:
            pieces.append(("hundred", hundred))
        elif (scale := scale_of(word, lang)) is not None:
            pieces.append(("scale", scale))
        elif (found := number_word_value(word, lang)) is not None and not found[1]:
            pieces.append(("number", found[0]))
        else:
            break
        end = nxt.end(1)
    if needs_scale and all(kind == "number" for kind, _ in pieces):
        return None
    if len(pieces) == 1 and first.lower() in _NEEDS_UNIT.get(lang, ()):
        return _with_unit_only(text, match, pieces[0][1], lang, blocked)
    total = Decimal(0)
    current = Decimal(0)
    last_scale: Decimal | None = None
    for kind, value in pieces:
        if kind == "number":
            current += value
        elif kind == "hundred":
            current = (current or Decimal(1)) * value
        elif not current and total and last_scale is not None and value > last_scale:
            # A larger scale right after a smaller one multiplies it: "dos
            # mil millones" is two thousand millions.
            total *= value
            last_scale = value
        else:
            total += (current or Decimal(1)) * value
            current = Decimal(0)
            last_scale = value
    reading = _Reading(
        start=match.start(),
        end=end,
        core_start=match.start(),
        core_end=end,
        number=total + current,
    )
    position = end
    if pieces[-1][0] == "scale" and lang in _OF_FOREIGN_RE:
        of = _OF_FOREIGN_RE[lang].match(text, end)
        if of is not None:
            position = of.end()
    _read_unit(text, reading, position, lang, blocked)
    _read_qualifier(text, reading, lang)
    return reading


def _with_unit_only(
    text: str, match: re.Match[str], value: Decimal, lang: str, blocked: _Blocked
) -> _Reading | None:
    reading = _Reading(
        start=match.start(),
        end=match.end(),
        core_start=match.start(),
        core_end=match.end(),
        number=value,
    )
    _read_unit(text, reading, match.end(), lang, blocked)
    if not reading.unit_kind:
        return None
    _read_qualifier(text, reading, lang)
    return reading
