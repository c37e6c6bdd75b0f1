"""Quantities as published news writes them: scales glued or hyphenated, Indian
scales, hundredths of a currency, percentage points, ranges with no opener,
bare figures compared with the one before, currencies settled by the outlet's
country. Every sentence here is written for the test."""

import datetime as dt
from decimal import Decimal

import pytest

from claims.extraction import extract_candidates, find_quantities
from claims.importing import import_article
from claims.models import Claim
from tests.factories import OutletFactory


def read(text, lang="en", country=None):
    return [
        (q.text, str(q.value), q.unit, q.qualifier)
        for q in find_quantities(text, lang, country=country)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is worth $1.1b.", ("$1.1b", "1100000000", "USD", "exact")),
        ("It lost $2b last year.", ("$2b", "2000000000", "USD", "exact")),
        ("A 55-percent jump.", ("55-percent", "55", "%", "exact")),
        ("A 12-per-cent cut.", ("12-per-cent", "12", "%", "exact")),
        ("The $79-million hole.", ("$79-million", "79000000", "USD", "exact")),
        ("A 90-day review.", ("90-day", "90", "days", "exact")),
        ("The dam got 219mm of rain.", ("219mm", "219", "mm", "exact")),
        ("It gained 5cm.", ("5cm", "5", "cm", "exact")),
    ],
)
def test_scales_and_units_written_onto_the_number(text, expected):
    assert read(text) == [expected]


def test_a_hyphen_into_a_longer_compound_is_an_adjective():
    assert read("A 35-year-old driver died.") == []
    assert find_quantities("To 5-letni plan.", "pl") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit was Rs 72.5 crore.", "725000000"),
        ("Profit was Rs.12 crore.", "120000000"),
        ("It paid ₹ 3 lakh.", "300000"),
        ("It paid INR 40 crores.", "400000000"),
    ],
)
def test_indian_scales_and_rupees(text, value):
    [(_, found, unit, _)] = read(text)
    assert (found, unit) == (value, "INR")


def test_lakh_scales_a_counted_noun():
    assert read("It sold 12.5 lakh tonnes.") == [("12.5 lakh tonnes", "1250000", "tonnes", "exact")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Shares fell 40 cents.", "en", ("40 cents", "0.4", "USD")),
        ("Bread costs 90 pence.", "en", ("90 pence", "0.9", "GBP")),
        ("Bilet zdrożał o 50 groszy.", "pl", ("50 groszy", "0.5", "PLN")),
        ("Cena spadła o 20 gr.", "pl", ("20 gr.", "0.2", "PLN")),
    ],
)
def test_hundredths_of_a_currency(text, lang, expected):
    [(found_text, value, unit, _)] = read(text, lang)
    assert (found_text, value, unit) == expected


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Stopa wzrosła o 0,5 punktu proc.", "pl", "pp"),
        ("Stopa wzrosła o 0,5 pkt. proc.", "pl", "pp"),
        ("RPP obniżyła stopy o 50 pkt bazowych.", "pl", "bp"),
        ("RPP obniżyła stopy o 25 punktów bazowych.", "pl", "bp"),
        ("The bank cut by 50 basis points.", "en", "bp"),
        ("Turnout fell 3 ppt.", "en", "pp"),
    ],
)
def test_percentage_and_basis_points(text, lang, unit):
    [(_, _, found_unit, _)] = read(text, lang)
    assert found_unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "span", "low", "high"),
    [
        ("Some 30 to 40 per cent of voters agreed.", "en", "Some 30 to 40 per cent", "30", "40"),
        ("It will take two to four years.", "en", "two to four years", "2", "4"),
        (
            "They expect $2.1 billion to $2.4 billion.",
            "en",
            "$2.1 billion to $2.4 billion",
            "2100000000",
            "2400000000",
        ),
        ("Analitycy widzą od 2,5 proc. do 3 proc.", "pl", "od 2,5 proc. do 3 proc.", "2.5", "3"),
        ("Zatrudni 40 do 60 osób.", "pl", "40 do 60 osób", "40", "60"),
    ],
)
def test_ranges(text, lang, span, low, high):
    [found] = find_quantities(text, lang)
    assert (found.text, found.low, found.high, found.qualifier) == (
        span,
        Decimal(low),
        Decimal(high),
        "approx",
    )


def test_a_change_or_a_score_is_not_a_range():
    assert [q.text for q in find_quantities("Inflation rose 3% to 5%.", "en")] == ["3%", "5%"]
    assert [q.low for q in find_quantities("The vote was 60 to 40.", "en")] == [None, None]


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        ("It had 1,200 jobs, down from 1,350 in May.", "en", ("1,350", "1350", "jobs")),
        ("Sales were $4m, up from 3.2 a year ago.", "en", ("3.2", "3200000", "USD")),
        ("Inflacja wyniosła 4,1 proc. wobec 3,9 w maju.", "pl", ("3,9", "3.9", "%")),
        ("It hit 6.1% compared with 5.8 before.", "en", ("5.8", "5.8", "%")),
    ],
)
def test_a_bare_figure_compared_with_the_previous_takes_its_unit(text, lang, second):
    found = read(text, lang)
    assert found[1][:3] == second


def test_a_bare_figure_far_from_the_previous_keeps_no_unit():
    text = "It had 1,200 jobs in the region and the wider county, and later, against 900."
    assert read(text)[1][2] == ""


def test_level_words_introduce_amounts_but_label_plain_numbers():
    assert read("Inflacja ma osiągnąć poziom 6 proc.", "pl") == [("6 proc.", "6", "%", "exact")]
    assert read("Alarm osiągnął poziom 3.", "pl") == []


@pytest.mark.parametrize(
    ("country", "unit", "inferred"),
    [
        ("NZ", "NZD", True),
        ("AU", "AUD", True),
        ("CA", "CAD", True),
        ("US", "USD", True),
        (None, "USD", True),
        ("PL", "USD", True),
    ],
)
def test_a_bare_dollar_follows_the_outlet_country(country, unit, inferred):
    [found] = find_quantities("Rates rose by $120 a year.", "en", country=country)
    assert (found.unit, found.unit_inferred) == (unit, inferred)


def test_a_written_currency_is_never_inferred():
    for text, unit in [
        ("It cost NZ$40m.", "NZD"),
        ("It cost US$40m.", "USD"),
        ("It cost A$40m.", "AUD"),
        ("It cost 40 zł.", "PLN"),
    ]:
        [found] = find_quantities(text, "en" if "zł" not in text else "pl", country="NZ")
        assert (found.unit, found.unit_inferred) == (unit, False)


def test_cents_follow_the_country_too():
    [irish] = find_quantities("Petrol rose by 9 cent a litre.", "en", country="IE")
    [kiwi] = find_quantities("Petrol rose by 9 cents a litre.", "en", country="NZ")
    assert (irish.unit, irish.value, irish.unit_inferred) == ("EUR", Decimal("0.09"), True)
    assert (kiwi.unit, kiwi.value) == ("NZD", Decimal("0.09"))


def test_yen_and_kronor():
    [yen] = find_quantities("It costs ¥500.", "en", country="CN")
    [kr] = find_quantities("It costs 500 kr.", "en", country="NO")
    [unknown] = find_quantities("It costs 500 kr.", "en")
    assert (yen.unit, kr.unit, kr.unit_inferred) == ("CNY", "NOK", True)
    assert (unknown.unit, unknown.unit_inferred) == ("kr", False)


# The sentence a quantity stands in must reach the finder at all.

ANCHOR = dt.date(2021, 3, 4)


def sentences_with(text, lang):
    return [
        (c.sentence, [q.text for q in c.quantities]) for c in extract_candidates(text, ANCHOR, lang)
    ]


@pytest.mark.parametrize(
    "mark", ["(PAP)", "(PAP Biznes)", "/PAP/", "(ISBnews)", "(Reuters)", "(PAP)."]
)
def test_a_closing_agency_mark_keeps_the_last_sentence(mark):
    text = f"Spółka podała wyniki. Zysk wzrósł o 12 proc., a przychody o 4 mln zł {mark}"
    [(sentence, quantities)] = sentences_with(text, "pl")
    assert sentence.startswith("Zysk wzrósł")
    assert quantities == ["12 proc.", "4 mln zł"]


def test_a_sentence_ending_in_a_colon_is_read():
    text = "Bank podał, że w marcu udzielił kredytów na 3 mld zł, a w kwietniu:"
    assert sentences_with(text, "pl") == [(text, ["3 mld zł"])]


def test_a_credit_line_alone_is_still_not_a_sentence():
    assert extract_candidates("Zysk wyniósł 5 mln zł.\n(PAP)", ANCHOR, "pl")[-1].sentence == (
        "Zysk wyniósł 5 mln zł."
    )


def test_the_outlet_country_reaches_the_candidates():
    [candidate] = extract_candidates("Council rates rose by $120.", ANCHOR, "en", country="NZ")
    [quantity] = candidate.quantities
    assert (quantity.unit, quantity.unit_inferred) == ("NZD", True)
    assert candidate.to_dict()["quantities"][0]["unit_inferred"] is True


@pytest.mark.django_db
def test_the_importer_reads_dollars_by_the_outlet_country_and_says_so(client):
    outlet = OutletFactory(name="Otago Daily", country="NZ", language="en")
    report = import_article(
        text="The council said rates would rise by $120 next year for most homes.",
        outlet=outlet,
        published_at=dt.datetime(2021, 3, 4, 9, 0, tzinfo=dt.UTC),
        lang="en",
    )
    [claim] = report.claims_created
    assert (claim.quantity_unit, claim.quantity_unit_inferred) == ("NZD", True)
    claim.review_status = Claim.ReviewStatus.PUBLISHED
    claim.verdict = Claim.Verdict.TRUE
    claim.is_candidate = False
    claim.save()
    body = client.get(f"/api/v1/claims/{claim.pk}/").json()
    assert body["quantity"]["unit"] == "NZD"
    assert body["quantity"]["unit_inferred"] is True


@pytest.mark.django_db
def test_a_written_currency_is_not_marked_inferred_on_import():
    outlet = OutletFactory(name="Otago Daily", country="NZ", language="en")
    report = import_article(
        text="The council said rates would rise by US$120 next year for most homes.",
        outlet=outlet,
        published_at=dt.datetime(2021, 3, 4, 9, 0, tzinfo=dt.UTC),
        lang="en",
    )
    [claim] = report.claims_created
    assert (claim.quantity_unit, claim.quantity_unit_inferred) == ("USD", False)


def test_a_length_of_time_inside_a_date_is_a_quantity_too():
    [candidate] = extract_candidates("Prices are the highest in 25 years, it said.", ANCHOR, "en")
    assert [d.text for d in candidate.dates] == ["in 25 years"]
    assert [(q.text, q.unit) for q in candidate.quantities] == [("25 years", "years")]


def test_a_calendar_date_still_yields_no_quantity():
    [candidate] = extract_candidates("It opened on 12 May 2019, it said.", ANCHOR, "en")
    assert candidate.quantities == ()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Stopa może wzrosnąć w okolice 6 proc.", "pl", ("w okolice 6 proc.", "6", "%", "approx")),
        (
            "Zostanie na poziomie zbliżonym do 4 proc.",
            "pl",
            ("zbliżonym do 4 proc.", "4", "%", "approx"),
        ),
        ("Rosła w tempie 3,1-procentowym.", "pl", ("3,1-procentowym", "3.1", "%", "exact")),
        ("Le taux gagne +0,4 point.", "fr", ("0,4 point", "0.4", "point", "exact")),
        ("Prices rose +2.5% on the year.", "en", ("2.5%", "2.5", "%", "exact")),
    ],
)
def test_approximations_percent_adjectives_and_signed_changes(text, lang, expected):
    assert read(text, lang) == [expected]


def test_a_phone_number_with_a_plus_is_not_an_amount():
    assert [q.text for q in find_quantities("Dial +44 for details.", "en")] == []
