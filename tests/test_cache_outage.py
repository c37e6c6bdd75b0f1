"""Redis holds only caches and queues: with it unreachable, reading and saving still work."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from config.env import next_redis_database
from tests.factories import EventFactory, PublishedClaimFactory, TimelineFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db

DEAD_REDIS = {
    "default": {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@override_settings(CACHES=DEAD_REDIS)
def test_saving_an_event_succeeds_when_the_cache_is_unreachable():
    event = EventFactory(title="Saved during an outage")
    event.title = "Edited during an outage"
    event.save()
    assert Event.objects.get(pk=event.pk).title == "Edited during an outage"


@override_settings(CACHES=DEAD_REDIS)
def test_public_pages_and_the_api_answer_when_the_cache_is_unreachable(client):
    timeline = TimelineFactory(slug="outage")
    timeline.events.add(EventFactory())
    claim = PublishedClaimFactory()
    assert client.get("/timelines/outage/").status_code == 200
    assert client.get(f"/claims/{claim.pk}/").status_code == 200
    assert client.get("/api/v1/claims/").status_code == 200


@override_settings(CACHES=DEAD_REDIS)
def test_an_unreachable_cache_misses_instead_of_raising():
    cache.set("key", "value")
    assert cache.get("key", "fallback") == "fallback"
    assert cache.add("key", 1) is False
    with pytest.raises(ValueError):
        cache.incr("counter")


@pytest.mark.parametrize(
    ("broker", "cache_location"),
    [
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379", "redis://127.0.0.1:6379/1"),
        ("redis://:secret@cache.internal:6380/4", "redis://:secret@cache.internal:6380/5"),
    ],
)
def test_the_cache_uses_its_own_redis_database(broker, cache_location):
    assert next_redis_database(broker) == cache_location
