"""Dates written against other events: the form read from the words, then the event found in
the database and the date read from its interval."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import EventFactory, SourceFactory, TagFactory
from timeline import references, services, tasks
from timeline.dates import event_refs
from timeline.models import DateStatus, Event

WARSAW = ZoneInfo("Europe/Warsaw")
D = dt.date

# expression, language: relation, offset, name words, capitalised names, year, relative year
FORMS = [
    ("przed ubiegłoroczną konferencją F8", "pl", "before", None, ("konferencją", "f8"), ("f8",), None, -1),
    ("before last year's F8 conference", "en", "before", None, ("f8", "conference"), ("f8",), None, -1),
    ("after the 2016 election", "en", "after", None, ("election",), (), 2016, None),
    ("two weeks after the leak", "en", "after", (2, "week"), ("leak",), (), None, None),
    ("po wyborach w 2015 r.", "pl", "after", None, ("wyborach",), (), 2015, None),
    ("tydzień po wycieku", "pl", "after", (1, "week"), ("wycieku",), (), None, None),
    ("3 days before the election", "en", "before", (3, "day"), ("election",), (), None, None),
    ("dwa miesiące po wyborach z ubiegłego roku", "pl", "after", (2, "month"), ("wyborach",), (), None, -1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "relation", "offset", "words", "names", "year", "rel"), FORMS
)
def test_the_event_relative_form_is_read_from_the_words(
    text, lang, relation, offset, words, names, year, rel
):
    reference = event_refs.parse(text, lang)
    assert reference is not None
    assert (reference.relation, reference.offset) == (relation, offset)
    assert (reference.words, reference.names) == (words, names)
    assert (reference.year, reference.year_offset) == (year, rel)


@pytest.mark.parametrize(
    "text",
    ["przed kwietniem 2017", "w ubiegłym roku", "two weeks after April 2017", "87 mln", "", None],
)
def test_dates_and_non_dates_are_not_taken_for_event_references(text):
    assert event_refs.parse(text, "pl") is None


def test_a_relative_year_needs_the_anchor():
    reference = event_refs.parse("before last year's F8 conference", "en")
    assert reference.year_for(D(2018, 9, 20)) == 2017
    with pytest.raises(ValueError, match="publication date"):
        reference.year_for(None)


needs_db = pytest.mark.django_db


def settled(title, start, end, granularity="day", *, tags=(), status=DateStatus.CONFIRMED):
    """An event whose date is already known, as a worker or a fact-checker left it."""
    event = EventFactory(title=title, date_text="", source=None)
    Event.objects.filter(pk=event.pk).update(
        date_status=status, date_start=start, date_end=end, date_granularity=granularity
    )
    event.refresh_from_db()
    if tags:
        event.tags.set([TagFactory(name=name, slug=name.lower()) for name in tags])
    return event


def dated_against(text, lang="pl", source=None):
    """A new event written against another, read as a worker reads it."""
    event = EventFactory(date_text=text, date_lang=lang, source=source or SourceFactory())
    services.normalise_pending_events([event.pk])
    references.after_normalisation([event.pk])
    event.refresh_from_db()
    return event


@pytest.fixture
def f8_2017(db):
    return settled("F8 developer conference", D(2017, 4, 18), D(2017, 4, 19), "span")


def test_before_last_years_f8_is_read_from_the_f8_event_of_that_year(f8_2017):
    settled("F8 developer conference", D(2018, 5, 1), D(2018, 5, 2), "span")
    settled("F8 developer conference", D(2016, 4, 12), D(2016, 4, 13), "span")
    event = dated_against("przed ubiegłoroczną konferencją Facebooka dla programistów F8")
    assert event.date_status == DateStatus.PARSED
    assert (event.date_start, event.date_end) == (D(2017, 4, 18), D(2017, 4, 19))
    assert (event.date_granularity, event.date_relation) == ("span", "before")
    assert event.date_reference_event == f8_2017
    assert event.date_reason == ""
    assert event.date_label == "before 18–19 April 2017"


def test_the_english_form_finds_the_same_event(f8_2017):
    event = dated_against("before last year's F8 conference", "en")
    assert event.date_reference_event == f8_2017


@needs_db
def test_a_calendar_year_on_the_reference_chooses_among_events_of_the_same_name():
    settled("US presidential election", D(2012, 11, 6), D(2012, 11, 6))
    in_2016 = settled("US presidential election", D(2016, 11, 8), D(2016, 11, 8))
    event = dated_against("after the 2016 election", "en")
    assert event.date_reference_event == in_2016
    assert (event.date_start, event.date_relation) == (D(2016, 11, 8), "after")


@needs_db
def test_without_a_year_the_latest_event_before_publication_is_taken():
    settled("Data leak at Cambridge Analytica", D(2018, 3, 17), D(2018, 3, 17))
    settled("Another data leak", D(2015, 1, 5), D(2015, 1, 5))
    settled("Data leak after the story", D(2019, 1, 5), D(2019, 1, 5))  # after publication
    event = dated_against("two weeks after the leak", "en")
    # 31 March 2018, known to the week: 26 March to 1 April.
    assert (event.date_start, event.date_end) == (D(2018, 3, 26), D(2018, 4, 1))
    assert (event.date_granularity, event.date_relation) == ("week", "")
    assert event.date_reference_event.title == "Data leak at Cambridge Analytica"


@needs_db
def test_an_offset_in_days_keeps_the_reference_events_precision():
    settled("Wybory parlamentarne", D(2015, 10, 25), D(2015, 10, 25))
    event = dated_against("3 dni przed wyborami")
    assert (event.date_start, event.date_end, event.date_granularity) == (
        D(2015, 10, 22),
        D(2015, 10, 22),
        "day",
    )


@needs_db
def test_polish_inflected_words_match_the_title_and_the_tags():
    leak = settled("Ujawnienie danych", D(2018, 3, 17), D(2018, 3, 17), tags=["Wyciek"])
    event = dated_against("tydzień po wycieku")
    assert event.date_reference_event == leak
    assert (event.date_start, event.date_end) == (D(2018, 3, 19), D(2018, 3, 25))


def test_a_reference_with_a_name_needs_an_event_sharing_that_name(f8_2017):
    settled("Apple developer conference", D(2017, 6, 5), D(2017, 6, 9), "span")
    event = dated_against("przed ubiegłoroczną konferencją WWDC")
    assert event.date_status == DateStatus.UNPARSED
    assert event.date_reason.startswith("reference event not found")
    assert "wwdc" in event.date_reason and "2017" in event.date_reason
    assert event.date_reference_event is None


@needs_db
def test_no_matching_event_leaves_the_date_undated_with_the_reason():
    event = dated_against("po wyborach w 2015 r.")
    assert event.date_status == DateStatus.UNPARSED
    assert event.date_start is None
    assert event.date_reason.startswith("reference event not found")


@needs_db
def test_events_dated_only_by_a_relation_or_still_pending_are_not_references():
    settled("F8 conference", D(2017, 4, 1), D(2017, 4, 30), "month", status=DateStatus.PENDING)
    with_side = settled("F8 conference", D(2017, 4, 1), D(2017, 4, 30), "month")
    Event.objects.filter(pk=with_side.pk).update(date_relation="before")
    event = dated_against("przed ubiegłoroczną konferencją F8")
    assert event.date_status == DateStatus.UNPARSED


def test_a_relative_year_in_a_source_without_a_publication_date_is_not_guessed(f8_2017):
    event = dated_against(
        "przed ubiegłoroczną konferencją F8", source=SourceFactory(published_at=None)
    )
    assert event.date_status == DateStatus.UNPARSED
    assert "publication date" in event.date_reason


def test_reading_twice_writes_nothing_the_second_time(f8_2017):
    event = dated_against("przed ubiegłoroczną konferencją F8")
    assert references.resolve_event_dates([event.pk]) == []
    assert Event.objects.get(pk=event.pk).updated_at == event.updated_at


def test_a_result_computed_from_an_older_text_is_not_written(f8_2017, monkeypatch):
    event = dated_against("przed ubiegłoroczną konferencją F8")
    Event.objects.filter(pk=event.pk).update(date_reference_event=None, date_status="unparsed")
    original = references.resolution_for

    def edited_meanwhile(row):
        Event.objects.filter(pk=row.pk).update(date_text="w ubiegłym roku")
        return original(row)

    monkeypatch.setattr(references, "resolution_for", edited_meanwhile)
    assert references.resolve_event_dates([event.pk]) == []
    assert Event.objects.get(pk=event.pk).date_reference_event is None


def test_a_persons_choice_of_reference_is_kept_and_recorded(f8_2017, fact_checker):
    other = settled("F8 keynote", D(2017, 4, 18), D(2017, 4, 18))
    event = dated_against("przed ubiegłoroczną konferencją F8")
    references.choose_reference_event(event=event, reference=other, by=fact_checker)
    event.refresh_from_db()
    assert (event.date_reference_event, event.date_reference_chosen) == (other, True)
    assert (event.date_start, event.date_end, event.date_granularity) == (
        D(2017, 4, 18),
        D(2017, 4, 18),
        "day",
    )
    latest = event.history.latest()
    assert latest.history_user == fact_checker
    assert latest.date_reference_event_id == other.pk
    # The resolver, run again, keeps the person's choice over its own.
    Event.objects.filter(pk=event.pk).update(date_status=DateStatus.UNPARSED)
    references.resolve_event_dates([event.pk])
    event.refresh_from_db()
    assert event.date_reference_event == other
    assert event.date_status == DateStatus.PARSED


def test_choosing_a_reference_event_is_refused_without_permission_or_a_date(reader, fact_checker):
    event = dated_against("po wyborach w 2015 r.")
    undated = settled("Wybory", None, None, "", status=DateStatus.UNPARSED)
    with pytest.raises(PermissionDenied):
        references.choose_reference_event(event=event, reference=undated, by=reader)
    with pytest.raises(ValidationError, match="no date"):
        references.choose_reference_event(event=event, reference=undated, by=fact_checker)
    with pytest.raises(ValidationError, match="itself"):
        references.choose_reference_event(event=event, reference=event, by=fact_checker)
    event.refresh_from_db()
    assert event.date_reference_event is None


def test_a_reference_event_saved_with_a_new_date_queues_its_dependents(
    f8_2017, django_capture_on_commit_callbacks, monkeypatch
):
    event = dated_against("przed ubiegłoroczną konferencją F8")
    queued = []
    monkeypatch.setattr(
        "timeline.tasks.reread_reference_dates.delay", lambda ids, depth: queued.append(ids)
    )
    f8_2017.date_start, f8_2017.date_end = D(2017, 4, 11), D(2017, 4, 12)
    with django_capture_on_commit_callbacks(execute=True):
        f8_2017.save()
    assert queued == [[event.pk]]
    references.reread_reference_dates(queued[0])
    event.refresh_from_db()
    assert (event.date_start, event.date_end) == (D(2017, 4, 11), D(2017, 4, 12))


def test_saving_an_unrelated_field_queues_nothing(
    f8_2017, django_capture_on_commit_callbacks, monkeypatch
):
    dated_against("przed ubiegłoroczną konferencją F8")
    queued = []
    monkeypatch.setattr(
        "timeline.tasks.reread_reference_dates.delay", lambda ids, depth: queued.append(ids)
    )
    f8_2017.title = "F8 2017"
    with django_capture_on_commit_callbacks(execute=True):
        f8_2017.save(update_fields=["title"])
    assert queued == []


@needs_db
def test_each_normalised_batch_is_followed_up_by_a_task_of_its_own(monkeypatch):
    event = EventFactory(date_text="przed ubiegłoroczną konferencją F8")
    queued = []
    monkeypatch.setattr(
        "timeline.tasks.follow_up_normalised_dates.delay", lambda ids: queued.append(ids)
    )
    tasks.normalise_events.apply(args=[[event.pk]])
    assert queued == [[event.pk]]
    assert Event.objects.get(pk=event.pk).date_status == DateStatus.UNPARSED
    tasks.follow_up_normalised_dates.apply(args=[[event.pk]])
    assert Event.objects.get(pk=event.pk).date_reason.startswith("reference event not found")


def test_the_api_names_the_reference_event_and_the_flags(f8_2017, staff):
    from django.urls import reverse
    from rest_framework.test import APIClient

    event = dated_against("przed ubiegłoroczną konferencją F8")
    flagged = dated_against("w październiku")
    client = APIClient()
    client.force_authenticate(staff)
    date = client.get(reverse("api:event-detail", args=[event.pk])).json()["date"]
    assert date["reference_event"] == f8_2017.pk
    assert date["reference"] == "ubiegłoroczną konferencją F8"
    assert (date["relation"], date["reference_chosen"], date["flags"]) == ("before", False, [])
    other = client.get(reverse("api:event-detail", args=[flagged.pk])).json()["date"]
    assert other["flags"] == ["ambiguous_year"]


@needs_db
def test_the_openapi_schema_documents_the_new_date_fields(staff):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(staff)
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    fields = schema["components"]["schemas"]["EventDate"]["properties"]
    assert fields["reference_event"]["readOnly"] is True
    enum = schema["components"]["schemas"][fields["flags"]["items"]["$ref"].split("/")[-1]]
    assert enum["enum"] == [
        "after_publication",
        "ambiguous_year",
        "undated_source",
        "weekday_mismatch",
        "month_anchor",
    ]


@needs_db
def test_a_date_waiting_for_its_reference_is_read_when_its_article_dates_that_event():
    source = SourceFactory()
    waiting = dated_against("tydzień po wycieku", source=source)
    assert waiting.date_reason.startswith("reference event not found")
    leak = EventFactory(title="Wyciek danych", date_text="w marcu 2018 roku", source=source)
    services.normalise_pending_events([leak.pk])
    references.after_normalisation([leak.pk])
    waiting.refresh_from_db()
    assert waiting.date_reference_event == leak
    # March 2018 plus a week, to whole weeks.
    assert (waiting.date_start, waiting.date_end) == (D(2018, 3, 5), D(2018, 4, 8))


@needs_db
def test_the_admin_action_looks_for_reference_events_again(client, fact_checker):
    from django.urls import reverse

    waiting = dated_against("przed ubiegłoroczną konferencją F8")
    f8 = settled("F8 conference", D(2017, 4, 18), D(2017, 4, 19), "span")
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "resolve_references_selected", "_selected_action": [waiting.pk]},
    )
    assert response.status_code == 302
    assert Event.objects.get(pk=waiting.pk).date_reference_event == f8
