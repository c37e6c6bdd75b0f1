"""Vague counts: "kilkanaście", "dozens", "Dutzende", "des dizaines", "decenas".

Each is read as a central value and the range the words stand for, or, for
round estimates ("une centaine", "una decena"), as a value with no range.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Vague", "vague_count", "vague_words"]


@dataclass(frozen=True, slots=True)
class Vague:
    """A vague count: a central value and the range it stands for."""

    value: Decimal
    low: Decimal
    high: Decimal
    exact: bool = False
    # "une centaine", "una decena": an estimate around a round figure, with
    # no range the words commit to.
    bounded: bool = True


def _vague(low: int, high: int) -> Vague:
    return Vague(Decimal(low + high) / 2, Decimal(low), Decimal(high))


def _about(value: int) -> Vague:
    return Vague(Decimal(value), Decimal(value), Decimal(value), bounded=False)


_TWELVE = Vague(Decimal(12), Decimal(12), Decimal(12), exact=True)


# The central value is the midpoint of the range. "Kilka" is read as 3-9
# (Polish uses "dwa"/"parę" for two), "kilkanaście" as 11-19, "kilkadziesiąt"
# and "dozens" as 20-90, "kilkaset" and "hundreds" as 200-900. "A dozen" and
# "tuzin" are exact twelves.
_PL_VAGUE = {
    "kilka": _vague(3, 9),
    "kilku": _vague(3, 9),
    "kilkoma": _vague(3, 9),
    "kilkanaście": _vague(11, 19),
    "kilkunastu": _vague(11, 19),
    "kilkunastoma": _vague(11, 19),
    "kilkadziesiąt": _vague(20, 90),
    "kilkudziesięciu": _vague(20, 90),
    "kilkudziesięcioma": _vague(20, 90),
    "kilkaset": _vague(200, 900),
    "kilkuset": _vague(200, 900),
    "dziesiątki": _vague(20, 90),
    "dziesiątek": _vague(20, 90),
    "setki": _vague(200, 900),
    "setek": _vague(200, 900),
    "tysiące": _vague(2000, 9000),
    "tysięcy": _vague(2000, 9000),
    "miliony": _vague(2_000_000, 9_000_000),
    "milionów": _vague(2_000_000, 9_000_000),
    "tuzin": _TWELVE,
}
_EN_VAGUE = {
    "several": _vague(3, 9),
    "a few": _vague(2, 4),
    "a dozen": _TWELVE,
    "dozens": _vague(20, 90),
    "tens": _vague(20, 90),
    "scores": _vague(20, 90),
    "hundreds": _vague(200, 900),
    "thousands": _vague(2000, 9000),
    "millions": _vague(2_000_000, 9_000_000),
    "billions": _vague(2_000_000_000, 9_000_000_000),
}


# German, French and Spanish mirror the Polish and English bounds: "einige",
# "mehrere", "plusieurs", "quelques", "varios" and "algunos" are read like
# "kilka" and "several" (3-9), "ein paar" and "unos cuantos" like "a few".
_DE_VAGUE = {
    "einige": _vague(3, 9),
    "einigen": _vague(3, 9),
    "einiger": _vague(3, 9),
    "mehrere": _vague(3, 9),
    "mehreren": _vague(3, 9),
    "mehrerer": _vague(3, 9),
    "ein paar": _vague(2, 4),
    "ein dutzend": _TWELVE,
    "dutzende": _vague(20, 90),
    "dutzenden": _vague(20, 90),
    "hunderte": _vague(200, 900),
    "hunderten": _vague(200, 900),
    "tausende": _vague(2000, 9000),
    "tausenden": _vague(2000, 9000),
    "zehntausende": _vague(20_000, 90_000),
    "zehntausenden": _vague(20_000, 90_000),
    "hunderttausende": _vague(200_000, 900_000),
    "hunderttausenden": _vague(200_000, 900_000),
    "millionen": _vague(2_000_000, 9_000_000),
    "milliarden": _vague(2_000_000_000, 9_000_000_000),
}
_FR_VAGUE = {
    "plusieurs": _vague(3, 9),
    "quelques": _vague(3, 9),
    "une douzaine": _TWELVE,
    "des dizaines": _vague(20, 90),
    "des centaines": _vague(200, 900),
    "des milliers": _vague(2000, 9000),
    "des millions": _vague(2_000_000, 9_000_000),
    "des milliards": _vague(2_000_000_000, 9_000_000_000),
    "une dizaine": _about(10),
    "une quinzaine": _about(15),
    "une vingtaine": _about(20),
    "une trentaine": _about(30),
    "une quarantaine": _about(40),
    "une cinquantaine": _about(50),
    "une soixantaine": _about(60),
    "une centaine": _about(100),
    "un millier": _about(1000),
}
_ES_VAGUE = {
    "varios": _vague(3, 9),
    "varias": _vague(3, 9),
    "algunos": _vague(3, 9),
    "algunas": _vague(3, 9),
    "unos cuantos": _vague(2, 4),
    "unas cuantas": _vague(2, 4),
    "una docena": _TWELVE,
    "decenas": _vague(20, 90),
    "cientos": _vague(200, 900),
    "centenares": _vague(200, 900),
    "miles": _vague(2000, 9000),
    "millones": _vague(2_000_000, 9_000_000),
    "miles de millones": _vague(2_000_000_000, 9_000_000_000),
    "una decena": _about(10),
    "una veintena": _about(20),
    "una treintena": _about(30),
    "un centenar": _about(100),
    "un millar": _about(1000),
}
_VAGUE = {"pl": _PL_VAGUE, "en": _EN_VAGUE, "de": _DE_VAGUE, "fr": _FR_VAGUE, "es": _ES_VAGUE}


def vague_count(phrase: str, lang: str) -> Vague | None:
    """The :class:`Vague` reading of a vague count word, or None."""
    lowered = " ".join(phrase.lower().split())
    return _VAGUE.get(lang, {}).get(lowered)


def vague_words(lang: str) -> list[str]:
    """All vague count phrases of ``lang``, longest first."""
    return sorted(_VAGUE.get(lang, {}), key=len, reverse=True)
