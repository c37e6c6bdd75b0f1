import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.importing import accept_candidate, discard_candidate, import_article
from claims.models import Citation, Claim, Source
from timeline.models import DateStatus, Event

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
POLISH = (ARTICLES / "pl-banki.txt").read_text(encoding="utf-8")
ENGLISH = (ARTICLES / "en-banks.txt").read_text(encoding="utf-8")
PUBLISHED = dt.datetime(2018, 9, 20, 9, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
URL = "https://news.example/facebook-banki"

pytestmark = pytest.mark.django_db


def polish_import(**overrides):
    arguments = {"text": POLISH, "url": URL, "published_at": PUBLISHED, "lang": "pl"}
    arguments.update(overrides)
    return import_article(**arguments)


def test_importing_stores_the_source_and_drafts_candidates_pointing_into_its_text():
    report = polish_import()
    source = Source.objects.get(url=URL)
    assert source.text == POLISH
    assert report.source_created
    assert len(report.claims_created) >= 4
    for claim in report.claims_created:
        assert claim.is_candidate and claim.review_status == "draft"
        citation = claim.citations.get()
        assert POLISH[citation.start_offset : citation.end_offset] == citation.quote


def test_the_leak_sentence_carries_its_quantity_and_its_date():
    polish_import()
    leak = Claim.objects.get(statement__contains="87 mln")
    assert (leak.quantity_value, leak.quantity_qualifier) == (Decimal("87000000"), "up_to")
    assert leak.quantity_unit == "users"
    event = leak.events.get()
    assert event.date_text == "w marcu 2018 roku"
    assert event.date_status == DateStatus.PENDING


def test_imported_dates_are_read_against_the_publication_date(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        polish_import()
    last_year = Event.objects.get(date_text="w ubiegłym roku")
    assert (last_year.date_start, last_year.date_end) == (
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
    )
    august = Event.objects.get(date_text="W sierpniu")
    assert august.date_start == dt.date(2018, 8, 1)


def test_named_organisations_become_tags():
    polish_import()
    august = Claim.objects.get(statement__startswith="W sierpniu")
    assert {"JPMorgan Chase", "Wells Fargo"} <= set(august.tags.values_list("name", flat=True))


def test_reimporting_the_same_url_duplicates_nothing_and_says_so():
    first = polish_import()
    counts = (Source.objects.count(), Claim.objects.count(), Event.objects.count())
    again = polish_import()
    assert (Source.objects.count(), Claim.objects.count(), Event.objects.count()) == counts
    assert again.claims_created == []
    assert again.claims_unchanged == len(first.claims_created)
    assert "same text as before" in again.summary()


def test_reimporting_the_same_text_without_a_url_finds_the_source_by_its_text():
    polish_import(url="")
    again = polish_import(url="")
    assert Source.objects.count() == 1
    assert again.claims_created == []


def test_a_longer_version_adds_only_the_new_sentences_and_moves_citations():
    polish_import()
    longer = "Aktualizacja: tekst uzupełniono.\n\n" + POLISH + "\n\nPonad 12 firm ogłosiło usługi."
    report = polish_import(text=longer)
    assert report.text_changed
    assert [c.statement for c in report.claims_created] == ["Ponad 12 firm ogłosiło usługi."]
    for citation in Citation.objects.select_related("source"):
        assert longer[citation.start_offset : citation.end_offset] == citation.quote
    assert Source.objects.get().history.count() == 2  # the old snapshot is kept in history


def test_a_new_text_moves_the_versions_on_so_a_form_holding_the_old_copy_is_refused():
    polish_import()
    citations_before = dict(Citation.objects.values_list("pk", "version"))
    assert Source.objects.get().version == 1
    polish_import(text="Aktualizacja: tekst uzupełniono.\n\n" + POLISH)
    assert Source.objects.get().version == 2
    moved = Citation.objects.exclude(version__in=[1]).values_list("pk", "version")
    assert citations_before and dict(moved) == {pk: 2 for pk in citations_before}
    polish_import(text="Aktualizacja: tekst uzupełniono.\n\n" + POLISH)
    assert Source.objects.get().version == 2  # the same text again changes nothing


def test_a_new_text_that_drops_cited_words_is_refused_and_nothing_changes():
    polish_import()
    with pytest.raises(ValidationError) as error:
        polish_import(text="Zupełnie inny tekst o czymś innym w 2019 roku.")
    assert "text" in error.value.message_dict
    assert Source.objects.get().text == POLISH


@pytest.mark.parametrize(
    ("text", "lang", "field"),
    [
        ("", "pl", "text"),
        ("   \n ", None, "text"),
        ("PK\x03\x04\x00\x00binary", None, "text"),
        ("これは日本語の記事です。東京で会議が開かれました。", None, "lang"),
        ("Some text.", "xx", "lang"),
        ("a" * 5_000_001, "en", "text"),
    ],
)
def test_bad_input_is_refused_on_its_field_and_nothing_is_half_imported(text, lang, field):
    with pytest.raises(ValidationError) as error:
        import_article(text=text, lang=lang)
    assert field in error.value.message_dict
    assert not Source.all_objects.exists() and not Claim.all_objects.exists()


def test_language_is_detected_when_not_given():
    report = import_article(text=ENGLISH, published_at=PUBLISHED)
    assert report.language == "en"
    assert report.source.language == "en"


def test_accepting_a_candidate_keeps_it_and_discarding_bins_it_with_its_own_events(
    fact_checker,
):
    report = polish_import()
    keep, drop = report.claims_created[0], Claim.objects.get(statement__contains="87 mln")
    accept_candidate(claim=keep, by=fact_checker)
    discard_candidate(claim=drop, by=fact_checker)
    keep.refresh_from_db()
    assert not keep.is_candidate
    assert not Claim.objects.filter(pk=drop.pk).exists()
    assert Claim.all_objects.get(pk=drop.pk).deleted_by == fact_checker
    assert not Event.objects.filter(date_text="w marcu 2018 roku").exists()


def test_the_admin_import_page_imports_and_lists_candidates(client, fact_checker):
    client.force_login(fact_checker)
    url = reverse("admin:claims_import_article")
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"text": POLISH, "url": URL, "published_at": "2018-09-20T09:30", "lang": "pl"}
    )
    assert response.status_code == 302
    listing = client.get(response["Location"])
    assert "87 mln" in listing.content.decode()
    assert Source.objects.get(url=URL).published_at.date() == dt.date(2018, 9, 20)


def test_the_admin_import_page_shows_the_error_and_keeps_the_text(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(
        reverse("admin:claims_import_article"), {"text": "これは日本語です。", "lang": ""}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Could not tell the article" in page
    assert "これは日本語です。" in page
    assert not Source.objects.exists()


def test_one_click_accept_and_discard_in_the_candidate_list(client, fact_checker):
    report = polish_import()
    keep, drop = report.claims_created[:2]
    client.force_login(fact_checker)
    listing = client.get(reverse("admin:claims_candidateclaim_changelist"))
    assert reverse("admin:claims_candidateclaim_accept", args=[keep.pk]) in listing.content.decode()
    client.post(reverse("admin:claims_candidateclaim_accept", args=[keep.pk]))
    client.post(reverse("admin:claims_candidateclaim_discard", args=[drop.pk]))
    keep.refresh_from_db()
    assert not keep.is_candidate
    assert Claim.all_objects.get(pk=drop.pk).is_deleted


def test_a_reader_cannot_import(client, reader):
    client.force_login(reader)
    response = client.get(reverse("admin:claims_import_article"))
    assert response.status_code in (302, 403)


def test_ingest_article_command_imports_and_reports(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(POLISH, encoding="utf-8")
    out = io.StringIO()
    arguments = ["--url", URL, "--outlet", "PAP", "--published", "2018-09-20", "--lang", "pl"]
    call_command("ingest_article", str(path), *arguments, stdout=out)
    assert "new candidate claims" in out.getvalue()
    assert Source.objects.get(url=URL).outlet.name == "PAP"
    call_command("ingest_article", str(path), *arguments, stdout=out)
    assert Source.objects.count() == 1


def test_ingest_article_command_fails_loudly_on_a_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    with pytest.raises(CommandError, match="not UTF-8 text"):
        call_command("ingest_article", str(path))
    assert not Source.objects.exists()


def test_extract_claims_prints_json_lines_with_exact_offsets_and_no_database(
    tmp_path, django_assert_num_queries
):
    path = tmp_path / "article.txt"
    path.write_text(POLISH, encoding="utf-8")
    out = io.StringIO()
    with django_assert_num_queries(0):
        call_command(
            "extract_claims", str(path), "--anchor", "2018-09-20", "--lang", "pl", stdout=out
        )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines
    for line in lines:
        assert POLISH[line["start"] : line["end"]] == line["sentence"]
    leak = next(line for line in lines if "87 mln" in line["sentence"])
    assert leak["quantities"][0]["value"] == "87000000"
    assert leak["quantities"][0]["qualifier"] == "up_to"
    assert [d["text"] for d in leak["dates"]] == ["w marcu 2018 roku"]
    last_year = next(line for line in lines if "ubiegłym roku" in line["sentence"])
    assert last_year["dates"][0]["start"] == "2017-01-01"
    assert last_year["dates"][0]["end"] == "2017-12-31"
    found_dates = [d["text"] for line in lines for d in line["dates"]]
    assert not [text for text in found_dates if "mln" in text or "%" in text or "firm" in text]


def test_extract_claims_rejects_a_bad_anchor():
    with pytest.raises(CommandError, match="--anchor"):
        call_command("extract_claims", "-", "--anchor", "20.09.2018")
