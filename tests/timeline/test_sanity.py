"""Temporal sanity flags: computed from the stored text, interval and source, refreshed after
normalisation, filtered and counted in the admin."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from tests.factories import EventFactory, SourceFactory
from timeline import references, sanity, services
from timeline.models import DateFlag, DateStatus, Event

pytestmark = pytest.mark.django_db

WARSAW = ZoneInfo("Europe/Warsaw")
D = dt.date
ANCHOR = D(2018, 9, 20)  # a Thursday

# expression as written, the day it was read as: whether the weekday contradicts it
WEEKDAYS = [
    ("w poniedziałek 20 września 2018", D(2018, 9, 20), True),
    ("w czwartek 20 września 2018", D(2018, 9, 20), False),
    ("Monday, September 20, 2018", D(2018, 9, 20), True),
    ("Thursday, September 20, 2018", D(2018, 9, 20), False),
    ("w srode 19 wrzesnia 2018", D(2018, 9, 19), False),
    ("20 września 2018", D(2018, 9, 20), False),
    # Abbreviated weekdays are checked too.
    ("czw., 20 września 2018", D(2018, 9, 20), False),
    ("pt., 20 września 2018", D(2018, 9, 20), True),
    ("Fri, Sep 20, 2018", D(2018, 9, 20), True),
    ("Thu, Sep 20, 2018", D(2018, 9, 20), False),
    ("czwartkowej sesji", D(2018, 9, 20), False),
    ("piątkowej sesji", D(2018, 9, 20), True),
    # Ordinals that share a weekday's stem are days of the month, not weekdays.
    ("czwartego września 2018", D(2018, 9, 4), False),
    ("piątego września 2018", D(2018, 9, 5), False),
    ("w środku września 2018", D(2018, 9, 15), False),
]


@pytest.mark.parametrize(
    "text",
    ["czwartego marca", "piątego maja", "czwarty dzień", "w środku lipca", "środowisko"],
)
def test_ordinals_and_the_middle_name_no_weekday(text):
    assert sanity.weekday_named(text) is None


@pytest.mark.parametrize(("text", "day", "mismatch"), WEEKDAYS)
def test_a_weekday_is_checked_against_the_day_it_was_read_as(text, day, mismatch):
    assert bool(sanity.weekday_mismatch(text, day, day)) is mismatch


def test_a_weekday_on_a_wider_interval_is_not_checked():
    assert sanity.weekday_mismatch("w poniedziałek", D(2018, 9, 1), D(2018, 9, 30)) is None


# expression, language, interval as the engine read it against ANCHOR: ambiguous?
AMBIGUOUS = [
    ("w październiku", "pl", D(2017, 10, 1), D(2017, 10, 31), True),  # 11 days to the next
    ("in October", "en", D(2017, 10, 1), D(2017, 10, 31), True),
    ("W sierpniu", "pl", D(2018, 8, 1), D(2018, 8, 31), False),  # last month
    ("we wrześniu", "pl", D(2018, 9, 1), D(2018, 9, 30), False),  # this month
    ("w październiku 2017 roku", "pl", D(2017, 10, 1), D(2017, 10, 31), False),  # year given
    ("w piątek", "pl", D(2018, 9, 14), D(2018, 9, 14), True),  # tomorrow is nearer
    ("w środę", "pl", D(2018, 9, 19), D(2018, 9, 19), False),  # yesterday
    ("3 października", "pl", D(2017, 10, 3), D(2017, 10, 3), True),
]


@pytest.mark.parametrize(("text", "lang", "start", "end", "ambiguous"), AMBIGUOUS)
def test_a_bare_month_or_weekday_is_ambiguous_when_the_next_one_is_nearer(
    text, lang, start, end, ambiguous
):
    assert bool(sanity.ambiguous_year(text, lang, start, end, ANCHOR)) is ambiguous


def normalised(**fields):
    event = EventFactory(**fields)
    services.normalise_pending_events([event.pk])
    references.after_normalisation([event.pk])
    event.refresh_from_db()
    return event


def kinds(event):
    return set(DateFlag.objects.filter(event=event).values_list("kind", flat=True))


def test_normalising_flags_an_ambiguous_month():
    event = normalised(date_text="w październiku")
    assert (event.date_start, event.date_end) == (D(2017, 10, 1), D(2017, 10, 31))
    assert kinds(event) == {DateFlag.Kind.AMBIGUOUS_YEAR}


def test_normalising_flags_a_weekday_that_contradicts_the_date():
    event = normalised(date_text="w poniedziałek 20 września 2018 r.")
    assert event.date_start == D(2018, 9, 20)
    assert kinds(event) == {DateFlag.Kind.WEEKDAY_MISMATCH}


def test_a_source_without_a_publication_date_flags_its_relative_dates_only():
    source = SourceFactory(published_at=None)
    relative = normalised(date_text="w ubiegłym roku", source=source)
    absolute = normalised(date_text="w marcu 2018 roku", source=source)
    assert relative.date_status == DateStatus.UNPARSED
    assert kinds(relative) == {DateFlag.Kind.UNDATED_SOURCE}
    assert kinds(absolute) == set()


def test_a_date_after_publication_in_a_past_tense_sentence_is_flagged():
    source = SourceFactory(text="Spółka ogłosiła wyniki 3 października 2018 r., podał dziennik.")
    event = normalised(date_text="3 października 2018 r.", source=source)
    assert event.date_start == D(2018, 10, 3)
    assert kinds(event) == {DateFlag.Kind.AFTER_PUBLICATION}


def test_a_date_after_publication_in_a_future_sentence_is_not_flagged():
    source = SourceFactory(text="Spółka opublikuje wyniki 3 października 2018 r.")
    event = normalised(date_text="3 października 2018 r.", source=source)
    assert kinds(event) == set()


def test_flags_follow_the_source_when_its_publication_date_is_set():
    source = SourceFactory(published_at=None)
    event = normalised(date_text="w ubiegłym roku", source=source)
    assert kinds(event) == {DateFlag.Kind.UNDATED_SOURCE}
    source.published_at = dt.datetime(2018, 9, 20, 9, 30, tzinfo=WARSAW)
    source.save()
    services.normalise_pending_events([event.pk])
    references.after_normalisation([event.pk])
    assert kinds(event) == set()
    assert Event.objects.get(pk=event.pk).date_start == D(2017, 1, 1)


def test_refreshing_twice_keeps_one_flag_per_kind():
    event = normalised(date_text="w październiku")
    assert sanity.refresh_flags([event.pk]) == 1
    assert DateFlag.objects.filter(event=event).count() == 1


def test_counts_name_every_kind_and_leave_out_the_bin():
    flagged = normalised(date_text="w październiku")
    normalised(date_text="w październiku")
    counts = sanity.flag_counts()
    assert counts[DateFlag.Kind.AMBIGUOUS_YEAR] == 2
    assert counts[DateFlag.Kind.WEEKDAY_MISMATCH] == 0
    Event.objects.filter(pk=flagged.pk).update(deleted_at=dt.datetime(2020, 1, 1, tzinfo=WARSAW))
    assert sanity.flag_counts()[DateFlag.Kind.AMBIGUOUS_YEAR] == 1


def test_the_event_list_filters_by_flag_and_shows_each_count(client, fact_checker):
    ambiguous = normalised(title="Ambiguous October", date_text="w październiku")
    plain = normalised(title="Plain August", date_text="W sierpniu")
    client.force_login(fact_checker)
    url = reverse("admin:timeline_event_changelist")
    page = client.get(url).content.decode()
    assert "month or weekday of an ambiguous year (1)" in page
    assert "weekday contradicts the date (0)" in page
    filtered = client.get(url, {"flag": DateFlag.Kind.AMBIGUOUS_YEAR}).content.decode()
    assert ambiguous.title in filtered
    assert plain.title not in filtered


def test_the_flag_queue_lists_flags_with_their_counts(client, fact_checker, reader):
    event = normalised(title="Ambiguous October", date_text="w październiku")
    url = reverse("admin:timeline_dateflag_changelist")
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(reader)
    assert client.get(url).status_code == 302  # not staff
    client.force_login(fact_checker)
    page = client.get(url).content.decode()
    assert event.title in page
    assert "month or weekday of an ambiguous year: 1" in page


def test_confirming_a_corrected_date_in_the_admin_recomputes_its_flags(client, fact_checker):
    from tests.factories import event_form

    event = normalised(date_text="w poniedziałek 20 września 2018 r.")
    assert kinds(event) == {DateFlag.Kind.WEEKDAY_MISMATCH}
    client.force_login(fact_checker)
    form = event_form(event, date_start="2018-09-17", date_end="2018-09-17")
    response = client.post(reverse("admin:timeline_event_change", args=[event.pk]), form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Event.objects.get(pk=event.pk).date_status == DateStatus.CONFIRMED
    assert kinds(event) == set()


def month_only_source():
    return SourceFactory(
        published_at=dt.datetime(2018, 9, 1, 12, 0, tzinfo=WARSAW), published_precision="month"
    )


# expression, language: interval read against every day of September 2018, granularity
MONTH_ANCHORED = [
    ("tydzień temu", "pl", D(2018, 8, 20), D(2018, 9, 23), "span"),
    ("wczoraj", "pl", D(2018, 8, 31), D(2018, 9, 29), "span"),
    ("w ubiegłym roku", "pl", D(2017, 1, 1), D(2017, 12, 31), "year"),  # the same on every day
]


@pytest.mark.parametrize(("text", "lang", "start", "end", "granularity"), MONTH_ANCHORED)
def test_a_relative_date_against_a_month_only_anchor_is_widened_and_flagged(
    text, lang, start, end, granularity
):
    event = normalised(date_text=text, date_lang=lang, source=month_only_source())
    assert (event.date_start, event.date_end, event.date_granularity) == (start, end, granularity)
    assert kinds(event) == {DateFlag.Kind.MONTH_ANCHOR}
    assert DateFlag.objects.get(event=event).detail == "read against every day of 2018-09"


def test_an_absolute_date_in_a_month_only_source_is_neither_widened_nor_flagged():
    event = normalised(date_text="3 października 2017 r.", source=month_only_source())
    assert (event.date_start, event.date_end) == (D(2017, 10, 3), D(2017, 10, 3))
    assert kinds(event) == set()


def test_widening_twice_writes_nothing_the_second_time():
    event = normalised(date_text="wczoraj", source=month_only_source())
    assert sanity.widen_for_month_anchor([event.pk]) == []
    assert Event.objects.get(pk=event.pk).updated_at == event.updated_at


def test_learning_the_publication_day_reads_the_date_again_to_the_day():
    source = month_only_source()
    event = normalised(date_text="wczoraj", source=source)
    source.published_at = dt.datetime(2018, 9, 20, 9, 30, tzinfo=WARSAW)
    source.published_precision = "day"
    source.save()
    services.normalise_pending_events([event.pk])
    references.after_normalisation([event.pk])
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.date_granularity) == (
        D(2018, 9, 19),
        D(2018, 9, 19),
        "day",
    )
    assert kinds(event) == set()
