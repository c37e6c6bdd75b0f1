"""Claim links proposed by a real Celery worker on Redis and PostgreSQL, never in the request.
(Here, beside the date workers, for the worker fixtures of this package.)"""

import time
from decimal import Decimal

import pytest

from claims.models import Claim, ClaimLink
from tests.factories import ClaimFactory

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restored_roles"),
]


def leak(statement, language):
    return ClaimFactory(
        statement=statement,
        language=language,
        quantity_value=Decimal("87000000"),
        quantity_unit="users",
        quantity_qualifier=Claim.Qualifier.UP_TO,
    )


def test_saving_a_claim_has_a_worker_propose_its_link_across_languages(start_worker):
    start_worker()
    polish = leak("Wyciek danych z Facebooka dotknął nawet 87 mln użytkowników.", "pl")
    started = time.monotonic()
    english = leak("The Facebook data leak affected up to 87 million users.", "en")
    saved_in = time.monotonic() - started
    deadline = time.monotonic() + 60
    while not ClaimLink.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    link = ClaimLink.objects.get()
    assert (link.claim_id, link.other_id) == tuple(sorted((polish.pk, english.pk)))
    assert link.status == ClaimLink.Status.CANDIDATE
    assert saved_in < 2, "the save waited for the matcher"


def test_a_rejected_pair_stays_rejected_when_the_claim_is_saved_again(start_worker, editor):
    from claims import links

    worker = start_worker()
    polish = leak("Wyciek danych z Facebooka dotknął nawet 87 mln użytkowników.", "pl")
    english = leak("The Facebook data leak affected up to 87 million users.", "en")
    deadline = time.monotonic() + 60
    while not ClaimLink.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    links.decide(ClaimLink.objects.get(), ClaimLink.Status.DIFFERENT, editor)

    english.summary = "Edited"
    english.save()
    polish.save()
    done = "claims.tasks.propose_claim_links"
    deadline = time.monotonic() + 60
    while worker.log().count(done) < 2 * 4 and time.monotonic() < deadline:
        time.sleep(0.2)  # four proposals, each logged when received and when it succeeded
    assert worker.log().count(done) >= 2 * 4
    assert list(ClaimLink.objects.values_list("status", flat=True)) == ["different"]
