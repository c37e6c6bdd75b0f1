"""What every API endpoint shares: the body limit, error shapes, pagination, ordering,
conditional GET and strict writes. The endpoints themselves live in claims/api.py and
timeline/api.py."""

import hashlib
import io

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.urls import NoReverseMatch
from django.utils.cache import get_conditional_response, patch_vary_headers
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import CursorPagination
from rest_framework.parsers import JSONParser
from rest_framework.permissions import BasePermission
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

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


@extend_schema_field({"type": ["string", "null"], "format": "uri"})
class HtmlUrlField(serializers.Field):
    """The absolute address of an object's public page, or null when it has none."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return html_url(obj, self.context.get("request"))


def html_url(obj, request=None) -> str | None:
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
