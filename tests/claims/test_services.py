import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims import services
from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_every_change_is_in_the_history_with_its_author(fact_checker, editor):
    claim = ClaimFactory()
    services.submit_for_review(claim=claim, by=fact_checker)
    services.record_verdict(claim=claim, verdict="false", review_body="Wrong.", by=editor)
    services.publish_claim(claim=claim, by=editor)
    records = list(claim.history.order_by("history_date"))
    assert [r.review_status for r in records] == ["draft", "in_review", "in_review", "published"]
    assert [r.history_user for r in records[1:]] == [fact_checker, editor, editor]
    assert records[2].verdict == "false"


def test_each_service_change_bumps_the_version(editor):
    claim = ClaimFactory(verdict="true")
    services.publish_claim(claim=claim, by=editor)
    claim.refresh_from_db()
    assert claim.version == 2


def test_a_fact_checker_cannot_publish(fact_checker):
    claim = ClaimFactory(verdict="true")
    with pytest.raises(PermissionDenied):
        services.publish_claim(claim=claim, by=fact_checker)
    claim.refresh_from_db()
    assert claim.review_status == "draft"


def test_an_unknown_verdict_is_refused_on_the_verdict(editor):
    with pytest.raises(ValidationError) as error:
        services.record_verdict(claim=ClaimFactory(), verdict="pants-on-fire", by=editor)
    assert "verdict" in error.value.message_dict


def test_only_drafts_are_submitted_for_review(fact_checker):
    claim = ClaimFactory(review_status="in_review")
    with pytest.raises(ValidationError):
        services.submit_for_review(claim=claim, by=fact_checker)


def test_the_bin_keeps_the_row_and_restores_it_unchanged(editor):
    claim = ClaimFactory(summary="Keep me")
    services.move_to_bin(obj=claim, by=editor)
    assert not Claim.objects.filter(pk=claim.pk).exists()
    services.restore_from_bin(obj=Claim.all_objects.get(pk=claim.pk), by=editor)
    restored = Claim.objects.get(pk=claim.pk)
    assert restored.summary == "Keep me"
    assert restored.deleted_by is None
