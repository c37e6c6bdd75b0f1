"""Quantities in Polish, English, German, French and Spanish news copy.

A quantity is a number with what it counts and how firmly it is stated:
"nawet 87 mln użytkowników" is *up to* 87000000 users, "ponad 12 różnych
firm" is *more than* 12 companies, "$2.3bn" is exactly 2300000000 USD,
"bis zu 87 Mio. Nutzer", "jusqu'à 87 millions d'utilisateurs" and "hasta 87
millones de usuarios" are *up to* 87000000 users. Fractions in words that
state a share ("połowa użytkowników", "a third of the banks"), ratios ("one
in five", "co trzecia firma") and changes by a fraction ("spadła o połowę",
"halved") are read as percentages.

The finder reads each number where it stands and then looks a few words to
each side: a qualifier and a currency symbol to the left; a scale word, a
currency, a percent sign or a counted noun to the right. Years, calendar
dates, times, ordinals, list numbering and model names ("F8", "iPhone 7",
"COVID-19") are not quantities; spans passed in ``exclude`` (the dates that
the date engine found) never yield one either.

One amount is read in :mod:`.amounts`, shares and ratios in :mod:`.shares`;
:mod:`.lookalikes` turns away what only looks like an amount and
:mod:`.pairs` joins two figures into a range or a change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .amounts import _core_re, _read_digits, _read_fold, _read_vague, _read_words
from .lookalikes import _Blocked, _is_time_reference
from .numerals import tidy
from .pairs import _merge_ranges
from .readings import _Reading
from .shares import _is_ratio_of_time, _read_halving, _read_ratio, _read_share
from .units import resolve_currency

__all__ = ["Quantity", "find_quantities"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text.

    ``text == original[start:end]`` covers the qualifier, the number, its
    scale and unit ("nawet 87 mln użytkowników"). ``value`` is the number
    the text states; for vague counts and ranges ``low``/``high`` bound it.
    """

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    qualifier: str
    low: Decimal | None = None
    high: Decimal | None = None
    unit_inferred: bool = False


def find_quantities(
    text: str,
    lang: str,
    exclude: Iterable[tuple[int, int]] = (),
    country: str | None = None,
) -> list[Quantity]:
    """Find the quantities in ``text``, in order of appearance.

    ``lang`` is an ISO 639-1 code: "pl", "en", "de", "fr" and "es" get their
    full vocabulary; other languages get digits, symbols and currency codes
    only (decimal comma). ``exclude`` lists ``(start, end)`` spans, such as
    the dates found by the date engine, that must not yield quantities.
    ``country`` (ISO 3166 alpha-2, the outlet's) settles what "$", "¥",
    "kr" and "cents" stand for when the text does not say; such a
    quantity has ``unit_inferred`` set.
    """
    lang = (lang or "").lower()[:2]
    blocked = _Blocked(text, exclude, lang)
    readings: list[_Reading] = []
    consumed_until = 0
    position = 0
    # A ratio that turns out not to be one ("un impact sur deux secteurs") is
    # read again without ratios, so that the numbers inside it are not lost
    # (and so is a change by half that is none: "divisé par deux camps"); a
    # ratio of time ("un jour sur deux", "one in five years") counts nothing.
    plain_until = -1
    while True:
        match = _core_re(lang, ratios=position >= plain_until).search(text, position)
        if match is None:
            break
        position = match.end()
        if match.start() < consumed_until:
            continue
        if blocked.overlaps(match.start(), match.end()):
            continue
        if match.group("digits") is not None:
            reading = _read_digits(text, match, lang, blocked)
        elif match.lastgroup == "ratio":
            reading = _read_ratio(text, match, lang, blocked)
        elif match.lastgroup == "halving":
            reading = _read_halving(text, match, lang)
        elif match.lastgroup == "fold":
            reading = _read_fold(text, match, lang)
        elif match.lastgroup == "vague":
            reading = _read_vague(text, match, lang, blocked)
        elif match.lastgroup == "share":
            reading = _read_share(text, match, lang, blocked)
        else:
            reading = _read_words(text, match, lang, blocked)
        if reading is None and match.lastgroup == "halving":
            # "divisé par deux camps" still counts two camps.
            position, plain_until = match.start(), match.end()
            continue
        if reading is None and match.lastgroup == "ratio":
            if not _is_ratio_of_time(text, match, lang, blocked):
                position, plain_until = match.start(), match.end()
            continue
        if reading is None or _is_time_reference(text, reading, lang):
            continue
        readings.append(reading)
        consumed_until = reading.end
    return [_to_quantity(text, r, country) for r in _merge_ranges(text, readings, lang)]


def _to_quantity(text: str, reading: _Reading, country: str | None) -> Quantity:
    scale = reading.scale or Decimal(1)
    # Vague bounds are stated before the scale ("kilka" of "kilka tysięcy");
    # range bounds were scaled when the range was joined.
    bound_scale = scale if reading.vague else Decimal(1)
    low = None if reading.low is None else tidy(reading.low * bound_scale)
    high = None if reading.high is None else tidy(reading.high * bound_scale)
    qualifier = reading.qualifier or ("approx" if reading.vague else "exact")
    unit, inferred = resolve_currency(reading.unit, country)
    return Quantity(
        start=reading.start,
        end=reading.end,
        text=text[reading.start : reading.end],
        value=tidy(reading.number * scale),
        unit=unit,
        qualifier=qualifier,
        low=low,
        high=high,
        unit_inferred=inferred,
    )
