import datetime as dt
from zoneinfo import ZoneInfo

import factory

from claims.models import Citation, Claim, Outlet, Source, Tag
from timeline.models import Event, Timeline

WARSAW = ZoneInfo("Europe/Warsaw")


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Outlet {n}")
    country = "PL"
    language = "pl"


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"Tag {n}")
    slug = factory.Sequence(lambda n: f"tag-{n}")
    kind = Tag.Kind.ORGANISATION


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    outlet = factory.SubFactory(OutletFactory)
    url = factory.Sequence(lambda n: f"https://news.example/articles/{n}")
    title = factory.Sequence(lambda n: f"Article {n}")
    language = "pl"
    published_at = dt.datetime(2018, 9, 20, 9, 30, tzinfo=WARSAW)
    text = "Według dziennika jeszcze w ubiegłym roku Facebook prosił banki o dane."


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    statement = factory.Sequence(lambda n: f"Statement number {n} as written.")
    summary = factory.Sequence(lambda n: f"Summary {n}")
    claimant = "PAP"
    language = "pl"


class PublishedClaimFactory(ClaimFactory):
    review_status = Claim.ReviewStatus.PUBLISHED
    verdict = Claim.Verdict.TRUE
    published_at = dt.datetime(2018, 9, 21, 8, 0, tzinfo=WARSAW)


class CitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Citation

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    quote = "jeszcze w ubiegłym roku Facebook prosił banki o dane"
    start_offset = 17
    end_offset = 17 + len("jeszcze w ubiegłym roku Facebook prosił banki o dane")


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Event {n}")
    source = factory.SubFactory(SourceFactory)
    date_text = "w ubiegłym roku"
    date_lang = "pl"


class TimelineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Timeline

    title = factory.Sequence(lambda n: f"Timeline {n}")
    slug = factory.Sequence(lambda n: f"timeline-{n}")
    is_published = True


def load_dated_demo():
    """The demo story with every date read, as the workers leave it. The dates are read here,
    not by a worker, so that the tests need no broker."""
    from timeline.demo import load_demo
    from timeline.pagecache import bump_content_version
    from timeline.references import after_normalisation
    from timeline.services import normalise_pending_events

    load_demo()
    ids = list(Event.objects.values_list("pk", flat=True))
    normalise_pending_events(ids)
    # What the worker's follow-up does once the batch commits: dates read against other
    # events, and the flags.
    after_normalisation(ids)
    bump_content_version()


def event_form(event, **fields):
    """What the admin's event form posts for `event` as it stands, with `fields` changed
    (dates set by hand, say)."""
    return {
        "title": event.title,
        "description": event.description,
        "source": event.source_id,
        "date_text": event.date_text,
        "date_lang": event.date_lang,
        "expected_version": event.version,
        **fields,
    }
