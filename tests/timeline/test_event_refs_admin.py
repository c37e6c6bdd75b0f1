"""The admin's side of dates read against other events: the reference shown, and a person
choosing it by hand when none was found."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.timeline.test_event_refs import dated_against, settled
from timeline.models import DateStatus, Event

pytestmark = pytest.mark.django_db
D = dt.date


def choose_url(event):
    return reverse("admin:timeline_event_choose_reference", args=[event.pk])


def test_an_unfound_reference_offers_the_link_to_choose_one(client, fact_checker):
    event = dated_against("po wyborach w 2015 r.")
    client.force_login(fact_checker)
    page = client.get(reverse("admin:timeline_event_change", args=[event.pk])).content.decode()
    assert "reference event not found" in page
    assert choose_url(event) in page
    review = client.get(reverse("admin:timeline_datereviewevent_changelist")).content.decode()
    assert event.title in review


def test_a_fact_checker_chooses_the_reference_event_and_it_is_recorded(client, fact_checker):
    election = settled("Głosowanie do Sejmu", D(2015, 10, 25), D(2015, 10, 25))
    # Named otherwise, so the resolver could not find it: a person has to.
    event = dated_against("po wyborach w 2015 r.")
    assert event.date_status == DateStatus.UNPARSED
    client.force_login(fact_checker)
    page = client.get(choose_url(event), {"q": "sejm"}).content.decode()
    assert "Głosowanie do Sejmu (25 October 2015)" in page
    response = client.post(choose_url(event) + "?q=sejm", {"reference": election.pk})
    assert response.status_code == 302, response.content.decode()[:3000]
    event.refresh_from_db()
    assert (event.date_reference_event, event.date_reference_chosen) == (election, True)
    assert (event.date_status, event.date_start, event.date_relation) == (
        DateStatus.PARSED,
        D(2015, 10, 25),
        "after",
    )
    assert event.history.latest().history_user == fact_checker
    page = client.get(reverse("admin:timeline_event_change", args=[event.pk])).content.decode()
    assert "(chosen by hand)" in page


def test_an_event_outside_the_offered_choices_is_refused_and_nothing_changes(client, fact_checker):
    event = dated_against("po wyborach w 2015 r.")
    unrelated = settled("Product launch", D(2015, 3, 1), D(2015, 3, 1))
    client.force_login(fact_checker)
    response = client.post(choose_url(event) + "?q=wybory", {"reference": unrelated.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert Event.objects.get(pk=event.pk).date_reference_event is None


def test_choosing_a_reference_needs_the_change_permission(client, reader):
    event = dated_against("po wyborach w 2015 r.")
    assert client.get(choose_url(event)).status_code == 302  # anonymous: to the login page
    client.force_login(reader)
    assert client.get(choose_url(event)).status_code == 302  # not staff: to the login page
