"""Lists page by cursor only: another paging style's parameter is refused, never ignored."""

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, PublishedClaimFactory

LISTS = ["claims", "sources", "outlets", "events", "timelines"]


@pytest.mark.django_db
@pytest.mark.parametrize("resource", LISTS)
@pytest.mark.parametrize("param", ["page=2", "offset=100", "limit=10", "per_page=5", "start=50"])
def test_a_paging_parameter_of_another_style_answers_400_naming_it(client, resource, param):
    response = client.get(f"/api/v1/{resource}/?{param}")
    assert response.status_code == 400
    name = param.split("=")[0]
    assert "Paging is by cursor" in response.json()[name][0]


@pytest.mark.django_db
def test_every_foreign_paging_parameter_is_named(client):
    response = client.get("/api/v1/claims/?page=2&offset=3")
    assert response.status_code == 400
    assert set(response.json()) == {"page", "offset"}


@pytest.mark.django_db
def test_cursor_paging_with_a_page_size_still_walks_every_published_claim(client):
    PublishedClaimFactory.create_batch(3)
    ClaimFactory()  # a draft, never listed
    seen, url = [], "/api/v1/claims/?page_size=2"
    while url:
        body = client.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(Claim.objects.published().values_list("id", flat=True))
    assert len(seen) == 3
