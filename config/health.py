"""Health endpoints for a load balancer: is the process up, can it serve."""

import logging

from django.conf import settings
from django.db import connection, transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@transaction.non_atomic_requests
@never_cache
@require_safe
def healthz(request):
    """The process answers. Touches nothing else, so it stays cheap under load."""
    return JsonResponse({"status": "ok"})


@transaction.non_atomic_requests
@never_cache
@require_safe
def readyz(request):
    """The database and the broker answer; 503 names whichever does not."""
    checks = {"database": _database_ok(), "broker": _broker_ok()}
    ready = all(checks.values())
    response = JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )
    if not ready:
        response["Retry-After"] = "10"
    return response


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        logger.warning("readyz: database check failed: %s", exc)
        return False


def _broker_ok() -> bool:
    if not settings.REDIS_URL:
        return True  # tasks run in-process: there is no broker to wait for
    import redis

    try:
        client = redis.Redis.from_url(
            settings.CELERY_BROKER_URL, socket_connect_timeout=1, socket_timeout=1
        )
        return bool(client.ping())
    except Exception as exc:  # noqa: BLE001
        logger.warning("readyz: broker check failed: %s", exc)
        return False
