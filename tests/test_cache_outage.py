"""Redis holds only caches and queues: with it unreachable, reading and saving still work."""

import logging

import pytest
from django.core.cache import cache
from django.test import override_settings

from config.env import next_redis_database
from tests.factories import EventFactory, PublishedClaimFactory, TimelineFactory
from timeline import pagecache, tasks
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


def _public_event(title):
    timeline = TimelineFactory(slug="outage")
    event = EventFactory(title=title)
    timeline.events.add(event)
    return event


def _edit_while_cut_off(event, title):
    """The cache is cut off but keeps its data: the edit's bump cannot reach it."""
    with override_settings(CACHES=DEAD_REDIS):
        event.title = title
        event.save()


def test_an_edit_made_while_the_cache_was_cut_off_shows_once_it_is_back(client, empty_cache):
    event = _public_event("Before the outage")
    assert "Before the outage" in client.get("/timelines/outage/").content.decode()

    _edit_while_cut_off(event, "Edited during the outage")

    # The page cached before the cut is still in the cache under the old version.
    page = client.get("/timelines/outage/").content.decode()
    assert "Edited during the outage" in page
    assert "Before the outage" not in page


def test_a_task_pays_the_bump_its_process_owes(empty_cache):
    event = _public_event("Before the outage")
    version = pagecache.content_version()
    _edit_while_cut_off(event, "Edited during the outage")
    assert pagecache.content_version() == version

    tasks.sweep_pending_dates.delay()

    assert pagecache.content_version() > version


def test_while_the_cache_stays_cut_off_requests_retry_an_owed_bump_only_now_and_then(
    client, caplog
):
    event = _public_event("Before the outage")
    with override_settings(CACHES=DEAD_REDIS):
        event.title = "Edited during the outage"
        event.save()
        caplog.set_level(logging.WARNING, logger="config.cache")
        caplog.clear()
        for _ in range(3):
            client.get("/healthz")
    increments = [r for r in caplog.records if "incr skipped" in r.getMessage()]
    # The first request tries (twice incr, as a missing key would), the next two wait.
    assert len(increments) == 2


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
