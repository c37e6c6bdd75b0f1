"""find_dates(): date expressions in running text, by the engine's own grammar.

Every production of the language's grammar is run over the text; overlapping matches are
settled leftmost-longest. Shapes that are dates only as a whole expression (a bare month, a
bare year, a weekday) are kept only right after "before"/"after" words, and a bare month also
after words like "z", "od", "since" ("w porównaniu z wrześniem"); a relation word or a date
preposition just before a match joins it ("przed kwietniem 2017", "in March 2018").
Each expression found is then read exactly as normalise() would read it, with one exception:
a bare month, day and month, or weekday ("w styczniu", "on November 1") in a sentence whose
nearest tense cue is a future one ("urząd opublikuje w styczniu") is the next one on or after
the anchor, not the latest one before it; after English "would" ("said it would launch on
November 1") it is the one nearest the anchor (see tense.py).
"""

import re
from dataclasses import replace

from timeline.dates import fiscal
from timeline.dates import story as stories
from timeline.dates.anchors import BadAnchor, anchor_date
from timeline.dates.detect import detect_text_language
from timeline.dates.engine import language_code, placed, result_for
from timeline.dates.grammar import GRAMMARS
from timeline.dates.grammar.base import Grammar
from timeline.dates.parsing import compile_expression, normalised_key
from timeline.dates.result import DateResult, FoundDate
from timeline.dates.rules import Rule, Unresolvable, resolve
from timeline.dates.tense import FUTURE, PAST, REPORTED, direction, reading

# Longer texts are read in windows of this size, cut at whitespace, so that the work per
# call stays linear and a pathological paragraph cannot hold a worker.
WINDOW = 20_000
LOOKBEHIND = 40
# How far back a negation is looked for before "until" ("The plant, which employs 500
# people, won't reopen until March": the clause, cut at punctuation).
CLAUSE_REACH = 120
NEGATION_CLAUSE_END = re.compile(r"[.;:!?,\n–—]")
# A comparison's clause ends at a comma or a sentence's full stop, not inside "2,9" or after
# "proc.".
COMPARISON_CLAUSE_END = re.compile(r"[;:!?\n–—]|\.(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ])|,(?=\s)")


def find_dates(
    text: str,
    anchor=None,
    lang: str | None = None,
    story: stories.Story | None = None,
    country: str | None = None,
) -> list[FoundDate]:
    """Date expressions in `text`, in order, without overlaps.

    Each FoundDate has character offsets into `text` and the DateResult of its expression.
    lang None (or one the engine does not read) means the language is detected from the
    text. Returns [] for anything that is not a string; a malformed anchor is treated as
    missing, so relative expressions come back unparsed. Bad input never raises.

    Expressions relative to the story's own period ("rok wcześniej", "the same period a year
    ago") are read against the period the text named before them. To read an article one
    sentence at a time, pass the same `story` (a story.Story) for each sentence in order, so
    that a period named in one sentence reaches the next.

    `country` is the outlet's (ISO 3166 alpha-2): a fiscal period ("Q3FY18", "the financial
    year 2012-13") is read by its convention (fiscal.py), and left unparsed without one.
    """
    if not isinstance(text, str) or not text:
        return []
    story = story if story is not None else stories.Story()
    try:
        code = language_code(lang)
    except ValueError:
        code = None
    code = code or detect_text_language(text) or "en"
    try:
        day = anchor_date(anchor)
    except BadAnchor:
        day = None
    grammar = GRAMMARS[code]
    found = []
    for offset, chunk in _windows(text):
        for start, end in spans(chunk, grammar):
            found.append(_found(text, offset + start, offset + end, code, day, story, country))
    story.advance(len(text))
    return [f for f in found if f is not None]


def spans(text: str, grammar: Grammar) -> list[tuple[int, int]]:
    """The (start, end) offsets of the date expressions in `text`."""
    candidates = []
    for priority, prod in enumerate(grammar.productions):
        for match in prod.regex.finditer(text):
            candidates.append((match.start(), -match.end(), priority, prod.find, prod.kind, match))
    for match in _event_pattern(grammar).finditer(text):
        candidates.append((match.start(), -match.end(), -1, True, "event", match))
    candidates.sort(key=lambda c: c[:3])
    chosen = []
    taken_until = 0
    for start, neg_end, _priority, findable, kind, match in candidates:
        end = -neg_end
        if start < taken_until:
            continue
        if not _written_as_a_date(match, grammar):
            continue
        if kind in SPAN_KINDS and _no_span(match.group(), grammar):
            # "między styczniem 2025 a styczniem 2024" compares two months; a range that runs
            # backwards is no date, and its two ends are then found on their own.
            continue
        # "after last week's inflation spike" is after the spike, which was last week: a
        # possessive date names when the thing after it happened, and is read as such.
        possessive = POSSESSIVE.match(text, end) is not None
        head = None if possessive else _joined_word(text, start, _relation_pattern(grammar))
        if kind == "event" and _negated_until(match, grammar):
            continue
        if head is None:
            head = _bound_word(text, start, match, findable, kind, grammar, taken_until)
        if head is None and not findable and not _after_month_context(text, start, kind, grammar):
            continue
        if head is None:
            head = _since_word(text, start, end, grammar, taken_until)
        if head is None and not _starts_with_preposition(match.group(), grammar):
            head = _joined_word(text, start, _preposition_pattern(grammar))
        if head is not None and head >= taken_until:
            start = head
        chosen.append((start, end))
        taken_until = end
    return chosen


SPAN_KINDS = ("dayspan", "monthspan", "quarterspan", "yearspan")
POSSESSIVE = re.compile(r"['’]s(?!\w)")


def _no_span(phrase: str, grammar: Grammar) -> bool:
    compiled = compile_expression(normalised_key(" ".join(phrase.split())), grammar.code)
    return compiled.rule is None


# The shapes before which a bare deadline word ("by", "do", "bis") is taken: the ones the
# deadline productions leave out. Before a month, a day or a year it is theirs to read.
BY_KINDS = ("season", "quarter", "half")


def _bound_word(
    text: str, start: int, match: re.Match, findable: bool, kind: str, grammar: Grammar, taken: int
) -> int | None:
    """Where an "until" or deadline word joined to the date at `start` begins, or None.

    "until" joins any date; a deadline word joins any date after "the end of", and otherwise
    only a season, quarter, half or part of a year ("by mid-2019"), never a possessive ("by
    the second quarter's results"). Neither is taken after a date it would close a range
    with ("from January until March"), nor in a clause with a negation, which turns it
    around ("won't reopen until March" is about March).
    """
    if kind == "event":
        return None
    head = _joined_word(text, start, _until_pattern(grammar))
    if head is None:
        head = _joined_word(text, start, _by_end_pattern(grammar))
    if head is None and findable and (kind in BY_KINDS or match.groupdict().get("part")):
        if not re.match(r"['’]s(?!\w)", text[match.end() : match.end() + 3]):
            head = _joined_word(text, start, _word_before(grammar, "by", grammar.by))
    if head is None or (taken and not text[taken:head].strip()):
        return None
    return None if _negated(text, head, grammar) else head


def _since_word(text: str, start: int, end: int, grammar: Grammar, taken: int) -> int | None:
    """Where a "since" word joined to the date at `start` begins, or None: only when the
    whole reads as a stretch up to the anchor, so a date the word cannot start from ("od
    ostatnich dwóch lat") is still found on its own, and never right after a date it would
    close a range with."""
    head = _joined_word(text, start, _word_before(grammar, "since_word", grammar.since))
    if head is None or head < taken:
        return None
    display = " ".join(text[head:end].split())
    rule = compile_expression(normalised_key(display), grammar.code).rule
    return head if rule is not None and rule.kind == "since" else None


def _negated_until(match: re.Match, grammar: Grammar) -> bool:
    """Whether an event phrase opens with "until" in a negated clause ("won't reopen until
    the election" is about the election itself)."""
    pattern = _word_after(grammar, "until_start", grammar.until)
    if pattern is None or not pattern.match(match.group()):
        return False
    return _negated(match.string, match.start(), grammar)


def _negated(text: str, position: int, grammar: Grammar) -> bool:
    """Whether the clause before `position` holds a negation."""
    if not grammar.negations:
        return False
    clause = _clause_before(text, position, NEGATION_CLAUSE_END)
    if "negation" not in grammar.compiled:
        grammar.compiled["negation"] = re.compile(
            rf"(?<![\w'’])(?:{grammar.negations})", re.IGNORECASE
        )
    return grammar.compiled["negation"].search(clause) is not None


def _until_pattern(grammar: Grammar) -> re.Pattern | None:
    words = rf"(?:{grammar.until})(?:\s+(?:{grammar.ends}))?" if grammar.until else ""
    return _word_before(grammar, "until", words)


def _by_end_pattern(grammar: Grammar) -> re.Pattern | None:
    words = rf"(?:{grammar.by_end})\s+(?:{grammar.ends})" if grammar.by_end else ""
    return _word_before(grammar, "by_end", words)


def _found(
    text: str, start: int, end: int, code: str, day, story, country: str | None
) -> FoundDate | None:
    piece = text[start:end]
    display = " ".join(piece.split())
    compiled = compile_expression(normalised_key(display), code)
    if compiled.rule is None:
        return None
    if compiled.rule.kind == "window" and _counted_from(text, end, GRAMMARS[code]):
        return None
    if _after_record(text, start, display, compiled.rule, GRAMMARS[code]):
        rule = compiled.rule
        compiled = replace(compiled, rule=Rule("window", unit=rule.unit, offset=rule.offset))
    if day is not None and compiled.rule.kind == "window" and compiled.rule.mode in WAYS:
        # "w ciągu dwóch lat" reaches whichever way the sentence's tense says; "over the next
        # two years" in a past-tense sentence counts from the story's time ("Over the next
        # two years the company grew").
        way = direction(text, start, end, code)
        mode = WAYS[compiled.rule.mode].get(way, compiled.rule.mode)
        compiled = replace(compiled, rule=replace(compiled.rule, mode=mode))
    if day is not None and _part_still_ahead(compiled.rule, day):
        # "GUS opublikował pod koniec miesiąca", written on 15 May: the end of a month that
        # has passed, April's, since May's is still to come and the verb is in the past.
        if direction(text, start, end, code) == PAST:
            rule = replace(compiled.rule, offset=-1)
            compiled = replace(compiled, rule=rule)
    if day is not None and reads_by_tense(compiled.rule):
        mode = reading(text, start, end, code)
        if mode is not None:
            compiled = replace(compiled, rule=replace(compiled.rule, mode=mode))
    if day is not None and compiled.rule.kind == "since" and reads_by_tense(compiled.rule.first):
        # "od poniedziałku" in "od poniedziałku obowiązują nowe stawki" is the coming Monday,
        # from which nothing has run yet: the since rule then reads as that day.
        mode = reading(text, start, end, code)
        if mode is not None:
            first = replace(compiled.rule.first, mode=mode)
            compiled = replace(compiled, rule=replace(compiled.rule, first=first))
    rule = compiled.rule
    compared = rule.kind == "unit" and rule.mode == "ago" and _compared(text, start, code)
    contrasted = _contrasted(text, start, GRAMMARS[code])
    result = _read(piece, display, compiled, day, story, start, compared, country, contrasted)
    return None if result is None else FoundDate(start, end, piece, result)


def _read(
    piece: str,
    display: str,
    compiled,
    day,
    story: stories.Story,
    start: int,
    compared: bool,
    country: str | None,
    contrasted: bool,
):
    """The reading of a found expression, against the story's period where its words (or
    "a year ago" right after the period) say so; a date the story names becomes what later
    ones are read against, unless it is what a figure is compared with ("niż w listopadzie
    2024 r.")."""
    rule = compiled.rule
    at = story.read + start
    if rule.kind == "story":
        try:
            first, last, granularity, base = stories.read(rule, story)
        except stories.NotInStory as exc:
            if not rule.offset:
                # "in the month" names the story's month or nothing at all.
                return None
            return DateResult(piece, compiled.lang, "unparsed", reason=str(exc))
        return placed(piece, compiled.lang, first, last, granularity, base.text if base else None)
    against = stories.compares(rule, story, at, day) if compared else None
    if against is not None:
        first, last, granularity, base = against
        return placed(piece, compiled.lang, first, last, granularity, base.text)
    if rule.kind == "fiscal":
        try:
            first, last, granularity = fiscal.interval(rule, day, country)
        except Unresolvable as exc:
            return DateResult(piece, compiled.lang, "unparsed", reason=str(exc))
        result = placed(piece, compiled.lang, first, last, granularity, None, rule.relation)
    else:
        result = result_for(piece, display, compiled, day)
    if result.status == "parsed" and not contrasted:
        story.note(rule, result.start, result.end, result.granularity, display, at)
    return result


def _after_record(text: str, start: int, display: str, rule: Rule, grammar: Grammar) -> bool:
    """Whether "in 25 years" at `start` follows a record word ("the highest in 25 years",
    "the most measles in the United States in 25 years")."""
    if not grammar.records or rule.kind != "unit" or not rule.offset or rule.offset < 1:
        return False
    if not display.lower().startswith("in ") or rule.part is not None:
        return False
    if "record" not in grammar.compiled:
        grammar.compiled["record"] = re.compile(
            rf"(?<![\w'’])(?:{grammar.records})(?:\s+[a-z][\w'’-]*){{0,6}}\s+$", re.IGNORECASE
        )
    return grammar.compiled["record"].search(text, max(0, start - 80), start) is not None


def _compared(text: str, start: int, code: str) -> bool:
    """Whether the clause before `start` holds a comparison word ("higher in August than they
    were a year ago", "wobec 4,9 proc. rok temu")."""
    grammar = GRAMMARS[code]
    if not grammar.comparisons:
        return False
    if "comparison" not in grammar.compiled:
        grammar.compiled["comparison"] = re.compile(
            rf"(?<![\w'’])(?:{grammar.comparisons})(?:\s|(?<=['’]))", re.IGNORECASE
        )
    clause = _clause_before(text, start, COMPARISON_CLAUSE_END)
    return grammar.compiled["comparison"].search(clause) is not None


def _contrasted(text: str, start: int, grammar: Grammar) -> bool:
    """Whether a contrast word stands right before the date at `start` ("than in July")."""
    pattern = _word_before(grammar, "contrast", grammar.contrasts)
    return _joined_word(text, start, pattern) is not None


def _clause_before(text: str, position: int, ends: re.Pattern) -> str:
    """The clause that runs up to `position`, at most CLAUSE_REACH characters back."""
    return ends.split(text[max(0, position - CLAUSE_REACH) : position])[-1]


# "within 30 days from now" still counts from the story's day.
NOW = r"now|today|teraz|dziś|dzisiaj|heute|jetzt|maintenant|aujourd['’]hui|ahora|hoy"


def _counted_from(text: str, end: int, grammar: Grammar) -> bool:
    """Whether the window ending at `end` is counted from something named after it ("w
    ciągu 30 dni od uprawomocnienia się decyzji"), not from the anchor."""
    if not grammar.counted_from:
        return False
    if "counted_from" not in grammar.compiled:
        grammar.compiled["counted_from"] = re.compile(
            rf"\s+(?:{grammar.counted_from})\s+(?!(?:{NOW})(?!\w))[^\W\d_]", re.IGNORECASE
        )
    return grammar.compiled["counted_from"].match(text, end) is not None


WAYS = {
    "either": {PAST: None, FUTURE: "ahead", REPORTED: "ahead"},
    "ahead": {PAST: "story"},
}


def _part_still_ahead(rule: Rule, day) -> bool:
    """Whether `rule` is a part of the anchor's own month or year ("pod koniec miesiąca",
    "at the end of the year") that begins after the anchor."""
    if rule.kind != "unit" or rule.offset != 0 or rule.part is None or rule.relation:
        return False
    if rule.unit not in ("month", "year") or rule.deadline:
        return False
    try:
        start, _end, _granularity = resolve(rule, day)
    except Unresolvable:
        return False
    return start > day


def reads_by_tense(rule: Rule) -> bool:
    """Whether the sentence's tense may decide the rule: a bare month (or a part of one), a
    range of months, day and month, or weekday with no word of its own fixing its year or
    direction ("last July", "w lipcu ubiegłego roku", "next Monday" keep their reading)."""
    return (
        rule.kind == "pick"
        and rule.unit in ("month", "months", "daymonth", "weekday")
        and rule.year is None
        and rule.offset is None
        and rule.mode in (None, "recent")
    )


def _windows(text: str):
    if len(text) <= WINDOW:
        yield 0, text
        return
    position = 0
    while position < len(text):
        cut = min(position + WINDOW, len(text))
        if cut < len(text):
            space = text.rfind(" ", position + WINDOW // 2, cut)
            cut = space if space > 0 else cut
        yield position, text[position:cut]
        position = cut


def _written_as_a_date(match: re.Match, grammar: Grammar) -> bool:
    # Case tells dates from words here: English capitalises months ("may" and "march" in
    # lower case are verbs), and Roman numerals are capitals ("3 X 2017", not "3 i 2017").
    groups = match.groupdict()
    for month in (groups.get("month"), groups.get("month0")):
        if (
            grammar.code == "en"
            and month
            and month.lower() in ("may", "march")
            and not month[0].isupper()
        ):
            return False
    # "FY18", "Q3FY18", "H1 FY19" are written in capitals; "fy" or "q3" in lower case is not
    # a fiscal period.
    if groups.get("fy") and not groups["fy"].isupper():
        return False
    for name in ("fq", "fh"):
        if groups.get(name) and not match.string[match.start(name) - 1].isupper():
            return False
    # An abbreviated English weekday is a name, so capitalised: "on Sat", not "sat on".
    weekday = groups.get("weekday")
    if grammar.code == "en" and weekday and len(weekday.rstrip(".")) <= 5:
        if not weekday[0].isupper():
            return False
    return all(not groups.get(name) or groups[name].isupper() for name in ("mroman", "century"))


def _joined_word(text: str, start: int, pattern: re.Pattern | None) -> int | None:
    if pattern is None:
        return None
    window = text[max(0, start - LOOKBEHIND) : start]
    match = pattern.search(window)
    return start - len(window) + match.start() if match else None


def _starts_with_preposition(piece: str, grammar: Grammar) -> bool:
    if "leading_preposition" not in grammar.compiled:
        words = grammar.prepositions
        grammar.compiled["leading_preposition"] = (
            re.compile(rf"(?:{words})\s", re.IGNORECASE) if words else None
        )
    pattern = grammar.compiled["leading_preposition"]
    return bool(pattern and pattern.match(piece))


def _relation_pattern(grammar: Grammar) -> re.Pattern | None:
    if "before_match" not in grammar.compiled:
        words = "|".join(sorted(grammar.relations, key=len, reverse=True)).replace(" ", r"\s+")
        grammar.compiled["before_match"] = (
            re.compile(rf"(?<![\w'’])(?:{words})\s+$", re.IGNORECASE) if words else None
        )
    return grammar.compiled["before_match"]


def _after_month_context(text: str, start: int, kind: str, grammar: Grammar) -> bool:
    return kind == "month" and _joined_word(text, start, _context_pattern(grammar)) is not None


def _context_pattern(grammar: Grammar) -> re.Pattern | None:
    return _word_before(grammar, "month_context", grammar.month_context)


def _preposition_pattern(grammar: Grammar) -> re.Pattern | None:
    return _word_before(grammar, "preposition", grammar.prepositions)


def _word_before(grammar: Grammar, key: str, words: str) -> re.Pattern | None:
    """One of `words` ending right before a position, compiled once per grammar. A word may
    end in an apostrophe that the date follows directly ("jusqu'" + "en mars 2019")."""
    if key not in grammar.compiled:
        grammar.compiled[key] = (
            re.compile(rf"(?<![\w'’])(?:{words})(?:\s+|(?<=['’]))$", re.IGNORECASE)
            if words
            else None
        )
    return grammar.compiled[key]


def _word_after(grammar: Grammar, key: str, words: str) -> re.Pattern | None:
    """One of `words` at the start of a piece, compiled once per grammar."""
    if key not in grammar.compiled:
        grammar.compiled[key] = (
            re.compile(rf"(?:{words})(?:\s|(?<=['’]))", re.IGNORECASE) if words else None
        )
    return grammar.compiled[key]


def _event_pattern(grammar: Grammar) -> re.Pattern:
    if "event" not in grammar.compiled:
        relations = "|".join(sorted(grammar.relations, key=len, reverse=True))
        if grammar.until:
            # "until the election", "do czasu wyborów": the time up to an event.
            relations += "|" + grammar.until
        # The referenced phrase runs on through names ("Facebooka", "F8") and short links
        # ("dla programistów"), and stops at punctuation or any other word.
        tail = r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻÄÖÜÉ])[\w-]*"
        if grammar.event_links:
            tail += rf"|(?:{grammar.event_links}) [\w-]+"
        pattern = (
            rf"(?<![\w'’])(?:{relations}) (?:{grammar.event_head})(?: (?:{tail})){{0,6}}(?!\w)"
        )
        grammar.compiled["event"] = re.compile(pattern.replace(" ", r"\s+"), re.IGNORECASE)
    return grammar.compiled["event"]
