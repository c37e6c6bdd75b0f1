"""A write that can change a public page makes every cached public page stale.

Bumping one version number is cheaper and safer than working out which pages a row appears on:
a claim shows on its own page, on every timeline of its events, on its sources' pages, in the
feeds and on the home page. Bulk writes (QuerySet.update, bulk_create) send no signals, so the
code doing them calls bump_content_version() itself.

Two kinds of write are known not to reach the public and leave the pages alone, because they
are most of a newsroom's writes and would otherwise keep every page cold: a claim that is not
published before or after the change (drafts, claims in review), and an event on no published
timeline (claim and source pages list only events of published timelines too). Everything
else bumps, including any change of a relation.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from claims.models import Citation, Claim, Outlet, Source, Tag
from timeline.models import Event, Timeline
from timeline.pagecache import bump_content_version, bump_if_public_events

CONTENT_MODELS = (Citation, Source, Outlet, Tag, Timeline)
CONTENT_RELATIONS = (
    Claim.tags.through,
    Source.cites.through,
    Event.claims.through,
    Event.tags.through,
    Timeline.events.through,
)


def content_changed(sender, **kwargs):
    bump_content_version()


def claim_changed(sender, instance, **kwargs):
    seen = instance._published_when_loaded or instance.review_status == Claim.ReviewStatus.PUBLISHED
    # The next save of this same object compares against what this one wrote.
    instance._published_when_loaded = instance.review_status == Claim.ReviewStatus.PUBLISHED
    if seen:
        bump_content_version()


def event_changed(sender, instance, **kwargs):
    # A save does not change which timelines the event is on (that is a relation change), so
    # where it is now is where it was.
    bump_if_public_events([instance.pk])


def relation_changed(sender, action, **kwargs):
    # m2m_changed fires before and after each change; the page changes once, after it.
    if action in ("post_add", "post_remove", "post_clear"):
        bump_content_version()


def connect():
    post_save.connect(claim_changed, sender=Claim, dispatch_uid="pages-save-Claim")
    post_delete.connect(content_changed, sender=Claim, dispatch_uid="pages-delete-Claim")
    post_save.connect(event_changed, sender=Event, dispatch_uid="pages-save-Event")
    post_delete.connect(content_changed, sender=Event, dispatch_uid="pages-delete-Event")
    for model in CONTENT_MODELS:
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"pages-save-{model.__name__}"
        )
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"pages-delete-{model.__name__}"
        )
    for through in CONTENT_RELATIONS:
        m2m_changed.connect(
            relation_changed, sender=through, dispatch_uid=f"pages-m2m-{through.__name__}"
        )
