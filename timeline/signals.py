"""A write that can change a public page makes every cached public page stale.

Bumping one version number is cheaper and safer than working out which pages a row appears on:
a claim shows on its own page, on every timeline of its events, on its sources' pages, in the
feeds and on the home page. Bulk writes (QuerySet.update, bulk_create) send no signals, so the
code doing them calls bump_content_version() itself.

A save that cannot reach the public leaves the pages alone: such saves are most of a newsroom's
writes (drafts edited, articles imported) and would otherwise keep every page cold. A save
bumps only when the row shows on a public page or feed before or after it:
- a claim or a timeline, when it was published as loaded or is published after the save (one
  loaded without its status counts as published; a timeline in the bin is not published);
- a citation, when the claim it is on, or was on as loaded, is published (one loaded without
  its claim always bumps);
- an event, when it is on a published timeline (claim and source pages list only such events);
- a source, when a published claim quotes it, it dates a public event, or a public source's
  page lists it among what that source cites;
- an outlet, when one of its sources shows by that rule (only its name shows, in the bin or
  not);
- a tag, when a published claim or a public event carries it.
Sources and tags are asked this whatever their own place in the bin, so moving a shown one
there or back still bumps. Deletes and every change of a relation bump.
"""

from celery.signals import task_postrun
from django.db.models import OuterRef
from django.db.models.signals import m2m_changed, post_delete, post_save

from claims.models import (
    Citation,
    Claim,
    ClaimLink,
    Outlet,
    Source,
    Tag,
    any_exists,
    public_uses,
)
from timeline.models import Event, Timeline
from timeline.pagecache import bump_content_version, bump_if_public_events

CONTENT_RELATIONS = (
    Claim.tags.through,
    Source.cites.through,
    Event.claims.through,
    Event.tags.through,
    Timeline.events.through,
)


def content_changed(sender, **kwargs):
    bump_content_version()


def publication_changed(published):
    """The save handler of a claim or a timeline, whose own fields say whether the public sees
    it: `published(instance)` after the save, `_published_when_loaded` before it."""

    def changed(sender, instance, **kwargs):
        now = published(instance)
        seen = instance._published_when_loaded or now
        # The next save of this same object compares against what this one wrote.
        instance._published_when_loaded = now
        if seen:
            bump_content_version()

    return changed


claim_changed = publication_changed(
    lambda claim: claim.review_status == Claim.ReviewStatus.PUBLISHED
)
timeline_changed = publication_changed(
    lambda timeline: timeline.is_published and not timeline.is_deleted
)


def link_changed(sender, instance, created, update_fields=None, **kwargs):
    """A link shows publicly once a person decides it (a group of the same claim); the
    matcher's candidates, proposed and re-scored in the background, show on no public page."""
    decided = update_fields is None or "status" in update_fields
    if decided and (not created or instance.status != ClaimLink.Status.CANDIDATE):
        bump_content_version()


def citation_changed(sender, instance, created, **kwargs):
    before = instance._claim_id_when_loaded
    instance._claim_id_when_loaded = instance.claim_id
    # Loaded without its claim, or built by hand over a stored row: the claim it left is
    # unknown.
    if before is None and not created:
        bump_content_version()
    # Moved to another claim, it leaves the page of the one it was on.
    elif Claim.objects.published().filter(pk__in={before, instance.claim_id} - {None}).exists():
        bump_content_version()


def event_changed(sender, instance, **kwargs):
    # A save does not change which timelines the event is on (that is a relation change), so
    # where it is now is where it was.
    bump_if_public_events([instance.pk])


def _source_shown():
    """True for a source whose fields show: on its own page and in its line under the claims
    quoting it and the events it dates, and in the list of what a public source cites, which
    names even sources without a page of their own."""
    # Quoting and dating hold in the bin too. The other way to a page of its own, being cited
    # by a quoted or dating source, is covered by the last: such a source is public. One
    # EXISTS, not an OR of two: asked for an outlet's thousands of sources, PostgreSQL would
    # hash every public source that cites another (see any_exists).
    listed_by_public = Source.objects.public().filter(cites=OuterRef("pk"))
    return any_exists(*public_uses(), listed_by_public)


def source_changed(sender, instance, **kwargs):
    # all_objects: a source leaving for the bin or coming back changes the pages it shows on.
    if Source.all_objects.filter(_source_shown(), pk=instance.pk).exists():
        bump_content_version()


def outlet_changed(sender, instance, **kwargs):
    # A source in the bin shows nowhere, so neither does its outlet.
    if Source.objects.filter(_source_shown(), outlet=instance.pk).exists():
        bump_content_version()


def tag_changed(sender, instance, **kwargs):
    # Tags show under published claims and public events, and as their timelines' filters.
    # all_objects, as for sources: binning a shown tag changes those pages.
    shown = any_exists(
        Claim.objects.published().filter(tags=OuterRef("pk")),
        Event.objects.public().filter(tags=OuterRef("pk")),
    )
    if Tag.all_objects.filter(shown, pk=instance.pk).exists():
        bump_content_version()


def relation_changed(sender, action, **kwargs):
    # m2m_changed fires before and after each change; the page changes once, after it.
    if action in ("post_add", "post_remove", "post_clear"):
        bump_content_version()


# A save touching none of these cannot move a date that other events are read against.
DATE_FIELDS = frozenset(
    ["date_status", "date_start", "date_end", "date_granularity", "date_relation"]
)


def event_date_saved(sender, instance, update_fields=None, **kwargs):
    """A save that may have moved a date has the dates read against it read again by a
    worker, once it commits. Workers' own writes send no signal: see dates_normalised."""
    from timeline import references

    if update_fields is not None and not DATE_FIELDS & set(update_fields):
        return
    references.queue_reread(references.dependents_of([instance.pk]))


NORMALISE_TASK = "timeline.tasks.normalise_events"


def dates_normalised(sender=None, args=(), kwargs=None, state=None, **extra):
    """After each batch a worker normalised: the follow-up that reads dates against other
    events and recomputes flags, as a task of its own, so the batch's own work stays as it
    is measured (docs/workers.md)."""
    from timeline import references

    if getattr(sender, "name", None) == NORMALISE_TASK and state == "SUCCESS":
        event_ids = args[0] if args else (kwargs or {}).get("event_ids", [])
        references.queue_after_normalisation(event_ids)


def connect():
    saved = {
        Claim: claim_changed,
        Citation: citation_changed,
        Event: event_changed,
        Source: source_changed,
        Outlet: outlet_changed,
        Tag: tag_changed,
        Timeline: timeline_changed,
        ClaimLink: link_changed,
    }
    for model, handler in saved.items():
        post_save.connect(handler, sender=model, dispatch_uid=f"pages-save-{model.__name__}")
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"pages-delete-{model.__name__}"
        )
    post_save.connect(event_date_saved, sender=Event, dispatch_uid="references-save-Event")
    task_postrun.connect(dates_normalised, dispatch_uid="references-after-normalisation")
    for through in CONTENT_RELATIONS:
        m2m_changed.connect(
            relation_changed, sender=through, dispatch_uid=f"pages-m2m-{through.__name__}"
        )
