import logging

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-staple"


def attempt(client, username, password):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR="203.0.113.7",
    )


def test_repeated_failures_lock_the_account_from_that_address_and_are_logged(
    client, fact_checker, settings, caplog
):
    settings.AXES_FAILURE_LIMIT = 3
    with caplog.at_level(logging.WARNING, logger="axes"):
        for _ in range(3):
            attempt(client, fact_checker.username, "wrong")
    locked = attempt(client, fact_checker.username, PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "login failure" in logged
    assert "Locking out" in logged


def test_a_correct_password_before_the_limit_logs_in(client, fact_checker, settings):
    settings.AXES_FAILURE_LIMIT = 3
    attempt(client, fact_checker.username, "wrong")
    response = attempt(client, fact_checker.username, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(fact_checker.pk)


def test_the_lock_is_per_username_and_address(client, fact_checker, editor, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(2):
        attempt(client, fact_checker.username, "wrong")
    assert attempt(client, editor.username, PASSWORD).status_code == 302


@pytest.mark.parametrize("weak", ["short1", "password123456", "1234567890123", "password1234"])
def test_weak_passwords_are_refused(weak, editor):
    with pytest.raises(ValidationError):
        validate_password(weak, user=editor)


def test_a_long_passphrase_is_accepted(editor):
    validate_password("plum-orbit-cactus-lantern", user=editor)
