from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Citation, Claim, Source
from tests.factories import ClaimFactory, OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_source_text_hash_follows_the_text():
    source = SourceFactory(text="abc")
    assert source.text_hash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    source.text = ""
    source.save()
    assert source.text_hash == ""


def test_two_sources_cannot_share_a_url_in_the_database():
    SourceFactory(url="https://news.example/same")
    with pytest.raises(IntegrityError), transaction.atomic():
        SourceFactory(url="https://news.example/same")


def test_many_sources_may_have_no_url():
    SourceFactory(url="")
    SourceFactory(url="")
    assert Source.objects.filter(url="").count() == 2


def test_validation_names_the_url_of_a_duplicate_source_even_in_the_bin():
    first = SourceFactory(url="https://news.example/binned")
    first.deleted_at = timezone.now()
    first.save()
    second = Source(title="Again", url="https://news.example/binned", outlet=first.outlet)
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "url" in error.value.message_dict


def test_a_publication_date_far_in_the_future_is_rejected_on_its_field():
    source = SourceFactory.build(
        outlet=OutletFactory(), published_at=timezone.now() + timezone.timedelta(days=30)
    )
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert list(error.value.message_dict) == ["published_at"]


def test_a_source_can_cite_another_without_the_reverse():
    pap = SourceFactory()
    wsj = SourceFactory()
    pap.cites.add(wsj)
    assert list(pap.cites.all()) == [wsj]
    assert list(wsj.cites.all()) == []
    assert list(wsj.cited_by.all()) == [pap]


def test_a_negative_count_is_rejected_with_the_field_named():
    claim = ClaimFactory.build(
        quantity_text="-5 users",
        quantity_value=Decimal("-5"),
        quantity_unit="users",
        quantity_qualifier="exact",
    )
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "quantity_value" in error.value.message_dict


def test_the_database_refuses_a_negative_quantity_even_without_validation():
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimFactory(quantity_value=Decimal("-1"), quantity_qualifier="exact")


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity")])
def test_a_quantity_must_be_finite(value):
    claim = ClaimFactory.build(quantity_value=value, quantity_qualifier="exact")
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "quantity_value" in error.value.message_dict


def test_a_quantity_needs_a_qualifier():
    claim = ClaimFactory.build(quantity_value=Decimal("87000000"))
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "quantity_qualifier" in error.value.message_dict


def test_a_structured_quantity_is_kept_exactly():
    claim = ClaimFactory(
        quantity_text="nawet 87 mln",
        quantity_value=Decimal("87000000"),
        quantity_unit="users",
        quantity_qualifier=Claim.Qualifier.UP_TO,
    )
    claim.refresh_from_db()
    assert claim.quantity_value == Decimal("87000000")
    assert claim.quantity_qualifier == "up_to"


def test_a_claim_cannot_be_published_without_a_verdict():
    claim = ClaimFactory.build(review_status=Claim.ReviewStatus.PUBLISHED)
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "verdict" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        claim.save()


@pytest.mark.parametrize(
    ("verdict", "rating"),
    [("true", 5), ("mostly_true", 4), ("mixed", 3), ("mostly_false", 2), ("false", 1)],
)
def test_the_rating_follows_the_verdict_on_a_one_to_five_scale(verdict, rating):
    assert Claim(verdict=verdict).rating == rating


def test_an_unverifiable_claim_has_no_rating_value():
    assert Claim(verdict="unverifiable").rating is None


def test_a_citation_finds_its_offsets_in_the_source_text():
    source = SourceFactory(text="Ala ma kota. Kot ma 87 mln fanów.")
    citation = Citation(claim=ClaimFactory(), source=source, quote="Kot ma 87 mln fanów.")
    citation.full_clean()
    assert (citation.start_offset, citation.end_offset) == (13, 33)
    assert source.text[citation.start_offset : citation.end_offset] == citation.quote


def test_a_quote_not_in_the_source_text_is_rejected_on_the_quote():
    source = SourceFactory(text="Ala ma kota.")
    citation = Citation(claim=ClaimFactory(), source=source, quote="Kot ma Alę.")
    with pytest.raises(ValidationError) as error:
        citation.full_clean()
    assert "quote" in error.value.message_dict


def test_offsets_that_miss_the_quote_are_rejected():
    source = SourceFactory(text="Ala ma kota.")
    citation = Citation(
        claim=ClaimFactory(), source=source, quote="ma kota", start_offset=0, end_offset=7
    )
    with pytest.raises(ValidationError) as error:
        citation.full_clean()
    assert "start_offset" in error.value.message_dict


def test_the_database_refuses_reversed_offsets():
    source = SourceFactory(text="Ala ma kota.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Citation.objects.create(
            claim=ClaimFactory(), source=source, quote="x", start_offset=5, end_offset=2
        )


def test_a_source_without_text_takes_a_quote_without_offsets():
    source = SourceFactory(text="")
    citation = Citation(claim=ClaimFactory(), source=source, quote="Anything they said.")
    citation.full_clean()
    assert citation.start_offset is None


def test_deleted_claims_are_hidden_but_kept():
    claim = ClaimFactory()
    claim.deleted_at = timezone.now()
    claim.save()
    assert not Claim.objects.filter(pk=claim.pk).exists()
    assert Claim.all_objects.filter(pk=claim.pk).exists()
