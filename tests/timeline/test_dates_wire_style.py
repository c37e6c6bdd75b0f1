"""English weekdays without "on" and possessive months in running text (docs/dates.md,
"Everyday forms")."""

import datetime as dt

import pytest

from timeline import dates

# A Thursday.
ANCHOR = dt.date(2025, 11, 6)


def found(sentence):
    return [(f.text, str(f.result.start)) for f in dates.find_dates(sentence, ANCHOR, "en")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Health officials released the latest measles count Monday.", [("Monday", "2025-11-03")]),
        ("Birla Corporation Monday reported a rise in profit.", [("Monday", "2025-11-03")]),
        ("The board will meet Tuesday to decide.", [("Tuesday", "2025-11-11")]),
        ("Tuesday’s Statement on Monetary Policy explained it.", [("Tuesday", "2025-11-04")]),
    ],
)
def test_a_weekday_without_on_is_a_day_in_the_sentence_tense(sentence, expected):
    assert found(sentence) == expected


def test_a_possessive_month_is_the_month():
    assert found("It was above May's annual figure of 1.4 per cent.") == [("May", "2025-05-01")]


def test_the_good_friday_agreement_is_not_a_day():
    assert found("The Good Friday Agreement was signed in 1998.") == [("in 1998", "1998-01-01")]


def test_an_abbreviated_weekday_alone_is_still_not_a_day():
    assert found("Sat next to the window, he waited.") == []


def test_lower_case_may_is_still_a_verb():
    assert found("Prices may rise, and May's figure may be revised.") == [("May", "2025-05-01")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sunday Times reported it.",
        "She read the Sunday Independent.",
        "He taught Sunday school.",
    ],
)
def test_a_weekday_in_a_name_is_not_a_day(sentence):
    assert found(sentence) == []


def test_a_relation_word_before_a_possessive_date_stays_with_the_thing_after_it():
    sentence = "The hold was a foregone conclusion after last week’s shock inflation spike."
    (date,) = dates.find_dates(sentence, ANCHOR, "en")
    assert (date.text, date.result.relation, str(date.result.start)) == (
        "last week",
        None,
        "2025-10-27",
    )
    # Not possessive: the relation is the date's.
    (date,) = dates.find_dates("Shares fell after last week.", ANCHOR, "en")
    assert (date.text, date.result.relation) == ("after last week", "after")
