"""Dates read against the story's own period (docs/dates.md, "Dates read against the story's
period"): "rok wcześniej", "the same period a year ago", "the quarter under review", and "a
year ago" right after the period a statistics story reports on."""

import datetime as dt

import pytest

from claims.extraction import extract_candidates
from timeline import dates
from timeline.dates.story import Story, moved


def read(sentences, anchor, lang):
    """(text, start, end, granularity, reference) of every date found, sentence by sentence,
    with one story carried across them."""
    story = Story()
    out = []
    for sentence in sentences:
        for found in dates.find_dates(sentence, dt.date.fromisoformat(anchor), lang, story=story):
            r = found.result
            out.append(
                (
                    found.text,
                    str(r.start) if r.start else None,
                    str(r.end) if r.end else None,
                    r.granularity,
                    r.reference,
                )
            )
    return out


# (lang, anchor, sentences, the story-relative expression, its start, its end)
SHIFTS = [
    (
        "pl",
        "2025-12-01",
        [
            "PKB wzrósł w trzecim kwartale 2025 r. o 3,8 proc.",
            "Kwartał wcześniej wzrost wyniósł 3,3 proc.",
        ],
        "Kwartał wcześniej",
        "2025-04-01",
        "2025-06-30",
    ),
    (
        "pl",
        "2025-12-01",
        ["PKB wzrósł w trzecim kwartale 2025 r. o 3,8 proc.", "Rok wcześniej było to 2,8 proc."],
        "Rok wcześniej",
        "2024-07-01",
        "2024-09-30",
    ),
    (
        "pl",
        "2025-10-10",
        [
            "Inflacja wyniosła we wrześniu 2,9 proc.",
            "Identyczny odczyt odnotowano miesiąc wcześniej.",
        ],
        "miesiąc wcześniej",
        "2025-08-01",
        "2025-08-31",
    ),
    (
        "pl",
        "2020-07-20",
        [
            "W pierwszym półroczu 2020 r. sprzedaż wzrosła o 70 proc. wobec analogicznego okresu ubiegłego roku."
        ],
        "wobec analogicznego okresu ubiegłego roku",
        "2019-01-01",
        "2019-06-30",
    ),
    (
        "pl",
        "2025-12-01",
        [
            "W III kwartale 2025 r. PKB wzrósł o 3,8 proc.",
            "Rok temu w analogicznym okresie gospodarka rosła wolniej.",
        ],
        "Rok temu w analogicznym okresie",
        "2024-07-01",
        "2024-09-30",
    ),
    (
        "en",
        "2013-05-20",
        [
            "Profit rose in the first quarter of 2013.",
            "It was Rs 57 crore in the same period a year ago.",
        ],
        "in the same period a year ago",
        "2012-01-01",
        "2012-03-31",
    ),
    (
        "en",
        "2018-01-29",
        [
            "Sales grew in the third quarter of 2017.",
            "They were lower in the corresponding quarter of the previous year.",
        ],
        "in the corresponding quarter of the previous year",
        "2016-07-01",
        "2016-09-30",
    ),
    (
        "en",
        "2018-01-29",
        ["Sales grew in the third quarter of 2017.", "A quarter earlier they had fallen."],
        "A quarter earlier",
        "2017-04-01",
        "2017-06-30",
    ),
    (
        "en",
        "2018-01-29",
        ["Sales grew in the third quarter of 2017, against the year-ago quarter."],
        "against the year-ago quarter",
        "2016-07-01",
        "2016-09-30",
    ),
    (
        "en",
        "2018-01-29",
        [
            "Sales grew in the third quarter of 2017.",
            "Revenue during the quarter under review was up 42%.",
        ],
        "during the quarter under review",
        "2017-07-01",
        "2017-09-30",
    ),
    (
        "en",
        "2021-09-09",
        [
            "Prices were 2.8% higher in August.",
            "They rose 0.6% in the month, up from 0.4% in July.",
        ],
        "in the month",
        "2021-08-01",
        "2021-08-31",
    ),
    (
        "de",
        "2014-11-28",
        ["Im Oktober sank die Zahl der Arbeitslosen.", "Ein Jahr zuvor war sie gestiegen."],
        "Ein Jahr zuvor",
        "2013-10-01",
        "2013-10-31",
    ),
    (
        "de",
        "2014-11-28",
        ["Im dritten Quartal 2014 wuchs die Wirtschaft stärker als im Vorjahreszeitraum."],
        "im Vorjahreszeitraum",
        "2013-07-01",
        "2013-09-30",
    ),
    (
        "de",
        "2014-11-28",
        [
            "Im dritten Quartal 2014 wuchs die Wirtschaft um 0,1 Prozent.",
            "Einen Monat zuvor war sie geschrumpft.",
        ],
        "Einen Monat zuvor",
        None,
        None,
    ),
    (
        "fr",
        "2014-12-04",
        ["Le chômage a augmenté au troisième trimestre 2014.", "Un an plus tôt, il baissait."],
        "Un an plus tôt",
        "2013-07-01",
        "2013-09-30",
    ),
    (
        "fr",
        "2014-12-04",
        [
            "Le chômage a augmenté au troisième trimestre 2014.",
            "Sur ce même trimestre, les inscriptions ont progressé.",
        ],
        "Sur ce même trimestre",
        "2014-07-01",
        "2014-09-30",
    ),
    (
        "fr",
        "2014-12-04",
        ["Le chômage a augmenté au troisième trimestre 2014 par rapport au trimestre précédent."],
        "par rapport au trimestre précédent",
        "2014-04-01",
        "2014-06-30",
    ),
    (
        "es",
        "2014-04-02",
        ["El paro bajó en marzo de 2014.", "Un año antes había subido."],
        "Un año antes",
        "2013-03-01",
        "2013-03-31",
    ),
    (
        "es",
        "2014-04-02",
        ["El paro bajó en marzo de 2014 respecto al mismo periodo del año anterior."],
        "respecto al mismo periodo del año anterior",
        "2013-03-01",
        "2013-03-31",
    ),
    (
        "es",
        "2014-04-02",
        ["El paro bajó en marzo de 2014, tras subir el mes anterior."],
        "el mes anterior",
        "2014-02-01",
        "2014-02-28",
    ),
]


@pytest.mark.parametrize(
    ("lang", "anchor", "sentences", "expression", "start", "end"),
    SHIFTS,
    ids=[f"{row[0]}: {row[3]}" for row in SHIFTS],
)
def test_a_story_relative_date_is_the_story_period_moved(
    lang, anchor, sentences, expression, start, end
):
    found = [row for row in read(sentences, anchor, lang) if row[0] == expression]
    assert len(found) == 1, read(sentences, anchor, lang)
    text, first, last, _granularity, reference = found[0]
    assert (first, last) == (start, end)
    if start is not None:
        # The period it was read against is named, so a fact-checker can see why.
        assert reference and reference in " ".join(sentences)


def test_the_reading_keeps_the_period_granularity_and_its_edtf():
    story = Story()
    dates.find_dates(
        "W III kwartale 2025 r. PKB wzrósł o 3,8 proc.", "2025-12-01", "pl", story=story
    )
    (found,) = dates.find_dates("Rok wcześniej wzrost był niższy.", "2025-12-01", "pl", story=story)
    assert found.result.granularity == "quarter"
    assert found.result.edtf == "2024-07/2024-09"
    assert found.result.status == "parsed" and found.result.relation is None


def test_the_latest_period_named_is_the_one_read_against():
    rows = read(
        [
            "PKB wzrósł w III kwartale 2025 r. o 3,7 proc. wobec 3,3 proc. w II kwartale 2025 r.",
            "W III kwartale br. wzrósł o 0,8 proc. kdk, po wzroście o 0,8 proc. kwartał wcześniej.",
        ],
        "2025-11-13",
        "pl",
    )
    assert rows[-1][:3] == ("kwartał wcześniej", "2025-04-01", "2025-06-30")


def test_the_day_a_figure_was_published_is_not_the_period_it_measures():
    rows = read(
        [
            "Dynamika PKB w trzecim kwartale 2025 r. wyniosła 3,8 proc. - podał GUS w poniedziałek.",
            "Rok temu w analogicznym okresie gospodarka rosła wolniej.",
        ],
        "2025-12-01",
        "pl",
    )
    assert rows[1][1] == "2025-12-01"  # "w poniedziałek" is read, as a day
    assert rows[2][:3] == ("Rok temu w analogicznym okresie", "2024-07-01", "2024-09-30")


def test_a_year_earlier_than_a_day_is_that_day_a_year_back():
    rows = read(
        ["The plant closed on 29 February 2016.", "A year earlier it had been sold."],
        "2016-05-01",
        "en",
    )
    assert rows[1][:4] == ("A year earlier", "2015-02-28", "2015-02-28", "day")


def test_without_a_period_a_shift_is_found_but_not_placed():
    (found,) = dates.find_dates("Rok wcześniej zysk był wyższy.", "2025-12-01", "pl")
    assert found.text == "Rok wcześniej"
    assert found.result.status == "unparsed"
    assert "names none before it" in found.result.reason


def test_without_a_period_the_story_own_month_is_not_a_date():
    assert dates.find_dates("Prices rose 0.2 per cent in the month.", "2025-06-30", "en") == []


@pytest.mark.parametrize(
    ("sentences", "lang", "expression"),
    [
        (
            ["Inflacja wyniosła we wrześniu 2,9 proc.", "Kwartał wcześniej była wyższa."],
            "pl",
            "Kwartał wcześniej",
        ),
        (
            ["W III kwartale 2025 r. PKB wzrósł.", "Miesiąc wcześniej produkcja spadła."],
            "pl",
            "Miesiąc wcześniej",
        ),
    ],
)
def test_a_shift_by_a_unit_the_period_is_not_is_left_unplaced(sentences, lang, expression):
    rows = read(sentences, "2025-12-01", lang)
    assert (expression, None, None, None, None) in rows


def test_the_month_under_review_needs_a_month():
    rows = read(
        ["PKB wzrósł w III kwartale 2025 r.", "Ceny wzrosły o 0,2 proc. in the month."],
        "2025-12-01",
        "en",
    )
    assert all(row[0] != "in the month" for row in rows)


def test_normalise_alone_says_what_the_expression_needs():
    result = dates.normalise("rok wcześniej", "2025-12-01", "pl")
    assert result.status == "unparsed"
    assert "period the story reports on" in result.reason
    assert dates.normalise("the same period a year ago", "2025-12-01", "en").status == "unparsed"


A_YEAR_AGO = [
    # The period just named, the latest the story reports: "a year ago" is that period.
    (
        "en",
        "2021-09-09",
        ["Prices were 2.8% higher in August than they were a year ago."],
        ("2020-08-01", "2020-08-31"),
    ),
    (
        "de",
        "2014-08-28",
        [
            "Die Zahl der Arbeitslosen ist im August gestiegen.",
            "Das sind 44 000 weniger als vor einem Jahr.",
        ],
        ("2013-08-01", "2013-08-31"),
    ),
    (
        "fr",
        "2014-12-04",
        ["En hausse au troisième trimestre, le chômage a retrouvé son niveau d'il y a un an."],
        ("2013-07-01", "2013-09-30"),
    ),
    (
        "pl",
        "2025-10-10",
        ["We wrześniu inflacja wyniosła 2,9 proc. wobec 4,9 proc. rok temu."],
        ("2024-09-01", "2024-09-30"),
    ),
    (
        "es",
        "2014-04-02",
        ["El paro bajó en marzo más que hace un año."],
        ("2013-03-01", "2013-03-31"),
    ),
    # Not in a comparison: a date counted from the anchor, as on its own.
    (
        "en",
        "2018-09-20",
        ["In August the paper said talks had stalled; a year ago a plan was dropped."],
        ("2017-01-01", "2017-12-31"),
    ),
    (
        "es",
        "2014-04-02",
        ["El paro bajó en marzo, y hace un año subía."],
        ("2013-01-01", "2013-12-31"),
    ),
    # A period long past is not what "a year ago" compares with: the anchor's reading stays.
    (
        "en",
        "2018-09-20",
        ["In 2015 the firm lost money.", "Profit is higher than a year ago."],
        ("2017-01-01", "2017-12-31"),
    ),
    # Nor is one named far back in the text.
    (
        "en",
        "2021-09-09",
        [
            "Prices were higher in August." + " The office said nothing more on the subject." * 8,
            "Rents are higher than a year ago.",
        ],
        ("2020-01-01", "2020-12-31"),
    ),
    # No period: the anchor's reading.
    ("en", "2021-09-09", ["A year ago the office moved."], ("2020-01-01", "2020-12-31")),
]


@pytest.mark.parametrize(
    ("lang", "anchor", "sentences", "interval"),
    A_YEAR_AGO,
    ids=[f"{r[0]}: {r[2][-1][:40]}" for r in A_YEAR_AGO],
)
def test_a_year_ago_compares_with_the_period_just_named(lang, anchor, sentences, interval):
    rows = read(sentences, anchor, lang)
    ago = [
        row
        for row in rows
        if row[0].lower()
        in ("a year ago", "vor einem jahr", "il y a un an", "rok temu", "hace un año")
    ]
    assert len(ago) == 1, rows
    assert ago[0][1:3] == interval


def test_a_story_read_sentence_by_sentence_reads_as_the_whole_text():
    sentences = [
        "W III kwartale 2025 r. PKB wzrósł o 3,8 proc.",
        "Rok wcześniej wzrost był niższy.",
    ]
    whole = dates.find_dates(" ".join(sentences), "2025-12-01", "pl")
    assert [f.result.start for f in whole] == [dt.date(2025, 7, 1), dt.date(2024, 7, 1)]
    assert [row[1] for row in read(sentences, "2025-12-01", "pl")] == ["2025-07-01", "2024-07-01"]


def test_a_new_story_starts_with_nothing_named():
    story = Story()
    dates.find_dates("W III kwartale 2025 r. PKB wzrósł.", "2025-12-01", "pl", story=story)
    assert (
        dates.find_dates("Rok wcześniej był niższy.", "2025-12-01", "pl", story=Story())[
            0
        ].result.status
        == "unparsed"
    )
    assert (
        dates.find_dates("Rok wcześniej był niższy.", "2025-12-01", "pl", story=story)[
            0
        ].result.status
        == "parsed"
    )


def test_since_and_windows_are_not_a_story_period():
    rows = read(["Ceny rosną od maja.", "Rok wcześniej spadały."], "2025-10-10", "pl")
    assert rows[1][:3] == ("Rok wcześniej", None, None)


def test_the_importer_carries_the_period_from_sentence_to_sentence():
    text = (
        "PKB Polski wzrósł w III kwartale 2025 r. o 3,7 proc. rdr, podał GUS.\n\n"
        "Kwartał wcześniej wzrost wyniósł 3,3 proc., a rok wcześniej 2,8 proc."
    )
    candidates = extract_candidates(text, dt.date(2025, 11, 13), "pl")
    found = [(d.text, str(d.result.start), str(d.result.end)) for c in candidates for d in c.dates]
    assert ("Kwartał wcześniej", "2025-04-01", "2025-06-30") in found
    assert ("rok wcześniej", "2024-07-01", "2024-09-30") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Spółka ma zwrócić pieniądze w ciągu 30 dni od uprawomocnienia się decyzji.", "pl"),
        ("The company must pay within 30 days of the ruling.", "en"),
    ],
)
def test_a_window_counted_from_something_else_is_no_date(text, lang):
    assert dates.find_dates(text, "2019-11-20", lang) == []


def test_a_window_counted_from_now_is_still_a_date():
    found = dates.find_dates(
        "Spółka ma zwrócić pieniądze w ciągu 30 dni od dziś.", "2019-11-20", "pl"
    )
    assert (found[0].text, found[0].result.start, found[0].result.end) == (
        "w ciągu 30 dni",
        dt.date(2019, 11, 20),
        dt.date(2019, 12, 20),
    )


def test_moving_a_period_keeps_whole_months_and_clamps_a_day():
    assert moved(dt.date(2025, 7, 1), dt.date(2025, 9, 30), "quarter", -12) == (
        dt.date(2024, 7, 1),
        dt.date(2024, 9, 30),
    )
    assert moved(dt.date(2024, 12, 1), dt.date(2025, 2, 28), "season", -12) == (
        dt.date(2023, 12, 1),
        dt.date(2024, 2, 29),
    )
    assert moved(dt.date(2024, 2, 29), dt.date(2024, 2, 29), "day", -12) == (
        dt.date(2023, 2, 28),
        dt.date(2023, 2, 28),
    )


@pytest.mark.parametrize(
    "lang, anchor, sentences, expression, start, end",
    [
        (
            "pl",
            "2025-08-21",
            [
                "W pierwszym półroczu 2025 roku zysk wyniósł 5 mld zł wobec 3 mld zł "
                "tego samego okresu 2024 roku."
            ],
            "tego samego okresu 2024 roku",
            "2024-01-01",
            "2024-06-30",
        ),
        (
            "pl",
            "2025-08-21",
            [
                "Zysk w I półroczu 2025 r. wyniósł 5 mld zł.",
                "W analogicznym okresie 2023 roku było 2 mld zł.",
            ],
            "W analogicznym okresie 2023 roku",
            "2023-01-01",
            "2023-06-30",
        ),
        (
            "pl",
            "2025-10-15",
            [
                "W okresie styczeń-wrzesień 2025 r. wpływy wzrosły.",
                "To więcej niż w podobnym okresie 2024 r.",
            ],
            "niż w podobnym okresie 2024 r.",
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "en",
            "2025-10-30",
            [
                "Sales rose 5% in the third quarter of 2025.",
                "That compares with 3% in the same quarter of 2024.",
            ],
            "in the same quarter of 2024",
            "2024-07-01",
            "2024-09-30",
        ),
    ],
)
def test_the_story_period_in_a_named_year(lang, anchor, sentences, expression, start, end):
    found = {row[0]: row for row in read(sentences, anchor, lang)}
    assert found[expression][1:3] == (start, end)
    assert found[expression][4] is not None  # it says what it was read against


def test_the_story_period_in_a_named_year_without_a_period_is_that_year():
    found = read(["W analogicznym okresie 2023 roku było 2 mld zł."], "2025-08-21", "pl")
    assert found == [("W analogicznym okresie 2023 roku", "2023-01-01", "2023-12-31", "year", None)]
    alone = dates.normalise("the same period of 2024", dt.date(2025, 8, 21), "en")
    assert (str(alone.start), str(alone.end), alone.granularity) == (
        "2024-01-01",
        "2024-12-31",
        "year",
    )
