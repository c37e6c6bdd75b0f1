"""normalise(): one expression and an anchor in, a DateResult out, never an exception."""

import re
import unicodedata

from timeline.dates.anchors import BadAnchor, anchor_date
from timeline.dates.edtf import edtf
from timeline.dates.grammar import GRAMMARS
from timeline.dates.parsing import Compiled, compile_expression, normalised_key
from timeline.dates.result import DateResult
from timeline.dates.rules import Unresolvable, resolve

MAX_LENGTH = 200
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# "may" and "march" written in lower case on their own are the verbs, and "sat", "sun" and
# "wed" a verb or a noun; as months and weekdays English capitalises them.
LOWERCASE_VERBS = re.compile(
    r"(?:(?:in|on|this|last|next|by|until|till|up until|up till) )?"
    r"(?:may|march|sat\.?|sun\.?|wed\.?)"
)


def language_code(lang) -> str | None:
    """The engine's code for `lang` ("pl", "PL", "pl-PL" -> "pl"); None for no language.

    Raises ValueError for a language the engine does not read.
    """
    if lang is None or lang == "":
        return None
    if not isinstance(lang, str):
        raise ValueError(f"the language must be a string code, not {type(lang).__name__}")
    if lang in GRAMMARS:
        # Already a code, as nearly every caller passes it.
        return GRAMMARS[lang].code
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code not in GRAMMARS:
        known = ", ".join(sorted(GRAMMARS))
        raise ValueError(f"unknown language {lang!r} (known: {known})")
    return code


def normalise(text, anchor, lang=None) -> DateResult:
    """Read a date expression against an anchor (the publication date of its source).

    anchor may be a date, a datetime (aware: its date in its own zone), an ISO string or
    None; lang an ISO 639-1 code ("pl", "en", "de", "fr", "es") or None to detect it. Returns
    a DateResult with status "parsed", "unparsed" (with a reason) or "error" (bad input).
    Never raises.
    """
    try:
        return _normalise(text, anchor, lang)
    except Exception as exc:  # noqa: BLE001
        # Callers (workers, the claim extractor) rely on an answer for every row; a defect
        # here must show up as an error result on that row, not stop the whole batch.
        given = text if isinstance(text, str) else repr(text)[:MAX_LENGTH]
        return DateResult(
            given, None, "error", reason=f"internal error: {type(exc).__name__}: {exc}"
        )


def _normalise(text, anchor, lang) -> DateResult:
    if not isinstance(text, str):
        return DateResult(
            repr(text)[:MAX_LENGTH], None, "error", reason="the text must be a string"
        )
    try:
        code = language_code(lang)
    except ValueError as exc:
        return DateResult(text, None, "error", reason=str(exc))
    try:
        day = anchor_date(anchor)
    except BadAnchor as exc:
        return DateResult(text, code, "error", reason=str(exc))
    if len(text) > MAX_LENGTH:
        return DateResult(
            text,
            code,
            "unparsed",
            reason=f"too long for a date expression (over {MAX_LENGTH} characters)",
        )
    if CONTROL.search(text):
        return DateResult(text, code, "unparsed", reason="the text contains control characters")
    if not text.isascii():
        text_nfc = unicodedata.normalize("NFC", text)
    else:
        text_nfc = text
    display = " ".join(text_nfc.split())
    if code in (None, "en") and LOWERCASE_VERBS.fullmatch(display):
        return DateResult(
            text,
            code,
            "unparsed",
            reason=f"{display!r} in lower case is a verb, not a month"
            if display.lower().endswith(("may", "march"))
            else f"{display!r} in lower case is a word, not a weekday",
        )
    compiled = compile_expression(normalised_key(display), code)
    return result_for(text, display, compiled, day)


def result_for(text: str, display: str, compiled: Compiled, day) -> DateResult:
    """The DateResult of a compiled expression against an anchor day.

    display is the expression with whitespace collapsed: the offsets of a referenced phrase
    point into it.
    """
    rule = compiled.rule
    if rule is None:
        return DateResult(text, compiled.lang, "unparsed", reason=compiled.reason)
    reference = display[rule.ref_span[0] : rule.ref_span[1]] if rule.ref_span else None
    try:
        start, end, granularity = resolve(rule, day)
    except Unresolvable as exc:
        reason = str(exc)
        if rule.kind == "event":
            reason = (
                f"relative to an event ({reference!r}); its date is not known, so none is guessed"
            )
        return DateResult(
            text,
            compiled.lang,
            "unparsed",
            reason=reason,
            relation=rule.relation,
            reference=reference,
        )
    return placed(text, compiled.lang, start, end, granularity, reference, rule.relation)


def placed(
    text: str, lang: str | None, start, end, granularity: str, reference, relation=None
) -> DateResult:
    """A parsed DateResult. For an expression read against another date of its text (the
    story's period, story.py), reference is that date's words."""
    return DateResult(
        text,
        lang,
        "parsed",
        start,
        end,
        granularity,
        edtf(start, end, granularity, relation),
        "",
        relation,
        reference,
    )
