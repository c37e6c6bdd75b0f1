"""Cues that a sentence reports a statement ("poinformował", "said",
"according to") and the shape of a sentence of body copy."""

from __future__ import annotations

import re

__all__ = ["has_reporting_cue", "is_complete_sentence"]

# Polish verbs are listed with their past-tense and present endings so that
# "podał" matches but "podatek" (tax) does not.
_PAST = r"(?:ł|ła|ło|li|ły)"
_PL_CUES = (
    rf"poinformowa{_PAST}",
    r"informuj(?:e|ą)",
    rf"informowa{_PAST}",
    rf"poda{_PAST}",
    r"podaj(?:e|ą)",
    rf"podawa{_PAST}",
    rf"przekaza{_PAST}",
    r"przekazuj(?:e|ą)",
    rf"ogłosi{_PAST}",
    r"ogłasza(?:ją)?",
    rf"oświadczy{_PAST}",
    r"oświadcza(?:ją)?",
    r"oświadczeni\w*",
    rf"zapowiedzia{_PAST}",
    r"zapowiada(?:ją)?",
    rf"stwierdzi{_PAST}",
    r"stwierdza(?:ją)?",
    r"twierdz\w*",
    rf"powiedzia{_PAST}",
    rf"mówi(?:{_PAST}|ą)?",
    rf"napisa{_PAST}",
    r"pisz(?:e|ą)",
    r"donos(?:i|zą)",
    rf"donosi{_PAST}",
    r"według",
    r"wedle",
    r"zdaniem",
    rf"potwierdzi{_PAST}",
    r"potwierdza(?:ją)?",
    r"zaprzecz\w*",
    r"dementu\w*",
    rf"przyzna{_PAST}",
    r"przyznaj(?:e|ą)",
    rf"wyjaśni{_PAST}",
    r"wyjaśnia(?:ją)?",
    rf"doda{_PAST}",
    r"dodaj(?:e|ą)",
    rf"oceni{_PAST}",
    r"ocenia(?:ją)?",
    r"podkreśl\w*",
    r"zaznacz\w*",
    rf"ujawni{_PAST}",
    r"ujawnia(?:ją)?",
    r"szacuj\w*",
    r"oszacowa\w*",
    rf"zapewni{_PAST}",
    r"zapewnia(?:ją)?",
    r"ostrzeg\w*",
    r"ostrzega(?:ją)?",
    r"komunikat\w*",
    r"raport\w*",
    r"wynika",
    r"przewiduj\w*",
    r"prognozuj\w*",
    r"deklaruj\w*",
    r"zadeklarowa\w*",
    r"alarmuj\w*",
)
_EN_CUES = (
    r"said",
    r"says",
    r"say",
    r"saying",
    r"told",
    r"tells",
    r"reported",
    r"reports",
    r"reporting",
    r"announced",
    r"announces",
    r"announcement",
    r"stated",
    r"statement",
    r"according\s+to",
    r"claimed",
    r"claims",
    r"confirmed",
    r"confirms",
    r"denied",
    r"denies",
    r"disclosed",
    r"discloses",
    r"revealed",
    r"reveals",
    r"estimated",
    r"estimates",
    r"warned",
    r"warns",
    r"wrote",
    r"writes",
    r"added",
    r"noted",
    r"argued",
    r"argues",
    r"insisted",
    r"acknowledged",
    r"admitted",
    r"testified",
    r"predicted",
    r"predicts",
    r"forecast",
    r"forecasts",
    r"declared",
    r"alleged",
    r"alleges",
    r"pledged",
    r"promised",
    r"filing",
    r"showed",
    r"shows",
)

_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(_PL_CUES + _EN_CUES) + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# A colon ends a sentence that introduces a list or a quote ("Zysk wyniósł
# 5 mln zł, a przychody:").
_TERMINAL_RE = re.compile(r"[.!?…:][”\"’'»)\]]*\Z")
# An agency's closing mark after the last sentence, with or without the
# sentence's own full stop: "... 10 proc. (PAP)", "... 10% (Reuters)".
_AGENCY_MARK_RE = re.compile(
    r"[ \u00a0]*(?:\((?:PAP(?:[ \u00a0]Biznes|[ \u00a0]MediaRoom)?|ISBnews|Reuters|AP|AFP|"
    r"IAR|dpa|Bloomberg|KAI|Xinhua|EFE|ANSA)\)|/PAP/)\.?\Z"
)


def has_reporting_cue(sentence: str) -> bool:
    """Whether ``sentence`` reports what someone said, wrote or announced."""
    return _CUE_RE.search(sentence) is not None


def is_complete_sentence(sentence: str) -> bool:
    """Whether ``sentence`` ends like a sentence of body copy.

    Headlines, captions ("Foto: PAP/EPA"), credits ("(PAP)") and labels
    ("REKLAMA") carry no final punctuation or no lowercase word.
    """
    stripped = sentence.rstrip()
    body = _AGENCY_MARK_RE.sub("", stripped)
    if body != stripped and body:
        body += "."
    if not _TERMINAL_RE.search(body):
        return False
    return any(ch.islower() for ch in body)
