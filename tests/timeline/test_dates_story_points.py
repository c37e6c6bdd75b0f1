"""Balances at a month's end, the last quarter of a year, backward ranges and compared dates
(docs/dates.md, "Everyday forms" and "Dates read against the story's period")."""

import datetime as dt

import pytest

from timeline import dates
from timeline.dates import Story

ANCHOR = dt.date(2025, 10, 15)


def found(sentence, lang="pl", anchor=ANCHOR, story=None):
    return [
        (f.text, str(f.result.start), str(f.result.end), f.result.granularity)
        for f in dates.find_dates(sentence, anchor, lang, story=story)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Na koniec września budżet był na minusie.",
            [("Na koniec września", "2025-09-30", "2025-09-30", "day")],
        ),
        (
            "Na koniec 2024 r. dług wyniósł 10 mld zł.",
            [("Na koniec 2024 r.", "2024-12-31", "2024-12-31", "day")],
        ),
        (
            "Na koniec lutego 2024 r. było ich mniej.",
            [("Na koniec lutego 2024 r.", "2024-02-29", "2024-02-29", "day")],
        ),
        # "pod koniec" stays the late third.
        (
            "Pod koniec września ceny wzrosły.",
            [("Pod koniec września", "2025-09-21", "2025-09-30", "span")],
        ),
    ],
)
def test_na_koniec_is_the_last_day(sentence, expected):
    assert found(sentence) == expected


def test_the_last_quarter_of_a_year_is_the_fourth_and_alone_is_left_alone():
    assert found("Inflacja w ostatnim kwartale tego roku pozostanie blisko 3 proc.") == [
        ("w ostatnim kwartale tego roku", "2025-10-01", "2025-12-31", "quarter")
    ]
    assert found("W ostatnim kwartale 2024 r. sprzedaż rosła.") == [
        ("W ostatnim kwartale 2024 r.", "2024-10-01", "2024-12-31", "quarter")
    ]
    # The latest quarter, which the words do not fix: not read as the fourth.
    assert found("W ostatnim kwartale sprzedaż rosła.") == []


def test_a_range_that_runs_backwards_leaves_its_ends_to_be_found():
    sentence = "Spadek między styczniem 2025 a styczniem 2024 wyniósł 0,9 proc."
    assert found(sentence) == [
        ("styczniem 2025", "2025-01-01", "2025-01-31", "month"),
        ("styczniem 2024", "2024-01-01", "2024-01-31", "month"),
    ]
    assert found("Między styczniem 2024 a styczniem 2025 produkcja spadła.") == [
        ("Między styczniem 2024 a styczniem 2025", "2024-01-01", "2025-01-31", "span")
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "earlier"),
    [
        (
            "Kredyt w listopadzie br. wyniósł 476 tys. zł – o 9 proc. więcej niż w listopadzie "
            "2024 r. i o 0,3 proc. więcej niż miesiąc wcześniej.",
            "pl",
            ("miesiąc wcześniej", "2025-10-01", "2025-10-31", "month"),
        ),
        (
            "Sales in November were 9% higher than in November 2024 and 1% higher than a month "
            "earlier.",
            "en",
            ("a month earlier", "2025-10-01", "2025-10-31", "month"),
        ),
    ],
)
def test_a_date_compared_with_is_not_the_story_period(sentence, lang, earlier):
    anchor = dt.date(2025, 12, 8)
    assert found(sentence, lang, anchor)[-1] == earlier


def test_the_compared_date_is_still_found_and_read():
    sentence = "Ceny były wyższe niż w lipcu 2024 r."
    story = Story()
    assert found(sentence, story=story) == [
        ("w lipcu 2024 r.", "2024-07-01", "2024-07-31", "month")
    ]
    assert story.period is None


@pytest.mark.parametrize(
    ("sentence", "lang", "start", "end"),
    [
        # Written on 15 May: May's end is still ahead, so a past verb means April's.
        (
            "Dane są zbieżne z informacją, którą GUS opublikował pod koniec miesiąca.",
            "pl",
            "2024-04-21",
            "2024-04-30",
        ),
        (
            "The agency published the estimate at the end of the month.",
            "en",
            "2024-04-21",
            "2024-04-30",
        ),
        ("Pod koniec roku firma ogłosiła plan.", "pl", "2023-09-01", "2023-12-31"),
        # A future verb, or no verb of either tense: this month's, this year's.
        ("GUS opublikuje dane pod koniec miesiąca.", "pl", "2024-05-21", "2024-05-31"),
        ("Pod koniec roku firma ogłosi plan.", "pl", "2024-09-01", "2024-12-31"),
    ],
)
def test_a_part_of_this_month_still_ahead_in_a_past_sentence_is_last_months(
    sentence, lang, start, end
):
    (date,) = dates.find_dates(sentence, dt.date(2024, 5, 15), lang)
    assert (str(date.result.start), str(date.result.end)) == (start, end)


def test_a_part_already_begun_keeps_this_month():
    sentence = "GUS opublikował dane na początku miesiąca."
    (date,) = dates.find_dates(sentence, dt.date(2024, 5, 15), "pl")
    assert (str(date.result.start), str(date.result.end)) == ("2024-05-01", "2024-05-10")
