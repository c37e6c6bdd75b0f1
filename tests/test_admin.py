"""The admin as fact-checkers and editors use it: every page loads, forms save, roles hold."""

import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Claim, Outlet, Source
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    EventFactory,
    OutletFactory,
    SourceFactory,
    TagFactory,
    TimelineFactory,
    event_form,
)
from timeline.models import DateStatus, Event

pytestmark = pytest.mark.django_db

MODELS = [
    ("claims", "outlet", OutletFactory),
    ("claims", "tag", TagFactory),
    ("claims", "source", SourceFactory),
    ("claims", "claim", ClaimFactory),
    ("claims", "citation", CitationFactory),
    ("timeline", "event", EventFactory),
    ("timeline", "timeline", TimelineFactory),
]


@pytest.mark.parametrize(("app", "model", "factory"), MODELS)
def test_every_admin_page_loads_for_a_fact_checker(client, fact_checker, app, model, factory):
    obj = factory()
    client.force_login(fact_checker)
    for url in [
        reverse(f"admin:{app}_{model}_changelist"),
        reverse(f"admin:{app}_{model}_add"),
        reverse(f"admin:{app}_{model}_change", args=[obj.pk]),
        reverse(f"admin:{app}_{model}_history", args=[obj.pk]),
    ]:
        assert client.get(url).status_code == 200, url


def test_the_dates_needing_review_list_shows_only_unread_dates(client, fact_checker):
    unread = EventFactory(title="Unread one")
    Event.objects.filter(pk=unread.pk).update(date_status=DateStatus.UNPARSED, date_reason="x")
    EventFactory(title="Still pending")
    client.force_login(fact_checker)
    page = client.get(reverse("admin:timeline_datereviewevent_changelist")).content.decode()
    assert "Unread one" in page
    assert "Still pending" not in page


def test_a_fact_checker_adds_an_outlet_and_a_source_through_the_admin(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:claims_outlet_add"),
        {
            "name": "Reuters",
            "home_url": "https://www.reuters.com/",
            "country": "gb",
            "language": "en",
        },
    )
    assert response.status_code == 302
    outlet = Outlet.objects.get(name="Reuters")
    assert outlet.country == "GB"
    response = client.post(
        reverse("admin:claims_source_add"),
        {
            "outlet": outlet.pk,
            "kind": "article",
            "title": "Banks and data",
            "url": "https://www.reuters.com/banks",
            "language": "en",
            "published_at_0": "2018-09-20",
            "published_at_1": "10:00:00",
            "text": "Banks were asked for data.",
        },
    )
    assert response.status_code == 302, response.content
    source = Source.objects.get(url="https://www.reuters.com/banks")
    assert source.text_hash
    assert source.history.first().history_user == fact_checker


def _claim_form(**overrides):
    data = {
        "statement": "Facebook asked banks for data.",
        "summary": "",
        "claimant": "WSJ",
        "language": "en",
        "quantity_text": "",
        "quantity_value": "",
        "quantity_unit": "",
        "quantity_qualifier": "",
        "citations-TOTAL_FORMS": "0",
        "citations-INITIAL_FORMS": "0",
        "citations-MIN_NUM_FORMS": "0",
        "citations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_a_claim_saved_in_the_admin_records_its_author(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(reverse("admin:claims_claim_add"), _claim_form())
    assert response.status_code == 302
    claim = Claim.objects.get(statement="Facebook asked banks for data.")
    assert claim.created_by == fact_checker
    assert claim.review_status == "draft"


def test_a_quote_missing_from_the_source_is_refused_and_nothing_is_saved(client, fact_checker):
    source = SourceFactory(text="Only this text.")
    client.force_login(fact_checker)
    data = _claim_form(
        **{
            "citations-TOTAL_FORMS": "1",
            "citations-0-source": source.pk,
            "citations-0-quote": "Words nobody wrote.",
        }
    )
    response = client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    assert "The quote was not found in the source text." in response.content.decode()
    assert not Claim.all_objects.filter(statement="Facebook asked banks for data.").exists()


def test_a_fact_checker_cannot_set_a_verdict_in_the_form(client, fact_checker):
    claim = ClaimFactory()
    client.force_login(fact_checker)
    client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        _claim_form(statement=claim.statement, language="pl", verdict="false", expected_version=1),
    )
    claim.refresh_from_db()
    assert claim.verdict == ""


def test_an_editor_gives_a_verdict_and_is_recorded_as_reviewer(client, editor):
    claim = ClaimFactory()
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        _claim_form(
            statement=claim.statement,
            language="pl",
            verdict="false",
            review_body="No.",
            expected_version=1,
        ),
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.verdict == "false"
    assert claim.reviewed_by == editor
    assert claim.reviewed_at is not None
    assert claim.history.count() == 2  # created, then one record for the form's save


def test_only_editors_see_and_use_the_publish_action(client, fact_checker, editor):
    claim = ClaimFactory(verdict="true", review_status="in_review")
    url = reverse("admin:claims_claim_changelist")
    client.force_login(fact_checker)
    assert "publish_selected" not in client.get(url).content.decode()
    client.post(url, {"action": "publish_selected", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.review_status == "in_review"

    client.force_login(editor)
    assert "publish_selected" in client.get(url).content.decode()
    client.post(url, {"action": "publish_selected", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.review_status == "published"
    assert claim.published_at is not None


def test_publishing_a_claim_without_a_verdict_reports_why(client, editor):
    claim = ClaimFactory(review_status="in_review")
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "publish_selected", "_selected_action": [claim.pk]},
        follow=True,
    )
    assert "needs a verdict" in response.content.decode()
    claim.refresh_from_db()
    assert claim.review_status == "in_review"


def test_deleting_in_the_admin_moves_to_the_bin_and_an_editor_restores(client, editor):
    claim = ClaimFactory()
    client.force_login(editor)
    response = client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Claim.objects.filter(pk=claim.pk).exists()
    binned = Claim.all_objects.get(pk=claim.pk)
    assert binned.deleted_by == editor
    assert binned.history.first().history_user == editor

    bin_page = client.get(reverse("admin:claims_claim_changelist") + "?bin=deleted")
    assert str(claim) in bin_page.content.decode()
    client.post(
        reverse("admin:claims_claim_changelist") + "?bin=deleted",
        {"action": "restore_selected", "_selected_action": [claim.pk]},
    )
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_a_fact_checker_cannot_delete(client, fact_checker):
    claim = ClaimFactory()
    client.force_login(fact_checker)
    response = client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_setting_dates_by_hand_confirms_them(client, fact_checker):
    event = EventFactory(date_text="przed konferencją F8")
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:timeline_event_change", args=[event.pk]),
        event_form(
            event,
            date_lang="pl",
            date_start="2017-04-01",
            date_end="2017-04-30",
            date_granularity="month",
            date_relation="before",
        ),
    )
    assert response.status_code == 302, response.content
    event.refresh_from_db()
    assert event.date_status == DateStatus.CONFIRMED
    assert (event.date_start, event.date_end) == (dt.date(2017, 4, 1), dt.date(2017, 4, 30))


def test_an_end_before_the_start_is_refused_in_the_event_form(client, fact_checker):
    event = EventFactory()
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:timeline_event_change", args=[event.pk]),
        event_form(
            event,
            date_lang="pl",
            date_start="2018-02-01",
            date_end="2018-01-01",
            date_granularity="span",
        ),
    )
    assert response.status_code == 200
    assert "The end cannot be before the start." in response.content.decode()
    event.refresh_from_db()
    assert event.date_start is None


def test_only_editors_publish_timelines(client, fact_checker, editor):
    timeline = TimelineFactory(is_published=False)
    url = reverse("admin:timeline_timeline_changelist")
    for user, expected in [(fact_checker, False), (editor, True)]:
        client.force_login(user)
        client.post(url, {"action": "publish_selected", "_selected_action": [timeline.pk]})
        timeline.refresh_from_db()
        assert timeline.is_published is expected


def test_two_fact_checkers_saving_the_same_claim_do_not_overwrite_each_other(
    client, fact_checker, editor
):
    claim = ClaimFactory(statement="Original words.")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    stale_version = claim.version

    client.force_login(editor)
    first = client.post(
        url, _claim_form(statement="First edit.", language="pl", expected_version=stale_version)
    )
    assert first.status_code == 302

    client.force_login(fact_checker)
    second = client.post(
        url, _claim_form(statement="Second edit.", language="pl", expected_version=stale_version)
    )
    assert second.status_code == 200
    page = second.content.decode()
    assert "saved this claim after you opened it" in page
    assert "Second edit." in page  # what they typed is still in the form
    claim.refresh_from_db()
    assert claim.statement == "First edit."
    assert claim.version == stale_version + 1


def test_a_save_from_the_current_version_goes_through(client, fact_checker):
    claim = ClaimFactory()
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        _claim_form(statement="Fresh.", language="pl", expected_version=claim.version),
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.statement, claim.version) == ("Fresh.", 2)


def test_an_editor_bins_a_cited_source_and_restores_it(client, editor):
    citation = CitationFactory()
    source = citation.source
    client.force_login(editor)
    response = client.post(reverse("admin:claims_source_delete", args=[source.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Source.objects.filter(pk=source.pk).exists()
    assert Source.all_objects.get(pk=source.pk).deleted_by == editor
    citation.refresh_from_db()
    assert citation.source_id == source.pk
    client.post(
        reverse("admin:claims_source_changelist") + "?bin=deleted",
        {"action": "restore_selected", "_selected_action": [source.pk]},
    )
    assert Source.objects.filter(pk=source.pk).exists()


# Every record's admin form is locked to the version it was opened at


@pytest.mark.parametrize(
    "factory, page",
    [
        (OutletFactory, "claims_outlet"),
        (TagFactory, "claims_tag"),
        (SourceFactory, "claims_source"),
        (ClaimFactory, "claims_claim"),
        (CitationFactory, "claims_citation"),
        (EventFactory, "timeline_event"),
        (TimelineFactory, "timeline_timeline"),
    ],
)
def test_every_record_form_carries_the_version_it_was_opened_at(client, staff, factory, page):
    obj = factory()
    type(obj).all_objects.filter(pk=obj.pk).update(version=4)
    client.force_login(staff)

    response = client.get(reverse(f"admin:{page}_change", args=[obj.pk]))

    assert response.status_code == 200
    assert b'name="expected_version" value="4"' in response.content


def _outlet_form(**overrides):
    data = {"name": "Polska Agencja Prasowa", "home_url": "", "country": "PL", "language": "pl"}
    return data | overrides


def test_two_editors_saving_the_same_outlet_do_not_overwrite_each_other(
    client, fact_checker, editor
):
    outlet = OutletFactory(name="PAP")
    url = reverse("admin:claims_outlet_change", args=[outlet.pk])

    client.force_login(editor)
    first = client.post(url, _outlet_form(name="PAP (first)", expected_version=1))
    client.force_login(fact_checker)
    second = client.post(url, _outlet_form(name="PAP (second)", expected_version=1))

    assert first.status_code == 302
    assert second.status_code == 200
    page = second.content.decode()
    assert "saved this outlet after you opened it" in page
    assert "PAP (second)" in page  # what they typed is still in the form
    outlet.refresh_from_db()
    assert (outlet.name, outlet.version) == ("PAP (first)", 2)
    assert outlet.history.first().history_user == editor


def test_a_source_saved_from_a_stale_form_is_refused(client, fact_checker, editor):
    source = SourceFactory(title="Original")
    url = reverse("admin:claims_source_change", args=[source.pk])
    source.title = "Changed through the API"
    source.version += 1
    source.save()
    form = {
        "outlet": source.outlet_id or "",
        "kind": source.kind,
        "title": "Stale edit",
        "url": source.url,
        "author": source.author,
        "language": source.language,
        "published_at_0": "",
        "published_at_1": "",
        "retrieved_at_0": "",
        "retrieved_at_1": "",
        "text": source.text,
        "expected_version": 1,
    }

    client.force_login(fact_checker)
    stale = client.post(url, form)
    fresh = client.post(url, {**form, "title": "Fresh edit", "expected_version": 2})

    assert stale.status_code == 200
    assert "saved this source after you opened it" in stale.content.decode()
    assert fresh.status_code == 302, fresh.content.decode()[:2000]
    source.refresh_from_db()
    assert (source.title, source.version) == ("Fresh edit", 3)
