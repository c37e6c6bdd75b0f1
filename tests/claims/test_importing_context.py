"""Imported dates keep their article: the worker reads each where it stands in the source's
text, in its sentence's tense and against the story's period, as the import preview did."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from claims.extraction.candidates import article_dates, extract_candidates
from claims.importing import import_article
from claims.models import Source
from timeline import normalisation
from timeline.models import DateStatus, Event

PUBLISHED = dt.datetime(2019, 10, 31, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
ANCHOR = PUBLISHED.date()
# A story about the third quarter, and a plan for January in the future tense.
ARTICLE = (
    "Przychody spółki w III kwartale wyniosły 120 mln zł, podał zarząd.\n\n"
    "Rok wcześniej przychody wyniosły 100 mln zł.\n\n"
    "Zarząd zapowiada, że w styczniu spółka będzie wypłacać 2 zł dywidendy na akcję."
)
URL = "https://news.example/spolka-iii-kwartal"

pytestmark = pytest.mark.django_db


def _import(text=ARTICLE, capture=None):
    with capture(execute=True):
        return import_article(text=text, url=URL, published_at=PUBLISHED, lang="pl")


def _event(text):
    return Event.objects.get(date_text=text)


def test_article_dates_are_the_candidates_dates_by_offset():
    by_offset = article_dates(ARTICLE, ANCHOR, "pl")
    from_candidates = [d for c in extract_candidates(ARTICLE, ANCHOR, "pl") for d in c.dates]
    assert from_candidates
    assert {d.start: d for d in from_candidates} == by_offset
    for start, found in by_offset.items():
        assert ARTICLE[start : found.end] == found.text


def test_a_story_relative_date_on_an_event_is_read_against_the_story(
    django_capture_on_commit_callbacks,
):
    _import(capture=django_capture_on_commit_callbacks)
    earlier = _event("Rok wcześniej")
    assert ARTICLE[earlier.date_offset :].startswith("Rok wcześniej")
    assert earlier.date_status == DateStatus.PARSED
    # The third quarter of 2019, a year back; read alone, the words name no period at all.
    assert (earlier.date_start, earlier.date_end) == (dt.date(2018, 7, 1), dt.date(2018, 9, 30))
    alone = normalisation.read_date("Rok wcześniej", "pl", ANCHOR)
    assert alone.status != DateStatus.PARSED


def test_a_future_month_on_an_event_keeps_its_tense(django_capture_on_commit_callbacks):
    _import(capture=django_capture_on_commit_callbacks)
    january = _event("w styczniu")
    assert (january.date_start, january.date_end) == (dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    # On its own "w styczniu" is the last January.
    assert normalisation.read_date("w styczniu", "pl", ANCHOR).start == dt.date(2019, 1, 1)


def test_an_edited_expression_is_read_on_its_own(django_capture_on_commit_callbacks):
    _import(capture=django_capture_on_commit_callbacks)
    january = _event("w styczniu")
    with django_capture_on_commit_callbacks(execute=True):
        january.date_text = "w styczniu 2021"
        january.save()
    january.refresh_from_db()
    assert (january.date_start, january.date_end) == (dt.date(2021, 1, 1), dt.date(2021, 1, 31))


def test_a_longer_text_moves_the_offsets_and_the_dates_are_read_there(
    django_capture_on_commit_callbacks,
):
    _import(capture=django_capture_on_commit_callbacks)
    longer = "Aktualizacja: dodano komentarz zarządu.\n\n" + ARTICLE
    _import(text=longer, capture=django_capture_on_commit_callbacks)
    for text in ("Rok wcześniej", "w styczniu"):
        event = _event(text)
        assert longer[event.date_offset :].startswith(text)
        assert event.date_status == DateStatus.PARSED
    assert _event("Rok wcześniej").date_start == dt.date(2018, 7, 1)
    assert _event("w styczniu").date_start == dt.date(2020, 1, 1)


def test_a_new_snapshot_without_the_sentence_falls_back_to_reading_alone(
    django_capture_on_commit_callbacks,
):
    _import(capture=django_capture_on_commit_callbacks)
    source = Source.objects.get()
    # Edited by hand rather than re-imported: the offsets no longer point at the words.
    with django_capture_on_commit_callbacks(execute=True):
        source.text = "Inny tekst. " * 20
        source.save()
    january = _event("w styczniu")
    assert january.date_status == DateStatus.PARSED
    assert january.date_start == dt.date(2019, 1, 1)
    earlier = _event("Rok wcześniej")
    assert earlier.date_status == DateStatus.UNPARSED


def test_a_date_typed_by_hand_has_no_offset_and_is_read_alone(
    django_capture_on_commit_callbacks,
):
    _import(capture=django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        event = Event.objects.create(
            title="Dywidenda", source=Source.objects.get(), date_text="w styczniu", date_lang="pl"
        )
    event.refresh_from_db()
    assert event.date_offset is None
    assert event.date_start == dt.date(2019, 1, 1)


def test_the_api_says_where_an_imported_date_was_read(
    django_capture_on_commit_callbacks, client, fact_checker
):
    _import(capture=django_capture_on_commit_callbacks)
    event = _event("Rok wcześniej")
    client.force_login(fact_checker)
    body = client.get(f"/api/v1/events/{event.pk}/").json()
    assert body["date"]["offset"] == event.date_offset
    assert body["date"]["start"] == "2018-07-01"


FISCAL_ARTICLE = (
    "Margins at the pump maker rose to 21% in Q3FY18, the company said.\n\n"
    "Revenue rose 42% to Rs 1,477 million from the corresponding quarter of previous year."
)


@pytest.mark.parametrize(
    ("country", "status", "interval"),
    [
        ("IN", DateStatus.PARSED, (dt.date(2016, 10, 1), dt.date(2016, 12, 31))),
        ("US", DateStatus.UNPARSED, (None, None)),
    ],
)
def test_the_worker_reads_fiscal_periods_by_the_outlet_country(
    django_capture_on_commit_callbacks, country, status, interval
):
    from claims.models import Outlet

    outlet = Outlet.objects.create(name=f"Business daily {country}", country=country)
    with django_capture_on_commit_callbacks(execute=True):
        import_article(
            text=FISCAL_ARTICLE,
            url=f"https://news.example/pumps-{country}",
            outlet=outlet,
            published_at=dt.datetime(2018, 1, 29, 9, 0, tzinfo=ZoneInfo("Asia/Kolkata")),
            lang="en",
        )
    earlier = Event.objects.get(date_text__endswith="corresponding quarter of previous year")
    assert earlier.date_offset is not None
    assert earlier.date_status == status
    assert (earlier.date_start, earlier.date_end) == interval
