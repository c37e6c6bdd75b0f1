"""Linking claims that state the same thing: proposals, decisions and the admin queue."""

from decimal import Decimal

import pytest
from django.urls import reverse

from claims import links, matching
from claims.models import Claim, ClaimLink
from tests.factories import ClaimFactory, TagFactory

pytestmark = pytest.mark.django_db

LEAK_PL = "Wyciek danych z Facebooka dotknął nawet 87 mln użytkowników."
LEAK_EN = "The Facebook data leak affected up to 87 million users."
OTHER = "Inflacja w Polsce wyniosła w sierpniu 2,9 proc. rok do roku."


def claim(statement, language, value=None, tags=()):
    made = ClaimFactory(
        statement=statement,
        language=language,
        quantity_value=value,
        quantity_unit="users" if value else "",
        quantity_qualifier=Claim.Qualifier.UP_TO if value else "",
    )
    made.tags.set(tags)
    return made


def pair_of(a, b):
    low, high = sorted((a.pk, b.pk))
    return ClaimLink.objects.get(claim_id=low, other_id=high)


def test_one_claim_in_two_languages_becomes_a_candidate_with_its_reasons():
    polish = claim(LEAK_PL, "pl", Decimal("87000000"))
    english = claim(LEAK_EN, "en", Decimal("87000000"))
    unrelated = claim(OTHER, "pl")

    assert links.propose_links(english.pk) == 1

    link = pair_of(polish, english)
    assert link.status == ClaimLink.Status.CANDIDATE
    assert link.score >= matching.THRESHOLD
    assert any("87000000" in reason for reason in link.reasons)
    assert link.matcher_version == matching.VERSION
    low, high = sorted((english.pk, unrelated.pk))
    assert not ClaimLink.objects.filter(claim_id=low, other_id=high).exists()


def test_a_shared_tag_brings_a_claim_without_a_figure_to_the_matcher():
    facebook = TagFactory(name="Facebook", slug="facebook")
    first = claim(
        "Facebook poprosił banki w USA o dane finansowe klientów w 2018 roku.",
        "pl",
        tags=[facebook],
    )
    second = claim(
        "In 2018 Facebook asked banks in the US for customers' financial data.",
        "en",
        tags=[facebook],
    )
    links.propose_links(first.pk)
    assert pair_of(first, second).status == ClaimLink.Status.CANDIDATE


def test_proposing_twice_stores_one_link_and_a_decision_is_never_undone(fact_checker):
    polish = claim(LEAK_PL, "pl", Decimal("87000000"))
    english = claim(LEAK_EN, "en", Decimal("87000000"))
    links.propose_links(polish.pk)
    links.propose_links(polish.pk)
    links.propose_links(english.pk)
    assert ClaimLink.objects.count() == 1

    rejected = links.decide(pair_of(polish, english), ClaimLink.Status.DIFFERENT, fact_checker)
    assert links.propose_links(english.pk) == 0
    rejected.refresh_from_db()
    assert (rejected.status, rejected.decided_by) == (ClaimLink.Status.DIFFERENT, fact_checker)
    assert rejected.history.count() == 2  # proposed, then decided


def test_a_decision_is_same_or_different():
    polish = claim(LEAK_PL, "pl", Decimal("87000000"))
    claim(LEAK_EN, "en", Decimal("87000000"))
    links.propose_links(polish.pk)
    with pytest.raises(ValueError, match="same"):
        links.decide(ClaimLink.objects.get(), "candidate", None)


def test_saving_a_claim_proposes_its_links_after_the_commit(django_capture_on_commit_callbacks):
    polish = claim(LEAK_PL, "pl", Decimal("87000000"))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        english = claim(LEAK_EN, "en", Decimal("87000000"))
    assert callbacks, "the proposal waits for the commit"
    assert pair_of(polish, english).status == ClaimLink.Status.CANDIDATE


def test_a_pair_is_stored_lowest_id_first_and_never_with_itself():
    polish = claim(LEAK_PL, "pl", Decimal("87000000"))
    english = claim(LEAK_EN, "en", Decimal("87000000"))
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimLink.objects.create(claim=english, other=polish)
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimLink.objects.create(claim=polish, other=polish)


# The admin


@pytest.fixture
def candidate():
    polish = claim(LEAK_PL, "pl", Decimal("87000000"))
    english = claim(LEAK_EN, "en", Decimal("87000000"))
    links.propose_links(polish.pk)
    return pair_of(polish, english)


def test_the_queue_lists_open_candidates_with_counts_and_one_click_buttons(
    client, fact_checker, candidate
):
    client.force_login(fact_checker)
    page = client.get(reverse("admin:claims_claimlink_changelist")).content.decode()
    assert "candidate: 1" in page
    assert reverse("admin:claims_claimlink_accept", args=[candidate.pk]) in page
    assert reverse("admin:claims_claimlink_reject", args=[candidate.pk]) in page


def test_accepting_in_one_click_records_who_decided(client, fact_checker, candidate):
    client.force_login(fact_checker)
    response = client.post(reverse("admin:claims_claimlink_accept", args=[candidate.pk]))
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert (candidate.status, candidate.decided_by) == (ClaimLink.Status.SAME, fact_checker)
    assert candidate.decided_at is not None


def test_rejecting_from_the_claims_own_page(client, editor, candidate):
    client.force_login(editor)
    page = client.get(reverse("admin:claims_claim_change", args=[candidate.claim_id]))
    assert reverse("admin:claims_claimlink_reject", args=[candidate.pk]) in page.content.decode()
    client.post(reverse("admin:claims_claimlink_reject", args=[candidate.pk]))
    candidate.refresh_from_db()
    assert candidate.status == ClaimLink.Status.DIFFERENT


def test_deciding_needs_a_post_and_the_right_role(client, reader, fact_checker, candidate):
    url = reverse("admin:claims_claimlink_accept", args=[candidate.pk])
    client.force_login(fact_checker)
    assert client.get(url).status_code == 405
    client.force_login(reader)
    client.post(url)
    candidate.refresh_from_db()
    assert candidate.status == ClaimLink.Status.CANDIDATE


def test_importing_an_article_proposes_links_for_its_candidate_claims(
    django_capture_on_commit_callbacks,
):
    import datetime as dt

    from claims.importing import import_article

    existing = claim(LEAK_EN, "en", Decimal("87000000"))
    with django_capture_on_commit_callbacks(execute=True):
        import_article(
            text="Wyciek danych z Facebooka dotknął nawet 87 mln użytkowników, podała agencja.",
            url="https://news.example/pl/wyciek",
            title="Wyciek",
            published_at=dt.datetime(2018, 4, 5, 10, 0, tzinfo=dt.UTC),
            lang="pl",
        )

    imported = Claim.objects.exclude(pk=existing.pk).get()
    link = pair_of(existing, imported)
    assert link.status == ClaimLink.Status.CANDIDATE
    assert any("87000000" in reason for reason in link.reasons)
