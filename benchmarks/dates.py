"""Throughput of the date engine against plain dateparser on a realistic stream.

    .venv/bin/python -m benchmarks.dates [--size 20000] [--seed 2018] [--cold]

The stream repeats a few hundred distinct expressions in five languages with Zipf-like
frequency (a handful, like "w ubiegłym roku", are everywhere; most are rare), each against an
anchor drawn from 2015-2020, as a newsroom's backlog would. Both contenders run in this one
process on the same stream; dateparser gets its language and one reused settings dict, its
fastest ordinary use. Each side's one-time setup (the engine's production indexes,
dateparser's language data) runs before the timing and is printed apart. Plain Python, no
Django.
"""

import argparse
import datetime as dt
import random
import resource
import time

from timeline import dates
from timeline.dates.parsing import compile_expression

MONTHS = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
LOCATIVE = "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu"

RELATIVE = {
    "pl": [
        "w ubiegłym roku",
        "w tym roku",
        "w przyszłym roku",
        "w ubiegłym miesiącu",
        "w tym tygodniu",
        "rok temu",
        "dwa lata temu",
        "3 dni temu",
        "wczoraj",
        "dziś",
        "w czwartek",
        "w ubiegły wtorek",
        "na początku roku",
        "pod koniec ubiegłego roku",
        "w połowie 2018",
        "wcześniej w tym roku",
        "w pierwszej połowie roku",
        "w drugim kwartale 2016 roku",
        "latem 2018",
        "w latach 80.",
        "przed ubiegłoroczną konferencją F8",
        "87 mln",
        "ponad 12 firm",
    ],
    "en": [
        "last year",
        "this year",
        "next month",
        "last week",
        "two years ago",
        "a year ago",
        "3 days ago",
        "yesterday",
        "today",
        "on Wednesday",
        "early 2017",
        "mid-2018",
        "late last year",
        "earlier this month",
        "the second half of 2015",
        "Q3 2018",
        "last summer",
        "in the 1980s",
        "after the leak was revealed",
        "12%",
        "$2.3bn",
    ],
    "de": [
        "letztes Jahr",
        "im vergangenen Jahr",
        "vor zwei Jahren",
        "gestern",
        "Anfang 2017",
        "Mitte 2018",
        "im Sommer 2018",
    ],
    "fr": [
        "l'année dernière",
        "cette année",
        "il y a deux ans",
        "hier",
        "début 2017",
        "mi-2018",
        "fin 2017",
    ],
    "es": [
        "el año pasado",
        "este año",
        "hace dos años",
        "ayer",
        "a principios de 2017",
        "a mediados de 2018",
    ],
}


def expressions(rng: random.Random) -> list[tuple[str, str]]:
    """A few hundred distinct (expression, language) pairs, the common ones first."""
    pairs = [(text, lang) for lang, texts in RELATIVE.items() for text in texts]
    for lang, names in MONTHS.items():
        for month in names.split():
            pairs.append((f"{month} 2018" if lang != "es" else f"{month} de 2018", lang))
    for month in LOCATIVE.split():
        pairs.append((f"w {month}", "pl"))
    for _ in range(150):
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2010, 2020)
        lang = rng.choice(list(MONTHS))
        name = MONTHS[lang].split()[month - 1]
        text = {
            "pl": f"{day} {name} {year} r.",
            "en": f"{name} {day}, {year}",
            "de": f"{day}. {name} {year}",
            "fr": f"{day} {name} {year}",
            "es": f"{day} de {name} de {year}",
        }[lang]
        pairs.append((text, lang))
    return list(dict.fromkeys(pairs))


# Templates of the everyday forms news writes, filled with random numbers so that almost every
# expression is new to the engine's cache, as a stream of real articles' dates mostly is.
DISTINCT_TEMPLATES = {
    "pl": [
        "{day} {month} {year} r.",
        "{day} {month} {year} roku",
        "{day:02}.{number:02}.{year}",
        "w {locative} {year} roku",
        "pod koniec {month} {year} roku",
        "na początku {year} roku",
        "{small} dni temu",
        "{small} tygodni temu",
        "{small} lat temu",
        "w {quarter} kwartale {year} roku",
        "od {day} {month} {year} r.",
        "{day} {month} {year}",
        "{year}-{number:02}-{day:02}",
        "do {day} {month} {year} r.",
    ],
    "en": [
        "{month} {day}, {year}",
        "{day} {month} {year}",
        "{number}/{day}/{year}",
        "in {month} {year}",
        "early {year}",
        "late {month} {year}",
        "{small} days ago",
        "{small} weeks ago",
        "{small} years ago",
        "the {quarter} quarter of {year}",
        "since {month} {day}, {year}",
        "on {month} {day}, {year}",
        "{year}-{number:02}-{day:02}",
        "by {month} {day}, {year}",
    ],
    "de": [
        "{day}. {month} {year}",
        "am {day}. {month} {year}",
        "vor {small} Tagen",
        "Anfang {year}",
    ],
    "fr": [
        "{day} {month} {year}",
        "le {day} {month} {year}",
        "il y a {small} jours",
        "début {year}",
    ],
    "es": ["{day} de {month} de {year}", "el {day} de {month} de {year}", "hace {small} días"],
}
QUARTERS = {"pl": "pierwszym drugim trzecim czwartym", "en": "first second third fourth"}
LANGUAGE_SHARES = {"pl": 0.4, "en": 0.4, "de": 0.07, "fr": 0.07, "es": 0.06}


def distinct_stream(size: int, seed: int) -> list[tuple[str, dt.date, str]]:
    """`size` (expression, anchor, language) triples, nearly all expressions distinct."""
    rng = random.Random(seed)
    first, days = dt.date(2015, 1, 1), (dt.date(2020, 12, 31) - dt.date(2015, 1, 1)).days
    langs, shares = list(LANGUAGE_SHARES), list(LANGUAGE_SHARES.values())
    items = []
    for _ in range(size):
        lang = rng.choices(langs, weights=shares)[0]
        month = rng.randint(1, 12)
        values = {
            "day": rng.randint(1, 28),
            "month": MONTHS[lang].split()[month - 1],
            "locative": LOCATIVE.split()[month - 1],
            "number": month,
            "year": rng.randint(1950, 2030),
            "small": rng.randint(2, 99),
            "quarter": QUARTERS.get(lang, QUARTERS["en"]).split()[rng.randint(0, 3)],
        }
        text = rng.choice(DISTINCT_TEMPLATES[lang]).format(**values)
        items.append((text, first + dt.timedelta(days=rng.randint(0, days)), lang))
    return items


def stream(size: int, seed: int) -> list[tuple[str, dt.date, str]]:
    """`size` (expression, anchor, language) triples with Zipf-like repetition."""
    rng = random.Random(seed)
    distinct = expressions(rng)
    weights = [1 / (rank**1.1) for rank in range(1, len(distinct) + 1)]
    first, days = dt.date(2015, 1, 1), (dt.date(2020, 12, 31) - dt.date(2015, 1, 1)).days
    chosen = rng.choices(distinct, weights=weights, k=size)
    return [(text, first + dt.timedelta(days=rng.randint(0, days)), lang) for text, lang in chosen]


def run_engine(items, cold: bool = False) -> tuple[float, int]:
    """Seconds and parsed count for the stream; `cold` empties the expression cache before
    every pair, so each is parsed as if no expression ever repeated (the worst case: a stream
    of distinct expressions)."""
    began = time.perf_counter()
    parsed = 0
    for text, anchor, lang in items:
        if cold:
            compile_expression.cache_clear()
        parsed += dates.normalise(text, anchor, lang).status == "parsed"
    return time.perf_counter() - began, parsed


def setup_engine() -> float:
    """Seconds of the engine's one-time setup: each grammar's production index."""
    from timeline.dates.grammar import GRAMMARS, NEUTRAL, prefilter

    began = time.perf_counter()
    for grammar in (*GRAMMARS.values(), NEUTRAL):
        prefilter.index_of(grammar)
    return time.perf_counter() - began


def setup_dateparser(langs) -> float:
    """Seconds of dateparser's one-time setup: loading each language's data."""
    import dateparser

    began = time.perf_counter()
    for lang in sorted(langs):
        dateparser.parse("2018", languages=[lang])
    return time.perf_counter() - began


def run_dateparser(items) -> tuple[float, int]:
    import dateparser

    settings = {"RELATIVE_BASE": None}
    began = time.perf_counter()
    parsed = 0
    for text, anchor, lang in items:
        settings["RELATIVE_BASE"] = dt.datetime(
            anchor.year, anchor.month, anchor.day, tzinfo=dt.UTC
        )
        parsed += dateparser.parse(text, languages=[lang], settings=settings) is not None
    return time.perf_counter() - began, parsed


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size", type=int, default=20_000, help="pairs in the stream (default 20000)"
    )
    parser.add_argument("--seed", type=int, default=2018, help="random seed (default 2018)")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="parse every pair afresh, as if every expression were distinct",
    )
    args = parser.parse_args(argv)

    items = stream(args.size, args.seed)
    distinct = len({(text, lang) for text, _, lang in items})
    setup = setup_engine(), setup_dateparser({lang for _, _, lang in items})
    compile_expression.cache_clear()
    engine_seconds, engine_parsed = run_engine(items, cold=args.cold)
    hits = compile_expression.cache_info().hits
    dp_seconds, dp_parsed = run_dateparser(items)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    engine_rate, dp_rate = len(items) / engine_seconds, len(items) / dp_seconds
    mode = ", engine cache emptied before every pair" if args.cold else ""
    print(f"stream: {len(items)} pairs, {distinct} distinct expressions, seed {args.seed}{mode}")
    print(
        f"engine:     {engine_rate:10.0f} pairs/s  ({engine_seconds:.2f} s, {engine_parsed} parsed)"
    )
    print(f"dateparser: {dp_rate:10.0f} pairs/s  ({dp_seconds:.2f} s, {dp_parsed} returned a date)")
    print(f"ratio:      {engine_rate / dp_rate:10.1f}x")
    print(f"cache hits: {hits} of {len(items)}")
    print(f"setup:      engine {setup[0]:.2f} s, dateparser {setup[1]:.2f} s (once, not timed)")
    print(f"peak RSS:   {peak_mib:10.1f} MiB")


if __name__ == "__main__":
    main()
