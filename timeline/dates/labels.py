"""Human labels for intervals, at the precision the interval really has.

The label is read off the interval's shape as much as its granularity: January to April of
one year is "early 2017" whatever produced it, days 11-20 of a month are "mid-August 2018".
Polish needs the month in four cases: nominative ("sierpień 2018"), genitive ("20 września"),
instrumental after "przed" ("przed kwietniem") and locative after "po" ("po kwietniu").
"""

import datetime as dt

from timeline.dates.periods import DECADE_PARTS, SEASON_MONTHS, month_end

PL_NOMINATIVE = (
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień"
).split()
PL_GENITIVE = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
).split()
PL_INSTRUMENTAL = (
    "styczniem lutym marcem kwietniem majem czerwcem lipcem sierpniem wrześniem październikiem "
    "listopadem grudniem"
).split()
PL_LOCATIVE = (
    "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu"
).split()
EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

# Polish word, then its instrumental (after "przed") and locative (after "po").
PL_SEASONS = {
    "spring": ("wiosna", "wiosną", "wiośnie"),
    "summer": ("lato", "latem", "lecie"),
    "autumn": ("jesień", "jesienią", "jesieni"),
    "winter": ("zima", "zimą", "zimie"),
}
PL_PARTS = {
    "early": ("początek", "początkiem", "początku"),
    "mid": ("połowa", "połową", "połowie"),
    "late": ("koniec", "końcem", "końcu"),
}
EN_PARTS = {"early": "early ", "mid": "mid-", "late": "late "}
DASH = "–"


def label(
    start: dt.date,
    end: dt.date,
    granularity: str | None,
    lang: str | None,
    relation: str | None = None,
) -> str:
    """The label of [start, end] in Polish ("pl") or English (any other language).

    Raises ValueError only for impossible input: a missing bound, start after end, or a
    relation other than None, "before" and "after". A missing date is the caller's to word
    ("pending", "date unknown").
    """
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise ValueError("a label needs both a start and an end date")
    if isinstance(start, dt.datetime) or isinstance(end, dt.datetime):
        start, end = _as_date(start), _as_date(end)
    if start > end:
        raise ValueError(f"the interval starts ({start}) after it ends ({end})")
    if relation not in (None, "", "before", "after"):
        raise ValueError(f"unknown relation {relation!r}")
    shape = describe(start, end, granularity)
    polish = (lang or "").lower().startswith("pl")
    if polish:
        return _polish(shape, relation or None)
    text = _english(shape)
    return f"{relation} {text}" if relation else text


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def describe(start: dt.date, end: dt.date, granularity: str | None) -> tuple:
    """The interval as a named shape: ("day", date), ("month", year, month), ...

    The stated granularity wins where the interval fits it (an ISO week, a season); any other
    interval is described by its shape.
    """
    whole_months = start.day == 1 and end == month_end(end.year, end.month)
    whole_years = whole_months and start.month == 1 and end.month == 12
    if start == end:
        return ("day", start)
    if granularity == "week" and start.weekday() == 0 and (end - start).days == 6:
        iso = start.isocalendar()
        return ("week", iso.year, iso.week)
    if granularity == "season" and whole_months:
        for season, (first, last) in SEASON_MONTHS.items():
            if (start.month, end.month) == (first, last) and (end.year - start.year) == (
                first > last
            ):
                return ("season", season, start.year, end.year)
    if whole_years:
        if start.year == end.year:
            return ("year", start.year)
        if start.year % 10 == 0 and end.year == start.year + 9:
            return ("decade", start.year)
        for part, (first, last) in DECADE_PARTS.items():
            if (start.year % 10, end.year - start.year) == (first, last - first):
                return ("decadepart", part, start.year - first)
        return ("years", start.year, end.year)
    if whole_months and start.year == end.year:
        first, last = start.month, end.month
        if first == last:
            return ("month", start.year, first)
        if last - first == 2 and first % 3 == 1:
            return ("quarter", start.year, first // 3 + 1)
        if last - first == 5 and first in (1, 7):
            return ("half", start.year, 1 if first == 1 else 2)
        for part, months in {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.items():
            if (first, last) == months:
                return ("yearpart", part, start.year)
        return ("months", start.year, first, last)
    if whole_months:
        return ("monthspan", start.year, start.month, end.year, end.month)
    if (start.year, start.month) == (end.year, end.month):
        last_day = month_end(end.year, end.month).day
        for part, days in {"early": (1, 10), "mid": (11, 20), "late": (21, last_day)}.items():
            if (start.day, end.day) == days:
                return ("monthpart", part, start.year, start.month)
        return ("days", start.year, start.month, start.day, end.day)
    return ("dayspan", start, end)


def _english(shape: tuple) -> str:
    kind, *v = shape
    if kind == "day":
        return f"{v[0].day} {EN_MONTHS[v[0].month - 1]} {v[0].year}"
    if kind == "week":
        return f"week {v[1]}, {v[0]}"
    if kind == "month":
        return f"{EN_MONTHS[v[1] - 1]} {v[0]}"
    if kind == "quarter":
        return f"Q{v[1]} {v[0]}"
    if kind == "half":
        return f"{'first' if v[1] == 1 else 'second'} half of {v[0]}"
    if kind == "season":
        season, first_year, last_year = v
        if season == "winter":
            return f"winter {first_year}/{last_year % 100:02d}"
        return f"{season} {first_year}"
    if kind == "year":
        return str(v[0])
    if kind == "decade":
        return f"{v[0]}s"
    if kind == "years":
        return f"{v[0]}{DASH}{v[1]}"
    if kind == "yearpart":
        return f"{EN_PARTS[v[0]]}{v[1]}"
    if kind == "decadepart":
        return f"{EN_PARTS[v[0]]}{v[1]}s"
    if kind == "monthpart":
        return f"{EN_PARTS[v[0]]}{EN_MONTHS[v[2] - 1]} {v[1]}"
    if kind == "months":
        return f"{EN_MONTHS[v[1] - 1]}{DASH}{EN_MONTHS[v[2] - 1]} {v[0]}"
    if kind == "monthspan":
        return f"{EN_MONTHS[v[1] - 1]} {v[0]} {DASH} {EN_MONTHS[v[3] - 1]} {v[2]}"
    if kind == "days":
        return f"{v[2]}{DASH}{v[3]} {EN_MONTHS[v[1] - 1]} {v[0]}"
    start, end = v
    if start.year == end.year:
        return f"{start.day} {EN_MONTHS[start.month - 1]} {DASH} {_english(('day', end))}"
    return f"{_english(('day', start))} {DASH} {_english(('day', end))}"


def _polish(shape: tuple, relation: str | None) -> str:
    """Polish label; after "przed" and "po" the head noun takes the instrumental or locative."""
    kind, *v = shape
    case = {None: 0, "before": 1, "after": 2}[relation]
    prefix = {None: "", "before": "przed ", "after": "po "}[relation]
    if kind == "day":
        text = f"{v[0].day} {PL_GENITIVE[v[0].month - 1]} {v[0].year}"
    elif kind == "week":
        text = f"{('tydzień', 'tygodniem', 'tygodniu')[case]} {v[1]}, {v[0]}"
    elif kind == "month":
        forms = (PL_NOMINATIVE, PL_INSTRUMENTAL, PL_LOCATIVE)[case]
        text = f"{forms[v[1] - 1]} {v[0]}"
    elif kind == "quarter":
        text = f"{ROMAN[v[1]]} {('kwartał', 'kwartałem', 'kwartale')[case]} {v[0]}"
    elif kind == "half":
        text = f"{ROMAN[v[1]]} {('połowa', 'połową', 'połowie')[case]} {v[0]}"
    elif kind == "season":
        season, first_year, last_year = v
        years = f"{first_year}/{last_year}" if season == "winter" else str(first_year)
        text = f"{PL_SEASONS[season][case]} {years}"
    elif kind == "year":
        text = f"{v[0]} r." if relation else str(v[0])
    elif kind == "decade":
        text = f"{('lata', 'latami', 'latach')[case]} {_polish_decade(v[0])}"
    elif kind == "years":
        text = f"{v[0]}{DASH}{v[1]}"
        text = f"{('', 'latami ', 'latach ')[case]}{text}"
    elif kind == "yearpart":
        text = f"{PL_PARTS[v[0]][case]} {v[1]}"
    elif kind == "monthpart":
        text = f"{PL_PARTS[v[0]][case]} {PL_GENITIVE[v[2] - 1]} {v[1]}"
    elif kind == "decadepart":
        text = f"{PL_PARTS[v[0]][case]} lat {_polish_decade(v[1])}"
    else:
        text = _polish_span(shape)
        if relation:
            text = f"{('', 'okresem', 'okresie')[case]} {text}"
    return prefix + text


def _polish_span(shape: tuple) -> str:
    kind, *v = shape
    if kind == "months":
        return f"{PL_NOMINATIVE[v[1] - 1]}{DASH}{PL_NOMINATIVE[v[2] - 1]} {v[0]}"
    if kind == "monthspan":
        return f"{PL_NOMINATIVE[v[1] - 1]} {v[0]} {DASH} {PL_NOMINATIVE[v[3] - 1]} {v[2]}"
    if kind == "days":
        return f"{v[2]}{DASH}{v[3]} {PL_GENITIVE[v[1] - 1]} {v[0]}"
    start, end = v
    last = f"{end.day} {PL_GENITIVE[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {PL_GENITIVE[start.month - 1]} {DASH} {last}"
    return f"{start.day} {PL_GENITIVE[start.month - 1]} {start.year} {DASH} {last}"


def _polish_decade(first_year: int) -> str:
    # "lata 80. XX wieku" is how Polish writes a decade; the first two of a century have no
    # such name, so they are written in full ("lata 2000.", "lata 2010.").
    within = first_year % 100
    if within >= 20:
        return f"{within}. {_roman(first_year // 100 + 1)} wieku"
    return f"{first_year}."


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out
