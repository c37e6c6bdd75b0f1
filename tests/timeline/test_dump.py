import io
import json
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.models import Citation, Claim, ClaimLink, Source
from tests.factories import OutletFactory, SourceFactory
from timeline.demo import load_demo
from timeline.dump import (
    CONTENT_MODELS,
    DUMP_MODELS,
    DumpError,
    read_dump,
    restore_dump,
    write_dump,
)
from timeline.models import Event, TimelineYear

pytestmark = pytest.mark.django_db


def export() -> list[str]:
    out = io.StringIO()
    write_dump(out)
    return out.getvalue().splitlines()


def empty_the_database(settings):
    settings.SIMPLE_HISTORY_ENABLED = False  # the wipe is not part of the story
    for label in reversed(DUMP_MODELS):
        model = apps.get_model(label)
        getattr(model, "all_objects", model._default_manager).all().delete()


def by_identity(lines):
    objects = [json.loads(line) for line in lines[1:-1]]
    return {(o["model"], json.dumps(o.get("pk", o["fields"].get("username")))): o for o in objects}


def assert_same_objects(before, after):
    first, second = by_identity(before), by_identity(after)
    assert first.keys() == second.keys()
    for key, obj in first.items():
        for field, value in obj["fields"].items():
            assert second[key]["fields"][field] == value, (key, field)


def test_the_demo_round_trips_field_by_field_including_the_bin_and_history(editor, settings):
    load_demo()
    binned = Claim.objects.first()
    binned.deleted_at, binned.deleted_by = timezone.now(), editor
    binned.save()
    counts = set(TimelineYear.objects.exclude(events=0).values_list("year", "events"))
    assert counts
    before = export()
    assert {json.loads(line)["model"] for line in before[1:-1]} >= set(CONTENT_MODELS)
    empty_the_database(settings)
    assert restore_dump(read_dump(before)) == len(before) - 2
    after = export()
    assert_same_objects(before, after)
    restored = Claim.all_objects.get(pk=binned.pk)
    assert restored.deleted_by.username == editor.username
    assert Source.objects.get(url__contains="pap").cites.count() == 2
    # A person's decision that two claims are one survives, with the ranks of their values.
    assert ClaimLink.objects.get().status == ClaimLink.Status.SAME
    # The year links count what was restored.
    assert set(TimelineYear.objects.exclude(events=0).values_list("year", "events")) == counts
    assert set(Claim.all_objects.values_list("value_rank", flat=True)) == {
        "deprecated",
        "normal",
        "preferred",
    }


def test_a_ten_thousand_claim_database_round_trips(settings):
    source = SourceFactory(text="x" * 100)
    claims = Claim.objects.bulk_create(
        Claim(
            statement=f"Claim {n} says “{n}” <b>bold</b>",
            language="pl" if n % 2 else "en",
            quantity_text=f"{n} users",
            quantity_value=Decimal(n) / 7,
            quantity_unit="users",
            quantity_qualifier="approx",
            review_status="published" if n % 3 == 0 else "draft",
            verdict="true" if n % 3 == 0 else "",
        )
        for n in range(10_000)
    )
    Citation.objects.bulk_create(
        Citation(claim=c, source=source, quote="x", start_offset=0, end_offset=1) for c in claims
    )
    event = Event.objects.create(title="Many claims", source=source, date_text="2017")
    event.claims.set(claims[:500])
    before = export()
    empty_the_database(settings)
    restore_dump(read_dump(before))
    assert Claim.objects.count() == 10_000
    assert_same_objects(before, export())


def test_a_restore_into_a_database_with_content_is_refused():
    OutletFactory()
    lines = export()
    with pytest.raises(DumpError, match="already holds content"):
        restore_dump(read_dump(lines))


def test_a_tampered_dump_is_refused_before_anything_is_written(settings):
    load_demo()
    lines = export()
    row = next(i for i, line in enumerate(lines) if i and "Facebook" in line)
    lines[row] = lines[row].replace("Facebook", "Fakebook")
    empty_the_database(settings)
    with pytest.raises(DumpError, match="Checksum mismatch"):
        read_dump(lines)
    assert not Claim.all_objects.exists()


def test_a_truncated_dump_is_refused():
    load_demo()
    with pytest.raises(DumpError, match="truncated"):
        read_dump(export()[:-1])


def test_passwords_never_leave_and_existing_accounts_are_kept(editor):
    load_demo()
    lines = export()
    assert "pbkdf2" not in "\n".join(lines)
    original_password = get_user_model().objects.get(pk=editor.pk).password
    for label in reversed(CONTENT_MODELS):
        model = apps.get_model(label)
        getattr(model, "all_objects", model._default_manager).all().delete()
    restore_dump(read_dump(lines))
    assert get_user_model().objects.get(username=editor.username).password == original_password


def test_the_commands_round_trip_and_fail_loudly_on_bad_files(tmp_path, settings):
    load_demo()
    path = tmp_path / "dump.jsonl"
    call_command("export_dump", str(path), stderr=io.StringIO())
    empty_the_database(settings)
    out = io.StringIO()
    call_command("import_dump", str(path), stdout=out)
    assert "Restored" in out.getvalue()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not a dump\n", encoding="utf-8")
    with pytest.raises(CommandError, match="dump header"):
        call_command("import_dump", str(bad))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_dump", str(tmp_path / "missing.jsonl"))
