"""The date engine on Polish news expressions, and its answers to bad input.

Each table row reads: expression -> first day, last day, granularity, for the anchor named
above the table (the publication date of the source).
"""

import datetime as dt
import time

import pytest

from timeline import dates

NEWS_ANCHOR = "2018-09-20"  # a Thursday

POLISH = [
    ("w ubiegłym roku", "2017-01-01", "2017-12-31", "year"),
    ("W sierpniu", "2018-08-01", "2018-08-31", "month"),
    ("we wrześniu", "2018-09-01", "2018-09-30", "month"),
    ("w październiku", "2017-10-01", "2017-10-31", "month"),
    ("w marcu 2018 roku", "2018-03-01", "2018-03-31", "month"),
    ("marzec 2018", "2018-03-01", "2018-03-31", "month"),
    ("3 października 2017 r.", "2017-10-03", "2017-10-03", "day"),
    ("3 października", "2017-10-03", "2017-10-03", "day"),
    ("20 września", "2018-09-20", "2018-09-20", "day"),
    ("21 września", "2017-09-21", "2017-09-21", "day"),
    ("3 X 2017", "2017-10-03", "2017-10-03", "day"),
    ("15 wrz. 2017", "2017-09-15", "2017-09-15", "day"),
    ("05.11.2017", "2017-11-05", "2017-11-05", "day"),
    ("5.11.2017 r.", "2017-11-05", "2017-11-05", "day"),
    ("05/11/2017", "2017-11-05", "2017-11-05", "day"),
    ("2016-07-04", "2016-07-04", "2016-07-04", "day"),
    ("w 2016 roku", "2016-01-01", "2016-12-31", "year"),
    ("2016 r.", "2016-01-01", "2016-12-31", "year"),
    ("w roku 2016", "2016-01-01", "2016-12-31", "year"),
    ("2017", "2017-01-01", "2017-12-31", "year"),
    ("w zeszłym roku", "2017-01-01", "2017-12-31", "year"),
    ("zeszłego roku", "2017-01-01", "2017-12-31", "year"),
    ("w roku ubiegłym", "2017-01-01", "2017-12-31", "year"),
    ("w tym roku", "2018-01-01", "2018-12-31", "year"),
    ("w przyszłym roku", "2019-01-01", "2019-12-31", "year"),
    ("w br.", "2018-01-01", "2018-12-31", "year"),
    ("ubiegłoroczny", "2017-01-01", "2017-12-31", "year"),
    ("ubiegłorocznej", "2017-01-01", "2017-12-31", "year"),
    ("tegoroczne", "2018-01-01", "2018-12-31", "year"),
    ("przyszłoroczny", "2019-01-01", "2019-12-31", "year"),
    ("w ubiegłym miesiącu", "2018-08-01", "2018-08-31", "month"),
    ("w tym miesiącu", "2018-09-01", "2018-09-30", "month"),
    ("w przyszłym miesiącu", "2018-10-01", "2018-10-31", "month"),
    ("w ubiegłym tygodniu", "2018-09-10", "2018-09-16", "week"),
    ("w tym tygodniu", "2018-09-17", "2018-09-23", "week"),
    ("w przyszłym tygodniu", "2018-09-24", "2018-09-30", "week"),
    ("w ubiegłym kwartale", "2018-04-01", "2018-06-30", "quarter"),
    ("rok temu", "2017-01-01", "2017-12-31", "year"),
    ("dwa lata temu", "2016-01-01", "2016-12-31", "year"),
    ("5 lat temu", "2013-01-01", "2013-12-31", "year"),
    ("miesiąc temu", "2018-08-01", "2018-08-31", "month"),
    ("trzy miesiące temu", "2018-06-01", "2018-06-30", "month"),
    ("tydzień temu", "2018-09-10", "2018-09-16", "week"),
    ("dwa tygodnie temu", "2018-09-03", "2018-09-09", "week"),
    ("3 dni temu", "2018-09-17", "2018-09-17", "day"),
    ("przed rokiem", "2017-01-01", "2017-12-31", "year"),
    ("przed dwoma laty", "2016-01-01", "2016-12-31", "year"),
    ("za rok", "2019-01-01", "2019-12-31", "year"),
    ("za dwa tygodnie", "2018-10-01", "2018-10-07", "week"),
    ("za 3 dni", "2018-09-23", "2018-09-23", "day"),
    ("wczoraj", "2018-09-19", "2018-09-19", "day"),
    ("przedwczoraj", "2018-09-18", "2018-09-18", "day"),
    ("dziś", "2018-09-20", "2018-09-20", "day"),
    ("dzisiaj", "2018-09-20", "2018-09-20", "day"),
    ("jutro", "2018-09-21", "2018-09-21", "day"),
    ("pojutrze", "2018-09-22", "2018-09-22", "day"),
    ("w czwartek", "2018-09-20", "2018-09-20", "day"),
    ("w środę", "2018-09-19", "2018-09-19", "day"),
    ("w piątek", "2018-09-14", "2018-09-14", "day"),
    ("we wtorek", "2018-09-18", "2018-09-18", "day"),
    ("w ubiegły czwartek", "2018-09-13", "2018-09-13", "day"),
    ("w przyszły poniedziałek", "2018-09-24", "2018-09-24", "day"),
    ("w lipcu przyszłego roku", "2019-07-01", "2019-07-31", "month"),
    ("w marcu ubiegłego roku", "2017-03-01", "2017-03-31", "month"),
    ("w marcu tego roku", "2018-03-01", "2018-03-31", "month"),
    ("w marcu br.", "2018-03-01", "2018-03-31", "month"),
    ("na początku 2017 roku", "2017-01-01", "2017-04-30", "span"),
    ("w połowie 2018", "2018-05-01", "2018-08-31", "span"),
    ("pod koniec 2017 r.", "2017-09-01", "2017-12-31", "span"),
    ("pod koniec ubiegłego roku", "2017-09-01", "2017-12-31", "span"),
    ("na początku roku", "2018-01-01", "2018-04-30", "span"),
    ("na początku tego miesiąca", "2018-09-01", "2018-09-10", "span"),
    ("pod koniec sierpnia", "2018-08-21", "2018-08-31", "span"),
    ("na początku sierpnia 2018", "2018-08-01", "2018-08-10", "span"),
    ("w połowie sierpnia", "2018-08-11", "2018-08-20", "span"),
    ("w drugiej połowie sierpnia", "2018-08-16", "2018-08-31", "span"),
    ("wcześniej w tym roku", "2018-01-01", "2018-09-20", "span"),
    ("wcześniej w tym miesiącu", "2018-09-01", "2018-09-20", "span"),
    ("od początku roku", "2018-01-01", "2018-09-20", "span"),
    ("w drugim kwartale 2016 roku", "2016-04-01", "2016-06-30", "quarter"),
    ("II kwartał 2016", "2016-04-01", "2016-06-30", "quarter"),
    ("w I kw. 2016", "2016-01-01", "2016-03-31", "quarter"),
    ("w trzecim kwartale", "2018-07-01", "2018-09-30", "quarter"),
    ("w czwartym kwartale ubiegłego roku", "2017-10-01", "2017-12-31", "quarter"),
    ("w drugiej połowie 2015 roku", "2015-07-01", "2015-12-31", "half"),
    ("w pierwszej połowie roku", "2018-01-01", "2018-06-30", "half"),
    ("w pierwszym półroczu 2017", "2017-01-01", "2017-06-30", "half"),
    ("latem 2018", "2018-06-01", "2018-08-31", "season"),
    ("lato 2018", "2018-06-01", "2018-08-31", "season"),
    ("zimą 2018", "2017-12-01", "2018-02-28", "season"),
    ("wiosną ubiegłego roku", "2017-03-01", "2017-05-31", "season"),
    ("zeszłego lata", "2018-06-01", "2018-08-31", "season"),
    ("ubiegłej zimy", "2017-12-01", "2018-02-28", "season"),
    ("w latach 80.", "1980-01-01", "1989-12-31", "decade"),
    ("w latach 80. XX wieku", "1980-01-01", "1989-12-31", "decade"),
    ("w latach osiemdziesiątych", "1980-01-01", "1989-12-31", "decade"),
    ("lata 90.", "1990-01-01", "1999-12-31", "decade"),
    ("na początku lat 80.", "1980-01-01", "1983-12-31", "span"),
    ("w latach 2016–2018", "2016-01-01", "2018-12-31", "span"),
    ("1–20 września 2018", "2018-09-01", "2018-09-20", "span"),
    ("38. tydzień 2018", "2018-09-17", "2018-09-23", "week"),
    ("około 2017 roku", "2017-01-01", "2017-12-31", "year"),
    ("jeszcze w ubiegłym roku", "2017-01-01", "2017-12-31", "year"),
    ("„w sierpniu”", "2018-08-01", "2018-08-31", "month"),
]


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"), POLISH, ids=[r[0] for r in POLISH]
)
def test_polish_expressions_read_as_the_calendar_interval_they_name(text, start, end, granularity):
    result = dates.normalise(text, NEWS_ANCHOR, "pl")
    assert (result.status, result.reason) == ("parsed", "")
    assert (result.start, result.end, result.granularity) == (
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
        granularity,
    )
    assert result.lang == "pl"


NOT_DATES = [
    ("87 mln", "pl"),
    ("ponad 12 firm", "pl"),
    ("12%", "pl"),
    ("1,5 mld zł", "pl"),
    ("F8", "pl"),
    ("nie", "pl"),
    ("się z", "pl"),
    ("Facebook", "pl"),
    ("ostatnie lata", "pl"),
    ("po prostu", "pl"),
    ("po raz pierwszy", "pl"),
    ("w końcu", "pl"),
    ("12", "pl"),
    ("87", None),
    ("$2.3bn", "en"),
    ("12%", "en"),
    ("87 mln", None),
    ("may", "en"),
    ("in may", "en"),
    ("march", "en"),
    ("fall", "en"),
    ("F8", "en"),
    ("Cambridge Analytica", "en"),
    ("the 80", "en"),
    ("3.5", None),
    ("1.5 million", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_DATES, ids=[f"{r[0]}-{r[1]}" for r in NOT_DATES])
def test_numbers_amounts_and_ordinary_words_are_not_dates(text, lang):
    result = dates.normalise(text, NEWS_ANCHOR, lang)
    assert result.status == "unparsed"
    assert result.reason
    assert (result.start, result.end, result.edtf) == (None, None, None)


EVENTS = [
    ("przed ubiegłoroczną konferencją Facebooka dla programistów F8", "pl", "before"),
    ("po ujawnieniu wycieku", "pl", "after"),
    ("przed wyborami", "pl", "before"),
    ("po konferencji prasowej", "pl", "after"),
    ("after the leak was revealed", "en", "after"),
    ("before last year's F8 conference", "en", "before"),
    ("after the election", "en", "after"),
    ("nach der Konferenz", "de", "after"),
    ("après la fuite", "fr", "after"),
    ("después de la filtración", "es", "after"),
]


@pytest.mark.parametrize(("text", "lang", "relation"), EVENTS, ids=[r[0] for r in EVENTS])
def test_a_date_relative_to_an_event_is_not_guessed_but_keeps_its_reference(text, lang, relation):
    result = dates.normalise(text, NEWS_ANCHOR, lang)
    assert result.status == "unparsed"
    assert result.relation == relation
    assert result.reference and text.endswith(result.reference)
    assert "event" in result.reason
    assert result.start is None and result.end is None


def test_the_reference_of_an_event_keeps_the_case_it_was_written_in():
    result = dates.normalise(
        "przed ubiegłoroczną konferencją Facebooka dla programistów F8", NEWS_ANCHOR, "pl"
    )
    assert result.reference == "ubiegłoroczną konferencją Facebooka dla programistów F8"


RELATIONS_TO_DATES = [
    ("przed kwietniem 2017", "pl", "before", "2017-04-01", "2017-04-30", "kwietniem 2017"),
    ("po kwietniu 2017", "pl", "after", "2017-04-01", "2017-04-30", "kwietniu 2017"),
    ("przed 2017 r.", "pl", "before", "2017-01-01", "2017-12-31", "2017 r."),
    ("po ubiegłym roku", "pl", "after", "2017-01-01", "2017-12-31", "ubiegłym roku"),
    ("before April 2017", "en", "before", "2017-04-01", "2017-04-30", "April 2017"),
    ("after 2017", "en", "after", "2017-01-01", "2017-12-31", "2017"),
    ("vor April 2017", "de", "before", "2017-04-01", "2017-04-30", "April 2017"),
    ("avant avril 2017", "fr", "before", "2017-04-01", "2017-04-30", "avril 2017"),
    ("antes de abril de 2017", "es", "before", "2017-04-01", "2017-04-30", "abril de 2017"),
]


@pytest.mark.parametrize(
    ("text", "lang", "relation", "start", "end", "reference"),
    RELATIONS_TO_DATES,
    ids=[r[0] for r in RELATIONS_TO_DATES],
)
def test_before_or_after_a_real_date_stores_that_date_with_the_relation(
    text, lang, relation, start, end, reference
):
    result = dates.normalise(text, NEWS_ANCHOR, lang)
    assert result.status == "parsed"
    assert (result.relation, result.reference) == (relation, reference)
    assert (str(result.start), str(result.end)) == (start, end)


def test_relative_expressions_without_an_anchor_say_an_anchor_is_needed():
    result = dates.normalise("w ubiegłym roku", None, "pl")
    assert result.status == "unparsed"
    assert "anchor" in result.reason


def test_absolute_expressions_parse_without_an_anchor():
    result = dates.normalise("3 października 2017 r.", None, "pl")
    assert (result.status, result.start) == ("parsed", dt.date(2017, 10, 3))


BAD_INPUT = [
    ("", "pl", NEWS_ANCHOR, "unparsed", "empty"),
    ("   ", "pl", NEWS_ANCHOR, "unparsed", "empty"),
    ("2017\x00", "pl", NEWS_ANCHOR, "unparsed", "control characters"),
    ("w sierpniu\x07", "pl", NEWS_ANCHOR, "unparsed", "control characters"),
    ("w ubiegłym roku", "xx", NEWS_ANCHOR, "error", "unknown language"),
    ("w ubiegłym roku", "klingon", NEWS_ANCHOR, "error", "unknown language"),
    ("w ubiegłym roku", "pl", "20-09-2018", "error", "not an ISO date"),
    ("w ubiegłym roku", "pl", "2018-02-30", "error", "not an ISO date"),
    ("w ubiegłym roku", "pl", "yesterday", "error", "not an ISO date"),
    ("w ubiegłym roku", "pl", 20180920, "error", "anchor must be"),
    ("31.02.2018", "pl", NEWS_ANCHOR, "unparsed", "not a calendar"),
    ("2018-13-01", None, NEWS_ANCHOR, "unparsed", ""),
]


@pytest.mark.parametrize(("text", "lang", "anchor", "status", "reason"), BAD_INPUT)
def test_bad_input_gets_a_clear_status_and_reason_never_an_exception(
    text, lang, anchor, status, reason
):
    result = dates.normalise(text, anchor, lang)
    assert result.status == status
    assert reason in result.reason
    assert result.reason
    assert result.start is None


def test_text_that_is_not_a_string_is_an_error():
    assert dates.normalise(None, NEWS_ANCHOR, "pl").status == "error"
    assert dates.normalise(2017, NEWS_ANCHOR, "pl").status == "error"


def test_a_hundred_thousand_characters_are_refused_quickly():
    began = time.perf_counter()
    result = dates.normalise("w ubiegłym roku " * 6250, NEWS_ANCHOR, "pl")
    assert time.perf_counter() - began < 0.05
    assert result.status == "unparsed"
    assert "too long" in result.reason


def test_a_long_expression_just_under_the_bound_is_still_answered_quickly():
    began = time.perf_counter()
    result = dates.normalise("1" * 199, NEWS_ANCHOR, None)
    assert time.perf_counter() - began < 1.0
    assert result.status == "unparsed"


LANGUAGE_CODES = ["pl", "PL", "pl-PL", "pl_PL", " pl "]


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_language_codes_are_read_loosely(lang):
    result = dates.normalise("w ubiegłym roku", NEWS_ANCHOR, lang)
    assert (result.status, result.lang) == ("parsed", "pl")


def test_the_result_is_frozen_and_serialises_to_json_friendly_values():
    result = dates.normalise("W sierpniu", NEWS_ANCHOR, "pl")
    with pytest.raises(AttributeError):
        result.start = None
    assert result.to_dict() == {
        "text": "W sierpniu",
        "lang": "pl",
        "status": "parsed",
        "start": "2018-08-01",
        "end": "2018-08-31",
        "granularity": "month",
        "edtf": "2018-08",
        "reason": "",
        "relation": None,
        "reference": None,
    }


def test_the_text_is_returned_exactly_as_given():
    assert dates.normalise("  W  sierpniu ", NEWS_ANCHOR, "pl").text == "  W  sierpniu "


def test_the_engine_version_is_a_dotted_version_string():
    major, minor, patch = dates.ENGINE_VERSION.split(".")
    assert all(part.isdigit() for part in (major, minor, patch))


class _RecordingParser:
    """Stands in for dateparser: records what it is asked and answers a fixed reading."""

    def __init__(self, answer):
        self.asked = []
        self.answer = answer

    def get_date_data(self, text):
        self.asked.append(text)
        return self.answer


def test_dateparser_is_never_asked_about_numbers_and_short_words(monkeypatch):
    from timeline.dates import fallback
    from timeline.dates.parsing import compile_expression

    parser = _RecordingParser(None)
    monkeypatch.setattr(fallback, "_parser", lambda lang: parser)
    compile_expression.cache_clear()
    for text, lang in NOT_DATES:
        dates.normalise(text, NEWS_ANCHOR, lang)
    assert parser.asked == []


def test_a_dateparser_reading_of_parts_not_written_in_the_text_is_refused(monkeypatch):
    from types import SimpleNamespace

    from timeline.dates import fallback
    from timeline.dates.parsing import compile_expression

    invented = SimpleNamespace(
        date_obj=dt.datetime(2026, 6, 3, tzinfo=dt.UTC), parts=("day", "month", "year")
    )
    parser = _RecordingParser(invented)
    monkeypatch.setattr(fallback, "_parser", lambda lang: parser)
    compile_expression.cache_clear()
    result = dates.normalise("3rd-ish of June 2018", NEWS_ANCHOR, "en")
    assert parser.asked == ["3rd-ish of june 2018"]
    assert result.status == "unparsed"
