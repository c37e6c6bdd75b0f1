import pytest
from django.contrib.auth.models import Group

from claims.roles import EDITORS, FACT_CHECKERS

pytestmark = pytest.mark.django_db


def test_the_migration_creates_both_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {FACT_CHECKERS, EDITORS}


@pytest.mark.parametrize(
    ("perm", "fact_checker_has", "editor_has"),
    [
        ("claims.add_claim", True, True),
        ("claims.change_claim", True, True),
        ("claims.add_source", True, True),
        ("timeline.change_event", True, True),
        ("timeline.confirm_event_date", True, True),
        ("claims.publish_claim", False, True),
        ("claims.review_claim", False, True),
        ("timeline.publish_timeline", False, True),
        ("claims.delete_claim", False, True),
        ("auth.change_user", False, False),
    ],
)
def test_roles_grant_what_the_work_needs(fact_checker, editor, perm, fact_checker_has, editor_has):
    assert fact_checker.has_perm(perm) is fact_checker_has
    assert editor.has_perm(perm) is editor_has


def test_a_user_in_no_group_may_change_nothing(reader):
    assert not reader.has_perm("claims.change_claim")
    assert not reader.has_perm("claims.view_claim")


def test_roles_come_back_with_their_permissions_after_a_flush(django_user_model):
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    from claims.roles import ensure_roles

    Group.objects.all().delete()
    Permission.objects.all().delete()
    ContentType.objects.clear_cache()
    ensure_roles()
    editor = django_user_model.objects.create_user("again")
    editor.groups.add(Group.objects.get(name=EDITORS))
    assert editor.has_perm("claims.publish_claim")
