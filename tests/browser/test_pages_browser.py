"""The public pages in a real browser: order, labels, languages, links, keyboard, layout."""

import json

import pytest
from django.core.cache import cache

from claims.models import Claim
from tests.factories import load_dated_demo
from timeline.demo import TIMELINE_SLUG

# serialized_rollback: the live server needs committed rows, and the flush after each test must
# leave the database as the next serialized-rollback test (tests/timeline/test_workers.py)
# expects it, without content types recreated under new ids.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

STORY = f"/timelines/{TIMELINE_SLUG}/"
MOBILE = {"width": 390, "height": 844}
ORDER_EN = [
    ("early 2017", "Facebook's data policy says all user data is used to target ads"),
    ("2017", "Facebook asks US banks for customer data"),
    ("before 18–19 April 2017", "Some bank agreements negotiated"),
    ("18–19 April 2017", "F8 developer conference: more than 12 companies launch on Messenger"),
    ("March 2018", "Cambridge Analytica data leak revealed"),
    ("August 2018", "WSJ reports Facebook's talks with banks about Messenger services"),
    ("date unknown", "Negotiations between Facebook and US banks"),
    ("date unknown", "Documents: Facebook approached the banks about customer data"),
]
LABELS_PL = [
    "początek 2017",
    "2017",
    "przed okresem 18–19 kwietnia 2017",
    "18–19 kwietnia 2017",
    "marzec 2018",
    "sierpień 2018",
    "data nieznana",
    "data nieznana",
]


@pytest.fixture(autouse=True)
def story(transactional_db):
    """The demo story, loaded and dated before the browser starts; what the tests need to know
    about it, read now (see conftest.py: no queries while the browser runs)."""
    cache.clear()
    load_dated_demo()
    leak = Claim.objects.get(summary__startswith="The Cambridge Analytica leak")
    return {
        "claim_url": leak.get_absolute_url(),
        "summary": leak.summary,
        "statement": leak.statement,
    }


def listed(page):
    return list(
        zip(
            page.locator(".event .event-date").all_inner_texts(),
            page.locator(".event .event-title").all_inner_texts(),
            strict=True,
        )
    )


def test_the_story_shows_its_events_in_order_and_switches_to_polish_and_back(open_page, screenshot):
    page = open_page(STORY)
    assert page.locator("html").get_attribute("lang") == "en"
    assert listed(page) == ORDER_EN
    assert page.locator(".event.is-approximate").count() == 6
    assert page.locator("svg.event-axis rect.bar").count() == 6
    screenshot(page, "timeline-desktop-en")

    page.get_by_role("button", name="Polski").click()
    page.wait_for_load_state()
    assert page.url.endswith(STORY)
    assert page.locator("html").get_attribute("lang") == "pl"
    assert [label for label, _title in listed(page)] == LABELS_PL
    assert page.get_by_role("heading", name="Jeszcze bez daty").is_visible()
    screenshot(page, "timeline-desktop-pl")

    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert listed(page) == ORDER_EN
    assert page.problems == []


def test_a_claim_link_leads_to_the_fact_check_with_its_claim_review(open_page, screenshot, story):
    page = open_page(STORY)
    page.get_by_role("link", name=story["summary"]).click()
    page.wait_for_load_state()
    assert page.url.endswith(story["claim_url"])
    assert page.get_by_role("heading", level=1).inner_text() == story["summary"]
    assert page.locator(".verdict-line .verdict").inner_text().lower() == "true"
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "ClaimReview" and data["claimReviewed"] == story["statement"]
    screenshot(page, "claim-desktop-en")
    # The JSON-LD block and the stylesheet pass the Content Security Policy.
    assert page.problems == []


def test_the_keyboard_reaches_the_skip_link_sees_focus_and_follows_links(open_page):
    page = open_page(STORY)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    skip = page.locator(".skip-link")
    assert skip.bounding_box()["y"] >= 0, "the skip link becomes visible when focused"
    assert skip.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    page.keyboard.press("Enter")
    # Following a fragment link is a navigation of its own: the key press can return before it.
    page.wait_for_function("location.hash === '#main'", timeout=5000)
    assert page.url.endswith("#main")
    assert page.evaluate("document.activeElement.id") == "main"

    page.keyboard.press("Tab")
    first_link = page.evaluate("document.activeElement.getAttribute('href')")
    assert first_link == f"/timelines/{TIMELINE_SLUG}/feed/"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"

    home = open_page("/")
    for _ in range(20):
        home.keyboard.press("Tab")
        href = home.evaluate("document.activeElement.getAttribute('href') || ''")
        if href == STORY:
            break
    assert href == STORY, "a timeline link is reachable by keyboard"
    home.keyboard.press("Enter")
    home.wait_for_url(f"**{STORY}")
    assert home.get_by_role("heading", level=1).inner_text() == "Facebook, banki i dane klientów"


def test_the_pages_fit_a_phone_screen(open_page, screenshot, story):
    for path, name in [
        (STORY, "timeline-mobile-en"),
        (story["claim_url"], "claim-mobile-en"),
        ("/", "home-mobile-en"),
    ]:
        page = open_page(path, viewport=MOBILE)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= MOBILE["width"], f"{path} scrolls sideways ({width}px)"
        screenshot(page, name)


def test_everything_works_with_javascript_disabled(open_page, screenshot):
    page = open_page(STORY, javascript=False)
    assert listed(page) == ORDER_EN
    page.get_by_label("Tag", exact=True).select_option("messenger")
    page.get_by_role("button", name="Show", exact=True).click()
    page.wait_for_load_state()
    assert "tag=messenger" in page.url
    assert len(listed(page)) == 2
    page.get_by_role("button", name="Polski").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "pl"
    assert "tag=messenger" in page.url
    screenshot(page, "timeline-filtered-nojs-pl")
    home = open_page("/", javascript=False)
    home.get_by_label("Words from the claim, its summary or who made it").fill("Cambridge")
    home.get_by_role("button", name="Search", exact=True).click()
    home.wait_for_load_state()
    # PAP's "up to 87 million" and the first reports' "50 million".
    assert home.locator("#search .claim-summary").count() == 2
    screenshot(home, "home-desktop-en")


def test_the_leak_shows_both_figures_ranked_and_leads_to_the_first_report(
    open_page, screenshot, story
):
    page = open_page(story["claim_url"])
    values = page.locator(".claim-graph .value")
    assert values.count() == 2
    assert values.nth(0).locator(".rank").inner_text() == "preferred"
    assert values.nth(1).locator(".rank").inner_text() == "deprecated"
    assert "Superseded" in values.nth(1).inner_text()
    assert page.locator(".first-seen").inner_text().startswith("The Observer")
    chain = page.locator(".attribution li").first.inner_text()
    assert chain.startswith("PAP → The Wall Street Journal →")
    screenshot(page, "claim-values-en")

    values.nth(1).locator("a.value-text").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().startswith("First reports")
    assert page.locator(".claim-graph .value").count() == 2

    page = open_page(STORY)
    leak_values = page.locator(".event .claim .values .value")
    assert leak_values.count() == 2
    assert leak_values.nth(1).locator(".rank").inner_text() == "deprecated"
    assert page.problems == []


def test_the_story_arrives_gzipped_from_the_page_cache_and_its_form_still_works(open_page):
    page = open_page(STORY)
    # The second request is served from the page cache, compressed once around the CSRF field.
    response = page.reload()
    assert response.headers.get("content-encoding") == "gzip"
    assert "Accept-Encoding" in response.headers.get("vary", "")
    assert listed(page) == ORDER_EN
    page.get_by_role("button", name="Polski").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "pl"
    assert [label for label, _title in listed(page)] == LABELS_PL
    assert page.problems == []
