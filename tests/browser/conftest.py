"""Debian's chromium, driven by Playwright, against pytest-django's live server.

No browser is ever downloaded: the tests use /usr/bin/chromium. Without it they skip, unless
CHRONICLE_REQUIRE_BROWSER is set (as in CI), where a missing browser is a failure.

While Playwright's sync API runs, its event loop is running in this thread, and Django then
keeps database connections per async context: a query from the test body would open a second,
stray connection, and the test database's setup and teardown would not find their own. So
Playwright starts after the database is set up for a test and stops before it is flushed, and
test bodies read what they need from fixtures that run before the browser starts, never from
the database while it runs. (DJANGO_ALLOW_ASYNC_UNSAFE is deliberately left unset, so a query
in the wrong place fails loudly instead of silently using that stray connection.)
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture
def plain_http_cookies(settings):
    # The live server speaks plain HTTP; production cookies are Secure-only.
    settings.CSRF_COOKIE_SECURE = False
    settings.SESSION_COOKIE_SECURE = False


@pytest.fixture
def browser(transactional_db, live_server, plain_http_cookies):
    """Chromium for one test, started after the test's database setup, stopped before its
    teardown (see the module docstring)."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CHRONICLE_REQUIRE_BROWSER", "").strip() not in ("", "0"):
            pytest.fail(f"CHRONICLE_REQUIRE_BROWSER is set but {CHROMIUM} is missing.")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@pytest.fixture
def open_page(browser, live_server):
    """open_page(path, viewport=DESKTOP, javascript=True) -> a Playwright page at that path.

    `page.problems` collects console errors (Content Security Policy violations among them),
    script errors and responses of 400 and above.
    """

    def open_(path, *, viewport=DESKTOP, javascript=True):
        context = browser.new_context(
            viewport=viewport, locale="en-GB", java_script_enabled=javascript
        )
        page = context.new_page()
        page.problems = []
        page.on(
            "console",
            lambda message: page.problems.append(message.text) if message.type == "error" else None,
        )
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on(
            "response",
            lambda response: (
                page.problems.append(f"{response.status} {response.url}")
                if response.status >= 400
                else None
            ),
        )
        page.goto(f"{live_server.url}{path}")
        return page

    return open_


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        return path

    return take
