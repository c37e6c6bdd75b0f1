"""One version number for all published content, so cached pages never outlive an edit.

Any write that can change a public page bumps it; page cache keys include it. Bumping is one
cache operation, and stale entries simply expire.
"""

import hashlib
import re
from functools import wraps

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.http import HttpResponse
from django.template.backends.utils import csrf_input
from django.utils.translation import get_language

from config.lookups import AnyOf

_KEY = "content-version"

# Long enough to matter under load, short enough that a missed bump heals by itself.
PAGE_TIMEOUT = 300

# Where a page's CSRF field goes. The cached copy holds this instead of the token of whoever
# rendered it first; escaped user text can never produce a "<" so it cannot forge the slot.
CSRF_SLOT = b"<!--csrf-field-->"
_CSRF_FIELD = re.compile(rb'<input type="hidden" name="csrfmiddlewaretoken" value="[^"<>]*">')


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


def bump_if_public_events(event_ids) -> None:
    """Bump the version if any of these events is on a published timeline (in the bin or
    not: either way its pages change)."""
    from timeline.models import Event

    if Event.all_objects.filter(AnyOf(F("pk"), list(event_ids))).public().exists():
        bump_content_version()


def page_key(request) -> str:
    """Host, path with query and language: everything a public page varies on."""
    where = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"page:{content_version()}:{get_language()}:{hashlib.sha256(where).hexdigest()}"


def cached_page(view):
    """Serve a public page from the cache while no published content has changed.

    Only successful GET and HEAD responses are stored. Every visitor gets the same bytes except
    for the CSRF field (the language switcher), which is filled in per request. Pages must not
    depend on who is logged in. They only read, so they run outside ATOMIC_REQUESTS: a cache
    hit then touches no database connection at all.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        key = page_key(request)
        entry = cache.get(key)
        if entry is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming or response.cookies:
                return response
            entry = (_CSRF_FIELD.sub(CSRF_SLOT, response.content), response["Content-Type"])
            cache.set(key, entry, PAGE_TIMEOUT)
        content, content_type = entry
        if CSRF_SLOT in content:
            content = content.replace(CSRF_SLOT, csrf_input(request).encode())
        return HttpResponse(content, content_type=content_type)

    return transaction.non_atomic_requests(wrapper)
