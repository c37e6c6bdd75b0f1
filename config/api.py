"""What every API endpoint shares: the body limit, error shapes, pagination, ordering,
conditional GET, strict writes and the errors the schema documents. The endpoints themselves
live in claims/api.py and timeline/api.py; optimistic locking in config/locking.py."""

import hashlib
import io
import logging
import re
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import InterfaceError, OperationalError
from django.http import JsonResponse
from django.urls import NoReverseMatch, reverse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import CursorPagination
from rest_framework.parsers import JSONParser
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.settings import api_settings

from config.locking import VersionConflict

MAX_PAGE_SIZE = 100


class RequestTooLarge(exceptions.APIException):
    status_code = 413
    default_detail = "The request body is larger than the 1 MB limit."
    default_code = "request_too_large"


class LimitedJSONParser(JSONParser):
    """JSON with Django's DATA_UPLOAD_MAX_MEMORY_SIZE applied, and only text that can be stored.

    DRF's parser reads the raw stream, which Django does not limit (only request.body is), so
    without this a client could make us buffer and parse any amount of JSON.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and stream is not None:
            body = stream.read(limit + 1)
            if len(body) > limit:
                raise RequestTooLarge()
            stream = io.BytesIO(body)
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            # {"a": {"a": ... a thousand deep: Python's decoder gives up with RecursionError,
            # which DRF does not catch (it was a 500).
            raise exceptions.ParseError(TOO_DEEP) from None
        if nesting(data) > MAX_NESTING:
            raise exceptions.ParseError(TOO_DEEP)
        errors = unstorable_text(data)
        if errors:
            raise exceptions.ValidationError(errors)
        return data


# No write is more than four levels deep ({"citations": [{"source": ...}]}); twenty leaves room
# and keeps every walk over the data far from Python's recursion limit.
MAX_NESTING = 20
TOO_DEEP = f"JSON parse error - objects and lists nested more than {MAX_NESTING} deep."


def nesting(data) -> int:
    """How deeply objects and lists nest in `data` (a scalar is 0), without recursion."""
    deepest, stack = 0, [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list) and depth < MAX_NESTING + 1:
            deepest = max(deepest, depth + 1)
            stack.extend(
                (child, depth + 1) for child in (node.values() if isinstance(node, dict) else node)
            )
    return deepest


# JSON may spell a lone UTF-16 surrogate ("\ud800"), which is not a character: no database
# stores it and no response can be encoded with it, so an error message that quoted it back
# was a 500. PostgreSQL cannot store NUL in text either. Both are refused where they occur.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable_text(data):
    """Errors shaped like DRF's ({field: [message]}, nested for objects and lists) for every
    string in `data`, key or value, holding a NUL or a lone surrogate; None when there is
    none."""
    if isinstance(data, str):
        if _UNSTORABLE.search(data):
            return ["Text may not contain NUL characters or lone surrogates (not Unicode)."]
        return None
    if isinstance(data, dict):
        errors = {}
        for key, value in data.items():
            if _UNSTORABLE.search(key):
                errors[printable(key)] = ["Field names must be valid Unicode without NUL."]
            elif (inner := unstorable_text(value)) is not None:
                errors[key] = inner
        return errors or None
    if isinstance(data, list):
        errors = {
            str(index): inner
            for index, item in enumerate(data)
            if (inner := unstorable_text(item)) is not None
        }
        return errors or None
    return None


def printable(text: str) -> str:
    """`text` with NULs and lone surrogates spelled as escapes, safe to put in a response."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def exception_handler(exc, context):
    """DRF's handler, also answering the errors Django raises with JSON instead of a 500, and
    an unexpected failure with a plain JSON 500 (logged in full, never shown)."""
    # Imported here: rest_framework.views reads the settings that name this module.
    from rest_framework.views import exception_handler as drf_exception_handler
    from rest_framework.views import set_rollback

    if isinstance(exc, RequestDataTooBig):
        exc = RequestTooLarge()
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(django_errors(exc))
    response = drf_exception_handler(exc, context)
    if isinstance(exc, VersionConflict) and response is not None:
        response.data["current_version"] = exc.current_version
    if response is not None or settings.DEBUG or isinstance(exc, OperationalError | InterfaceError):
        # DEBUG shows Django's technical page; a lost database is ServiceUnavailableMiddleware's
        # 503 with Retry-After.
        return response
    request = context["request"]
    # Logged as Django logs a server error, so that error reports still reach the team.
    logging.getLogger("django.request").error(
        "Internal Server Error: %s",
        request.path,
        exc_info=exc,
        extra={"status_code": 500, "request": request._request},
    )
    # The request's transaction must not commit whatever the failed write had done so far.
    set_rollback()
    return Response({"detail": SERVER_ERROR}, status=500)


SERVER_ERROR = (
    "Something went wrong on our side and nothing was saved. It has been logged; please try "
    "again in a moment."
)


def django_errors(exc: DjangoValidationError) -> dict:
    """A model's ValidationError as DRF's {field: [messages]}."""
    if not hasattr(exc, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: exc.messages}
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): messages
        for field, messages in exc.message_dict.items()
    }


class CursorPage(CursorPagination):
    """Cursor pages: stable while rows are added, and as fast on page 2,000 as on page 1."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = ("-created_at", "-id")

    # Parameters of other paging styles. Ignoring them would silently answer page 1 to a client
    # that believes it asked for page 7.
    foreign_paging_params = ("page", "offset", "limit", "per_page", "start")

    def paginate_queryset(self, queryset, request, view=None):
        foreign = [name for name in self.foreign_paging_params if name in request.query_params]
        if foreign:
            message = (
                "Paging is by cursor: follow the `next` and `previous` links of a page, "
                "and set its size with `page_size`."
            )
            raise exceptions.ValidationError({name: [message] for name in foreign})
        return super().paginate_queryset(queryset, request, view)

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if size < 1:
            raise exceptions.ValidationError({"page_size": ["Give a whole number from 1 to 100."]})
        return min(size, self.max_page_size)

    def get_paginated_response_schema(self, schema):
        # DRF's own is OpenAPI 3.0 ("nullable"); the schema is 3.1, where null is a type.
        link = {"type": ["string", "null"], "format": "uri"}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }

    def decode_cursor(self, request):
        try:
            return super().decode_cursor(request)
        except exceptions.NotFound:
            raise exceptions.ValidationError({"cursor": ["Invalid cursor."]}) from None


class StrictOrderingFilter(OrderingFilter):
    """Ordering by the view's `ordering_fields` only; anything else is a 400, not ignored.

    The primary key is appended so that rows sharing a timestamp keep one order, which the
    cursor relies on.
    """

    def get_ordering(self, request, queryset, view):
        params = request.query_params.get(self.ordering_param)
        if not params:
            return self.get_default_ordering(view)
        allowed = {
            name for name, _label in self.get_valid_fields(queryset, view, {"request": request})
        }
        fields = [term.strip() for term in params.split(",") if term.strip()]
        unknown = [term for term in fields if term.lstrip("-") not in allowed]
        if unknown or len(fields) != 1:
            raise exceptions.ValidationError(
                {self.ordering_param: [f"Order by one of: {', '.join(sorted(allowed))}."]}
            )
        field = fields[0]
        return (field, "-id" if field.startswith("-") else "id")


class ConditionalGetMixin:
    """ETag on every successful GET, and 304 Not Modified when the client already has it.

    The tag is a hash of the representation itself, so it changes exactly when what the
    client would receive changes: an edit to a cited source or a tag shows, which a tag built
    from the listed rows' own timestamps would miss. It saves the transfer, not the queries.

    A representation that carries its own `version` (a claim, an event) gets a tag that starts
    with it, `"v7-<hash>"`, on reads and on successful writes alike: that is what a write sends
    back in If-Match (see config/locking.py).
    """

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code not in (200, 201) or response.streaming:
            return response
        reading = request.method in ("GET", "HEAD")
        version = _own_version(response)
        if not reading and version is None:
            return response
        patch_vary_headers(response, ["Accept", "Accept-Language", "Authorization", "Cookie"])
        if hasattr(response, "render"):
            response.render()
        digest = hashlib.sha256(response.content).hexdigest()[:32]
        response["ETag"] = f'"{digest}"' if version is None else f'"v{version}-{digest}"'
        if not reading:
            return response
        conditional = get_conditional_response(request, etag=response["ETag"], response=response)
        if conditional is response:
            return response
        if conditional.status_code == 412:
            # Django's own answer has an empty HTML body; the API answers JSON.
            conditional = JsonResponse(
                {"detail": "If-Match does not match the current ETag.", "current_version": version},
                status=412,
            )
        # Same headers as the full answer would have had, minus the body.
        for header in ("ETag", "Vary", "Cache-Control", "Content-Language"):
            if header in response:
                conditional[header] = response[header]
        return conditional


def _own_version(response) -> int | None:
    data = getattr(response, "data", None)
    if isinstance(data, dict) and isinstance(data.get("version"), int):
        return data["version"]
    return None


class StrictWriteMixin:
    """Writes name only writable fields: anything else answers 400 naming it. Text fields take
    JSON strings only.

    DRF silently drops unknown and read-only keys, which hides typos and makes an attempt to
    set `review_status` or `verdict` look as if it worked. It also turns a number into text
    (`"title": 12` stored "12"), which the schema says is not allowed.
    """

    def to_internal_value(self, data):
        if isinstance(data, dict):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            errors = {}
            for key, value in data.items():
                if key in writable:
                    field = self.fields[key]
                    is_text = isinstance(field, serializers.CharField)
                    if is_text and value is not None and not isinstance(value, str):
                        errors[key] = ["Not a valid string."]
                    continue
                if key in self.fields:
                    errors[key] = ["This field is read-only here."]
                else:
                    errors[key] = ["Unknown field."]
            if errors:
                raise exceptions.ValidationError(errors)
        return super().to_internal_value(data)


# Building a page of 50 claims called reverse() for every object and every citation's source,
# a fifth of the time. The address of each kind of object is now reversed once per request with
# a placeholder key, kept in the serializer context, and filled in per object.
URL_KEY = "__key__"
# Public pages route on <int:pk> or <slug:slug>: the placeholder must pass those converters.
PAGE_KEYS = {"pk": 987654321987654321, "slug": "page-key-placeholder"}


def api_url_template(context, view_name, lookup_url_kwarg="pk"):
    """The absolute API address of `view_name` with URL_KEY where the object's key goes."""
    templates = context.setdefault("url_templates", {})
    if view_name not in templates:
        path = reverse(view_name, kwargs={lookup_url_kwarg: URL_KEY})
        request = context.get("request")
        templates[view_name] = request.build_absolute_uri(path) if request is not None else path
    return templates[view_name]


def page_url_template(context, model, lookup_field="pk"):
    """The absolute address of `model`'s public page with its key as PAGE_KEYS[lookup_field],
    from the model's own get_absolute_url(); None when it has no page."""
    templates = context.setdefault("url_templates", {})
    name = (model, lookup_field)
    if name not in templates:
        sample = model(**{lookup_field: PAGE_KEYS[lookup_field]})
        templates[name] = html_url(sample, context.get("request"))
    return templates[name]


def fill_url(template, key, placeholder=URL_KEY):
    if template is None or key in (None, ""):
        return None
    return template.replace(str(placeholder), quote(str(key), safe=""))


class ApiUrlField(serializers.HyperlinkedIdentityField):
    """An object's API address (see api_url_template)."""

    def get_url(self, obj, view_name, request, format):
        template = api_url_template(self.context, view_name, self.lookup_url_kwarg)
        return fill_url(template, getattr(obj, self.lookup_field, None))


def iso_datetime(moment, zone) -> str | None:
    """What DRF's DateTimeField writes (ISO 8601 in the current zone, "Z" for UTC), with the
    zone looked up once per page instead of once per value."""
    if moment is None:
        return None
    text = moment.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


@extend_schema_field({"type": "array", "items": {"type": "integer"}})
class IdListField(serializers.Field):
    """The ids of a prefetched list of related rows, read-only."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, rows):
        return [row.pk for row in rows]


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class SlugListField(serializers.Field):
    """The slugs of a prefetched list of related rows, read-only."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, rows):
        return [row.slug for row in rows]


@extend_schema_field({"type": ["string", "null"], "format": "uri"})
class HtmlUrlField(serializers.Field):
    """The absolute address of an object's public page, or null when it has none."""

    def __init__(self, lookup_field="pk", **kwargs):
        self.lookup_field = lookup_field
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, obj):
        template = page_url_template(self.context, type(obj), self.lookup_field)
        key = getattr(obj, self.lookup_field)
        return fill_url(template, key, PAGE_KEYS[self.lookup_field])


def html_url(obj, request=None) -> str | None:
    if not hasattr(obj, "get_absolute_url"):
        return None
    try:
        path = obj.get_absolute_url()
    except NoReverseMatch:
        # The public pages are a separate part of the site; without them there is no page.
        return None
    return request.build_absolute_uri(path) if request is not None else path


@csrf_exempt  # it changes nothing; a CSRF refusal would answer an HTML 403 instead
def not_found(request, *args, **kwargs):
    """The answer to an API address that names no endpoint."""
    return JsonResponse({"detail": "Not found."}, status=404)


def require_perm(perm: str) -> type[BasePermission]:
    """A permission class: signed in, with `perm`. Anonymous requests get 401, others 403."""

    class HasPerm(BasePermission):
        def has_permission(self, request, view):
            return bool(request.user and request.user.is_authenticated) and (
                request.user.has_perm(perm)
            )

    HasPerm.__name__ = f"HasPerm[{perm}]"
    return HasPerm


def any_of_instead_of_one_of(result, generator, request, public):
    """drf-spectacular writes "blank or a URL" as oneOf, but "" matches both branches when a
    validator does not check formats, so a strict client would reject valid data. anyOf
    says the same and is never ambiguous."""

    def walk(node):
        if isinstance(node, dict):
            if "oneOf" in node:
                node["anyOf"] = node.pop("oneOf")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(result)
    return result


# What the schema promises beyond drf-spectacular's success answers: every error the API
# gives, so that a client (or a fuzzer checking status codes) finds each one documented.
ERROR_SCHEMA = {
    "type": "object",
    "description": '{"detail": "..."}, or {"field": ["message"]} (nested for objects and lists).',
    "properties": {"detail": {"type": "string"}},
}
CONFLICT_SCHEMA = {
    "type": "object",
    "required": ["detail", "current_version"],
    "properties": {
        "detail": {"type": "string"},
        "current_version": {"type": ["integer", "null"]},
    },
}
ERRORS = {
    "400": "Bad input, named by field or parameter.",
    "401": "Not signed in where that is needed, or a token that is not valid.",
    "403": "Signed in without the permission this needs.",
    "404": "No such object, or one the requester may not see.",
    "412": "The change was based on a version that is no longer current; nothing was written.",
    "413": "The request body is larger than 1 MB.",
    "415": "The request body is not JSON.",
    "428": 'The change names no version: send If-Match or "version".',
    "429": "Too many requests; see Retry-After.",
    "500": "An unexpected failure; nothing was saved.",
    "503": "The database is unavailable; see Retry-After.",
}
WRITES = {"post", "put", "patch", "delete"}


def document_error_responses(result, generator, request, public):
    """Add the error answers each operation can give to the generated schema."""
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components["Error"] = ERROR_SCHEMA
    components["VersionConflict"] = CONFLICT_SCHEMA
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in WRITES | {"get", "head"}:
                continue
            parameters = operation.get("parameters", [])
            headers = {p["name"].lower() for p in parameters if p["in"] == "header"}
            queries = {p["name"] for p in parameters if p["in"] == "query"}
            codes = {"401", "429", "500", "503"}
            if method in WRITES:
                codes |= {"400", "403", "413", "415"}
            elif queries:
                codes.add("400")
            # DRF answers an unknown ?format= with 404, as it would an unknown format suffix.
            if "{" in path or "format" in queries:
                codes.add("404")
            if "if-match" in headers:
                codes.add("412")
                if method in ("patch", "put", "delete"):
                    codes.add("428")
            responses = operation.setdefault("responses", {})
            # Errors come in the format the request chose: CSV for ?format=csv, JSON-LD from
            # the ClaimReview endpoint, JSON otherwise.
            media_types = {"application/json"}
            for code, answer in responses.items():
                if code.startswith("2"):
                    media_types |= set(answer.get("content", {}))
            for code in sorted(codes):
                name = "VersionConflict" if code == "412" else "Error"
                error = {"$ref": f"#/components/schemas/{name}"}
                responses.setdefault(
                    code,
                    {
                        "description": ERRORS[code],
                        "content": {
                            media: {"schema": error if "json" in media else {"type": "string"}}
                            for media in sorted(media_types)
                        },
                    },
                )
    return result
