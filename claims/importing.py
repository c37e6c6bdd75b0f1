"""Import an article: store its text, and draft candidate claims for fact-checkers to review.

Candidates are ordinary draft claims marked `is_candidate`, each with a citation pointing
exactly into the stored text, its first quantity, the organisations and people it names as
tags, and one event per date it mentions (queued for normalisation against the source's
publication date). Accepting clears the mark; discarding moves the claim to the bin.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from claims.extraction import ExtractionError, extract_candidates
from claims.extraction.language import SUPPORTED_LANGUAGES, detect_language
from claims.models import SOURCE_TEXT_MAX, Citation, Claim, Outlet, Source, Tag

ENTITY_TAG_KINDS = {"organisation": Tag.Kind.ORGANISATION, "person": Tag.Kind.PERSON}
EVENT_TITLE_MAX = 300


@dataclass
class ImportReport:
    source: Source
    language: str
    source_created: bool = False
    text_changed: bool = False
    claims_created: list[Claim] = field(default_factory=list)
    claims_unchanged: int = 0
    events_created: int = 0
    citations_moved: int = 0

    def summary(self) -> str:
        if self.source_created:
            what = "new source"
        elif self.text_changed:
            what = f"text updated ({self.citations_moved} citations moved to the new text)"
        else:
            what = "same text as before"
        return (
            f"{self.source}: {what}; {len(self.claims_created)} new candidate claims, "
            f"{self.claims_unchanged} already known, {self.events_created} dates queued."
        )


def import_article(
    *,
    text: str,
    url: str = "",
    title: str = "",
    outlet: Outlet | None = None,
    published_at: datetime | None = None,
    lang: str | None = None,
    by=None,
) -> ImportReport:
    """Store an article and create draft candidate claims from it. All or nothing.

    Importing the same URL or the same text again creates nothing twice: known sentences are
    counted as unchanged, new ones become candidates, and a changed text replaces the stored
    snapshot only if every existing citation can still be found in it.
    Raises ValidationError naming the field at fault.
    """
    text = _checked_text(text)
    lang = _checked_language(text, lang)
    anchor = published_at.date() if published_at else None
    try:
        candidates = extract_candidates(
            text, anchor, lang, country=outlet.country if outlet else None
        )
    except ExtractionError as exc:
        raise ValidationError({"text": str(exc)}) from None

    with transaction.atomic():
        report = _store_source(
            text=text,
            url=url,
            title=title,
            outlet=outlet,
            published_at=published_at,
            lang=lang,
            by=by,
        )
        source = report.source
        known_quotes = set(
            Citation.all_objects.filter(source=source).values_list("quote", flat=True)
        )
        for candidate in candidates:
            if candidate.sentence in known_quotes:
                report.claims_unchanged += 1
                continue
            claim = _create_candidate(candidate, source=source, lang=lang, by=by)
            report.claims_created.append(claim)
            report.events_created += _create_events(
                candidate, claim=claim, source=source, lang=lang
            )
            known_quotes.add(candidate.sentence)
    return report


def _checked_text(text: str) -> str:
    if not text or not text.strip():
        raise ValidationError({"text": "The article is empty."})
    if len(text) > SOURCE_TEXT_MAX:
        raise ValidationError(
            {"text": f"The article is {len(text):,} characters; the limit is {SOURCE_TEXT_MAX:,}."}
        )
    if "\x00" in text:
        raise ValidationError({"text": "This looks like a binary file, not an article's text."})
    return text


def _checked_language(text: str, lang: str | None) -> str:
    if lang:
        if lang not in SUPPORTED_LANGUAGES:
            raise ValidationError(
                {
                    "lang": f"Unsupported language {lang!r}; use one of {sorted(SUPPORTED_LANGUAGES)}."
                }
            )
        return lang
    detected = detect_language(text)
    if detected is None:
        raise ValidationError(
            {"lang": "Could not tell the article's language; give it explicitly."}
        )
    return detected


def _store_source(*, text, url, title, outlet, published_at, lang, by) -> ImportReport:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = None
    if url:
        existing = Source.all_objects.filter(url=url).first()
    if existing is None:
        existing = Source.all_objects.filter(text_hash=digest).first()
    if existing is None:
        source = Source(
            url=url,
            title=title or _title_from(text),
            outlet=outlet,
            published_at=published_at,
            language=lang,
            text=text,
        )
        source.full_clean()
        if by is not None:
            source._history_user = by
        source.save()
        return ImportReport(source=source, language=lang, source_created=True)

    report = ImportReport(source=existing, language=lang)
    changed = False
    if existing.text_hash != digest:
        report.citations_moved = _move_citations(existing, text)
        existing.text = text
        report.text_changed = changed = True
    if published_at and existing.published_at != published_at:
        existing.published_at = published_at
        changed = True
    if changed:
        # A form or API client holding the old copy must not write it back over the new text.
        existing.version += 1
    existing.full_clean()
    if by is not None:
        existing._history_user = by
    existing.save()
    return report


def _move_citations(source: Source, new_text: str) -> int:
    """Point every citation of `source` into `new_text`, or refuse the new text."""
    citations = list(Citation.all_objects.filter(source=source))
    missing = [c.quote for c in citations if c.quote not in new_text]
    if missing:
        raise ValidationError(
            {
                "text": "The new text no longer contains quotes that claims cite: "
                + "; ".join(f"“{quote[:80]}”" for quote in missing[:5])
                + ". Import it as a new source instead."
            }
        )
    starts = {citation.pk: new_text.find(citation.quote) for citation in citations}
    _move_event_offsets(source, citations, starts)
    moved = 0
    for citation in citations:
        start = starts[citation.pk]
        if (start, start + len(citation.quote)) != (citation.start_offset, citation.end_offset):
            citation.start_offset, citation.end_offset = start, start + len(citation.quote)
            citation.version += 1
            citation.save(update_fields=["start_offset", "end_offset", "updated_at", "version"])
            moved += 1
    return moved


def _move_event_offsets(source: Source, citations, starts: dict[int, int]) -> None:
    """Keep each imported date at its place in the article: it moves with the cited
    sentence that holds it (`starts`: each citation's start in the new text). A date no
    citation holds any more is read on its own."""
    from timeline.models import Event

    for event in Event.all_objects.filter(source=source, date_offset__isnull=False):
        offset = None
        for citation in citations:
            if citation.start_offset <= event.date_offset < citation.end_offset:
                offset = starts[citation.pk] + event.date_offset - citation.start_offset
                break
        if offset != event.date_offset:
            event.date_offset = offset
            event.version += 1
            event.save(update_fields=["date_offset", "updated_at", "version"])


def _title_from(text: str) -> str:
    first_line = text.strip().splitlines()[0].strip()
    return first_line[:200] or "Untitled article"


def _create_candidate(candidate, *, source, lang, by) -> Claim:
    claim = Claim(
        statement=candidate.sentence,
        language=lang,
        review_status=Claim.ReviewStatus.DRAFT,
        is_candidate=True,
        created_by=by,
    )
    if candidate.quantities:
        quantity = candidate.quantities[0]
        claim.quantity_text = quantity.text[:200]
        claim.quantity_value = quantity.value
        claim.quantity_unit = quantity.unit[:50]
        claim.quantity_unit_inferred = quantity.unit_inferred
        claim.quantity_qualifier = quantity.qualifier
    claim.full_clean()
    if by is not None:
        claim._history_user = by
    claim.save()
    citation = Citation(
        claim=claim,
        source=source,
        quote=candidate.sentence,
        start_offset=candidate.start,
        end_offset=candidate.end,
    )
    citation.full_clean()
    citation.save()
    tags = []
    for entity in candidate.entities:
        kind = ENTITY_TAG_KINDS.get(entity.kind)
        if kind is None:
            continue
        slug = slugify(entity.name, allow_unicode=True)[:200]
        if not slug:
            continue
        tag, _ = Tag.all_objects.get_or_create(
            slug=slug, defaults={"name": entity.name, "kind": kind}
        )
        tags.append(tag)
    if tags:
        claim.tags.add(*tags)
    return claim


def _create_events(candidate, *, claim, source, lang) -> int:
    from timeline.models import Event

    created = 0
    for found in candidate.dates:
        event = Event(
            title=_event_title(candidate.sentence),
            source=source,
            date_text=found.text[:200],
            date_lang=lang,
            # The workers read the date where it stands in the article (its tense, the
            # story's period), as the candidate was read.
            date_offset=found.start,
        )
        event.save()
        event.claims.add(claim)
        created += 1
    return created


def _event_title(sentence: str) -> str:
    if len(sentence) <= EVENT_TITLE_MAX:
        return sentence
    return sentence[: EVENT_TITLE_MAX - 1].rstrip() + "…"


@transaction.atomic
def accept_candidate(*, claim: Claim, by) -> Claim:
    """The fact-checker keeps the candidate: it becomes an ordinary draft claim."""
    from claims.services import require_permission, save_fields

    require_permission(by, "claims.change_claim")
    claim.is_candidate = False
    save_fields(claim, ["is_candidate"], by)
    return claim


@transaction.atomic
def discard_candidate(*, claim: Claim, by) -> Claim:
    """The fact-checker drops the candidate: it goes to the bin (recoverable), with the events
    that were created only for it."""
    from claims.services import move_to_bin, require_permission

    require_permission(by, "claims.change_claim")
    for event in claim.events.all():
        if not event.claims.exclude(pk=claim.pk).exists():
            move_to_bin(obj=event, by=by)
    return move_to_bin(obj=claim, by=by)
