"""Any write to published content makes every cached public page stale.

Bumping one version number is cheaper and safer than working out which pages a row appears on:
a claim shows on its own page, on every timeline of its events, on its sources' pages, in the
feeds and on the home page. Bulk writes (QuerySet.update, bulk_create) send no signals, so the
code doing them calls bump_content_version() itself.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from claims.models import Citation, Claim, Outlet, Source, Tag
from timeline.models import Event, Timeline
from timeline.pagecache import bump_content_version

CONTENT_MODELS = (Claim, Citation, Event, Source, Outlet, Tag, Timeline)
CONTENT_RELATIONS = (
    Claim.tags.through,
    Source.cites.through,
    Event.claims.through,
    Event.tags.through,
    Timeline.events.through,
)


def content_changed(sender, **kwargs):
    bump_content_version()


def relation_changed(sender, action, **kwargs):
    # m2m_changed fires before and after each change; the page changes once, after it.
    if action in ("post_add", "post_remove", "post_clear"):
        bump_content_version()


def connect():
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
