"""dateparser, for absolute dates in shapes the grammars do not spell out ("03-Jun-2018").

dateparser invents dates from numbers and short words ("87 mln" -> a day in December, "12%" ->
the 12th, Polish "nie" -> a Sunday), so it is only asked about text that names a month or is
shaped like a numeric date, and its answer is kept only when the parts it reports (day, month,
year) are really written in the text. Relative readings are never taken from it: those depend
on the anchor and belong to the grammars.
"""

import re

from timeline.dates.grammar.base import Grammar
from timeline.dates.rules import Rule

MAX_LENGTH = 60
NUMERIC_SHAPE = re.compile(r"\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}")
_parsers: dict[str, object] = {}
_month_words: dict[str, re.Pattern] = {}


def parse_absolute(text: str, lang: str, grammar: Grammar) -> Rule | None:
    """A fixed day or month, or a day of a month with no year, read by dateparser; else None."""
    if len(text) > MAX_LENGTH or not _looks_like_a_date(text, lang, grammar):
        return None
    try:
        data = _parser(lang).get_date_data(text)
    except Exception:  # noqa: BLE001 - a third-party parser must never break normalisation
        return None
    if data is None or data.date_obj is None:
        return None
    parts = set(data.parts or ())
    day = data.date_obj
    numbers = {int(n) for n in re.findall(r"\d+", text)}
    if "year" in parts and day.year not in numbers:
        return None
    if "day" in parts and day.day not in numbers:
        return None
    if {"day", "month", "year"} <= parts:
        return Rule("fixed", year=day.year, index=day.month, day=day.day)
    if {"month", "year"} <= parts and "day" not in parts:
        return Rule("fixed", year=day.year, index=day.month)
    if {"day", "month"} <= parts and "year" not in parts:
        return Rule("pick", unit="daymonth", index=day.month, day=day.day, mode="recent")
    return None


def _looks_like_a_date(text: str, lang: str, grammar: Grammar) -> bool:
    if NUMERIC_SHAPE.search(text):
        return True
    words = _month_words.get(lang)
    if words is None:
        words = re.compile(rf"(?<!\w)(?:{grammar.vocab['month'].alternation})(?!\w)", re.IGNORECASE)
        _month_words[lang] = words
    return bool(words.search(text)) and bool(re.search(r"\d", text))


def _parser(lang: str):
    parser = _parsers.get(lang)
    if parser is None:
        # Imported here: dateparser takes a noticeable time to load, and most expressions
        # never need it.
        from dateparser.date import DateDataParser

        order = "MDY" if lang == "en" else "DMY"
        parser = DateDataParser(
            languages=[lang], settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
        )
        _parsers[lang] = parser
    return parser
