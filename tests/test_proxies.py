"""Changes made through a proxy model reach whatever listens on the real one: the admin's
"dates to review" list edits events, its "candidate claims" list edits claims, and both must
be in the history and refresh the public pages."""

import datetime as dt

import pytest
from django.urls import reverse

from claims.models import CandidateClaim, Claim
from tests.factories import (
    ClaimFactory,
    EventFactory,
    PublishedClaimFactory,
    TimelineFactory,
    event_form,
)
from timeline.models import DateReviewEvent, DateStatus, Event
from timeline.pagecache import content_version

pytestmark = pytest.mark.django_db


def unread_event(**kwargs):
    event = EventFactory(date_text="kiedyś tam", **kwargs)
    Event.objects.filter(pk=event.pk).update(date_status=DateStatus.UNPARSED, date_reason="x")
    return event


def test_dates_set_by_hand_in_the_review_list_are_in_the_events_history(client, fact_checker):
    event = unread_event()
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:timeline_datereviewevent_change", args=[event.pk]),
        event_form(
            event,
            date_lang="pl",
            date_start="2017-04-01",
            date_end="2017-04-30",
            date_granularity="month",
            date_relation="",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    latest = Event.history.filter(id=event.pk).order_by("-history_id").first()
    assert latest.history_type == "~"
    assert latest.date_status == DateStatus.CONFIRMED
    assert latest.date_start == dt.date(2017, 4, 1)
    assert latest.history_user == fact_checker


def test_an_event_edited_through_the_review_list_refreshes_the_public_pages():
    event = unread_event()
    TimelineFactory(is_published=True).events.add(event)
    before = content_version()
    reviewed = DateReviewEvent.objects.get(pk=event.pk)
    reviewed.title = "Renamed in review"
    reviewed.save()
    assert content_version() > before


def test_a_claim_edited_through_the_candidate_list_is_in_its_history():
    claim = ClaimFactory()
    candidate = CandidateClaim.objects.get(pk=claim.pk)
    candidate.summary = "Reworded in the candidate list"
    candidate.save()
    latest = Claim.history.filter(id=claim.pk).order_by("-history_id").first()
    assert (latest.history_type, latest.summary) == ("~", "Reworded in the candidate list")


def test_a_published_claim_edited_through_the_candidate_list_refreshes_the_public_pages():
    claim = PublishedClaimFactory()
    before = content_version()
    candidate = CandidateClaim.objects.get(pk=claim.pk)
    candidate.summary = "Reworded"
    candidate.save()
    assert content_version() > before


def test_deleting_through_a_proxy_is_in_the_history():
    event = unread_event()
    DateReviewEvent.all_objects.filter(pk=event.pk).delete()
    assert not Event.all_objects.filter(pk=event.pk).exists()
    assert Event.history.filter(id=event.pk, history_type="-").exists()
