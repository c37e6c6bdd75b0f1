"""Security headers on every kind of page, and what production settings add on top: HTTPS
only, HSTS, cookies that never travel in clear, and a clean `check --deploy`."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache

from tests.factories import CitationFactory, PublishedClaimFactory, TimelineFactory

ROOT = Path(__file__).resolve().parent.parent.parent

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


@pytest.fixture
def pages(db):
    cache.clear()
    timeline = TimelineFactory(slug="story")
    claim = PublishedClaimFactory()
    citation = CitationFactory(claim=claim)
    return {
        "home": "/",
        "timeline": timeline.get_absolute_url(),
        "claim": claim.get_absolute_url(),
        "source": citation.source.get_absolute_url(),
        "admin login": "/admin/login/",
        "admin index": "/admin/",
        "API": "/api/v1/claims/",
        "API docs": "/api/v1/docs/",
    }


def directives(header):
    parsed = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        parsed[name] = value
    return parsed


@pytest.mark.parametrize(
    "page",
    ["home", "timeline", "claim", "source", "admin login", "admin index", "API", "API docs"],
)
def test_every_kind_of_page_carries_the_security_headers(client, editor, pages, page):
    if page != "admin login":
        client.force_login(editor)

    response = client.get(pages[page])

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    for name, value in POLICY.items():
        assert policy.get(name) == value, (name, policy.get(name))
    # No way for a page to run script that is not a file from this site.
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_error_pages_carry_the_headers_too(client, db):
    response = client.get("/timelines/no-such-story/")

    assert response.status_code == 404
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_api_allows_cross_site_reads_but_never_with_credentials(client, db):
    response = client.get("/api/v1/claims/", HTTP_ORIGIN="https://elsewhere.example")
    preflight = client.options(
        "/api/v1/claims/",
        HTTP_ORIGIN="https://elsewhere.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "POST" not in preflight.get("Access-Control-Allow-Methods", "")


def test_the_admin_is_not_open_to_other_origins(client, db):
    response = client.get("/admin/login/", HTTP_ORIGIN="https://elsewhere.example")

    assert "Access-Control-Allow-Origin" not in response


# Production settings, read from the environment in a fresh process exactly as a server would.

PRODUCTION_PROBE = """
import json
import django

django.setup()
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

call_command("migrate", verbosity=0)
User.objects.create_user("newsroom", password="correct-horse-battery-staple", is_staff=True)
client = Client(HTTP_HOST="chronicle.example.org")
plain = client.get("/admin/login/")
health = client.get("/healthz")
page = client.get("/admin/login/", secure=True)
login = client.post(
    "/admin/login/",
    {"username": "newsroom", "password": "correct-horse-battery-staple", "next": "/admin/"},
    secure=True,
)
client.post("/i18n/setlang/", {"language": "pl", "next": "/"}, secure=True)
print(json.dumps({
    "plain": [plain.status_code, plain.get("Location", "")],
    "health": health.status_code,
    "hsts": page.get("Strict-Transport-Security", ""),
    "plain_hsts": plain.get("Strict-Transport-Security", ""),
    "login": login.status_code,
    "cookies": {
        name: {"secure": bool(m["secure"]), "httponly": bool(m["httponly"]), "samesite": m["samesite"]}
        for name, m in client.cookies.items()
    },
}))
"""


def production_env(**extra):
    """The environment of a production server: DEBUG off, nothing relaxed."""
    relaxed = {
        "DEBUG",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "BEHIND_TLS_PROXY",
        "DATABASE_URL",
        "REDIS_URL",
        "ALLOWED_HOSTS",
    }
    env = {key: value for key, value in os.environ.items() if key not in relaxed}
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="chronicle.example.org",
        DJANGO_SETTINGS_MODULE="config.settings",
        **extra,
    )
    return env


def test_production_settings_redirect_to_https_and_send_hsts_and_secure_cookies():
    env = production_env(
        DATABASE_URL="sqlite://:memory:",
        # Static files are collected on a real server; this probe renders without them.
        STATIC_MANIFEST="0",
    )
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    assert seen["plain"] == [301, "https://chronicle.example.org/admin/login/"]
    # Load balancers probe over plain HTTP.
    assert seen["health"] == 200
    hsts = dict(
        part.strip().partition("=")[::2] for part in seen["hsts"].split(";") if part.strip()
    )
    assert int(hsts["max-age"]) >= 31536000
    assert "includeSubDomains" in hsts and "preload" in hsts
    assert seen["plain_hsts"] == ""  # HSTS means nothing over plain HTTP
    assert seen["login"] == 302
    cookies = seen["cookies"]
    assert {"sessionid", "csrftoken", "django_language"} <= cookies.keys()
    for name, flags in cookies.items():
        assert flags["secure"], name
    assert cookies["sessionid"]["httponly"] and cookies["django_language"]["httponly"]
    assert {flags["samesite"] for flags in cookies.values()} == {"Lax"}


def test_check_deploy_is_clean_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "relaxed, warning",
    [
        ({"SECURE_SSL_REDIRECT": "0"}, "security.W008"),
        ({"SECURE_HSTS_SECONDS": "0"}, "security.W004"),
        ({"SESSION_COOKIE_SECURE": "0"}, "security.W012"),
        ({"CSRF_COOKIE_SECURE": "0"}, "security.W016"),
    ],
)
def test_check_deploy_names_each_protection_that_is_turned_off(relaxed, warning):
    """The clean check above is meaningful: each relaxation is reported."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(**relaxed),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert warning in result.stdout + result.stderr
