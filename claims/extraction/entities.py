"""Named entities: who makes or is the subject of a claim.

Precision comes before recall. Names are found by, in order of trust:

1. the gazetteer (:mod:`.gazetteer`), with Polish case forms mapped to one
   canonical name;
2. a company-type word before or after capitalised words ("grupa finansowa
   Citigroup", "spółka Orlen", "Deutsche Bank", "Acme Corp.");
3. capitalised names in Polish typographic quotes („Puls Biznesu”), which
   are organisations when a press or company word comes before them;
4. runs of two or more capitalised words that do not open a sentence
   ("Jan Kowalski", "Silicon Valley Bank"), people when the first word is a
   common first name.

Anything found only by rule 3 or 4 without a clue to its kind is "other".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .gazetteer import ENTRIES, GazetteerEntry

__all__ = ["ENTITY_KINDS", "Entity", "find_entities"]

ENTITY_KINDS = ("organisation", "person", "place", "other")


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: ``text == original[start:end]``, ``name`` canonical."""

    start: int
    end: int
    text: str
    kind: str
    name: str


_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_CAPITALISED = rf"[{_UPPER}][\w'’&-]*"
_CONNECTORS = ("of", "de", "van", "von", "der", "la", "&", "i")
# "i" (Polish "and") joins two names far more often than it sits inside one.
_RUN_CONNECTORS = ("of", "de", "van", "von", "der", "la", "&")

_ORG_SUFFIXES = (
    r"Inc\.|Corp\.|Corporation|Ltd\.|LLC|plc|PLC|S\.A\.|SA|AG|GmbH|N\.V\.|"
    r"[Ss]p\. z o\.o\.|Group|Holdings|Holding|Bank|Bancorp|Capital|Partners|"
    r"Technologies|Systems|Airlines|Motors|Pharma|Insurance|Securities"
)
_ORG_PREFIXES = (
    "Bank|Banku|Grupa|Grupy|Fundacja|Fundacji|Instytut|Instytutu|Urząd|Urzędu|"
    "Ministerstwo|Ministerstwa|Uniwersytet|Uniwersytetu|Stowarzyszenie|"
    "Stowarzyszenia|Związek|Związku|Agencja|Agencji|Fundusz|Funduszu"
)
_DESCRIPTORS = (
    "firma|firmy|firmą|firmie|firmę|spółka|spółki|spółką|spółce|spółkę|"
    "koncern|koncernu|koncernem|koncernie|bank|banku|bankiem|banki|banków|"
    "grupa|grupy|grupą|grupie|grupę|agencja|agencji|agencją|agencję|"
    "dziennik|dziennika|dziennikiem|dzienniku|gazeta|gazety|gazecie|"
    "tygodnik|tygodnika|portal|portalu|serwis|serwisu|startup|startupu|"
    "operator|operatora|ubezpieczyciel|ubezpieczyciela|producent|producenta|"
    "platforma|platformy|giełda|giełdy|fundusz|funduszu|regulator|regulatora|"
    "company|firm|bank|group|agency|newspaper|daily|outlet|regulator|lender|"
    "insurer|startup|start-up|carrier|retailer|conglomerate|giant|fund|"
    "broker|maker|publisher|magazine|broadcaster"
)
_MEDIA_OR_COMPANY_RE = re.compile(
    r"(?:" + _DESCRIPTORS + r"|tygodnika|magazyn|magazynu|radio|telewizja|telewizji|"
    r"stacja|stacji|wydawnictwo|wydawnictwa)[ \u00a0]+\Z",
    re.IGNORECASE,
)

_FIRST_NAMES = frozenset(
    """
    Jan Jana Janem Piotr Piotra Paweł Pawła Marek Marka Andrzej Andrzeja
    Tomasz Tomasza Krzysztof Krzysztofa Michał Michała Adam Adama Marcin
    Marcina Jakub Jakuba Łukasz Łukasza Grzegorz Grzegorza Mateusz Mateusza
    Wojciech Wojciecha Rafał Rafała Robert Roberta Mariusz Mariusza Kamil
    Kamila Maciej Macieja Jerzy Jerzego Józef Józefa Stanisław Stanisława
    Anna Anny Maria Marii Katarzyna Katarzyny Małgorzata Małgorzaty Agnieszka
    Agnieszki Barbara Barbary Ewa Ewy Joanna Joanny Magdalena Magdaleny
    Monika Moniki Aleksandra Aleksandry Beata Beaty Dorota Doroty Karolina
    Karoliny Marta Marty Elżbieta Elżbiety Zofia Zofii
    John James Robert Michael William David Richard Joseph Thomas Charles
    Mark Steven Paul Andrew Peter Brian Kevin Jason Jeff Tim Elon Bill
    Sheryl Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen
    Nancy Lisa Margaret Emily Michelle Laura Rebecca Rachel Emma Olivia
    """.split()
)

_TOKEN_RE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    pattern: re.Pattern[str]
    by_form: dict[str, GazetteerEntry]


@cache
def _gazetteer() -> _Gazetteer:
    by_form: dict[str, GazetteerEntry] = {}
    for entry in ENTRIES:
        for form in entry.forms:
            by_form.setdefault(form, entry)
    alternation = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w'’])")
    return _Gazetteer(pattern, by_form)


_QUOTED_RE = re.compile(r"[„“](?P<name>[^„“”\"\n]{1,60})[”\"]")
_NAME_RUN = (
    rf"{_CAPITALISED}(?:[ \u00a0]+(?:(?:{'|'.join(map(re.escape, _RUN_CONNECTORS))})[ \u00a0]+)?"
    rf"{_CAPITALISED}){{0,3}}"
)
_DESCRIPTOR_RE = re.compile(
    r"(?<![^\W\d_])(?i:" + _DESCRIPTORS + r")"
    r"(?:[ \u00a0]+[a-ząćęłńóśźż]+(?:a|y|i|owa|owy|wy|ny|na|ski|ska|cki|cka)){0,2}"
    r"[ \u00a0]+(?P<name>" + _NAME_RUN + r")"
)
_SUFFIX_RE = re.compile(
    r"(?P<name>(?:" + _CAPITALISED + r"[ \u00a0]+){1,3}(?:" + _ORG_SUFFIXES + r"))(?![\w])"
)
_PREFIX_RE = re.compile(
    r"(?<![\w])(?P<name>(?:" + _ORG_PREFIXES + r")(?:[ \u00a0]+" + _CAPITALISED + r"){1,3})"
)
_RUN_RE = re.compile(r"(?<![\w.])" + _NAME_RUN)
_ADJECTIVE_AT_START = frozenset({"Polski", "Polska", "Polskie", "Polscy"})


def find_entities(text: str, lang: str) -> list[Entity]:
    """Find named entities in ``text``, in order of appearance.

    ``lang`` is an ISO 639-1 code; the gazetteer and the rules cover Polish
    and English together, so the code is accepted for symmetry with the
    other finders and for language-specific lists to come.
    """
    del lang
    # Rules 1-3 propose names; where they overlap the longer name wins
    # ("Silicon Valley Bank" over "Silicon Valley"), and on a tie the more
    # trusted rule.
    proposals: list[tuple[Entity, int]] = []
    gazetteer = _gazetteer()
    for match in gazetteer.pattern.finditer(text):
        form = match.group(0)
        if form in _ADJECTIVE_AT_START and _opens_sentence(text, match.start()):
            following = text[match.end() : match.end() + 2].strip()
            if following[:1].islower():
                continue  # "Polski rząd": an adjective, not the country
        entry = gazetteer.by_form[form]
        proposals.append((Entity(match.start(), match.end(), form, entry.kind, entry.name), 0))
    for match in _SUFFIX_RE.finditer(text):
        if _opens_sentence(text, match.start("name")) and _first_word_is_common(
            match.group("name")
        ):
            continue
        proposals.append((_entity(match, "organisation"), 1))
    for match in _PREFIX_RE.finditer(text):
        proposals.append((_entity(match, "organisation"), 1))
    for match in _DESCRIPTOR_RE.finditer(text):
        if match.group("name").split()[0] in _FIRST_NAMES:
            continue  # "firmy Jana Kowalskiego" names a person
        if match.group(0)[0].isupper() and not _opens_sentence(text, match.start()):
            continue  # mid-sentence "Bank Governor" is a title, not "bank" + name
        proposals.append((_entity(match, "organisation"), 2))
    for match in _QUOTED_RE.finditer(text):
        raw = match.group("name")
        name = raw.strip()
        if not _looks_like_name(name):
            continue
        start = match.start("name") + (len(raw) - len(raw.lstrip()))
        cue = _MEDIA_OR_COMPANY_RE.search(text, max(0, match.start() - 30), match.start())
        kind = "organisation" if cue else "other"
        proposals.append((Entity(start, start + len(name), name, kind, name), 3))

    proposals.sort(key=lambda p: (-(p[0].end - p[0].start), p[1], p[0].start))
    found: list[Entity] = []
    # One flag per character keeps overlap checks linear in the text.
    busy = bytearray(len(text))
    for entity, _ in proposals:
        if not any(busy[entity.start : entity.end]):
            found.append(entity)
            busy[entity.start : entity.end] = b"\x01" * (entity.end - entity.start)

    # Rule 4 only fills the gaps the others left.
    for match in _RUN_RE.finditer(text):
        for start, end in _free_segments(text, match, busy):
            words = text[start:end].split()
            surface = text[start:end]
            found.append(Entity(start, end, surface, _kind_of_run(words), " ".join(words)))

    found.sort(key=lambda e: e.start)
    return found


def _free_segments(text: str, match: re.Match[str], busy: bytearray) -> list[tuple[int, int]]:
    """Parts of a capitalised run that are names of two or more words, do
    not open the sentence and overlap nothing found already."""
    words = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(match.group(0))]
    words = [(match.start() + s, match.start() + e) for s, e in words]
    if words and _opens_sentence(text, words[0][0]):
        words = words[1:]
    segments: list[list[tuple[int, int]]] = [[]]
    for start, end in words:
        if any(busy[start:end]):
            segments.append([])
        else:
            segments[-1].append((start, end))
    result = []
    for segment in segments:
        while segment and text[segment[0][0] : segment[0][1]].lower() in _CONNECTORS:
            segment = segment[1:]
        while segment and text[segment[-1][0] : segment[-1][1]].lower() in _CONNECTORS:
            segment = segment[:-1]
        if len(segment) >= 2:
            result.append((segment[0][0], segment[-1][1]))
    return result


def _entity(match: re.Match[str], kind: str) -> Entity:
    name = match.group("name").rstrip()
    start = match.start("name")
    return Entity(start, start + len(name), name, kind, " ".join(name.split()))


def _opens_sentence(text: str, position: int) -> bool:
    index = position
    floor = max(0, position - 10)
    while index > floor and text[index - 1] in " \t\u00a0„“\"'‘«([":
        index -= 1
    if index == 0:
        return True
    return text[index - 1] in ".!?…\n:–—-" or index == floor


def _first_word_is_common(name: str) -> bool:
    first = name.split()[0]
    return first not in _gazetteer().by_form and first not in _FIRST_NAMES


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6:
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS for w in words)


def _kind_of_run(words: list[str]) -> str:
    if words[0] in _FIRST_NAMES:
        return "person"
    if re.fullmatch(_ORG_SUFFIXES, words[-1]):
        return "organisation"
    return "other"
