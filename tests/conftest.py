"""Named personas and shared fixtures. Each persona is a real user in a real group."""

import pytest
from django.contrib.auth.models import Group

from claims.roles import EDITORS, FACT_CHECKERS


def _user(django_user_model, username, group=None, **flags):
    user = django_user_model.objects.create_user(
        username=username, password="correct-horse-battery-staple", **flags
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reader(db, django_user_model):
    """Logged in, but in no group: reads like the public."""
    return _user(django_user_model, "reader")


@pytest.fixture
def fact_checker(db, django_user_model):
    return _user(django_user_model, "fact-checker", FACT_CHECKERS, is_staff=True)


@pytest.fixture
def editor(db, django_user_model):
    return _user(django_user_model, "editor", EDITORS, is_staff=True)


@pytest.fixture
def staff(db, django_user_model):
    return _user(django_user_model, "staff", is_staff=True, is_superuser=True)
