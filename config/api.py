"""What every API endpoint shares: the body limit, error shapes, pagination, ordering,
conditional GET and strict writes. The endpoints themselves live in claims/api.py and
timeline/api.py."""

import hashlib
import io
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.urls import NoReverseMatch, reverse
from django.utils.cache import get_conditional_response, patch_vary_headers
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import CursorPagination
from rest_framework.parsers import JSONParser
from rest_framework.permissions import BasePermission
from rest_framework.settings import api_settings

MAX_PAGE_SIZE = 100


class RequestTooLarge(exceptions.APIException):
    status_code = 413
    default_detail = "The request body is larger than the 1 MB limit."
    default_code = "request_too_large"


class LimitedJSONParser(JSONParser):
    """JSON with Django's DATA_UPLOAD_MAX_MEMORY_SIZE applied.

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
        return super().parse(stream, media_type, parser_context)


def exception_handler(exc, context):
    """DRF's handler, also answering the errors Django raises with JSON instead of a 500."""
    # Imported here: rest_framework.views reads the settings that name this module.
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, RequestDataTooBig):
        exc = RequestTooLarge()
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(django_errors(exc))
    return drf_exception_handler(exc, context)


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
    """

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if response.streaming:
            return response
        patch_vary_headers(response, ["Accept", "Accept-Language", "Authorization", "Cookie"])
        if hasattr(response, "render"):
            response.render()
        digest = hashlib.sha256(response.content).hexdigest()[:32]
        response["ETag"] = f'"{digest}"'
        conditional = get_conditional_response(request, etag=response["ETag"], response=response)
        if conditional is not response:
            # Same headers as the full answer would have had, minus the body.
            for header in ("Vary", "Cache-Control", "Content-Language"):
                if header in response:
                    conditional[header] = response[header]
        return conditional


class StrictWriteMixin:
    """Writes name only writable fields: anything else answers 400 naming it.

    DRF silently drops unknown and read-only keys, which hides typos and makes an attempt to
    set `review_status` or `verdict` look as if it worked.
    """

    def to_internal_value(self, data):
        if isinstance(data, dict):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            errors = {}
            for key in data:
                if key in writable:
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
