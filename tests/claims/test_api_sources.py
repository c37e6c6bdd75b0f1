import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Outlet, Source
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    OutletFactory,
    PublishedClaimFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

SOURCES = "/api/v1/sources/"
OUTLETS = "/api/v1/outlets/"


def test_anonymous_readers_see_sources_of_published_claims_only(api):
    public = CitationFactory(claim=PublishedClaimFactory()).source
    CitationFactory(claim=ClaimFactory())  # a draft's source stays private

    body = api().get(SOURCES).json()

    assert [item["id"] for item in body["results"]] == [public.pk]


@pytest.mark.parametrize(
    "persona, status", [(None, 404), ("reader", 404), ("fact_checker", 200), ("staff", 200)]
)
def test_a_source_used_only_by_a_draft_exists_only_for_colleagues(api, request, persona, status):
    private = CitationFactory(claim=ClaimFactory()).source
    user = request.getfixturevalue(persona) if persona else None

    assert api(user).get(f"{SOURCES}{private.pk}/").status_code == status


def test_a_source_carries_its_address_outlet_citations_and_text_in_detail(api):
    cited = SourceFactory(title="WSJ original")
    source = CitationFactory(claim=PublishedClaimFactory()).source
    source.cites.add(cited)

    listed = api().get(SOURCES).json()["results"]
    body = api().get(f"{SOURCES}{source.pk}/").json()

    assert body["url"] == source.url
    assert body["api_url"] == f"http://testserver{SOURCES}{source.pk}/"
    assert body["html_url"].endswith(source.get_absolute_url())
    assert body["outlet"] == source.outlet_id
    assert body["outlet_name"] == source.outlet.name
    assert body["cites"] == [cited.pk]
    assert body["text"] == source.text
    assert all("text" not in item for item in listed)


def test_fact_checkers_create_sources_with_the_same_names_as_reads(api, fact_checker):
    outlet = OutletFactory()
    body = {
        "url": "https://pap.example/a",
        "title": "Facebook i banki",
        "outlet": outlet.pk,
        "language": "pl",
        "published_at": "2018-09-20T09:30:00+02:00",
        "text": "Według dziennika Facebook prosił banki o dane.",
    }

    response = api(fact_checker).post(SOURCES, body, format="json")

    assert response.status_code == 201, response.json()
    source = Source.objects.get()
    assert (source.url, source.outlet, source.language) == (body["url"], outlet, "pl")
    assert source.text_hash
    assert response.json()["published_at"] == "2018-09-20T09:30:00+02:00"
    assert source.history.first().history_user == fact_checker


@pytest.mark.parametrize("persona, status", [(None, 401), ("reader", 403)])
def test_sources_cannot_be_created_without_the_role(api, request, persona, status):
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).post(SOURCES, {"title": "x"}, format="json")

    assert response.status_code == status
    assert not Source.objects.exists()


def test_a_source_url_used_by_a_source_in_the_bin_is_rejected_on_the_url(api, fact_checker):
    binned = SourceFactory(url="https://pap.example/a")
    Source.objects.filter(pk=binned.pk).update(deleted_at="2020-01-01T00:00:00Z")

    response = api(fact_checker).post(
        SOURCES, {"url": "https://pap.example/a", "title": "Again"}, format="json"
    )

    assert response.status_code == 400
    assert "url" in response.json()


def test_a_publication_date_in_the_future_is_rejected_on_that_field(api, fact_checker):
    response = api(fact_checker).post(
        SOURCES, {"title": "x", "published_at": "2999-01-01T00:00:00Z"}, format="json"
    )

    assert response.status_code == 400
    assert "published_at" in response.json()


def test_fact_checkers_patch_a_source_and_only_that_field_changes(api, fact_checker):
    source = SourceFactory(title="Old")

    response = api(fact_checker).patch(
        f"{SOURCES}{source.pk}/", {"title": "New", "version": source.version}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["version"] == source.version + 1
    source.refresh_from_db()
    assert (source.title, source.language) == ("New", "pl")


def test_unknown_source_fields_are_rejected_by_name(api, fact_checker):
    response = api(fact_checker).post(SOURCES, {"title": "x", "publisher": "y"}, format="json")

    assert response.status_code == 400
    assert response.json() == {"publisher": ["Unknown field."]}


@pytest.mark.parametrize(
    "persona, status", [(None, 401), ("reader", 403), ("fact_checker", 403), ("editor", 204)]
)
def test_only_editors_move_sources_to_the_bin(api, request, persona, status):
    source = SourceFactory()
    user = request.getfixturevalue(persona) if persona else None

    response = api(user).delete(f"{SOURCES}{source.pk}/", HTTP_IF_MATCH=f'"v{source.version}-"')

    assert response.status_code == status
    assert (Source.all_objects.get(pk=source.pk).deleted_at is not None) == (status == 204)


def test_sources_filter_by_outlet_and_reject_a_bad_one(api, staff):
    outlet = OutletFactory()
    wanted = SourceFactory(outlet=outlet)
    SourceFactory()

    body = api(staff).get(SOURCES, {"outlet": outlet.pk}).json()

    assert [item["id"] for item in body["results"]] == [wanted.pk]
    assert "outlet" in api(staff).get(SOURCES, {"outlet": "x"}).json()


def test_outlets_are_public_and_created_by_name(api, fact_checker):
    OutletFactory(name="PAP")

    assert [o["name"] for o in api().get(OUTLETS).json()["results"]] == ["PAP"]
    response = api(fact_checker).post(OUTLETS, {"name": "Reuters"}, format="json")

    assert response.status_code == 201
    assert Outlet.objects.filter(name="Reuters").exists()
    assert response.json()["url"].endswith(f"{OUTLETS}{response.json()['id']}/")


def test_an_outlet_name_taken_in_the_bin_is_a_400_not_a_500(api, fact_checker):
    outlet = OutletFactory(name="PAP")
    Outlet.objects.filter(pk=outlet.pk).update(deleted_at="2020-01-01T00:00:00Z")

    response = api(fact_checker).post(OUTLETS, {"name": "PAP"}, format="json")

    assert response.status_code == 400
    assert "name" in response.json()


def test_anonymous_requests_cannot_create_outlets(api):
    assert api().post(OUTLETS, {"name": "Reuters"}, format="json").status_code == 401
    assert not Outlet.objects.exists()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_sources_list_costs_the_same_queries_for_1_or_50_sources(api):
    def make(count):
        for _ in range(count):
            source = CitationFactory(claim=PublishedClaimFactory()).source
            source.cites.add(SourceFactory())

    client = api()
    make(1)
    one = count_queries(client, f"{SOURCES}?page_size=100")
    make(49)

    assert count_queries(client, f"{SOURCES}?page_size=100") == one


def test_the_outlets_list_costs_the_same_queries_for_1_or_50_outlets(api):
    client = api()
    OutletFactory()
    one = count_queries(client, f"{OUTLETS}?page_size=100")
    for _ in range(49):
        OutletFactory()

    assert count_queries(client, f"{OUTLETS}?page_size=100") == one
