import datetime as dt
import io

import pytest
from django.core.management import call_command

from claims.models import Citation, Claim, Outlet, Source, Tag
from timeline.models import DateStatus, Event, Timeline

pytestmark = pytest.mark.django_db

MODELS = [Outlet, Source, Tag, Claim, Citation, Event, Timeline]


def test_the_demo_loads_twice_without_duplicates(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    counts = {model: model.objects.count() for model in MODELS}
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=out)
    assert "nothing created" in out.getvalue()
    assert {model: model.objects.count() for model in MODELS} == counts
    assert counts[Claim] >= 5 and counts[Event] >= 5


def test_demo_citations_point_exactly_into_the_agency_text():
    call_command("load_demo", stdout=io.StringIO())
    for citation in Citation.objects.select_related("source"):
        text = citation.source.text
        assert text[citation.start_offset : citation.end_offset] == citation.quote


def test_demo_dates_are_read_against_the_agency_publication_date(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    by_text = {e.date_text: e for e in Event.objects.all()}
    last_year = by_text["w ubiegłym roku"]
    assert (last_year.date_start, last_year.date_end) == (
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
    )
    assert last_year.date_granularity == "year"
    august = by_text["W sierpniu"]
    assert (august.date_start, august.date_end) == (dt.date(2018, 8, 1), dt.date(2018, 8, 31))
    assert by_text["od wielu lat"].date_status == DateStatus.UNPARSED
    before_f8 = by_text["przed ubiegłoroczną konferencją Facebooka dla programistów F8"]
    # Read from the F8 event of 2017, which a fact-checker dated by hand.
    assert before_f8.date_status == DateStatus.PARSED
    assert (before_f8.date_start, before_f8.date_end) == (
        dt.date(2017, 4, 18),
        dt.date(2017, 4, 19),
    )
    assert before_f8.date_relation == "before"
    assert before_f8.date_reference_event.title.startswith("F8 developer conference")
    undated = Event.objects.get(source__published_at__isnull=True)
    assert undated.date_flags.get().kind == "undated_source"


def test_the_demo_story_is_published_with_its_sources_chain():
    call_command("load_demo", stdout=io.StringIO())
    story = Timeline.objects.published().get()
    assert story.events.count() == Event.objects.count()
    pap = Source.objects.get(outlet__name="PAP")
    wsj = pap.cites.get(title__startswith="Facebook sought")
    assert wsj.cites.get().kind == Source.Kind.DOCUMENTS
    leak = Claim.objects.get(quantity_text="nawet 87 mln")
    assert (leak.quantity_value, leak.quantity_qualifier) == (87_000_000, "up_to")
    assert Claim.objects.filter(review_status="draft").exists()
