"""Properties of every reading the date engine gives, over generated expressions and anchors.

The EDTF stored with a reading and its start, end and granularity are two spellings of one
fact, so reading the EDTF back must give exactly the interval (or, for "before"/"after", the
open interval that ends right before start or begins right after end) at the precision the
granularity says.
"""

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import dates

MONTHS_EN = "January February March April May June July August September October November December"
MONTHS_PL_GEN = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
MONTHS_PL_LOC = "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu"
WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
WEEKDAYS_PL = "poniedziałek wtorek środę czwartek piątek sobotę niedzielę"

# Templates of expressions: {Y} a year, {M} an English month, {G}/{L} a Polish month
# (genitive/locative), {D} a day of the month, {N} a small count, {W}/{V} a weekday, {Q} a
# quarter number, {YY} two digits.
TEMPLATES = {
    "en": [
        "{Y}",
        "in {Y}",
        "by {Y}",
        "until {Y}",
        "since {Y}",
        "before {Y}",
        "after {Y}",
        "{M} {Y}",
        "in {M}",
        "by {M}",
        "by {M} {Y}",
        "since {M}",
        "since {M} {Y}",
        "since {M} last year",
        "before {M} {Y}",
        "after {M} {Y}",
        "{M} {D}, {Y}",
        "{D} {M} {Y}",
        "by {M} {D}, {Y}",
        "{W}, {M} {D}, {Y}",
        "on {W}",
        "last {W}",
        "next {W}",
        "{N} years ago",
        "{N} months ago",
        "{N} weeks ago",
        "in {N} days",
        "last year",
        "next month",
        "last week",
        "this quarter",
        "early {Y}",
        "mid-{Y}",
        "late {Y}",
        "by the end of {Y}",
        "by the end of the year",
        "by the end of next year",
        "Q{Q} {Y}",
        "Q{Q}FY{YY}",
        "FY{YY}",
        "FY {Y}-{YY}",
        "the financial year {Y}-{YY}",
        "the {QO} quarter of {Y}",
        "in the {QO} quarter of this year",
        "H1 {Y}",
        "the second half of {Y}",
        "summer {Y}",
        "winter {Y}",
        "the 1980s",
        "in the past {N} years",
        "over the next {N} years",
        "the year to {M}",
        "from {M} to {M2} {Y}",
        "between {Y} and {Y2}",
        "week {D} of {Y}",
        "earlier this year",
        "later this month",
        "a few years ago",
        "yesterday",
        "{MM}/{D}/{YY}",
    ],
    "pl": [
        "w {Y} roku",
        "{Y} r.",
        "do {Y} r.",
        "do {Y} roku",
        "od {Y} r.",
        "od {Y} roku",
        "przed {Y} r.",
        "{D} {G} {Y} r.",
        "w {L}",
        "w {L} {Y} r.",
        "od {G}",
        "do końca {Y} roku",
        "w ubiegłym roku",
        "w przyszłym tygodniu",
        "{N} lata temu",
        "w {V}",
        "w III kw. {Y} r.",
        "w trzecim kwartale tego roku",
        "I półrocze {Y}",
        "na początku {Y} roku",
        "pod koniec ubiegłego roku",
        "w latach 80.",
        "na przełomie lat {Y} i {Y2}",
        "od stycznia do marca {Y}",
    ],
}

QUARTER_WORDS = ["first", "second", "third", "fourth"]


def fill(template: str, values: dict) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), template)


@st.composite
def expressions(draw):
    lang = draw(st.sampled_from(sorted(TEMPLATES)))
    template = draw(st.sampled_from(TEMPLATES[lang]))
    year = draw(st.integers(1950, 2030))
    month = draw(st.integers(1, 12))
    values = {
        "Y": year,
        "Y2": year + draw(st.integers(1, 3)),
        "YY": f"{draw(st.integers(0, 99)):02d}",
        "M": MONTHS_EN.split()[month - 1],
        "M2": MONTHS_EN.split()[draw(st.integers(month, 12)) - 1],
        "MM": month,
        "G": MONTHS_PL_GEN.split()[month - 1],
        "L": MONTHS_PL_LOC.split()[month - 1],
        "D": draw(st.integers(1, 31)),
        "N": draw(st.sampled_from(["two", "three", "2", "5", "10", "a"])),
        "W": draw(st.sampled_from(WEEKDAYS_EN.split())),
        "V": draw(st.sampled_from(WEEKDAYS_PL.split())),
        "Q": draw(st.integers(1, 4)),
        "QO": draw(st.sampled_from(QUARTER_WORDS)),
    }
    return fill(template, values), lang


anchors = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))


def month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def read_unit(text: str) -> tuple[dt.date, dt.date, str]:
    """The interval and precision of one EDTF date: "2018", "2018-09", "2018-09-20", "198X"."""
    if re.fullmatch(r"\d{3}X", text):
        first = int(text[:3]) * 10
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:])
        return dt.date(year, month, 1), month_end(year, month), "month"
    day = dt.date.fromisoformat(text)
    return day, day, "day"


def read_edtf(text: str):
    """(relation, start, end, precision of the first end) of an EDTF string."""
    if text.startswith("[..") and text.endswith("]"):
        start, end, precision = read_unit(text[3:-1])
        return "before", None, end, precision
    if text.startswith("[") and text.endswith("..]"):
        start, end, precision = read_unit(text[1:-3])
        return "after", start, None, precision
    if "/" in text:
        first, last = text.split("/")
        start, _, precision = read_unit(first)
        _, end, last_precision = read_unit(last)
        assert precision == last_precision, text
        return None, start, end, "interval"
    start, end, precision = read_unit(text)
    return None, start, end, precision


# Granularities stored as one EDTF unit of the same precision.
UNIT_GRANULARITIES = ("day", "month", "year", "decade")
DAY = dt.timedelta(days=1)


def check_reading(result) -> None:
    relation, start, end, precision = read_edtf(result.edtf)
    assert relation == result.relation, result
    if relation == "before":
        # The open interval ends right before the reading's start, at its precision.
        assert end == result.start - DAY, result
        if result.granularity in UNIT_GRANULARITIES:
            assert precision in (
                result.granularity,
                "year" if result.granularity == "decade" else "",
            ), result
        return
    if relation == "after":
        assert start == result.end + DAY, result
        return
    assert (start, end) == (result.start, result.end), result
    if result.granularity in UNIT_GRANULARITIES:
        assert precision == result.granularity, result
    elif result.granularity == "week":
        assert precision == "interval" and (end - start).days == 6 and start.weekday() == 0, result


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions(), anchors)
def test_every_reading_edtf_gives_exactly_its_interval_and_granularity(expression, anchor):
    text, lang = expression
    result = dates.normalise(text, anchor, lang)
    assert result.status != "error", result
    if result.status == "parsed":
        assert result.start <= result.end, result
        check_reading(result)


@settings(max_examples=400, deadline=None)
@given(expressions(), anchors)
def test_found_dates_read_consistently_in_running_text(expression, anchor):
    text, lang = expression
    sentence = f"The figures were published {text}, officials said."
    if lang == "pl":
        sentence = f"Dane opublikowano {text}, podał urząd."
    for found in dates.find_dates(sentence, anchor, lang):
        assert sentence[found.start : found.end] == found.text
        if found.result.status == "parsed":
            check_reading(found.result)
