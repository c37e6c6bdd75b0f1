"""Quantities: one line per case, Polish and English, amounts and non-amounts."""

import datetime as dt
from decimal import Decimal

import pytest

from claims.extraction import QUALIFIERS, extract_candidates, find_quantities
from tests.claims import test_quantities_de_fr_es as de_fr_es

# fmt: off
# (lang, text, quantity text, value, unit, qualifier)
SINGLE = [
    # Scale words.
    ("pl", "Wyciek dotyczył 87 mln użytkowników.", "87 mln użytkowników", "87000000", "users", "exact"),
    ("pl", "Spółka zapłaci 1,5 mld zł kary.", "1,5 mld zł", "1500000000", "PLN", "exact"),
    ("pl", "Zebrano 300 tys. podpisów.", "300 tys. podpisów", "300000", "podpisów", "exact"),
    ("pl", "Dług wynosi 2 bln zł.", "2 bln zł", "2000000000000", "PLN", "exact"),
    ("pl", "Budżet to 4 miliardy złotych.", "4 miliardy złotych", "4000000000", "PLN", "exact"),
    ("pl", "Kosztowało to 12mln zł.", "12mln zł", "12000000", "PLN", "exact"),
    ("en", "It was fined $2.3bn last year.", "$2.3bn", "2300000000", "USD", "exact"),
    ("en", "The app has 50 million downloads.", "50 million downloads", "50000000", "downloads", "exact"),
    ("en", "A €1.5 million grant was awarded.", "€1.5 million", "1500000", "EUR", "exact"),
    ("en", "The deal is worth $5m.", "$5m", "5000000", "USD", "exact"),
    ("en", "He earns £300k a year.", "£300k", "300000", "GBP", "exact"),
    ("en", "Debt reached $1.2 trillion.", "$1.2 trillion", "1200000000000", "USD", "exact"),
    ("en", "The bank lent US$4.5bn.", "US$4.5bn", "4500000000", "USD", "exact"),
    ("en", "Revenue was 7 billion dollars.", "7 billion dollars", "7000000000", "USD", "exact"),
    # Qualifiers, Polish.
    ("pl", "Dotyczyło to nawet 87 mln użytkowników.", "nawet 87 mln użytkowników", "87000000", "users", "up_to"),
    ("pl", "Dołączyło ponad 12 różnych firm.", "ponad 12 różnych firm", "12", "companies", "more_than"),
    ("pl", "Przyszło ok. 300 tys. osób.", "ok. 300 tys. osób", "300000", "people", "approx"),
    ("pl", "Na sali było około 40 osób.", "około 40 osób", "40", "people", "approx"),
    ("pl", "Zatrudnia przeszło 100 pracowników.", "przeszło 100 pracowników", "100", "employees", "more_than"),
    ("pl", "Ma co najmniej 5 banków.", "co najmniej 5 banków", "5", "banks", "at_least"),
    ("pl", "Wzięło udział przynajmniej 7 krajów.", "przynajmniej 7 krajów", "7", "countries", "at_least"),
    ("pl", "Dopłata wyniesie maksymalnie 18 750 zł.", "maksymalnie 18 750 zł", "18750", "PLN", "at_most"),
    # An amount in two scales is one amount.
    ("pl", "Zysk wyniósł 5 mld 932 mln zł.", "5 mld 932 mln zł", "5932000000", "PLN", "exact"),
    ("pl", "Wydano ok. 2 mln 300 tys. zł.", "ok. 2 mln 300 tys. zł", "2300000", "PLN", "approx"),
    ("pl", "To mniej niż 3 proc. rynku.", "mniej niż 3 proc.", "3", "%", "less_than"),
    ("pl", "Inflacja spadła poniżej 4%.", "poniżej 4%", "4", "%", "less_than"),
    ("pl", "Ma blisko 200 klientów.", "blisko 200 klientów", "200", "customers", "approx"),
    ("pl", "Przyszło prawie 50 osób.", "prawie 50 osób", "50", "people", "approx"),
    ("pl", "Zysk wyniósł aż 9 mln zł.", "aż 9 mln zł", "9000000", "PLN", "up_to"),
    ("pl", "Spółce grozi kara do 20 mln euro.", "do 20 mln euro", "20000000", "EUR", "up_to"),
    ("pl", "Przychody przekroczyły 600 mln zł.", "przekroczyły 600 mln zł", "600000000", "PLN", "more_than"),
    ("pl", "Cena nie może przekroczyć 125 tys. zł.", "przekroczyć 125 tys. zł", "125000", "PLN", "at_most"),
    ("pl", "Obsługuje niespełna 2 mln kont.", "niespełna 2 mln kont", "2000000", "accounts", "less_than"),
    ("pl", "Pensja wzrośnie do 2600 zł.", "2600 zł", "2600", "PLN", "exact"),
    # Qualifiers, English.
    ("en", "It affected up to 87 million users.", "up to 87 million users", "87000000", "users", "up_to"),
    ("en", "As many as 300 people were hurt.", "As many as 300 people", "300", "people", "up_to"),
    ("en", "More than 12 companies joined.", "More than 12 companies", "12", "companies", "more_than"),
    ("en", "It now has over 2.4 billion users.", "over 2.4 billion users", "2400000000", "users", "more_than"),
    ("en", "Shares are above 40% of the total.", "above 40%", "40", "%", "more_than"),
    ("en", "At least 150 countries were hit.", "At least 150 countries", "150", "countries", "at_least"),
    ("en", "No fewer than 9 banks applied.", "No fewer than 9 banks", "9", "banks", "at_least"),
    ("en", "It will hire at most 20 staff.", "at most 20 staff", "20", "employees", "at_most"),
    ("en", "Pay no more than $10 a month.", "no more than $10", "10", "USD", "at_most"),
    ("en", "Fewer than 5% replied.", "Fewer than 5%", "5", "%", "less_than"),
    ("en", "It took less than 3 days.", "less than 3 days", "3", "days", "less_than"),
    ("en", "Delivery in under 15 minutes.", "under 15 minutes", "15", "minutes", "less_than"),
    ("en", "About 10,000 people marched.", "About 10,000 people", "10000", "people", "approx"),
    ("en", "Around 20 firms bid.", "Around 20 firms", "20", "companies", "approx"),
    ("en", "Roughly 30 customers complained.", "Roughly 30 customers", "30", "customers", "approx"),
    ("en", "Nearly 40 countries signed.", "Nearly 40 countries", "40", "countries", "approx"),
    ("en", "Some 500 million users were exposed.", "Some 500 million users", "500000000", "users", "approx"),
    ("en", "Approximately 60 employees left.", "Approximately 60 employees", "60", "employees", "approx"),
    ("en", "Prices rose ~7% this week.", "~7%", "7", "%", "approx"),
    ("en", "Sales exceeded 5 million units.", "exceeded 5 million units", "5000000", "units", "more_than"),
    # Percentages and points.
    ("pl", "Wzrost wyniósł 30 proc.", "30 proc.", "30", "%", "exact"),
    ("pl", "Stopa spadła o 30 procent.", "30 procent", "30", "%", "exact"),
    ("pl", "Udział wynosi 0,6 proc. rynku.", "0,6 proc.", "0.6", "%", "exact"),
    ("pl", "Stopy wzrosły o 0,5 pkt proc. w górę.", "0,5 pkt proc.", "0.5", "pp", "exact"),
    ("en", "Sales fell 30%.", "30%", "30", "%", "exact"),
    ("en", "Turnout was 64 per cent.", "64 per cent", "64", "%", "exact"),
    ("en", "Rates rose 2.5 percent.", "2.5 percent", "2.5", "%", "exact"),
    ("en", "Yields rose 25 basis points.", "25 basis points", "25", "bp", "exact"),
    # Digit grouping and decimals.
    ("pl", "Protestowało 1 500 000 osób.", "1 500 000 osób", "1500000", "people", "exact"),
    ("pl", "Zapłacono 1.500.000 zł.", "1.500.000 zł", "1500000", "PLN", "exact"),
    ("pl", "Kara wyniosła 12.500,50 zł.", "12.500,50 zł", "12500.5", "PLN", "exact"),
    ("pl", "Obroty: 1.250.000,75 zł.", "1.250.000,75 zł", "1250000.75", "PLN", "exact"),
    ("pl", "Pensja to 5 236,6 zł brutto.", "5 236,6 zł", "5236.6", "PLN", "exact"),
    ("en", "It fined 1,500,000 accounts.", "1,500,000 accounts", "1500000", "accounts", "exact"),
    ("en", "Costs were £500,000 in total.", "£500,000", "500000", "GBP", "exact"),
    ("en", "The fee is $4.99.", "$4.99", "4.99", "USD", "exact"),
    # Currencies.
    ("pl", "Wydano 812 tys. dolarów.", "812 tys. dolarów", "812000", "USD", "exact"),
    ("pl", "Kosztuje 100 euro.", "100 euro", "100", "EUR", "exact"),
    ("pl", "Bilet kosztuje 20 funtów.", "20 funtów", "20", "GBP", "exact"),
    ("pl", "Kredyt na 50 tys. franków szwajcarskich.", "50 tys. franków szwajcarskich", "50000", "CHF", "exact"),
    ("pl", "Wpływy wyniosły 5 mln USD.", "5 mln USD", "5000000", "USD", "exact"),
    ("pl", "Przelano 3,5 mln PLN.", "3,5 mln PLN", "3500000", "PLN", "exact"),
    ("en", "A basket costs about 90 zlotys.", "about 90 zlotys", "90", "PLN", "approx"),
    ("en", "It paid 40 Swiss francs.", "40 Swiss francs", "40", "CHF", "exact"),
    ("en", "They paid €20 each.", "€20", "20", "EUR", "exact"),
    # Number words.
    ("pl", "Było tam dwa miliony ludzi.", "dwa miliony ludzi", "2000000", "people", "exact"),
    ("pl", "Ukarano trzy banki.", "trzy banki", "3", "banks", "exact"),
    ("pl", "Zebrano pół miliona podpisów.", "pół miliona podpisów", "500000", "podpisów", "exact"),
    ("pl", "Kupiło go milion użytkowników.", "milion użytkowników", "1000000", "users", "exact"),
    ("pl", "Zatrudni dwadzieścia pięć osób.", "dwadzieścia pięć osób", "25", "people", "exact"),
    ("en", "Two million users signed up.", "Two million users", "2000000", "users", "exact"),
    ("en", "A million people watched.", "A million people", "1000000", "people", "exact"),
    ("en", "It hired twenty-five engineers.", "twenty-five engineers", "25", "engineers", "exact"),
    ("en", "Half a million customers left.", "Half a million customers", "500000", "customers", "exact"),
    ("en", "A dozen banks joined.", "A dozen banks", "12", "banks", "exact"),
    ("en", "Two hundred and fifty people came.", "Two hundred and fifty people", "250", "people", "exact"),
    ("pl", "Kupiono tuzin jaj.", "tuzin jaj", "12", "jaj", "exact"),
    # Multiplicatives.
    ("pl", "Sprzedaż wzrosła dwukrotnie.", "dwukrotnie", "2", "times", "exact"),
    ("pl", "Zysk był 5-krotnie wyższy.", "5-krotnie", "5", "times", "exact"),
    ("en", "Orders grew sixfold.", "sixfold", "6", "times", "exact"),
    ("en", "The fine was almost 20 times larger.", "almost 20 times", "20", "times", "approx"),
    # Units: nouns, adjectives in between, unknown nouns, none.
    ("en", "It runs 12 so-called dark stores.", "12 so-called dark stores", "12", "stores", "exact"),
    ("en", "It had 87 million Facebook users.", "87 million Facebook users", "87000000", "users", "exact"),
    ("en", "Talks included 12 U.S. banks.", "12 U.S. banks", "12", "banks", "exact"),
    ("pl", "Zablokowano 265 fałszywych kont.", "265 fałszywych kont", "265", "accounts", "exact"),
    ("pl", "Działa 1 152 ogólnodostępnych stacji.", "1 152 ogólnodostępnych stacji", "1152", "stations", "exact"),
    ("en", "It employs some 200 couriers.", "some 200 couriers", "200", "couriers", "approx"),
    ("en", "The count was 48 of the total.", "48", "48", "", "exact"),
    ("pl", "Liczba wzrosła o ok. 3,8 tys.", "ok. 3,8 tys.", "3800", "", "approx"),
    ("en", "Numbers reached 2016 users.", "2016 users", "2016", "users", "exact"),
    # Fractions in words: a share of what follows, read as a percentage.
    ("pl", "Połowa użytkowników odeszła.", "Połowa", "50", "%", "exact"),
    ("pl", "Firma straciła połowę klientów.", "połowę", "50", "%", "exact"),
    ("pl", "Ponad połowa Polaków to popiera.", "Ponad połowa", "50", "%", "more_than"),
    ("pl", "Jedna trzecia banków odmówiła.", "Jedna trzecia", "33.33", "%", "exact"),
    ("pl", "Dotyczy to jednej trzeciej firm.", "jednej trzeciej", "33.33", "%", "exact"),
    ("pl", "Dwie trzecie użytkowników to kobiety.", "Dwie trzecie", "66.67", "%", "exact"),
    ("pl", "Ćwierć ankietowanych nie ma konta.", "Ćwierć", "25", "%", "exact"),
    ("pl", "Jedna piąta kredytów to frankowe.", "Jedna piąta", "20", "%", "exact"),
    ("en", "Half of the users left.", "Half", "50", "%", "exact"),
    ("en", "More than half the banks refused.", "More than half", "50", "%", "more_than"),
    ("en", "A half of the fund was lost.", "A half", "50", "%", "exact"),
    ("en", "A third of the banks refused.", "A third", "33.33", "%", "exact"),
    ("en", "One third of its staff quit.", "One third", "33.33", "%", "exact"),
    ("en", "Nearly a quarter of customers left.", "Nearly a quarter", "25", "%", "approx"),
    ("en", "One quarter of the firms paid.", "One quarter", "25", "%", "exact"),
    ("en", "Two-thirds of voters agreed.", "Two-thirds", "66.67", "%", "exact"),
    ("en", "Two thirds of voters agreed.", "Two thirds", "66.67", "%", "exact"),
    ("en", "A fifth of the loans failed.", "A fifth", "20", "%", "exact"),
    # Fractions before a scale word multiply it, as "pół miliona" does.
    ("pl", "Zebrano ćwierć miliona podpisów.", "ćwierć miliona podpisów", "250000", "podpisów", "exact"),
    ("en", "A quarter of a million people marched.", "A quarter of a million people", "250000", "people", "exact"),
    ("en", "Three quarters of a million people voted.", "Three quarters of a million people", "750000", "people", "exact"),
]
# fmt: on

# fmt: off
# (lang, text, quantity text, value, unit, low, high)
VAGUE = [
    ("pl", "Dołączyło kilkanaście banków.", "kilkanaście banków", "15", "banks", "11", "19"),
    ("pl", "Zgłosiło się kilka firm.", "kilka firm", "6", "companies", "3", "9"),
    ("pl", "Przyszło kilkadziesiąt osób.", "kilkadziesiąt osób", "55", "people", "20", "90"),
    ("pl", "Zatrudnia kilkaset osób.", "kilkaset osób", "550", "people", "200", "900"),
    ("pl", "Założono kilkanaście tysięcy kont.", "kilkanaście tysięcy kont", "15000", "accounts", "11000", "19000"),
    ("pl", "Protestowały setki tysięcy ludzi.", "setki tysięcy ludzi", "550000", "people", "200000", "900000"),
    ("pl", "Działa w kilkunastu krajach.", "kilkunastu krajach", "15", "countries", "11", "19"),
    ("en", "Several companies bid.", "Several companies", "6", "companies", "3", "9"),
    ("en", "Dozens of developers quit.", "Dozens of developers", "55", "developers", "20", "90"),
    ("en", "Tens of thousands of people marched.", "Tens of thousands of people", "55000", "people", "20000", "90000"),
    ("en", "Hundreds of thousands of users left.", "Hundreds of thousands of users", "550000", "users", "200000", "900000"),
    ("en", "A few banks refused.", "A few banks", "3", "banks", "2", "4"),
    ("pl", "Przychody wzrosły kilkukrotnie.", "kilkukrotnie", "6", "times", "3", "9"),
    ("pl", "Podwyżki od 10 do 15 tys. osób.", "od 10 do 15 tys. osób", "12500", "people", "10000", "15000"),
    ("pl", "Wzrost o 10-15 proc. rocznie.", "10-15 proc.", "12.5", "%", "10", "15"),
    ("en", "Revenue of between $85.5bn and $89.5bn.", "between $85.5bn and $89.5bn", "87500000000", "USD", "85500000000", "89500000000"),
    ("en", "It will cut 10–15 million jobs.", "10–15 million jobs", "12500000", "jobs", "10000000", "15000000"),
    # "From" without a verb of change frames a range.
    ("en", "Fines range from 10 to 15 million euros.", "from 10 to 15 million euros", "12500000", "EUR", "10000000", "15000000"),
    ("pl", "Kara wyniesie od 10 do 15 mln zł.", "od 10 do 15 mln zł", "12500000", "PLN", "10000000", "15000000"),
]
# fmt: on

# fmt: off
# Texts that hold no quantity at all.
NONE = [
    ("pl", "Spotkanie odbyło się w 2016 roku."),
    ("pl", "Decyzję ogłoszono 3 października."),
    ("pl", "Stało się to 20 września 2018 r. rano."),
    ("pl", "Termin minął 2018-09-20."),
    ("pl", "Dokument z 20.09.2018 jest jawny."),
    ("pl", "Ogłoszono to na konferencji F8."),
    ("pl", "Wyniki za Q2 były słabe."),
    ("pl", "Pandemia COVID-19 zmieniła rynek."),
    ("pl", "Wyniki w 3. kwartale były słabe."),
    ("pl", "Spotkanie o godz. 10:30 przełożono."),
    ("pl", "Sprawa nr 5 trafiła do sądu."),
    ("pl", "Zgodnie z art. 3 ustawy to legalne."),
    ("pl", "To był 5-letni plan."),
    ("pl", "Jeden z banków wycofał się z rozmów."),
    ("pl", "W latach 2017-2018 nic się nie zmieniło."),
    ("pl", "Tesla Model 3 była najpopularniejsza."),
    ("en", "The meeting was held in 2017."),
    ("en", "Apple launched the iPhone 7 in September."),
    ("en", "Computers running Windows 10 were not affected."),
    ("en", "It happened on October 3, 2018."),
    ("en", "One of the banks pulled out."),
    ("en", "A 22-year-old researcher found it."),
    ("en", "The 1990s were different."),
    ("en", "It was the 21st attempt."),
    ("en", "Phones with 4G and 5G support."),
    ("en", "The score was 3:1 at half time."),
    ("en", "It works 24/7 now."),
    ("en", "Rule No. 5 applies."),
    ("en", "1. Facebook negotiated with banks."),
    # Halves and quarters of the calendar or of a match are not shares.
    ("pl", "W połowie 2018 roku ruszył program."),
    ("pl", "W drugiej połowie roku sprzedaż wzrośnie."),
    ("pl", "Druga połowa sezonu była słaba."),
    ("pl", "Do połowy przyszłego roku nic się nie zmieni."),
    ("pl", "Wyniki w drugim kwartale były słabe."),
    ("pl", "Od tego minęło ćwierć wieku."),
    ("en", "Revenue rose in the third quarter."),
    ("en", "Profit fell in the first half of 2018."),
    ("en", "Half of the year was lost."),
    ("en", "The teams were level at half-time."),
    ("en", "He scored in the second half of the match."),
    ("en", "The talks lasted a quarter of an hour."),
    ("en", "A third party was involved."),
]
# fmt: on

# fmt: off
# (lang, text, [(quantity text, value, unit), ...]): "from X to Y" that reports a
# change is two quantities; the first takes the scale and unit written after the
# second when it has none of its own.
CHANGES = [
    ("pl", "Przychody wzrosły z 10 do 15 mln zł.", [("10", "10000000", "PLN"), ("15 mln zł", "15000000", "PLN")]),
    ("pl", "Stopa wzrosła z 5 do 7 proc.", [("5", "5", "%"), ("7 proc.", "7", "%")]),
    ("pl", "Przychody wzrosły z 10 tys. do 15 mln zł.", [("10 tys.", "10000", "PLN"), ("15 mln zł", "15000000", "PLN")]),
    ("pl", "Przychody wzrosły z 800 do 1,2 mln zł.", [("800", "800", "PLN"), ("1,2 mln zł", "1200000", "PLN")]),
    ("en", "Revenue rose from 10 to 15 million euros.", [("10", "10000000", "EUR"), ("15 million euros", "15000000", "EUR")]),
    ("en", "Revenue fell sharply from 15 to 10 million euros.", [("15", "15000000", "EUR"), ("10 million euros", "10000000", "EUR")]),
    ("en", "The rate rose from 5 to 7%.", [("5", "5", "%"), ("7%", "7", "%")]),
    ("en", "Users grew from 10 thousand to 2 million.", [("10 thousand", "10000", ""), ("2 million", "2000000", "")]),
    # "By X to Y": the size of the change, then the new figure.
    ("pl", "Przychody wzrosły o 5 do 15 mln zł.", [("5", "5000000", "PLN"), ("15 mln zł", "15000000", "PLN")]),
    ("pl", "Przychody wzrosły o ponad 5 do 15 mln zł.", [("o ponad 5", "5000000", "PLN"), ("15 mln zł", "15000000", "PLN")]),
    ("pl", "Liczba wzrosła o 800 do 1,2 mln osób.", [("800", "800", "people"), ("1,2 mln osób", "1200000", "people")]),
    ("pl", "Stopa wzrosła o 0,5 pkt proc. do 5,75 proc.", [("0,5 pkt proc.", "0.5", "pp"), ("5,75 proc.", "5.75", "%")]),
    ("en", "Revenue rose by 5 to 15 million euros.", [("5", "5000000", "EUR"), ("15 million euros", "15000000", "EUR")]),
    ("en", "Revenue rose by 1 to 150 million euros.", [("1", "1000000", "EUR"), ("150 million euros", "150000000", "EUR")]),
    ("en", "Unemployment fell by 52,000 to 1.34 million.", [("52,000", "52000", ""), ("1.34 million", "1340000", "")]),
    ("en", "Prices were cut by 5 to 10 per cent.", [("5", "5", "%"), ("10 per cent", "10", "%")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "span", "value", "unit", "qualifier"), SINGLE + de_fr_es.SINGLE
)
def test_a_stated_amount_is_read_with_its_value_unit_and_qualifier(
    lang, text, span, value, unit, qualifier
):
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    quantity = found[0]
    assert (quantity.text, quantity.value, quantity.unit, quantity.qualifier) == (
        span,
        Decimal(value),
        unit,
        qualifier,
    )
    assert text[quantity.start : quantity.end] == quantity.text
    assert str(quantity.value) == value
    assert (quantity.low, quantity.high) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "span", "value", "unit", "low", "high"), VAGUE + de_fr_es.VAGUE
)
def test_a_vague_count_or_range_carries_its_bounds(lang, text, span, value, unit, low, high):
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    quantity = found[0]
    assert quantity.text == span
    assert quantity.value == Decimal(value)
    assert quantity.unit == unit
    assert quantity.qualifier == "approx"
    assert (quantity.low, quantity.high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(("lang", "text"), NONE + de_fr_es.NONE)
def test_ordinals_years_dates_times_labels_and_model_names_are_not_quantities(lang, text):
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGES + de_fr_es.CHANGES)
def test_the_first_figure_of_a_change_takes_the_scale_and_unit_of_the_second(lang, text, expected):
    found = find_quantities(text, lang)
    assert [(q.text, str(q.value), q.unit) for q in found] == expected
    assert all((q.low, q.high) == (None, None) for q in found)


def test_a_share_and_a_date_on_the_same_word_stay_apart():
    text = "W połowie 2018 roku połowa użytkowników odeszła."
    (candidate,) = extract_candidates(text, dt.date(2019, 1, 1), "pl")
    assert [(q.text, str(q.value), q.unit) for q in candidate.quantities] == [("połowa", "50", "%")]
    assert [d.text for d in candidate.dates] == ["W połowie 2018 roku"]


def test_excluded_spans_yield_no_quantity():
    text = "Do 5 maja wpłynęło 12 skarg."
    assert [q.text for q in find_quantities(text, "pl", exclude=[(0, 8)])] == ["12 skarg"]
    assert find_quantities(text, "pl", exclude=[(0, len(text))]) == []


def test_a_unit_noun_inside_an_excluded_span_is_not_taken():
    text = "Wzrosło o 5 lat temu"
    found = find_quantities(text, "pl", exclude=[(12, len(text))])
    assert [(q.text, q.unit) for q in found] == [("5", "")]


def test_a_dozen_after_a_qualifier_keeps_the_qualifier():
    (quantity,) = find_quantities("More than a dozen firms joined.", "en")
    assert (quantity.value, quantity.qualifier, quantity.unit) == (
        Decimal(12),
        "more_than",
        "companies",
    )


def test_a_coordinated_polish_up_to_carries_to_the_second_amount():
    found = find_quantities("Grozi kara do 20 mln euro lub do 4 proc. obrotu.", "pl")
    assert [(q.text, q.qualifier) for q in found] == [
        ("do 20 mln euro", "up_to"),
        ("do 4 proc.", "up_to"),
    ]


def test_from_one_percentage_to_another_is_a_change_not_a_range():
    found = find_quantities("It rose from 5% to 7%.", "en")
    assert [(q.text, q.qualifier) for q in found] == [("5%", "exact"), ("7%", "exact")]


def test_several_quantities_come_back_in_text_order_with_exact_offsets():
    text = (
        "Bank zatrudnia 91 500 osób, ponad 40 proc. z nich w Niemczech, i ma 2,8 mld euro straty."
    )
    found = find_quantities(text, "pl")
    assert [q.text for q in found] == ["91 500 osób", "ponad 40 proc.", "2,8 mld euro"]
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


def test_every_qualifier_is_one_of_the_documented_values():
    text = "nawet 5, ponad 6, co najmniej 7, maksymalnie 8, mniej niż 9, około 10 i 11 osób"
    assert {q.qualifier for q in find_quantities(text, "pl")} <= set(QUALIFIERS)


def test_values_are_finite_decimals_and_overlong_digit_runs_are_ignored():
    text = "Konto 12345678901234567890123 i kwota 5 zł."
    found = find_quantities(text, "pl")
    assert [q.text for q in found] == ["5 zł"]
    assert all(q.value.is_finite() for q in found)


def test_languages_without_a_vocabulary_read_digits_and_symbols_only():
    found = find_quantities("La multa è di €20 e 30 %, non due milioni.", "it")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("€20", Decimal(20), "EUR"),
        ("30 %", Decimal(30), "%"),
    ]


def test_a_second_scale_no_smaller_than_one_unit_of_the_first_is_an_amount_of_its_own():
    found = [(q.text, str(q.value)) for q in find_quantities("Od 5 mld 1200 mln zł.", "pl")]
    assert found == [("5 mld", "5000000000"), ("1200 mln zł", "1200000000")]
