"""A complete, checksummed JSON Lines dump of the content database, and its restore.

Layout: a header line, one line per object (Django's serialised form, users referred to by
username), and a footer with the object count and the SHA-256 of the object lines. Rows in the
bin and the full change history are included: a restore brings back everything, not only what
is public. Passwords are not exported: restored accounts must set a new one, and an account
that already exists in the target database is left as it is.
"""

import datetime
import hashlib
import json
from collections.abc import Iterable, Iterator

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction

from timeline import year_counts

FORMAT = "chronicle-dump"
FORMAT_VERSION = 1

# Dependency order: everything a row points at comes before it.
CONTENT_MODELS = [
    "claims.outlet",
    "claims.tag",
    "claims.source",
    "claims.claim",
    "claims.citation",
    # Decisions a person made on two claims: the same claim, or not.
    "claims.claimlink",
    "timeline.event",
    "timeline.timeline",
]
HISTORY_MODELS = [
    "claims.historicaloutlet",
    "claims.historicaltag",
    "claims.historicalsource",
    "claims.historicalsource_cites",
    "claims.historicalclaim",
    "claims.historicalclaim_tags",
    "claims.historicalcitation",
    "claims.historicalclaimlink",
    "timeline.historicalevent",
    "timeline.historicalevent_claims",
    "timeline.historicalevent_tags",
    "timeline.historicaltimeline",
    "timeline.historicaltimeline_events",
]
USER_MODEL = "auth.user"
DUMP_MODELS = [USER_MODEL, *CONTENT_MODELS, *HISTORY_MODELS]
USER_FIELDS_NOT_EXPORTED = ("password", "last_login")


class DumpError(Exception):
    """The dump cannot be written or restored; the message says why."""


class _ExactEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder cuts datetimes to milliseconds; a restore must give back every digit."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return o.isoformat()
        return super().default(o)


def _queryset(label):
    return _all(apps.get_model(label)).order_by("pk")


def _all(model):
    """Every row, the bin's included, of a model with or without one."""
    return getattr(model, "all_objects", model._default_manager).all()


def _object_lines() -> Iterator[str]:
    for label in DUMP_MODELS:
        for obj in _queryset(label).iterator(chunk_size=2000):
            is_user = label == USER_MODEL
            (data,) = serializers.serialize(
                "python", [obj], use_natural_foreign_keys=True, use_natural_primary_keys=is_user
            )
            if is_user:
                for name in USER_FIELDS_NOT_EXPORTED:
                    data["fields"].pop(name, None)
            yield json.dumps(data, cls=_ExactEncoder, ensure_ascii=False, sort_keys=True)


def write_dump(out) -> int:
    """Write the whole database to the text stream `out`. Returns the number of objects."""
    digest = hashlib.sha256()
    count = 0
    header = {"format": FORMAT, "version": FORMAT_VERSION, "models": DUMP_MODELS}
    out.write(json.dumps(header) + "\n")
    # One snapshot: without it a write during a long export could tear the dump.
    with transaction.atomic():
        for line in _object_lines():
            digest.update(line.encode("utf-8") + b"\n")
            out.write(line + "\n")
            count += 1
    out.write(json.dumps({"count": count, "sha256": digest.hexdigest()}) + "\n")
    return count


def read_dump(lines: Iterable[str]) -> list[dict]:
    """Parse and verify a dump; raises DumpError on a bad header, checksum or count."""
    lines = iter(lines)
    try:
        header = json.loads(next(lines))
    except (StopIteration, json.JSONDecodeError):
        raise DumpError("The file is empty or does not start with a dump header.") from None
    if header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
        raise DumpError(f"Not a {FORMAT} version {FORMAT_VERSION} file.")
    digest = hashlib.sha256()
    objects, footer = [], None
    for number, raw in enumerate(lines, start=2):
        line = raw.rstrip("\n")
        if footer is not None:
            if line.strip():
                raise DumpError(f"Line {number}: data after the checksum line.")
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DumpError(f"Line {number}: not JSON ({exc.msg}).") from None
        if "sha256" in data and "model" not in data:
            footer = data
            continue
        digest.update(line.encode("utf-8") + b"\n")
        objects.append(data)
    if footer is None:
        raise DumpError("The checksum line is missing: the file is truncated.")
    if footer.get("sha256") != digest.hexdigest():
        raise DumpError("Checksum mismatch: the file was altered or damaged.")
    if footer.get("count") != len(objects):
        raise DumpError(f"The footer counts {footer.get('count')} objects, found {len(objects)}.")
    return objects


def database_has_content() -> bool:
    return any(_all(apps.get_model(label)).exists() for label in CONTENT_MODELS)


def restore_dump(objects: list[dict]) -> int:
    """Load verified dump objects into an empty database, all or nothing. Returns the count."""
    if database_has_content():
        raise DumpError("The database already holds content; restore only into an empty one.")
    restored_models = set()
    with transaction.atomic():
        for deserialized in serializers.deserialize(
            "python", objects, handle_forward_references=True
        ):
            obj = deserialized.object
            if obj._meta.label_lower == USER_MODEL:
                # An account that already exists here is kept as it is, password included.
                if obj.pk is not None:
                    continue
                obj.set_unusable_password()
            # The dump carries the history itself; restoring must not add records of its own.
            obj.skip_history_when_saving = True
            deserialized.save()
            restored_models.add(type(deserialized.object))
        _reset_sequences(restored_models)
        # The triggers count each membership as its row arrives; counting once at the end
        # makes the year counts independent of the order the rows came in.
        with connection.cursor() as cursor:
            year_counts.recount(cursor, connection.vendor)
    return len(objects)


def _reset_sequences(models):
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
