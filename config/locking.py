"""Optimistic locking for API writes: a change names the version of the row it is based on,
and is refused, with nothing written, when that version is no longer current.

Every record (claims.records.TrackedModel) carries a `version` that every change moves on. A read's ETag starts with it
("v7-<hash>", config.api.ConditionalGetMixin); a PATCH or DELETE sends that ETag back in
If-Match, or "version" in the body. docs/api.md describes the protocol for clients.
"""

import re

from django.db.models import F
from django.utils.cache import parse_etags
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response

from claims import services


class PreconditionRequired(exceptions.APIException):
    status_code = 428
    default_detail = (
        "Say which version your change is based on: send the ETag you read in If-Match, or "
        '"version" in the body. Without it a colleague\'s change could be overwritten unseen.'
    )
    default_code = "precondition_required"


class VersionConflict(exceptions.APIException):
    """412: the write was based on a version that is no longer current. The response also
    names the current version (config.api.exception_handler adds `current_version`)."""

    status_code = 412
    default_code = "version_conflict"

    def __init__(self, obj, current_version, expected):
        self.current_version = current_version
        kind = obj._meta.verbose_name
        based_on = " or ".join(str(v) for v in sorted(expected)) or "an ETag that names no version"
        if current_version is None:
            detail = f"This {kind} no longer exists."
        else:
            detail = (
                f"This {kind} has changed since you read it: it is now at version "
                f"{current_version}, your change was based on {based_on}. Nothing was saved. "
                "Read it again, apply your change to the current version and send that "
                "version's ETag (or version) with it."
            )
        super().__init__(detail)


# An ETag VersionLockMixin can read a version from: "v7-<hash>", or W/"v7-<hash>" when a
# proxy that compressed the response weakened it.
_VERSION_TAG = re.compile(r'^(?:W/)?"v(\d{1,10})-[0-9a-f]*"$')


def if_match_versions(request) -> set[int] | None:
    """The versions named by the request's If-Match tags; None when there is no If-Match, or
    only "*", which would let any version through: what the lock is there to prevent."""
    header = request.META.get("HTTP_IF_MATCH")
    if header is None or header.strip() in ("", "*"):
        return None
    versions = set()
    for tag in parse_etags(header):
        match = _VERSION_TAG.match(tag)
        if match:
            versions.add(int(match.group(1)))
    return versions


class VersionLockMixin:
    """Optimistic locking for the API: a change names the version it is based on.

    PATCH and DELETE must send If-Match with the ETag they read, or "version" in the body, or
    they get 428; a stale one gets 412 naming the current version and nothing is written. The
    review actions check If-Match when it is sent. Every accepted change moves the version on,
    so the next writer holding the old one is refused in turn.
    """

    def require_precondition(self, request):
        """428 unless the request names a version, before any other work is done."""
        data = request.data if isinstance(request.data, dict) else {}
        if if_match_versions(request) is None and "version" not in data:
            raise PreconditionRequired()

    def locked_object(self, request, body_version=None, *, required=True):
        """The object, re-read after taking its row lock at the version the request names.

        Raises 428 when `required` and no version is named, 412 when it is not current. The
        lock is held until the request's transaction ends (ATOMIC_REQUESTS), so no other
        write can land between the check and the change.
        """
        obj = self.get_object()
        expected = if_match_versions(request)
        if body_version is not None:
            expected = {body_version} if expected is None else expected & {body_version}
        if expected is None:
            if required:
                raise PreconditionRequired()
            return obj
        lock_version(obj, expected)
        # Read again under the lock: the copy above may predate a change the lock now holds.
        return self.get_object()

    def destroy(self, request, *args, **kwargs):
        """DELETE moves the row to the bin, once it names the current version."""
        self.get_object()  # 404 before anything else
        self.require_precondition(request)
        obj = self.locked_object(request, version_of(request))
        services.move_to_bin(obj=obj, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _read(self, pk):
        """The row as a fresh read shows it, relations and the new version included: what a
        write answers with."""
        return self.get_serializer(self.get_queryset().get(pk=pk)).data

    def move_version_on(self, obj, before):
        """Make sure an accepted change left a new version, also when it only replaced
        relations (tags, citations), which the services save without touching the row."""
        if obj.version == before:
            services.save_record(obj=obj, by=self.request.user, fields=["updated_at"])


IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    description=(
        'The ETag of the version this change is based on ("v7-..."), as a read or the last '
        'write returned it. A PATCH or DELETE needs it or "version" in the body (428 '
        "without either); a stale one answers 412 and nothing is written."
    ),
)


def version_field(**kwargs):
    """The version a write names: a positive integer column value."""
    options = {
        "min_value": 1,
        "max_value": 2_147_483_647,
        "required": False,
        "help_text": "The version this change is based on; 412 if it is no longer current.",
    }
    return serializers.IntegerField(**options | kwargs)


class ChangeVersionMixin:
    """For a serializer that only writes (claims, events): a change may name the version it is
    based on; a create may not, a new record starts at 1, so there `version` is an unknown
    field."""

    def get_fields(self):
        fields = super().get_fields()
        if self.partial:
            fields["version"] = version_field()
        return fields


class VersionedSerializerMixin:
    """For a serializer that both reads and writes a record: `version` is shown, and a change
    may name the version it is based on. A create may not (see ChangeVersionMixin). The view
    answers a create with a fresh read, which shows the new version."""

    def get_fields(self):
        fields = super().get_fields()
        if self.instance is None and hasattr(self, "initial_data"):
            fields.pop("version", None)
        else:
            fields["version"] = version_field()
        return fields


class VersionSerializer(serializers.Serializer):
    version = version_field(required=True)


def version_of(request) -> int | None:
    """The "version" a body without a serializer of its own (a DELETE's) names, checked."""
    data = request.data if isinstance(request.data, dict) else {}
    if "version" not in data:
        return None
    body = VersionSerializer(data={"version": data["version"]})
    body.is_valid(raise_exception=True)
    return body.validated_data["version"]


def lock_version(obj, expected: set[int]) -> None:
    """Take `obj`'s row lock if it is still at one of the `expected` versions; else 412.

    A conditional UPDATE rather than read-then-compare: of two writers that read the same
    version, the second blocks on the first's row lock, and once the first commits finds the
    version moved (PostgreSQL re-checks the condition on the new row; SQLite has one writer
    at a time). Nothing is changed by it; the service that follows moves the version on.
    """
    model = type(obj)
    held = model.all_objects.filter(pk=obj.pk, version__in=expected).update(version=F("version"))
    if not held:
        current = model.all_objects.filter(pk=obj.pk).values_list("version", flat=True).first()
        raise VersionConflict(obj, current, expected)
