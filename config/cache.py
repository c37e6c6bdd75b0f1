"""A Redis cache that degrades instead of failing when Redis is unreachable.

The cache only speeds things up (pages, throttle counters): with Redis down, a request still
renders and a save still commits; reads miss, writes are dropped, and the outage is logged.
"""

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)

_UNREACHABLE = (ConnectionError, TimeoutError)


def _degrade(method, fallback):
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except _UNREACHABLE as exc:
            logger.warning("Cache unreachable, %s skipped: %s", method.__name__, exc)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    wrapper.__name__ = method.__name__
    return wrapper


def _incr_unreachable(key, delta=1, version=None):
    # incr() on a missing key raises ValueError; callers already handle that case.
    raise ValueError(f"Key {key!r} not found (cache unreachable).")


class ResilientRedisCache(RedisCache):
    get = _degrade(RedisCache.get, lambda key, default=None, version=None: default)
    get_many = _degrade(RedisCache.get_many, {})
    has_key = _degrade(RedisCache.has_key, False)
    set = _degrade(RedisCache.set, None)
    add = _degrade(RedisCache.add, False)
    set_many = _degrade(RedisCache.set_many, [])
    touch = _degrade(RedisCache.touch, False)
    delete = _degrade(RedisCache.delete, False)
    delete_many = _degrade(RedisCache.delete_many, None)
    incr = _degrade(RedisCache.incr, _incr_unreachable)
    clear = _degrade(RedisCache.clear, None)
