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


@pytest.mark.django_db
def test_every_cursor_page_carries_each_claims_own_relations(client):
    """Deep pages read their citations, tags and events as the first page does."""
    from tests.factories import CitationFactory, EventFactory, TagFactory, TimelineFactory

    timeline, tag = TimelineFactory(), TagFactory()
    for claim in PublishedClaimFactory.create_batch(5):
        CitationFactory(claim=claim)
        claim.tags.add(tag)
        event = EventFactory()
        event.claims.add(claim)
        timeline.events.add(event)
    pages, url = 0, "/api/v1/claims/?page_size=2"
    while url:
        body = client.get(url).json()
        for item in body["results"]:
            own = client.get(f"/api/v1/claims/{item['id']}/").json()
            assert (item["citations"], item["tags"], item["events"]) == (
                own["citations"],
                own["tags"],
                own["events"],
            )
            assert item["citations"] and item["tags"] and item["events"]
        pages, url = pages + 1, body["next"]
    assert pages == 3
