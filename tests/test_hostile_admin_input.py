"""Hostile input in the admin: stored exactly as given or refused with a message, shown
escaped, never a server error."""

import pytest
from django.urls import reverse

from claims.models import Claim, Outlet
from tests.factories import SourceFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('owned')</script>"
HOSTILE = [
    SCRIPT,
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE claims_claim; --",
    "1 OR 1=1; SELECT * FROM auth_user",
    "\u202eevil\u202c right-to-left override",
    "zero\u200bwidth and emoji 🧨 and Łódź",
]

INLINE_EMPTY = {
    "citations-TOTAL_FORMS": "0",
    "citations-INITIAL_FORMS": "0",
    "citations-MIN_NUM_FORMS": "0",
    "citations-MAX_NUM_FORMS": "1000",
}


def claim_form(field, value):
    data = {"statement": "Plain statement.", "language": "en", **INLINE_EMPTY}
    data[field] = value
    return "admin:claims_claim_add", data, lambda: Claim.objects.latest("pk")


def event_form(field, value):
    data = {"title": "Plain title", "date_text": "2017", "date_lang": "en"}
    data[field] = value
    return "admin:timeline_event_add", data, lambda: Event.objects.latest("pk")


def outlet_form(field, value):
    data = {"name": "Plain outlet"}
    data[field] = value
    return "admin:claims_outlet_add", data, lambda: Outlet.objects.latest("pk")


CASES = [
    (claim_form, "statement"),
    (claim_form, "summary"),
    (claim_form, "claimant"),
    (claim_form, "quantity_text"),
    (event_form, "title"),
    (event_form, "description"),
    (event_form, "date_text"),
    (outlet_form, "name"),
]


@pytest.mark.parametrize(("form", "field"), CASES)
@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_is_stored_exactly_and_shown_escaped(client, editor, form, field, value):
    client.force_login(editor)
    url_name, data, latest = form(field, value)
    response = client.post(reverse(url_name), data)
    assert response.status_code == 302, response.content[:2000]
    obj = latest()
    assert getattr(obj, field) == value
    page = client.get(reverse(url_name.replace("_add", "_change"), args=[obj.pk])).content.decode()
    assert SCRIPT not in page
    assert "<img src=x" not in page


@pytest.mark.parametrize(("form", "field"), CASES)
def test_a_null_byte_is_refused_with_a_message_not_stored(client, editor, form, field):
    client.force_login(editor)
    url_name, data, _ = form(field, "before\x00after")
    response = client.post(reverse(url_name), data)
    assert response.status_code == 200
    assert "Null characters are not allowed" in response.content.decode()


@pytest.mark.parametrize(("form", "field"), CASES)
def test_a_long_value_is_refused_on_its_field_or_stored_whole(client, editor, form, field):
    client.force_login(editor)
    url_name, data, latest = form(field, "x" * 60_000)
    response = client.post(reverse(url_name), data)
    if response.status_code == 200:
        assert "errorlist" in response.content.decode()
    else:
        assert response.status_code == 302
        assert getattr(latest(), field) == "x" * 60_000


def test_a_one_megabyte_body_is_refused_cleanly(client, editor):
    client.force_login(editor)
    url_name, data, _ = claim_form("statement", "x" * 1_100_000)
    response = client.post(reverse(url_name), data)
    assert response.status_code == 400
    assert not Claim.objects.exists()


def test_invalid_utf8_in_a_form_is_never_a_server_error(client, editor):
    client.force_login(editor)
    body = (
        b"statement=caf\xe9+\xff\xfe&language=en&"
        + "&".join(f"{k}={v}" for k, v in INLINE_EMPTY.items()).encode()
    )
    response = client.post(
        reverse("admin:claims_claim_add"),
        body,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 302, 400)


def test_a_hostile_citation_quote_must_still_be_in_the_source(client, editor):
    source = SourceFactory(text=f"Quoted: {SCRIPT} end.")
    client.force_login(editor)
    data = {
        **claim_form("statement", "Has a hostile quote.")[1],
        "citations-TOTAL_FORMS": "1",
        "citations-0-source": source.pk,
        "citations-0-quote": SCRIPT,
    }
    response = client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302
    citation = Claim.objects.get(statement="Has a hostile quote.").citations.get()
    assert citation.quote == SCRIPT
    assert (citation.start_offset, citation.end_offset) == (8, 8 + len(SCRIPT))
