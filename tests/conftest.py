"""Named personas and shared fixtures. Each persona is a real user in a real group."""

import os

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from claims.roles import EDITORS, FACT_CHECKERS, ensure_roles


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # The real hasher costs most of a second per user by design; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _user(django_user_model, username, group=None, **flags):
    user = django_user_model.objects.create_user(
        username=username, password="correct-horse-battery-staple", **flags
    )
    if group:
        if not Group.objects.filter(name=group).exists():
            # A transactional test before this one flushed the database, groups included.
            ContentType.objects.clear_cache()
            ensure_roles()
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reader(db, django_user_model):
    """Logged in, but in no group: reads like the public."""
    return _user(django_user_model, "reader")


@pytest.fixture
def fact_checker(db, django_user_model):
    return _user(django_user_model, "fact-checker", FACT_CHECKERS, is_staff=True)


@pytest.fixture
def editor(db, django_user_model):
    return _user(django_user_model, "editor", EDITORS, is_staff=True)


@pytest.fixture
def staff(db, django_user_model):
    return _user(django_user_model, "staff", is_staff=True, is_superuser=True)


# Tests marked `services` need the real PostgreSQL and Redis. They may skip only when
# CHRONICLE_REQUIRE_SERVICES is unset (a laptop); CI sets it, and there a missing service fails.
def _missing_services() -> str:
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        return "DATABASE_URL is not PostgreSQL"
    if not settings.REDIS_URL:
        return "REDIS_URL is unset"
    import redis

    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        return f"Redis does not answer at REDIS_URL: {exc}"
    return ""


def pytest_runtest_setup(item):
    if item.get_closest_marker("services") is None:
        return
    missing = _missing_services()
    if not missing:
        return
    if os.environ.get("CHRONICLE_REQUIRE_SERVICES", "").strip() not in ("", "0"):
        pytest.fail(f"CHRONICLE_REQUIRE_SERVICES is set but {missing}", pytrace=False)
    pytest.skip(f"needs PostgreSQL and Redis: {missing}")


@pytest.fixture(autouse=True)
def _tasks_in_process(request):
    """Outside `services` tests, tasks run in-process even when REDIS_URL is set, as in the
    embedded default: a test never leaves messages in a real queue for no worker."""
    if request.node.get_closest_marker("services") is not None:
        yield
        return
    from config.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = eager


@pytest.fixture(autouse=True)
def _no_owed_page_cache_bump(monkeypatch):
    """A bump one test could not make (its cache was unreachable) is not paid in the next."""
    from timeline import pagecache

    monkeypatch.setattr(pagecache, "_bump_owed", False)
    monkeypatch.setattr(pagecache, "_settle_after", 0.0)


@pytest.fixture
def api(db):
    """API clients by persona: `api()` is anonymous, `api(editor)` sends the editor's token.

    Clears the cache first, so throttle counters from earlier tests do not carry over.
    """
    from django.core.cache import cache
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    cache.clear()

    def client_for(user=None):
        client = APIClient()
        if user is not None:
            token, _created = Token.objects.get_or_create(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return client_for


@pytest.fixture
def empty_cache():
    """Public pages start uncached: a page cached by another test cannot answer for this one."""
    from django.core.cache import cache

    cache.clear()
