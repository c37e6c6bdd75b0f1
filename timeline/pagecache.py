"""One version number for all published content, so cached pages never outlive an edit.

Any write that can change a public page bumps it; page cache keys include it. Bumping is one
cache operation, and stale entries simply expire.
"""

from django.core.cache import cache

_KEY = "content-version"


def content_version() -> int:
    version = cache.get(_KEY)
    if version is None:
        # add() so that two processes starting at once agree on the first value.
        cache.add(_KEY, 1, timeout=None)
        version = cache.get(_KEY, 1)
    return version


def bump_content_version() -> None:
    try:
        cache.incr(_KEY)
    except ValueError:
        cache.add(_KEY, 2, timeout=None)
