"""Claim workflows: review, verdicts, publication, the bin. Every caller goes through these."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Claim


def require_permission(user, perm):
    """Raise PermissionDenied unless `user` holds `perm` (a service's own guard)."""
    if user is None or not user.has_perm(perm):
        raise PermissionDenied(f"Missing permission {perm}.")


def save_fields(obj, fields, by=None):
    """Validate, bump the version where the model has one and save only `fields`.

    The history record names `by` as the author of the change.
    """
    obj.full_clean()
    fields = set(fields) | {"updated_at"}
    if hasattr(obj, "version"):
        obj.version += 1
        fields.add("version")
    if by is not None:
        obj._history_user = by
    obj.save(update_fields=fields)


@transaction.atomic
def submit_for_review(*, claim: Claim, by) -> Claim:
    """Move a draft to the editors' queue."""
    require_permission(by, "claims.change_claim")
    if claim.review_status != Claim.ReviewStatus.DRAFT:
        raise ValidationError({"review_status": "Only a draft can be submitted for review."})
    claim.review_status = Claim.ReviewStatus.IN_REVIEW
    save_fields(claim, ["review_status"], by)
    return claim


def stamp_review(*, claim: Claim, by) -> None:
    """Record who gave the claim its current verdict and when (the caller saves)."""
    require_permission(by, "claims.review_claim")
    claim.reviewed_by = by
    claim.reviewed_at = timezone.now()


@transaction.atomic
def record_verdict(*, claim: Claim, verdict: str, review_body: str | None = None, by) -> Claim:
    """Give (or change) a claim's verdict; stamps who reviewed it and when."""
    require_permission(by, "claims.review_claim")
    if verdict not in Claim.Verdict.values:
        raise ValidationError({"verdict": f"Unknown verdict {verdict!r}."})
    claim.verdict = verdict
    if review_body is not None:
        claim.review_body = review_body
    stamp_review(claim=claim, by=by)
    save_fields(claim, ["verdict", "review_body", "reviewed_by", "reviewed_at"], by)
    return claim


@transaction.atomic
def publish_claim(*, claim: Claim, by) -> Claim:
    """Make a reviewed claim public."""
    require_permission(by, "claims.publish_claim")
    if not claim.verdict:
        raise ValidationError({"verdict": "A claim needs a verdict before it is published."})
    claim.review_status = Claim.ReviewStatus.PUBLISHED
    if claim.published_at is None:
        claim.published_at = timezone.now()
    save_fields(claim, ["review_status", "published_at"], by)
    return claim


@transaction.atomic
def send_back_to_review(*, claim: Claim, by) -> Claim:
    """Withdraw a claim from the public and return it to the editors' queue."""
    require_permission(by, "claims.publish_claim")
    claim.review_status = Claim.ReviewStatus.IN_REVIEW
    save_fields(claim, ["review_status"], by)
    return claim


@transaction.atomic
def move_to_bin(*, obj, by):
    """Delete recoverably: the row stays, hidden, with who deleted it and when."""
    if obj.deleted_at is not None:
        return obj
    obj.deleted_at = timezone.now()
    obj.deleted_by = by
    save_fields(obj, ["deleted_at", "deleted_by"], by)
    return obj


@transaction.atomic
def restore_from_bin(*, obj, by):
    """Bring a deleted row back exactly as it was."""
    if obj.deleted_at is None:
        return obj
    obj.deleted_at = None
    obj.deleted_by = None
    save_fields(obj, ["deleted_at", "deleted_by"], by)
    return obj


@transaction.atomic
def save_record(*, obj, by, fields=None, relations=None):
    """Create `obj`, or save the named `fields` of an existing one, validated and with `by` as
    the author in its history; then set its many-to-many `relations` ({"tags": [...]}).

    For the plain records (outlets, sources, events) that have no workflow of their own.
    """
    if obj._state.adding:
        obj.full_clean()
        obj._history_user = by
        obj.save()
    elif fields:
        save_fields(obj, fields, by)
    for name, values in (relations or {}).items():
        getattr(obj, name).set(values)
    return obj


@transaction.atomic
def create_claim(*, by, citations=(), tags=(), **fields) -> Claim:
    """Record a new draft claim with its citations ({"source", "quote"}) and tags."""
    require_permission(by, "claims.add_claim")
    claim = Claim(created_by=by, **fields)
    claim.review_status = Claim.ReviewStatus.DRAFT
    save_record(obj=claim, by=by, relations={"tags": tags})
    _set_citations(claim, citations, by)
    return claim


@transaction.atomic
def update_claim(*, claim: Claim, by, fields: dict, citations=None, tags=None) -> Claim:
    """Change a claim's text fields; `citations` and `tags`, when given, replace the old ones.

    The review status and verdict are not touched here: they change only through the review
    workflows above.
    """
    require_permission(by, "claims.change_claim")
    for name, value in fields.items():
        setattr(claim, name, value)
    if fields:
        save_fields(claim, fields.keys(), by)
    if tags is not None:
        claim.tags.set(tags)
    if citations is not None:
        _set_citations(claim, citations, by)
    return claim


def _set_citations(claim, citations, by):
    """Make the claim's citations exactly `citations`: keep matching ones, bin the rest."""
    from claims.models import Citation

    wanted = [(item["source"], item["quote"]) for item in citations]
    for citation in claim.citations.all():
        key = (citation.source, citation.quote)
        if key in wanted:
            wanted.remove(key)
        else:
            move_to_bin(obj=citation, by=by)
    for source, quote in wanted:
        save_record(obj=Citation(claim=claim, source=source, quote=quote), by=by)
