"""The first N months or quarters of a year: from its start to the end of the last one counted
(docs/dates.md, "The first nine months")."""

import datetime as dt

import pytest

from timeline import dates

from .date_tables import read_parsed

ANCHOR = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    "text, lang, start, end, granularity",
    [
        ("w pierwszych trzech kwartałach tego roku", "pl", "2025-01-01", "2025-09-30", "span"),
        ("w ciągu pierwszych ośmiu miesięcy 2025 r.", "pl", "2025-01-01", "2025-08-31", "span"),
        ("w pierwszych dziewięciu miesiącach 2024 roku", "pl", "2024-01-01", "2024-09-30", "span"),
        ("pierwsze dwa kwartały ubiegłego roku", "pl", "2024-01-01", "2024-06-30", "half"),
        ("w pierwszych 11 miesiącach br.", "pl", "2025-01-01", "2025-11-30", "span"),
        ("pierwszych trzech kwartałach", "pl", "2025-01-01", "2025-09-30", "span"),
        ("the first nine months of 2025", "en", "2025-01-01", "2025-09-30", "span"),
        ("in the first two quarters of this year", "en", "2025-01-01", "2025-06-30", "half"),
        ("during the first 10 months of last year", "en", "2024-01-01", "2024-10-31", "span"),
        ("the first four quarters of 2019", "en", "2019-01-01", "2019-12-31", "year"),
        ("the first nine months", "en", "2025-01-01", "2025-09-30", "span"),
    ],
)
def test_the_first_months_of_a_year(text, lang, start, end, granularity):
    result = read_parsed(text, lang, ANCHOR)
    assert (str(result.start), str(result.end), result.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "text, lang",
    [("the first 13 months of 2020", "en"), ("pierwszych pięciu kwartałów 2020 r.", "pl")],
)
def test_more_than_a_year_is_no_date(text, lang):
    result = dates.normalise(text, ANCHOR, lang)
    assert result.status == "unparsed"
    assert "not a calendar date" in result.reason


def test_found_in_running_text_with_its_year():
    found = dates.find_dates(
        "W pierwszych trzech kwartałach tego roku deficyt wyniósł 200 mld zł.", ANCHOR, "pl"
    )
    assert [(f.text, str(f.result.end)) for f in found] == [
        ("W pierwszych trzech kwartałach tego roku", "2025-09-30")
    ]


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("In the first two months of his presidency he signed 40 orders.", "en"),
        ("W pierwszych trzech miesiącach urzędowania prezydent podpisał 40 ustaw.", "pl"),
    ],
)
def test_with_no_year_it_is_not_picked_out_of_running_text(sentence, lang):
    assert dates.find_dates(sentence, ANCHOR, lang) == []


def test_three_quarters_is_not_the_third_quarter():
    # "trzech" is the cardinal three; the ordinal is "trzecim".
    assert dates.find_dates("W trzech kwartałach sprzedaż wzrosła.", ANCHOR, "pl") == []
    third = read_parsed("w trzecim kwartale", "pl", ANCHOR)
    assert (str(third.start), third.granularity) == ("2025-07-01", "quarter")


def test_a_year_earlier_reads_against_the_first_months():
    story = dates.Story()
    dates.find_dates(
        "W pierwszych trzech kwartałach 2025 r. deficyt wyniósł 200 mld zł.",
        ANCHOR,
        "pl",
        story=story,
    )
    found = dates.find_dates("Rok wcześniej wyniósł 150 mld zł.", ANCHOR, "pl", story=story)
    assert [(str(f.result.start), str(f.result.end)) for f in found] == [
        ("2024-01-01", "2024-09-30")
    ]
