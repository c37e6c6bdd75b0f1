"""Atom feeds of a timeline and of newly published claims."""

import xml.etree.ElementTree as ET

import pytest

from claims.models import Claim
from tests.factories import (
    ClaimFactory,
    EventFactory,
    PublishedClaimFactory,
    TimelineFactory,
    load_dated_demo,
)
from timeline.demo import TIMELINE_SLUG
from timeline.models import Event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def story():
    load_dated_demo()


def atom(client, url, lang="en"):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def entries(feed):
    return [
        {
            "title": entry.find(f"{ATOM}title").text,
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.find(f"{ATOM}summary").text or "",
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_the_timeline_feed_parses_and_lists_every_event_with_its_date_label(client, story):
    feed = atom(client, f"/timelines/{TIMELINE_SLUG}/feed/")
    assert feed.find(f"{ATOM}title").text == "Facebook, banki i dane klientów"
    items = entries(feed)
    assert len(items) == Event.objects.count() == 8
    titles = {item["title"] for item in items}
    assert "August 2018: WSJ reports Facebook's talks with banks about Messenger services" in titles
    assert "before 18–19 April 2017: Some bank agreements negotiated" in titles
    leak = Event.objects.get(title="Cambridge Analytica data leak revealed")
    assert any(
        item["link"] == f"http://testserver/timelines/{TIMELINE_SLUG}/#event-{leak.pk}"
        for item in items
    )


def test_the_timeline_feed_speaks_the_readers_language(client, story):
    titles = {
        item["title"] for item in entries(atom(client, f"/timelines/{TIMELINE_SLUG}/feed/", "pl"))
    }
    assert (
        "sierpień 2018: WSJ reports Facebook's talks with banks about Messenger services" in titles
    )


def test_the_timeline_feed_carries_only_published_claims(client, story):
    summaries = " ".join(
        item["summary"] for item in entries(atom(client, f"/timelines/{TIMELINE_SLUG}/feed/"))
    )
    assert "Cambridge Analytica leak affected up to 87 million" in summaries
    for claim in Claim.objects.exclude(review_status="published"):
        assert claim.summary not in summaries


def test_an_unpublished_timeline_has_no_feed(client):
    timeline = TimelineFactory(is_published=False)
    timeline.events.add(EventFactory())
    assert client.get(f"/timelines/{timeline.slug}/feed/").status_code == 404


def test_the_claims_feed_lists_published_claims_newest_first(client):
    older = PublishedClaimFactory(summary="Older claim")
    newer = PublishedClaimFactory(summary="Newer claim", verdict=Claim.Verdict.FALSE)
    newer.published_at = older.published_at.replace(year=2020)
    newer.save(update_fields=["published_at"])
    ClaimFactory(summary="Draft claim")
    items = entries(atom(client, "/claims/feed/"))
    assert [item["title"] for item in items] == ["False: Newer claim", "True: Older claim"]
    assert items[0]["link"] == f"http://testserver{newer.get_absolute_url()}"


def test_feed_text_is_escaped_xml_that_readers_show_as_text(client):
    PublishedClaimFactory(summary="<script>x</script>", statement="a < b & <b>c</b>")
    response = client.get("/claims/feed/")
    assert b"<script>x" not in response.content
    item = entries(ET.fromstring(response.content))[0]
    assert item["title"] == "True: <script>x</script>"
    assert "a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;" in item["summary"]
