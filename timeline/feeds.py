"""Atom feeds: the events of one timeline, and newly published claims."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F, Prefetch, Value
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _

from claims.models import Claim
from timeline.models import Event, Timeline
from timeline.pagecache import cached_page

FEED_ITEMS = 50


class TimelineFeed(Feed):
    """The newest events of a timeline first: what a reader following the story has not seen."""

    feed_type = Atom1Feed
    description_template = "timeline/event_feed.html"
    author_name = settings.SITE_NAME

    def get_object(self, request, slug):
        return get_object_or_404(Timeline.objects.published(), slug=slug)

    def title(self, obj):
        return obj.title

    def subtitle(self, obj):
        return obj.description

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        # The feed object is shared by every request, so the timeline travels on the items.
        return (
            Event.objects.for_timeline(obj)
            .defer("source__text")
            .prefetch_related(Prefetch("claims", queryset=Claim.objects.published()))
            .annotate(timeline_slug=Value(obj.slug))
            .order_by("-created_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return f"{item.date_label}: {item.title}"

    def item_link(self, item):
        return f"{reverse('timeline:detail', args=[item.timeline_slug])}#event-{item.pk}"

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class PublishedClaimsFeed(Feed):
    feed_type = Atom1Feed
    description_template = "claims/claim_feed.html"
    author_name = settings.SITE_NAME

    def title(self):
        return _("%(site)s: newly published claims") % {"site": settings.SITE_NAME}

    def link(self):
        return reverse("timeline:home")

    def items(self):
        return (
            Claim.objects.published()
            .prefetch_related("tags")
            .order_by(F("published_at").desc(nulls_last=True), "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        text = item.summary or Truncator(item.statement).chars(120)
        return f"{capfirst(item.get_verdict_display())}: {text}"

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


timeline_feed = cached_page(TimelineFeed())
claims_feed = cached_page(PublishedClaimsFeed())
