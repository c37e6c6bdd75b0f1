"""One version number for all published content, so cached pages never outlive an edit.

Any write that can change a public page bumps it; page cache keys include it. Bumping is one
cache operation, and stale entries simply expire.

A bump that cannot reach the cache (Redis cut off, but keeping its data) is owed by the process
that tried: it is made at that process's next request or task, whichever comes first, instead
of leaving pages cached before the edit in place until they expire.
"""

import hashlib
import re
import time
from functools import wraps
from typing import NamedTuple

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.http import HttpResponse
from django.template.backends.utils import csrf_input
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from config.lookups import AnyOf
from timeline import pagegzip

_KEY = "content-version"

# Long enough to matter under load, short enough that a missed bump heals by itself.
PAGE_TIMEOUT = 300

# Where a page's CSRF field goes. The cached copy holds this instead of the token of whoever
# rendered it first; escaped user text can never produce a "<" so it cannot forge the slot.
CSRF_SLOT = b"<!--csrf-field-->"
_CSRF_FIELD = re.compile(rb'<input type="hidden" name="csrfmiddlewaretoken" value="[^"<>]*">')
# As Django's GZipMiddleware reads Accept-Encoding.
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def content_version() -> int:
    version = cache.get(_KEY)
    if version is None:
        # add() so that two processes starting at once agree on the first value.
        cache.add(_KEY, 1, timeout=None)
        version = cache.get(_KEY, 1)
    return version


# Per process: only the process that failed to bump knows an edit went unannounced. While the
# cache stays unreachable each try waits out its connection timeout, so requests and tasks that
# only settle the debt try it at most this often.
_SETTLE_EVERY = 5.0
_bump_owed = False
_settle_after = 0.0


def bump_content_version() -> None:
    global _bump_owed
    _bump_owed = not _bump()


def _bump() -> bool:
    """True once the version has moved. The resilient cache answers a missing key and an
    unreachable server alike (incr raises ValueError, add returns False); a missing key is one
    that add() can create, or that another process created in between."""
    try:
        cache.incr(_KEY)
    except ValueError:
        if cache.add(_KEY, 2, timeout=None):
            return True
        try:
            cache.incr(_KEY)
        except ValueError:
            return False
    return True


def settle_owed_bump(**kwargs) -> None:
    """Make a bump this process owes, if any; costs nothing otherwise. Connected to the start of
    every request and task (signal arguments are ignored)."""
    global _settle_after
    if _bump_owed and time.monotonic() >= _settle_after:
        bump_content_version()
        _settle_after = time.monotonic() + _SETTLE_EVERY


def bump_if_public_events(event_ids) -> None:
    """Bump the version if any of these events is on a published timeline (in the bin or
    not: either way its pages change)."""
    from timeline.models import Event

    if Event.all_objects.filter(AnyOf(F("pk"), list(event_ids))).public().exists():
        bump_content_version()


def page_key(request) -> str:
    """Host, path with query and language: everything a public page varies on."""
    where = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"page2:{content_version()}:{get_language()}:{hashlib.sha256(where).hexdigest()}"


class CachedPage(NamedTuple):
    content: bytes
    content_type: str
    # The content gzipped around its CSRF slots, made on the first request that accepts gzip.
    compressed: pagegzip.Compressed | None = None


def cached_page(view):
    """Serve a public page from the cache while no published content has changed.

    Only successful GET and HEAD responses are stored. Every visitor gets the same bytes except
    for the CSRF field (the language switcher), which is filled in per request. Pages must not
    depend on who is logged in. They only read, so they run outside ATOMIC_REQUESTS: a cache
    hit then touches no database connection at all.

    Browsers that accept gzip get the page gzipped (timeline.pagegzip): a timeline page of 100
    events is several hundred KiB of HTML and a tenth of that compressed. The API is left
    alone: gzip would weaken its strong ETags, which writes send back in If-Match.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        key = page_key(request)
        entry = cache.get(key)
        store = entry is None
        if entry is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming or response.cookies:
                return response
            entry = CachedPage(
                _CSRF_FIELD.sub(CSRF_SLOT, response.content), response["Content-Type"]
            )
        gzipped = _ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if gzipped and entry.compressed is None:
            entry = entry._replace(compressed=pagegzip.compress_around(entry.content, CSRF_SLOT))
            store = True
        if store:
            cache.set(key, entry, PAGE_TIMEOUT)
        # Asked for only where the page has a form: it sets the CSRF cookie.
        field = csrf_input(request).encode() if CSRF_SLOT in entry.content else b""
        if gzipped:
            response = HttpResponse(
                pagegzip.gzip_with(entry.compressed, field), content_type=entry.content_type
            )
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(
                entry.content.replace(CSRF_SLOT, field), content_type=entry.content_type
            )
        patch_vary_headers(response, ("Accept-Encoding",))
        return response

    return transaction.non_atomic_requests(wrapper)
