"""The machinery the language grammars are written in: vocabularies, productions, grammars.

A grammar is a list of productions. Each is a regular expression over one phrase shape, with
named groups whose names say what they hold (day, month, year, unit, part, ...), and the kind
of rule the shape makes. `assemble` turns any production's groups into a Rule, so a language
adds phrases without adding code.
"""

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from timeline.dates.rules import Rule

FOLD = str.maketrans(
    {
        "ą": "a",
        "ć": "c",
        "ę": "e",
        "ł": "l",
        "ń": "n",
        "ó": "o",
        "ś": "s",
        "ź": "z",
        "ż": "z",
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ß": "ss",
        "à": "a",
        "â": "a",
        "ç": "c",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "î": "i",
        "ï": "i",
        "ô": "o",
        "û": "u",
        "ù": "u",
        "á": "a",
        "í": "i",
        "ñ": "n",
        "ú": "u",
        "’": "'",
    }
)


# Shared pieces of pattern. A year is four digits from 1000 to 2999; anything else that looks
# like a number is an amount, a count or a name, never a year.
YEAR = r"(?P<year>[12]\d{3})(?![\d,.]\d)"
YEAR2 = r"(?P<year2>[12]\d{3})(?![\d,.]\d)"
# The year written after the first month of a range ("from November 2017 to February 2018").
YEAR0 = r"(?P<year0>[12]\d{3})(?![\d,.]\d)"
# A two-digit year needs its apostrophe ("in '17", "summer '18"): without one it is a number.
YY = r"['’](?P<yy>\d\d)(?![\d'’])"
DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)"
DAY2 = r"(?P<day2>0?[1-9]|[12]\d|3[01])(?!\d)"
DASH = r"\s*[-–—]\s*"
DAYS_IN_MONTH = {
    1: 31,
    2: 29,
    3: 31,
    4: 30,
    5: 31,
    6: 30,
    7: 31,
    8: 31,
    9: 30,
    10: 31,
    11: 30,
    12: 31,
}


WHITESPACE = re.compile(r"\s+")
DIGITS = re.compile(r"\d+")
# A count in digits, with or without thousands separators ("1,500").
COUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+")


class NotADate(ValueError):
    """The phrase has a date's shape but names no date (e.g. 31.02.2018)."""


def fold(word: str) -> str:
    """Lower case without diacritics: the key every vocabulary lookup uses."""
    return word.lower().translate(FOLD)


class Vocab:
    """Words (or small regex fragments) that mean the same value, e.g. all forms of "March".

    Text is matched case-insensitively, with and without diacritics.
    """

    def __init__(self, entries: dict[object, str]):
        # entries: value -> "|"-separated alternatives, each a regex fragment
        self._items: list[tuple[re.Pattern, object]] = []
        alternatives: set[str] = set()
        for value, alts in entries.items():
            for fragment in _top_level_alternatives(alts):
                for variant in {fragment, fold(fragment)}:
                    alternatives.add(variant)
                    self._items.append((re.compile(variant, re.IGNORECASE), value))
        # Longest first, so that "marca" is tried before "mar".
        self.alternation = "|".join(sorted(alternatives, key=lambda a: (-len(a), a)))
        self._cache: dict[str, object] = {}

    def group(self, name: str) -> str:
        """The vocabulary as a named regex group."""
        return f"(?P<{name}>{self.alternation})"

    def lookup(self, word: str):
        """The value a matched word stands for."""
        # Keyed by the word as matched: the same words recur in every phrase, and their
        # spelling settles the value as surely as their normalised form does.
        value = self._cache.get(word)
        if value is None:
            value = self._cache[word] = self._value(word)
        return value

    def _value(self, word: str):
        key = WHITESPACE.sub(" ", word.lower())
        for candidate in (key, fold(key), key.rstrip("."), fold(key).rstrip(".")):
            value = next((v for rx, v in self._items if rx.fullmatch(candidate)), None)
            if value is not None:
                return value
        raise KeyError(word)


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in pattern:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


@dataclass(frozen=True)
class Production:
    """One phrase shape. `find` says whether it may be picked out of running text: a bare
    month name or weekday is a date when it is the whole expression, but in a sentence it
    needs a preposition or a year to be told from a name or a verb."""

    kind: str
    regex: re.Pattern
    find: bool = True
    options: dict = field(default_factory=dict)


@dataclass
class Grammar:
    """The productions of one language, plus the words around them."""

    code: str
    vocab: dict[str, Vocab]
    productions: list[Production]
    # Words naming a relation to what follows: "przed" -> "before", "nach dem" -> "after".
    relations: dict[str, str]
    # Prepositions that may precede any date in running text and belong to the match.
    prepositions: str
    # Head of an event phrase after a relation word, e.g. "the conference", "ujawnieniu".
    event_head: str = ""
    # Words that may continue an event phrase ("of", "dla"), each followed by one more word.
    event_links: str = ""
    # Words after which a bare month name is a date in running text, though not part of it:
    # "w porównaniu z wrześniem", "since August".
    month_context: str = ""
    # Words an expression may start with that change nothing ("about", "około").
    fillers: str = ""
    # Words of this language's date expressions besides its vocabularies, for telling
    # languages apart in a short expression.
    keywords: frozenset = frozenset()
    # Words after which any date is an upper bound that includes it, in a whole expression:
    # deadlines ("by", "do", "bis", "d'ici", "para") and "until" ("until", "aż do",
    # "jusqu'à", "hasta"). See parsing.bound.
    bounds: str = ""
    # Words naming the end of what follows ("the end of", "końca"): "by the end of summer"
    # is "by summer", the end of a unit being where the unit itself ends.
    ends: str = ""
    # "until" words that join any date just after them in running text (with an `ends` word
    # between or not), unless a negation in the clause turns them around ("won't reopen
    # until March" is about March itself).
    until: str = ""
    # Words after which any date opens a stretch that runs up to the anchor: "since 2007",
    # "od maja", "seit März", "depuis la fin 2013", "desde el año 2006". See parsing.since.
    since: str = ""
    # Deadline words that join a date in running text only before a season, quarter, half or
    # a part of a year ("by mid-2019", "do połowy 2019 roku"): the shapes the deadline
    # productions leave out. Before an `ends` word they join any date.
    by: str = ""
    # The same words before an `ends` word ("by the end of", "przed końcem").
    by_end: str = ""
    # Negations that turn a following "until" or "by" around ("not", "nie", "no", "ne"),
    # each alternative with its own right edge ("n'" is written onto its verb).
    negations: str = ""
    # Words setting a record against a stretch of time ("the highest", "the first time"):
    # after them, and a few more words, "in 25 years" in running text is the 25 years up to
    # the anchor, not a date 25 years ahead.
    records: str = ""
    # Words comparing with what follows ("than", "niż", "wobec", "als", "que"): "a year
    # ago" after one of them in its clause compares with the story's period (story.py).
    comparisons: str = ""
    # Words right before a date that make it what the story's figure is compared with ("niż
    # w listopadzie 2024 r.", "than in July"): such a date is not the story's period.
    contrasts: str = ""
    # Words after a window that count it from something other than the anchor: "w ciągu 30
    # dni od uprawomocnienia się decyzji", "within 30 days of the ruling". Such a window is
    # no date of its own.
    counted_from: str = ""
    compiled: dict = field(default_factory=dict)


# One letter for one letter, so that a pattern matching text typed without diacritics still
# reports offsets into the text as written.
PLAIN_LETTER = {k: v for k, v in ((k, FOLD[ord(k)]) for k in "ąćęłńóśźż")}


def plain_letters(pattern: str) -> str:
    """`pattern` with each Polish diacritic letter outside a character class also matching
    its plain letter: "ubiegłym" matches "ubieglym", as Polish is often typed.

    The text is never rewritten, so offsets found in it stay offsets in the original.
    """
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char.lower() in PLAIN_LETTER:
            plain = PLAIN_LETTER[char.lower()]
            out.append(f"[{char}{plain}]")
        else:
            out.append(char)
    return "".join(out)


def compile_pattern(pattern: str, tokens: dict[str, str], plain: bool = False) -> re.Pattern:
    """Fill {NAME} placeholders and make each literal space mean any run of whitespace;
    with `plain`, let diacritic letters match their plain letters too (plain_letters)."""
    text = pattern
    for name, snippet in tokens.items():
        text = text.replace("{" + name + "}", snippet)
    text = text.replace(" ", r"\s+")
    if plain:
        text = plain_letters(text)
    return re.compile(r"(?<![\w.,])(?:" + text + r")(?![\w])", re.IGNORECASE)


def production(
    kind: str, pattern: str, tokens: dict[str, str], find=True, plain=False, **options
) -> Production:
    """A production from a pattern written with {NAME} placeholders."""
    return Production(kind, compile_pattern(pattern, tokens, plain), find, options)


def number(text: str, vocab: Vocab | None) -> int:
    """A count written as digits or as a word ("two", "dwa", "a")."""
    digits = COUNT.match(text)
    if digits:
        return int(digits.group().replace(",", ""))
    return vocab.lookup(text)


# The unit a story phrase names, by the start of its word in any language: "kwartale",
# "Quartal", "trimestre" -> quarter. A period ("okresie", "period") names none.
STORY_UNITS = (
    ("year", ("rok", "jahr", "an", "annee", "ano", "year")),
    ("quarter", ("kwarta", "quartal", "trimestre", "quarter")),
    ("month", ("miesi", "monat", "mois", "mes", "month")),
    ("half", ("polrocz", "halbjahr", "half")),
)


def story_unit(word: str) -> str | None:
    """The calendar unit a story phrase's word names, or None for a period of any length."""
    key = fold(word)
    for unit, stems in STORY_UNITS:
        if any(key == stem or (len(stem) > 3 and key.startswith(stem)) for stem in stems):
            return unit
    return None


def assemble(prod: Production, groups: dict, vocab: dict[str, Vocab]) -> Rule:
    """The Rule meant by a match of `prod`. Raises NotADate for impossible dates.

    A production with the option `deadline` ("by March 2019", "do końca roku") means the
    time up to the end of what it names: relation "before", read by rules.resolve.
    """
    rule = _assemble(prod, groups, vocab)
    if prod.options.get("deadline"):
        return replace(rule, relation="before", deadline=True)
    return rule


NAMED_KINDS = frozenset({"month", "date", "quarter", "half", "season", "isoweek"})


def _assemble(prod: Production, groups: dict, vocab: dict[str, Vocab]) -> Rule:
    g = {k: v for k, v in groups.items() if v is not None}
    opts = prod.options
    kind = prod.kind
    part = vocab["part"].lookup(g["part"]) if "part" in g else opts.get("part")
    if "hpart" in g:
        part = "first" if vocab["half"].lookup(g["hpart"]) == 1 else "second"

    # The named periods, the commonest shapes, before the rest.
    if kind in NAMED_KINDS:
        return _named(kind, g, vocab, opts, part)
    if kind == "fixed_year":
        if "yy" in g:
            return Rule("fixed", short_year=int(g["yy"]), part=part)
        return Rule("fixed", year=int(g["year"]), part=part)
    if kind == "vague":
        return _vague(g, vocab, opts)
    if kind == "window":
        return _window(g, vocab, opts)
    if kind == "night":
        before, after = (vocab["weekday"].lookup(g[name]) for name in ("weekday0", "weekday"))
        if (before + 1) % 7 != after:
            raise NotADate("a night runs from one day into the next")
        return Rule("night", index=after, mode="recent")
    if kind == "unbounded":
        return Rule("unbounded")
    if kind == "unit":
        unit = opts.get("unit") or _unit(g["unit"], vocab)
        offset = vocab["rel"].lookup(g["rel"]) if "rel" in g else opts.get("offset", 0)
        return Rule("unit", unit=unit, offset=offset, part=part)
    if kind == "ago":
        unit = opts.get("unit") or _unit(g["unit"], vocab)
        count = number(g["num"], vocab.get("num")) if "num" in g else 1
        mode = "ago" if opts["sign"] < 0 else None
        return Rule("unit", unit=unit, offset=count * opts["sign"], part=part, mode=mode)
    if kind == "story":
        word = g.get("unitof") or g.get("named")
        unit = story_unit(word) if word else opts.get("unit")
        if "year" in g:
            # "w analogicznym okresie 2023 roku": the story's period in the year named.
            return Rule("story", unit="year", offset=0, mode="same", year=int(g["year"]))
        return Rule("story", unit=unit, offset=opts.get("offset", -1), mode=opts["mode"])
    if kind == "dayword":
        name = "daywordadj" if "daywordadj" in g else "dayword"
        return Rule("unit", unit="day", offset=vocab[name].lookup(g[name]))
    if kind == "todate":
        unit = opts.get("unit") or _unit(g["unit"], vocab)
        return Rule("todate", unit=unit, mode=opts["mode"])
    if kind == "decade":
        return _decade(g, vocab, part)
    if kind == "century":
        return _century(g, part)
    if kind == "firstn":
        return _first_months(g, vocab, opts)
    if kind == "fiscal":
        return _fiscal(g, vocab)
    if kind == "upto":
        inner = "date" if "day" in g else "month"
        return Rule("upto", first=_named(inner, g, vocab, opts, None), offset=opts["months"])
    if kind == "weekday":
        mode = vocab["dir"].lookup(g["dir"]) if "dir" in g else opts.get("mode", "recent")
        name = "weekdayadj" if "weekdayadj" in g else "weekday"
        return Rule("pick", unit="weekday", index=vocab[name].lookup(g[name]), mode=mode)
    if kind == "yearspan":
        first, last = int(g["year"]), int(g["year2"])
        if last < first:
            raise NotADate("the range ends before it starts")
        return Rule("span", first=Rule("fixed", year=first), last=Rule("fixed", year=last))
    if kind == "dayspan":
        return _dayspan(g, vocab, opts)
    if kind == "monthspan":
        return _monthspan(g, vocab)
    if kind == "quarterspan":
        return _quarterspan(g, vocab)
    raise ValueError(f"unknown production kind {kind!r}")


def _first_months(g: dict, vocab: dict[str, Vocab], opts: dict) -> Rule:
    """ "the first nine months of 2025", "w pierwszych trzech kwartałach tego roku": the year
    from its start to the end of the last month counted (rules.Rule "upto"). With no year
    named, the anchor's."""
    count = number(g["num"], vocab.get("num"))
    months = count * (3 if opts["unit"] == "quarter" else 1)
    if count < 2 or months > 12:
        raise NotADate(f"the first {count} {opts['unit']}s of a year")
    year = _year_of(g, vocab, {"year_offset": 0})
    if "year" in year or "short_year" in year:
        last = Rule("fixed", **year, index=months)
    else:
        last = Rule("pick", unit="month", index=months, **year)
    return Rule("upto", first=last, offset=months)


def _vague(g: dict, vocab: dict[str, Vocab], opts: dict) -> Rule:
    # "a few years ago": every year the vague count can reach, from the farthest to the
    # nearest, each a whole calendar unit as "two years ago" is.
    unit = opts.get("unit") or _unit(g["unit"], vocab)
    low, high = vocab["vague"].lookup(g["vague"])
    sign = opts["sign"]
    near = Rule("unit", unit=unit, offset=sign * low)
    far = Rule("unit", unit=unit, offset=sign * high)
    return Rule("span", first=far, last=near) if sign < 0 else Rule("span", first=near, last=far)


def _window(g: dict, vocab: dict[str, Vocab], opts: dict) -> Rule:
    unit = opts.get("unit") or _unit(g["unit"], vocab)
    if "vague" in g:
        # "the past few years" reaches at most as far back as the vague count does.
        count = vocab["vague"].lookup(g["vague"])[1]
    elif "num" in g:
        count = number(g["num"], vocab.get("num"))
    else:
        count = opts.get("count", 1)
    if "num2" in g:
        # "the next three to five years" reaches as far as its larger count.
        low, count = count, number(g["num2"], vocab.get("num"))
        if low > count:
            raise NotADate("the range ends before it starts")
    if count < 1:
        raise NotADate("a stretch of no time")
    return Rule("window", unit=unit, offset=count, mode=opts.get("mode"))


def _unit(word: str, vocab: dict[str, Vocab]) -> str:
    try:
        return vocab["unit"].lookup(word)
    except KeyError:
        return vocab["unit1"].lookup(word)


def _month(g: dict, vocab: dict[str, Vocab], suffix: str = "") -> int:
    if "monthadj" + suffix in g:
        return vocab["monthadj"].lookup(g["monthadj" + suffix])
    if "month" + suffix in g:
        return vocab["month"].lookup(g["month" + suffix])
    if "mroman" + suffix in g:
        month = roman_number(g["mroman" + suffix])
        if not 1 <= month <= 12:
            raise NotADate(f"{g['mroman' + suffix]} is not a month")
        return month
    month = int(g["mnum" + suffix])
    if not 1 <= month <= 12:
        raise NotADate(f"there is no month {month}")
    return month


def _day(text: str) -> int:
    return int(DIGITS.match(text).group())


def _year_of(g: dict, vocab: dict[str, Vocab], opts: dict) -> dict:
    """How a named period finds its year: given, relative to the anchor's, or searched."""
    if "year" in g:
        return {"year": int(g["year"])}
    if "yy" in g:
        return {"short_year": int(g["yy"])}
    if "yrel" in g:
        return {"offset": vocab["rel"].lookup(g["yrel"])}
    if "ythis" in g:
        return {"offset": 0}
    if "dir" in g:
        return {"mode": vocab["dir"].lookup(g["dir"])}
    if "year_offset" in opts:
        return {"offset": opts["year_offset"]}
    return {"mode": opts.get("mode", "recent")}


def _named(kind: str, g: dict, vocab: dict[str, Vocab], opts: dict, part: str | None) -> Rule:
    year = _year_of(g, vocab, opts)
    if kind == "date":
        if "a" in g:
            month, day = _slashed(g, opts)
        elif "dayord" in g:
            month, day = _month(g, vocab), vocab["dayord"].lookup(g["dayord"])
        else:
            month, day = _month(g, vocab), _day(g["day"])
        return _day_rule(month, day, year)
    if kind == "month":
        month = _month(g, vocab)
        if "year" in year or "short_year" in year:
            return Rule("fixed", **year, index=month, part=part)
        return Rule("pick", unit="month", index=month, part=part, **year)
    if kind == "isoweek":
        week = int(g["week"])
        if not 1 <= week <= 53:
            raise NotADate(f"there is no ISO week {week}")
        return Rule("pick", unit="isoweek", index=week, **year)
    word = g.get(kind)
    if word is None:
        index = opts["index"]
    else:
        index = int(word) if word.isdigit() else vocab[kind].lookup(word)
    return Rule("pick", unit=kind, index=index, **year)


def _day_rule(month: int, day: int, year: dict) -> Rule:
    if "year" in year:
        try:
            dt.date(year["year"], month, day)
        except ValueError as exc:
            raise NotADate(f"{day}.{month}.{year['year']} is not a calendar day") from exc
        return Rule("fixed", year=year["year"], index=month, day=day)
    if day > DAYS_IN_MONTH[month]:
        raise NotADate(f"there is no day {day} in month {month}")
    return Rule("pick", unit="daymonth", index=month, day=day, **year)


def _slashed(g: dict, opts: dict) -> tuple[int, int]:
    a, b = int(g["a"]), int(g["b"])
    # Month first only where the language writes it so (US English) and the reading is possible.
    month, day = (a, b) if opts.get("month_first") and a <= 12 else (b, a)
    if not 1 <= month <= 12:
        raise NotADate(f"there is no month {month}")
    return month, day


def _dayspan(g: dict, vocab: dict[str, Vocab], opts: dict) -> Rule:
    last_month = _month(g, vocab)
    first_month = vocab["month"].lookup(g["month0"]) if "month0" in g else last_month
    # With no year, each end is the nearest such day, so a span never straddles a wrong year.
    year = _year_of(g, vocab, {"mode": "this"})
    first = _day_rule(first_month, _day(g["day"]), year)
    last = _day_rule(last_month, _day(g["day2"]), year)
    if "year" in year and (first.index, first.day) > (last.index, last.day):
        raise NotADate("the range ends before it starts")
    return Rule("span", first=first, last=last)


def _monthspan(g: dict, vocab: dict[str, Vocab]) -> Rule:
    first_month = vocab["month"].lookup(g["month0"])
    last_month = _month(g, vocab)
    if "year0" in g:
        first_year = int(g["year0"])
        # "od listopada 2017 do lutego": the end is the first such month after the start.
        last_year = int(g.get("year") or first_year + (last_month < first_month))
        if (first_year, first_month) > (last_year, last_month):
            raise NotADate("the range ends before it starts")
        return Rule(
            "span",
            first=Rule("fixed", year=first_year, index=first_month),
            last=Rule("fixed", year=last_year, index=last_month),
        )
    # One year, or none, is written, and it belongs to the end: the months are one period
    # named by the year of its last month, as a winter is, so "od listopada do lutego 2018"
    # starts in November 2017 and a range with no year is found as a bare month is.
    year = _year_of(g, vocab, {})
    return Rule("pick", unit="months", index=(first_month, last_month), **year)


def _fiscal(g: dict, vocab: dict[str, Vocab]) -> Rule:
    """A fiscal year, or a quarter or half of one (timeline.dates.fiscal reads it with the
    outlet's country): labelled ("FY18", "fiscal 2018"), written as a range ("2012-13",
    "FY2017-18": mode "end", the year it ends in), or relative ("last fiscal": offset)."""
    if "quarter" in g or "fq" in g:
        unit = "quarter"
        index = int(g["fq"]) if "fq" in g else vocab["quarter"].lookup(g["quarter"])
    elif "half" in g or "fh" in g:
        unit = "half"
        index = int(g["fh"]) if "fh" in g else vocab["half"].lookup(g["half"])
    else:
        unit, index = "year", None
    if "frel" in g or "fyear" not in g:
        # "the fiscal third quarter", with no year: of the fiscal year the anchor is in.
        offset = vocab["fiscalrel"].lookup(g["frel"]) if "frel" in g else 0
        return Rule("fiscal", unit=unit, index=index, offset=offset)
    label = g["fyear"]
    if "fend" not in g:
        if len(label) == 2:
            return Rule("fiscal", unit=unit, index=index, short_year=int(label))
        return Rule("fiscal", unit=unit, index=index, year=int(label))
    ending = g["fend"]
    if len(label) == 4:
        first = int(label)
        last = int(ending) if len(ending) == 4 else first // 100 * 100 + int(ending)
        if last < first:
            last += 100
        if last != first + 1:
            raise NotADate("a fiscal year runs into the next calendar year, no further")
        return Rule("fiscal", unit=unit, index=index, year=last, mode="end")
    if (int(label) + 1) % 100 != int(ending[-2:]):
        raise NotADate("a fiscal year runs into the next calendar year, no further")
    return Rule("fiscal", unit=unit, index=index, short_year=int(ending[-2:]), mode="end")


def _quarterspan(g: dict, vocab: dict[str, Vocab]) -> Rule:
    first, last = (
        int(word) if word.isdigit() else vocab["quarter"].lookup(word)
        for word in (g["quarter0"], g["quarter"])
    )
    if first > last:
        raise NotADate("the range ends before it starts")
    year = int(g["year"])
    return Rule(
        "span",
        first=Rule("pick", unit="quarter", index=first, year=year),
        last=Rule("pick", unit="quarter", index=last, year=year),
    )


def _decade(g: dict, vocab: dict[str, Vocab], part: str | None) -> Rule:
    if "decade4" in g:
        return Rule("decade", year=int(g["decade4"]), part=part)
    two_digits = g.get("decade2") or g.get("decade2b")
    digit = int(two_digits) // 10 if two_digits else vocab["decade"].lookup(g["decadeword"])
    if "century" in g:
        century = roman_number(g["century"])
        if not century:
            raise NotADate(f"{g['century']} is not a century")
        return Rule("decade", year=(century - 1) * 100 + digit * 10, part=part)
    return Rule("decade", index=digit, part=part)


# A century's thirds, in years from its first: "the late 20th century" is 1967 to 2000.
CENTURY_PARTS = {"early": (0, 32), "mid": (33, 65), "late": (66, 99)}


def _century(g: dict, part: str | None) -> Rule:
    """A century as the span of its years, counted as the calendar does: the 20th century is
    1901 to 2000 ("XX wiek", "im 20. Jahrhundert", "au XXe siècle", "en el siglo XX")."""
    number = int(g["centuryn"]) if "centuryn" in g else roman_number(g["century"])
    if not 1 <= number <= 30:
        raise NotADate(f"{g.get('centuryn') or g.get('century')} is not a century")
    first = (number - 1) * 100 + 1
    low, high = CENTURY_PARTS[part] if part in CENTURY_PARTS else (0, 99)
    return Rule(
        "span", first=Rule("fixed", year=first + low), last=Rule("fixed", year=first + high)
    )


def roman_number(text: str) -> int:
    """The value of a Roman numeral, or 0 when it is not a well-formed one."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    upper = text.upper()
    for i, char in enumerate(upper):
        value = values.get(char, 0)
        if not value:
            return 0
        following = values.get(upper[i + 1], 0) if i + 1 < len(upper) else 0
        total += -value if value < following else value
    # Well formed means written as the numeral is written: "IIII" and "IIX" are not.
    return total if 0 < total < 400 and _roman(total) == upper else 0


def _roman(number: int) -> str:
    out = ""
    for value, letters in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


def not_after(words: str) -> str:
    """Lookbehinds refusing a match right after any of the space-separated `words`: a range
    "from January to March" is a postponement after "postponed", "reporté", "aplazado"."""
    return "".join(rf"(?<!{word}\s)" for word in words.split())


def tokens_for(vocab: dict[str, Vocab]) -> dict[str, str]:
    """The {NAME} placeholders a language's patterns may use, built from its vocabularies."""

    def alt(name: str) -> str:
        return vocab[name].alternation

    tokens = {
        "YEAR": YEAR,
        "YEAR2": YEAR2,
        "YEAR0": YEAR0,
        "YY": YY,
        "DAY": DAY,
        "DAY2": DAY2,
        "DASH": DASH,
    }
    if "month" in vocab:
        full = vocab.get("monthfull", vocab["month"]).alternation
        tokens["MONTHA"] = vocab["month"].group("month")
        tokens["MONTH"] = f"(?P<month>{full})"
        tokens["MONTH0"] = f"(?P<month0>{full})"
        tokens["MONTHA0"] = vocab["month"].group("month0")
    simple = {
        "WEEKDAY": ("weekday", "weekday"),
        "REL": ("rel", "rel"),
        "YREL": ("rel", "yrel"),
        "DIR": ("dir", "dir"),
        "PART": ("part", "part"),
        "UNITS": ("unit", "unit"),
        "DAYWORD": ("dayword", "dayword"),
        "SEASON": ("season", "season"),
        "QORD": ("quarter", "quarter"),
        "QORD0": ("quarter", "quarter0"),
        "HORD": ("half", "half"),
        "HPART": ("half", "hpart"),
        "DECADEWORD": ("decade", "decadeword"),
        "VAGUE": ("vague", "vague"),
        "DAYORD": ("dayord", "dayord"),
        "WEEKDAYADJ": ("weekdayadj", "weekdayadj"),
        "MONTHADJ": ("monthadj", "monthadj"),
        "DAYWORDADJ": ("daywordadj", "daywordadj"),
    }
    for token, (name, group) in simple.items():
        if name in vocab:
            tokens[token] = vocab[name].group(group)
    if "weekday" in vocab:
        tokens["WEEKDAYX"] = f"(?:{alt('weekday')})"
    if "unit1" in vocab:
        tokens["UNIT"] = f"(?P<unit>{alt('unit1')})"
    if "num" in vocab:
        tokens["NUM"] = rf"(?P<num>\d{{1,2}}|{alt('num')})"
        # The length of a rolling window may run to three digits ("the past 100 days").
        tokens["WNUM"] = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})?(?![\d,])|{alt('num')})"
        tokens["WNUM2"] = rf"(?P<num2>\d{{1,3}}(?:,\d{{3}})?(?![\d,])|{alt('num')})"
    if "seasonx" in vocab:
        tokens["SEASONX"] = f"(?P<season>{alt('seasonx')})"
    return tokens
