"""The public timeline pages: the home page and the chronology of one timeline."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Claim
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    EventFactory,
    PublishedClaimFactory,
    TagFactory,
    TimelineFactory,
    load_dated_demo,
)
from timeline import views
from timeline.demo import TIMELINE_SLUG
from timeline.models import DateStatus, Event, Timeline

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

STORY = f"/timelines/{TIMELINE_SLUG}/"

# The demo events as the story page must list them, earliest start first.
DEMO_ORDER_EN = [
    ("early 2017", "Facebook's data policy says all user data is used to target ads"),
    ("2017", "Facebook asks US banks for customer data"),
    ("before 18–19 April 2017", "Some bank agreements negotiated"),
    ("18–19 April 2017", "F8 developer conference: more than 12 companies launch on Messenger"),
    ("March 2018", "Cambridge Analytica data leak revealed"),
    ("August 2018", "WSJ reports Facebook's talks with banks about Messenger services"),
    ("date unknown", "Negotiations between Facebook and US banks"),
    ("date unknown", "Documents: Facebook approached the banks about customer data"),
]


@pytest.fixture
def story():
    load_dated_demo()
    return Timeline.objects.get(slug=TIMELINE_SLUG)


def page(client, url, lang="en", **params):
    response = client.get(url, params, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def events_listed(html):
    """(date label, title) of each event, in page order."""
    found = re.findall(
        r'<span class="event-date">([^<]*)</span>\s*<span class="event-title">([^<]*)</span>', html
    )
    return [(label, title.replace("&#x27;", "'")) for label, title in found]


def dated(title, start, end, granularity, *, relation="", timeline=None, **fields):
    event = EventFactory(
        title=title,
        date_status=DateStatus.CONFIRMED,
        date_start=start,
        date_end=end,
        date_granularity=granularity,
        date_relation=relation,
        **fields,
    )
    if timeline is not None:
        timeline.events.add(event)
    return event


# The story page


def test_the_story_lists_its_events_in_chronological_order_with_honest_labels(client, story):
    assert events_listed(page(client, STORY)) == DEMO_ORDER_EN


def test_the_story_reads_its_dates_in_polish_on_the_polish_page(client, story):
    labels = [label for label, _title in events_listed(page(client, STORY, lang="pl"))]
    assert labels == [
        "początek 2017",
        "2017",
        "przed okresem 18–19 kwietnia 2017",
        "18–19 kwietnia 2017",
        "marzec 2018",
        "sierpień 2018",
        "data nieznana",
        "data nieznana",
    ]


def test_the_language_cookie_set_by_the_switcher_chooses_the_language(client, story):
    response = client.post("/i18n/setlang/", {"language": "pl", "next": STORY})
    assert response.status_code == 302
    html = client.get(STORY).content.decode()
    assert '<html lang="pl">' in html
    assert "sierpień 2018" in html


def test_events_are_grouped_under_the_year_they_start_in(client, story):
    html = page(client, STORY)
    headings = re.findall(r'<h2 id="year-[^"]+" class="year-heading">([^<]+)</h2>', html)
    assert headings == ["2017", "2018", "Not yet dated"]
    assert html.index("early 2017") < html.index(">2018<") < html.index("March 2018")


def test_a_date_not_yet_normalised_reads_pending_in_both_languages(client):
    timeline = TimelineFactory()
    timeline.events.add(EventFactory(title="Awaiting the workers"))
    assert Event.objects.get().date_status == DateStatus.PENDING
    assert ("pending", "Awaiting the workers") in events_listed(
        page(client, timeline.get_absolute_url())
    )
    cache.clear()
    assert ("oczekuje", "Awaiting the workers") in events_listed(
        page(client, timeline.get_absolute_url(), lang="pl")
    )


def test_wide_intervals_are_marked_approximate_and_drawn_as_wide_bars(client):
    timeline = TimelineFactory()
    year = dated("All year", dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year", timeline=timeline)
    day = dated("One day", dt.date(2017, 6, 5), dt.date(2017, 6, 5), "day", timeline=timeline)
    html = page(client, timeline.get_absolute_url())

    def item(event):
        return re.search(rf'<li class="event[^"]*" id="event-{event.pk}">.*?</li>', html, re.S)[0]

    assert "is-approximate" in item(year) and "approximate</span>" in item(year)
    assert "is-approximate" not in item(day) and "approximate</span>" not in item(day)
    year_bar = re.search(
        r'class="bar bar-approximate" x="([\d.]+)" y="1" width="([\d.]+)"', item(year)
    )
    day_bar = re.search(r'class="bar" x="([\d.]+)" y="1" width="([\d.]+)"', item(day))
    assert float(year_bar[1]) == 0.0 and float(year_bar[2]) == 1000.0
    assert 420 < float(day_bar[1]) < 430 and float(day_bar[2]) < 10


def test_before_a_date_is_drawn_open_towards_the_past(client):
    timeline = TimelineFactory()
    dated("Start", dt.date(2016, 1, 1), dt.date(2016, 1, 1), "day", timeline=timeline)
    dated(
        "Before April",
        dt.date(2017, 4, 1),
        dt.date(2017, 4, 30),
        "month",
        relation="before",
        timeline=timeline,
    )
    html = page(client, timeline.get_absolute_url())
    assert ("before April 2017", "Before April") in events_listed(html)
    assert re.search(r'class="bar bar-open-start bar-approximate" x="0.0"', html)


@pytest.mark.parametrize(
    ("relation", "lang", "note"),
    [
        ("before", "en", "some time before April 1, 2017"),
        ("after", "en", "some time after April 30, 2017"),
        ("", "en", "some time between April 1, 2017 and April 30, 2017"),
        ("before", "pl", "w jakimś momencie przed 1 kwietnia 2017"),
        ("after", "pl", "w jakimś momencie po 30 kwietnia 2017"),
    ],
)
def test_the_approximate_note_says_where_the_event_lies_against_the_interval(
    client, relation, lang, note
):
    # "Before April 2017" happened before April, not during it: the note must not say otherwise.
    timeline = TimelineFactory()
    april = (dt.date(2017, 4, 1), dt.date(2017, 4, 30), "month")
    dated("April", *april, relation=relation, timeline=timeline)
    html = page(client, timeline.get_absolute_url(), lang=lang)
    shown = re.search(r'<p class="approximate-note">.*?</span> ([^<]*)</p>', html)[1]
    assert shown == note


def test_the_svg_geometry_is_not_localised_on_polish_pages(client):
    timeline = TimelineFactory()
    dated("A", dt.date(2016, 1, 1), dt.date(2016, 1, 7), "week", timeline=timeline)
    dated("B", dt.date(2017, 3, 3), dt.date(2017, 3, 3), "day", timeline=timeline)
    html = page(client, timeline.get_absolute_url(), lang="pl")
    geometry = re.findall(r' (?:x|width|x1)="([^"]*)"', html)
    assert geometry and all(re.fullmatch(r"\d+(\.\d+)?", value) for value in geometry)


def test_under_each_event_its_published_claims_show_verdict_quote_and_source_chain(client, story):
    html = page(client, STORY)
    event = Event.objects.get(title="Cambridge Analytica data leak revealed")
    item = re.search(rf'id="event-{event.pk}">.*?</li>\s*</ul>\s*</li>', html, re.S)[0]
    assert '<span class="verdict verdict-true">True</span>' in item
    assert "nawet 87 mln użytkowników Facebooka" in item
    assert '<span class="outlet">PAP</span>, citing <a href="' in item
    assert ">The Wall Street Journal</a>: " in item
    assert "Facebook negocjował z bankami dostęp do danych klientów" in item
    assert "Sept. 20, 2018" in item
    assert 'href="https://demo.chronicle.invalid/pap/facebook-banki-dane-klientow"' in item


def test_draft_and_in_review_claims_never_appear_on_the_story(client, story):
    html = page(client, STORY)
    assert Claim.objects.exclude(review_status="published").count() == 2
    for claim in Claim.objects.exclude(review_status="published"):
        assert claim.statement not in html
        assert claim.summary not in html
        assert claim.get_absolute_url() not in html
    for claim in Claim.objects.published():
        assert claim.get_absolute_url() in html


def test_an_unpublished_timeline_is_not_found(client):
    timeline = TimelineFactory(is_published=False)
    timeline.events.add(EventFactory())
    assert client.get(timeline.get_absolute_url()).status_code == 404


def test_a_timeline_in_the_bin_is_not_found(client):
    timeline = TimelineFactory(deleted_at=timezone.now())
    assert client.get(timeline.get_absolute_url()).status_code == 404


def test_events_in_the_bin_are_left_out(client):
    timeline = TimelineFactory()
    timeline.events.add(EventFactory(title="Withdrawn event", deleted_at=timezone.now()))
    timeline.events.add(EventFactory(title="Standing event"))
    html = page(client, timeline.get_absolute_url())
    assert "Standing event" in html and "Withdrawn event" not in html


def test_what_users_wrote_is_shown_as_text_not_markup(client):
    timeline = TimelineFactory(title="<b>Bold</b> title")
    event = EventFactory(title="<script>alert('event')</script>", description="<img src=x>")
    claim = PublishedClaimFactory(summary="<script>alert('claim')</script>")
    CitationFactory(claim=claim)
    event.claims.add(claim)
    timeline.events.add(event)
    html = page(client, timeline.get_absolute_url())
    assert "<script>alert" not in html and "<img src=x>" not in html and "<b>Bold" not in html
    assert "&lt;script&gt;alert(&#x27;event&#x27;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#x27;claim&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x&gt;" in html


# Filters


def test_filtering_by_tag_keeps_only_the_events_with_that_tag(client, story):
    titles = [title for _label, title in events_listed(page(client, STORY, tag="messenger"))]
    assert titles == [
        "F8 developer conference: more than 12 companies launch on Messenger",
        "WSJ reports Facebook's talks with banks about Messenger services",
    ]


def test_filtering_by_verdict_keeps_events_with_such_a_published_claim_and_only_those_claims(
    client, story
):
    html = page(client, STORY, verdict="unverifiable")
    titles = [title for _label, title in events_listed(html)]
    assert titles == [
        "Facebook asks US banks for customer data",
        "WSJ reports Facebook's talks with banks about Messenger services",
    ]
    assert "verdict-unverifiable" in html
    assert "verdict-true" not in html and "verdict-mostly_true" not in html


def test_filters_combine_and_the_form_keeps_the_choice(client, story):
    html = page(client, STORY, tag="privacy", verdict="true")
    assert [title for _label, title in events_listed(html)] == [
        "Cambridge Analytica data leak revealed"
    ]
    assert '<option value="privacy" selected>' in html
    assert '<option value="true" selected>' in html
    assert "1 event matches these filters." in html


def test_an_unknown_filter_value_is_ignored(client, story):
    html = page(client, STORY, verdict="bogus", tag="no-such-tag")
    assert len(events_listed(html)) == len(DEMO_ORDER_EN)


def test_tag_links_on_events_are_shareable_filter_urls(client, story):
    html = page(client, STORY)
    assert 'href="?tag=messenger"' in html
    assert len(events_listed(page(client, STORY + "?tag=messenger"))) == 2


def test_a_filter_that_matches_a_claim_of_a_draft_does_not_count_it(client):
    timeline = TimelineFactory()
    event = EventFactory(title="Only a draft is false here")
    event.claims.add(ClaimFactory(verdict=Claim.Verdict.FALSE))
    timeline.events.add(event)
    html = page(client, timeline.get_absolute_url(), verdict="false")
    assert events_listed(html) == []
    assert "No event matches these filters." in html


# Size: queries and pages


def timeline_of(count, tag):
    timeline = TimelineFactory()
    for number in range(count):
        day = dt.date(2010, 1, 1) + dt.timedelta(days=37 * number)
        event = dated(f"Event {number}", day, day, "day")
        event.tags.add(tag)
        for _ in range(2):
            claim = PublishedClaimFactory()
            CitationFactory(claim=claim)
            event.claims.add(claim)
        timeline.events.add(event)
    return timeline


def test_the_story_page_costs_the_same_queries_for_5_and_50_events(
    client, django_assert_num_queries
):
    tag = TagFactory()
    small, large = timeline_of(5, tag), timeline_of(50, tag)
    with CaptureQueriesContext(connection) as small_queries:
        assert len(events_listed(page(client, small.get_absolute_url()))) == 5
    with django_assert_num_queries(len(small_queries)):
        assert len(events_listed(page(client, large.get_absolute_url()))) == 50
    # Nine, and one walk of the claim links that finds every claim alone.
    with django_assert_num_queries(10):
        cache.clear()
        page(client, small.get_absolute_url())


def without_csrf_token(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_a_cached_story_page_costs_no_queries(client, django_assert_num_queries, story):
    first = page(client, STORY)
    with django_assert_num_queries(0):
        again = page(client, STORY)
    assert without_csrf_token(again) == without_csrf_token(first)


def test_a_long_timeline_is_shown_a_year_at_a_time(client, monkeypatch):
    monkeypatch.setattr(views, "PAGE_EVENTS", 3)
    timeline = TimelineFactory()
    for year in (2015, 2016):
        for month in (1, 5, 9):
            day = dt.date(year, month, 1)
            dated(f"{year}-{month}", day, day, "day", timeline=timeline)
    timeline.events.add(EventFactory(title="Undated"))
    url = timeline.get_absolute_url()

    first = page(client, url)
    assert [title for _label, title in events_listed(first)] == ["2015-1", "2015-5", "2015-9"]
    assert 'href="?year=2016"' in first and 'href="?year=undated"' in first
    assert [title for _l, title in events_listed(page(client, url, year="2016"))] == [
        "2016-1",
        "2016-5",
        "2016-9",
    ]
    assert [title for _l, title in events_listed(page(client, url, year="undated"))] == ["Undated"]
    assert client.get(url, {"year": "1999"}).status_code == 404


def test_a_crowded_year_is_split_into_pages_and_gets_month_headings(client, monkeypatch):
    monkeypatch.setattr(views, "PAGE_EVENTS", 4)
    monkeypatch.setattr(views, "MONTH_HEADINGS_FROM", 2)
    timeline = TimelineFactory()
    for number in range(6):
        day = dt.date(2016, 1 + number, 10)
        dated(f"Event {number}", day, day, "day", timeline=timeline)
    url = timeline.get_absolute_url()
    first = page(client, url, year="2016")
    assert len(events_listed(first)) == 4
    assert '<h3 class="month-heading">January 2016</h3>' in first
    assert 'href="?year=2016&amp;page=2"' in first
    second = page(client, url, year="2016", page="2")
    assert [title for _l, title in events_listed(second)] == ["Event 4", "Event 5"]
    assert client.get(url, {"year": "2016", "page": "3"}).status_code == 404


# The home page


def test_the_home_page_lists_published_timelines_and_the_latest_published_claims(client):
    TimelineFactory(title="A public story")
    TimelineFactory(title="A draft story", is_published=False)
    PublishedClaimFactory(summary="A published claim")
    ClaimFactory(summary="A draft claim")
    html = page(client, "/")
    assert "A public story" in html and "A published claim" in html
    assert "A draft story" not in html and "A draft claim" not in html


def test_searching_finds_published_claims_by_statement_summary_or_claimant(client):
    PublishedClaimFactory(statement="Banki odmówiły", summary="Banks refused", claimant="WSJ")
    PublishedClaimFactory(statement="Something else", summary="Other", claimant="Reuters")
    ClaimFactory(statement="Banki w szkicu", summary="Draft about banks")
    found = search_results(page(client, "/", q="banki"))
    assert "1 claim matches" in found and "Banks refused" in found
    assert "Draft about banks" not in found and "Other" not in found
    found = search_results(page(client, "/", q="reuters"))
    assert "Other" in found and "Banks refused" not in found


def search_results(html):
    return re.search(r'<section id="search".*?</section>', html, re.S)[0]


def test_the_search_box_escapes_the_query(client):
    html = page(client, "/", q='"><script>alert(1)</script>')
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# Every page


def test_pages_hold_no_inline_script_or_style_that_the_security_policy_would_block(client, story):
    claim = Claim.objects.published().first()
    source = claim.citations.first().source
    for url in ("/", STORY, claim.get_absolute_url(), source.get_absolute_url()):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy
        html = response.content.decode()
        assert " style=" not in html and "<style" not in html
        scripts = re.findall(r"<script[^>]*>", html)
        assert all(tag == '<script type="application/ld+json">' for tag in scripts), scripts


def test_pages_have_landmarks_a_skip_link_and_one_main_heading(client, story):
    html = page(client, STORY)
    assert html.index('class="skip-link" href="#main"') < html.index("<header")
    for landmark in ('<header class="site-header">', "<nav ", '<main id="main"', "<footer"):
        assert landmark in html
    assert html.count("<h1") == 1


def test_a_missing_page_answers_with_the_sites_not_found_page_in_the_readers_language(client):
    response = client.get("/timelines/no-such-story/", HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 404
    assert "Nie znaleziono" in response.content.decode()
