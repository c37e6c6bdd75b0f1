"""The tense of the sentence around a bare date, for find_dates().

A bare month, day and month, or weekday ("w styczniu", "on November 1", "am Montag") is read
as the latest one on or before the anchor, unless the words say otherwise. In running text a
future verb or marker near the date is the words saying otherwise: "urząd opublikuje w
styczniu" is the coming January. This module decides that, and nothing else.

The cues are curated per language and deliberately conservative (see docs/dates.md):

- future cues: future verb forms and markers ("będzie", "ruszy", "opublikuje", "will", "is
  set to", "wird", "sera", "va a"...), and the present tense of a few scheduling verbs
  ("startuje", "wchodzą w życie", "opens", "takes effect", "startet", "débute", "comienza");
- reported cues: English "would" with a verb ("said it would launch"), future as seen from a
  report that is itself in the past, so the event may lie just before or just after the
  anchor;
- past cues: past verb forms and auxiliaries ("podał", "wzrosło", "said", "launched", "had",
  "wurde", "a", "dijo"...), which only ever keep the default reading.

Within the sentence the cue nearest the date decides, distance being the words between them
plus three for every comma, dash, colon, bracket or quote in between, so "Apple said on
Monday it will launch the service" keeps Monday in the past while "will launch on November 1,
Apple said" reads November 1 as coming. A tie goes to the past. A sentence with no future or
reported cue never changes the reading.
"""

import re
from dataclasses import dataclass

# How far either side of a date a sentence is looked for: a sentence longer than this is cut.
REACH = 600
WORD = re.compile(r"\w+")
CLAUSE_MARK = re.compile(r"[,;:()\[\]\"„”“«»–—]|\s-\s")
CLAUSE_WEIGHT = 3
# A sentence ends at ".", "!", "?" or "…" followed by a capital (an abbreviation such as
# "ok." or "m.in." is followed by a digit or a lower-case word), at ";" or at a line break.
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)]*\s+[\"'„“«(]*(?P<next>\w)|[;\n]")

FUTURE = "upcoming"
REPORTED = "near"
PAST = "past"


@dataclass(frozen=True)
class Cues:
    """One language's cues. The first group of a future or reported pattern, when present, is
    the marker itself (its distance to the date counts); the whole match also covers the verb
    it governs, so "will be launched" is not taken for the past."""

    future: re.Pattern
    past: re.Pattern
    reported: re.Pattern | None = None


def _words(*alternatives: str) -> str:
    return "|".join(alternatives)


def _compile(pattern: str, attached: str = "") -> re.Pattern:
    """Whole words of `pattern`, or `attached`, a form written onto the word before it."""
    whole = rf"(?<![\w'’])(?:{pattern})(?![\w'’])"
    text = f"{whole}|{attached}" if attached else whole
    return re.compile(text.replace(" ", r"\s+"), re.IGNORECASE)


PL_FUTURE = _words(
    # Future auxiliaries, with the verb they govern ("będzie działał" is not a past).
    r"(?P<head>będzie|będą|będziemy|będziecie|będziesz|będę|zostanie|zostaną)(?: \w+)?",
    r"ruszy|ruszą|rozpocznie|rozpoczną|zacznie|zaczną|zakończy|zakończą|potrwa|potrwają",
    r"opublikuje|opublikują|przedstawi|przedstawią|ogłosi|ogłoszą|poda|podadzą",
    r"uruchomi|uruchomią|wprowadzi|wprowadzą|otworzy|otworzą|zmieni|zmienią",
    r"wejdzie w życie|wejdą w życie|wejdzie|wejdą|odbędzie się|odbędą się|nastąpi|nastąpią",
    r"pojawi się|pojawią się|wzrośnie|wzrosną|spadnie|spadną|wyniesie|wyniosą",
    r"zmniejszy|zmniejszą|zwiększy|zwiększą|obniży|obniżą|podniesie|podniosą|osiągnie|osiągną",
    r"wróci|wrócą|spowoduje|spowodują",
    r"planuje|planują|planujemy|zamierza|zamierzają|zamierzamy",
    # "ma zostać", "mają ruszyć", "ma się odbyć": is to be done.
    # Infinitive endings only: "ma sieć", "ma możliwość", "ma pięć" are "has".
    r"(?:ma|mają)(?: się)? (?!sieć(?!\w))\w+(?:ać|eć|ić|yć|ąć|uć|jść|óc)",
    r"zaplanowan\w* na|zaplanowano na|od przyszłego|od przyszłej|w przyszłości",
)
# The present tense of a handful of scheduling verbs is used for what is planned: "Konferencja
# startuje w lipcu", "Nowe przepisy wchodzą w życie w styczniu". Only verbs that open or
# bring into force: a general present ("obejmuje", "zaczyna się" of a fiscal year) says
# nothing about when.
PL_SCHEDULED = _words(
    r"startuje|startują|rusza|ruszają|rozpoczyna się|rozpoczynają się",
    r"wchodzi w życie|wchodzą w życie|zaczyna obowiązywać|zaczynają obowiązywać",
    r"odbywa się|odbywają się",
)
# Past forms: the l-participle ("podał", "wzrosła", "były", "zdecydowali") and the impersonal
# "-no"/"-to" ("opublikowano", "zamknięto"). Generous on purpose: a wrong past cue can only
# keep the default reading. A few common adjectives in "-ły" are left out.
PL_PAST = (
    r"(?!(?:cały|stały|mały|biały|jeśli|czyli)(?!\w))"
    r"\w{2,}(?:ł|ła|ło|li|ły|łem|łam|łeś|łaś|liśmy|łyśmy|łby|łaby|łoby|liby)"
    r"|\w{3,}(?:ano|ono|ęto|uto|yto|ito)"
)

EN_FUTURE = _words(
    # "will", not the noun ("the will of", "political will").
    r"(?<!the\s)(?<!a\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!political\s)(?<!free\s)"
    r"(?<!own\s)(?<!good\s)(?<!ill\s)(?-i:(?P<head>will|shall))"
    r"(?: not)?(?: \w+ly)?(?: be| have been| have| get)?(?: (?-i:[a-z])\w*)?",
    r"(?P<head2>won['’]t)(?: be)?(?: (?-i:[a-z])\w*)?",
    r"(?:is|are|am|['’]s|['’]re) (?:set|expected|scheduled|due|slated|going|poised|about) to",
    # The preposition is looked at, not taken: it may open the date ("expected in March").
    r"(?:is|are|['’]s|['’]re) (?:scheduled|expected|due|slated)(?= (?:for|in|on|by)(?!\w))",
    r"plans? to|planning to|intends? to|aims? to|expects? to",
    r"(?<!was\s)(?<!were\s)(?<!had\sbeen\s)(?<!originally\s)(?<!initially\s)(?<!previously\s)"
    r"(?:scheduled|planned|slated)(?= (?:for|to|in|on)(?!\w))",
    r"upcoming|forthcoming",
    # "its next meeting", not "the next day" (the story's own time) nor "next year", which is a
    # date of its own.
    r"next (?!(?:day|days|week|weeks|weekend|month|months|year|years|quarter|time|to|morning"
    r"|afternoon|evening|night)(?!\w))(?-i:[a-z])\w*",
)
# The present tense of scheduling verbs: "The conference opens in July", "The rules take
# effect in January". The third person singular is unambiguous; a plural form is a cue only
# when no auxiliary, modal, negation or "to" governs it ("did not begin", "failed to begin").
EN_SCHEDULED = _words(
    r"opens|starts|begins|kicks off|launches|premieres|debuts|gets under ?way",
    r"takes effect|comes into (?:force|effect)|goes into effect|enters into force",
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!n['’]t\s)"
    r"(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bmust\s)"
    r"(?<!\bcan\s)(?:take effect|come into (?:force|effect)|go into effect|enter into force"
    r"|begin|kick off|get under ?way)",
)
# "it'll launch", written onto the word before it.
EN_FUTURE_ATTACHED = r"(?<=\w)(?P<head3>['’]ll)(?: be)?(?: (?-i:[a-z])\w*)?(?![\w'’])"
EN_REPORTED = (
    r"(?P<head>would)(?: not|n['’]t)?(?! (?:not )?have(?!\w))(?! ['’]ve)(?: \w+ly)?(?: be)?"
    r"(?: (?-i:[a-z])\w*)?"
    r"|(?P<head2>wouldn['’]t)(?! have(?!\w))(?: be)?(?: (?-i:[a-z])\w*)?"
)
EN_IRREGULAR = (
    "said told began came went took made rose fell grew saw won lost paid sold bought brought "
    "left met held kept built spent sent found gave got became ran wrote chose broke drove knew "
    "led thought struck stood sought overtook fought flew spoke threw taught caught felt heard "
    "meant shut"
).split()
EN_PAST = _words(
    r"was|were|had|did|would have|would['’]ve|could have|might have|ago|previously",
    # The perfect, not "to have", "will have" or "have to".
    r"(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!should\s)(?<!must\s)(?<!may\s)"
    r"(?<!might\s)(?:has|have)(?! to(?!\w))",
    *EN_IRREGULAR,
    # A regular past, but not a participle after "be" ("will be launched", "is expected").
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bget\s)"
    r"(?<!\bgets\s)(?<!['’]s\s)(?<!['’]re\s)"
    r"(?!\w*eed(?!\w)|(?:hundred|bed|red|shed|wed|sled)(?!\w))(?-i:[a-z])\w+ed",
)

DE_FUTURE = _words(
    r"wird|werden|plant|planen|voraussichtlich|künftig",
    r"(?<!war\s)(?<!waren\s)(?<!wurde\s)(?<!hatte\s)geplant",
)
# "Die Konferenz startet im Juli", "Das Gesetz tritt im Januar in Kraft", "Die Messe findet
# im März statt": the separable verbs only with their particle later in the clause.
DE_SCHEDULED = _words(
    r"startet|starten|beginnt|beginnen|eröffnet",
    r"(?:tritt|treten)(?=(?:\s+[\w.]+){0,6}?\s+in\s+kraft(?!\w))",
    r"(?:findet|finden)(?=(?:\s+[\w.]+){0,6}?\s+statt(?!\w))",
    r"(?:läuft|laufen)(?=(?:\s+[\w.]+){0,6}?\s+an(?!\w))",
)
DE_PAST = _words(
    r"war|waren|wurde|wurden|hat|haben|hatte|hatten",
    r"sagte|sagten|teilte|teilten|erklärte|erklärten|kündigte|kündigten|meldete|meldeten",
    r"berichtete|berichteten|gab|gaben|stieg|stiegen|fiel|fielen|lag|lagen|kam|kamen",
    r"begann|begannen|startete|starteten|ging|gingen",
    # Past modals: "konnte im März nicht starten" is not a plan.
    r"konnte|konnten|wollte|wollten|musste|mussten|durfte|durften",
)

FR_FUTURE = _words(
    r"(?P<head>va|vont)(?: \w+)? \w+(?:er|ir|re)",
    r"sera|seront|aura|auront|pourra|pourront|devra|devront|fera|feront|ira|iront",
    r"viendra|viendront|faudra|prévoit|prévoient",
    r"(?<!était\s)(?<!étaient\s)(?<!avait\sété\s)(?<!a\sété\s)(?<!ont\sété\s)prévue?s?",
    # The simple future of regular verbs: "lancera", "publieront", "finira".
    r"(?!lira(?!\w))(?-i:[a-zàâçéèêëîïôûù])\w+(?:era|eront|ira|iront)",
)
# "Le festival débute en mars", "La réforme entre en vigueur en janvier".
FR_SCHEDULED = _words(
    r"débute|débutent|commence|commencent|démarre|démarrent|s['’]ouvre|s['’]ouvrent",
    r"entre en vigueur|entrent en vigueur|a lieu|ont lieu|se tient|se tiennent",
)
FR_PAST = _words(
    r"a|ont|avait|avaient|était|étaient|fut|furent|eut|eurent",
)

ES_FUTURE = _words(
    r"(?P<head>va|van|vamos) a(?: \w+)?",
    r"será|serán|prevé|prevén",
    r"(?<!estaba\s)(?<!estaban\s)(?<!había\ssido\s)(?<!fue\s)(?<!era\s)previst[oa]s?",
    # The simple future: "lanzará", "publicarán" (written with its accent).
    r"(?-i:[a-zñáéíóú])\w+(?:rá|rán)",
)
# "El festival comienza en marzo", "La ley entra en vigor en enero".
ES_SCHEDULED = _words(
    r"comienza|comienzan|empieza|empiezan|arranca|arrancan",
    r"entra en vigor|entran en vigor|se celebra|se celebran|tiene lugar|tienen lugar",
)
ES_PAST = _words(
    r"fue|fueron|era|eran|había|habían|ha|han|hubo|dijo|dijeron",
    r"(?-i:[a-zñáéíóú])\w+(?:ó|aron|ieron)",
)

CUES = {
    "pl": Cues(_compile(_words(PL_FUTURE, PL_SCHEDULED)), _compile(PL_PAST)),
    "en": Cues(
        _compile(_words(EN_FUTURE, EN_SCHEDULED), EN_FUTURE_ATTACHED),
        _compile(EN_PAST),
        _compile(EN_REPORTED),
    ),
    "de": Cues(_compile(_words(DE_FUTURE, DE_SCHEDULED)), _compile(DE_PAST)),
    "fr": Cues(_compile(_words(FR_FUTURE, FR_SCHEDULED)), _compile(FR_PAST)),
    "es": Cues(_compile(_words(ES_FUTURE, ES_SCHEDULED)), _compile(ES_PAST)),
}


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence around text[start:end] (cut at REACH either side)."""
    low = max(0, start - REACH)
    high = min(len(text), end + REACH)
    first, last = low, high
    for match in SENTENCE_END.finditer(text, low, high):
        following = match.group("next")
        if following is not None and not following[0].isupper():
            continue
        stop = match.start("next") if following is not None else match.end()
        if stop <= start:
            first = stop
        elif match.start() >= end:
            last = match.start()
            break
    return first, last


def reading(text: str, start: int, end: int, lang: str) -> str | None:
    """How the tense around text[start:end] reads a bare date: FUTURE ("upcoming", the next
    one on or after the anchor), REPORTED ("near", the nearest one), or None (no future cue
    wins, the default reading stands)."""
    cues = CUES.get(lang)
    if cues is None:
        return None
    first, last = sentence_bounds(text, start, end)
    found = []
    covered = []
    for kind, pattern in ((FUTURE, cues.future), (REPORTED, cues.reported)):
        if pattern is None:
            continue
        for match in pattern.finditer(text, first, last):
            head = _head(match)
            covered.append(match.span())
            if head[1] <= start or head[0] >= end:
                found.append((head, kind))
    if not found:
        return None
    for match in cues.past.finditer(text, first, last):
        span = match.span()
        if span[1] <= start or span[0] >= end:
            if not any(a < span[1] and span[0] < b for a, b in covered):
                found.append((span, PAST))
    # Nearest first; on a tie the past wins, then the reported reading.
    rank = {PAST: 0, REPORTED: 1, FUTURE: 2}
    (_span, kind) = min(found, key=lambda f: (_distance(text, f[0], start, end), rank[f[1]]))
    return None if kind == PAST else kind


def _head(match: re.Match) -> tuple[int, int]:
    for name in ("head", "head2", "head3"):
        if name in match.re.groupindex and match.group(name) is not None:
            return match.span(name)
    return match.span()


def _distance(text: str, cue: tuple[int, int], start: int, end: int) -> int:
    gap = text[cue[1] : start] if cue[1] <= start else text[end : cue[0]]
    return len(WORD.findall(gap)) + CLAUSE_WEIGHT * len(CLAUSE_MARK.findall(gap))


def direction(text: str, start: int, end: int, lang: str) -> str | None:
    """Which way a stretch of time with no direction of its own ("w ciągu dwóch lat") reaches
    from the anchor: FUTURE or REPORTED (ahead), PAST (back), or None when the sentence has
    no cue at all. The nearest cue decides, as in reading(); a tie goes to the past."""
    cues = CUES.get(lang)
    if cues is None:
        return None
    first, last = sentence_bounds(text, start, end)
    found = []
    covered = []
    for kind, pattern in ((FUTURE, cues.future), (REPORTED, cues.reported)):
        if pattern is None:
            continue
        for match in pattern.finditer(text, first, last):
            head = _head(match)
            covered.append(match.span())
            if head[1] <= start or head[0] >= end:
                found.append((head, kind))
    for match in cues.past.finditer(text, first, last):
        span = match.span()
        if span[1] <= start or span[0] >= end:
            if not any(a < span[1] and span[0] < b for a, b in covered):
                found.append((span, PAST))
    if not found:
        return None
    rank = {PAST: 0, REPORTED: 1, FUTURE: 2}
    return min(found, key=lambda f: (_distance(text, f[0], start, end), rank[f[1]]))[1]
