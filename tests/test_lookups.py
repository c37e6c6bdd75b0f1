"""AnyOf: membership in a long list of ids, one array on PostgreSQL."""

import pytest
from django.db import connection
from django.db.models import F

from claims.models import Source
from config.lookups import AnyOf, id_array
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def test_it_finds_exactly_the_listed_rows():
    sources = [SourceFactory() for _ in range(5)]
    wanted = [sources[0].pk, sources[3].pk, sources[4].pk, 10**12]
    found = Source.objects.filter(AnyOf(F("pk"), wanted)).values_list("pk", flat=True)
    assert sorted(found) == sorted(wanted[:3])


def test_null_and_an_empty_list_match_nothing():
    SourceFactory()
    assert not Source.objects.filter(AnyOf(F("pk"), [None])).exists()
    assert not Source.objects.filter(AnyOf(F("pk"), [])).exists()


def test_thousands_of_ids_travel_as_one_parameter_on_postgresql():
    ids = list(range(1, 2001))
    sql, params = Source.objects.filter(AnyOf(F("pk"), ids)).query.sql_with_params()
    if connection.vendor == "postgresql":
        assert "= ANY(" in sql
        assert params == (id_array(ids),)
    else:
        assert len(params) == len(ids)


def test_the_array_literal_takes_integers_only():
    assert id_array([3, 1, "2"]) == "{3,1,2}"
    with pytest.raises(ValueError):
        id_array(["1}; DROP TABLE claims_source; --"])
