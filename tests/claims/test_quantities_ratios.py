"""Ratios, changes by a fraction and shares of a number: one line per case.

"One in five" and "co trzecia firma" state a share, read as a percentage like "połowa
użytkowników"; "spadła o połowę" and "halved" state the size of a change, read like "spadła o
50 proc."; "half of the 2,000 employees" states a share and a count, read as two quantities."""

import datetime as dt
from decimal import Decimal

import pytest

from claims.extraction import extract_candidates, find_quantities

# fmt: off
# (lang, text, quantity text, value in percent, qualifier): a ratio is a share.
RATIOS = [
    ("pl", "Co trzecia firma zbankrutowała.", "Co trzecia", "33.33", "exact"),
    ("pl", "Co piąty Polak nie ma konta.", "Co piąty", "20", "exact"),
    ("pl", "Problem dotyczy co drugiego kierowcy.", "co drugiego", "50", "exact"),
    ("pl", "Co dziesiąte dziecko choruje.", "Co dziesiąte", "10", "exact"),
    ("pl", "Prawie co czwarta osoba się zgodziła.", "Prawie co czwarta", "25", "approx"),
    ("pl", "Co trzeci z nich stracił pracę.", "Co trzeci", "33.33", "exact"),
    ("pl", "Jeden na pięciu Polaków nie ma konta.", "Jeden na pięciu", "20", "exact"),
    ("pl", "Jedna na pięć firm zbankrutowała.", "Jedna na pięć", "20", "exact"),
    ("pl", "Jedna na trzy osoby się zgodziła.", "Jedna na trzy", "33.33", "exact"),
    ("pl", "Prawie jeden na czterech klientów odszedł.", "Prawie jeden na czterech", "25", "approx"),
    ("pl", "Jeden na 5 Polaków nie ma konta.", "Jeden na 5", "20", "exact"),
    ("pl", "Jeden na dwadzieścia pięć osób choruje.", "Jeden na dwadzieścia pięć", "4", "exact"),
    ("pl", "Jeden na tysiąc kierowców jeździ bez prawa jazdy.", "Jeden na tysiąc", "0.1", "exact"),
    ("en", "One in five people agreed.", "One in five", "20", "exact"),
    ("en", "One in 10 banks failed.", "One in 10", "10", "exact"),
    ("en", "1 in 5 adults smoke.", "1 in 5", "20", "exact"),
    ("en", "One in three voters stayed home.", "One in three", "33.33", "exact"),
    ("en", "Nearly one in four customers left.", "Nearly one in four", "25", "approx"),
    ("en", "More than one in every five loans failed.", "More than one in every five", "20", "more_than"),
    ("en", "Nine out of ten doctors agree.", "Nine out of ten", "90", "exact"),
    ("en", "Three in four Americans own a phone.", "Three in four", "75", "exact"),
    ("en", "One in seven users never logs in.", "One in seven", "14.29", "exact"),
    ("en", "One in 1,000 accounts was hit.", "One in 1,000", "0.1", "exact"),
    ("en", "It affects one in a million users.", "one in a million", "0.0001", "exact"),
    ("en", "One in twenty-five users left.", "One in twenty-five", "4", "exact"),
    ("en", "One in twenty five users left.", "One in twenty five", "4", "exact"),
    ("en", "Three out of twenty-five doctors agree.", "Three out of twenty-five", "12", "exact"),
    ("de", "Jeder Fünfte ist betroffen.", "Jeder Fünfte", "20", "exact"),
    ("de", "Jede dritte Firma zahlt zu spät.", "Jede dritte", "33.33", "exact"),
    ("de", "Fast jeder zweite Deutsche nutzt das.", "Fast jeder zweite", "50", "approx"),
    ("de", "Das betrifft jedes vierte Kind.", "jedes vierte", "25", "exact"),
    ("de", "Einer von fünf ist betroffen.", "Einer von fünf", "20", "exact"),
    ("de", "Eine von drei Firmen zahlt zu spät.", "Eine von drei", "33.33", "exact"),
    ("de", "Eines von zehn Kindern ist krank.", "Eines von zehn", "10", "exact"),
    ("de", "Das trifft fast einen von 5 Deutschen.", "fast einen von 5", "20", "approx"),
    ("fr", "Un sur cinq a refusé.", "Un sur cinq", "20", "exact"),
    ("fr", "Un Français sur deux est inquiet.", "Un Français sur deux", "50", "exact"),
    ("fr", "Une entreprise sur trois a fermé.", "Une entreprise sur trois", "33.33", "exact"),
    ("fr", "Près d'un salarié sur quatre est parti.", "Près d'un salarié sur quatre", "25", "approx"),
    ("fr", "Un salarié sur vingt-cinq est parti.", "Un salarié sur vingt-cinq", "4", "exact"),
    ("es", "Uno de cada cinco se fue.", "Uno de cada cinco", "20", "exact"),
    ("es", "Una de cada tres empresas cerró.", "Una de cada tres", "33.33", "exact"),
    ("es", "Casi uno de cada diez españoles lo usa.", "Casi uno de cada diez", "10", "approx"),
    ("es", "Afecta a 1 de cada 4 clientes.", "1 de cada 4", "25", "exact"),
    ("es", "Uno de cada veinticinco usuarios se fue.", "Uno de cada veinticinco", "4", "exact"),
    ("es", "Uno de cada treinta y cinco se fue.", "Uno de cada treinta y cinco", "2.86", "exact"),
]

# (lang, text, quantity text, value in percent, qualifier): the size of a change stated by a
# fraction, read as "fell 50%" is.
CHANGES_BY_A_FRACTION = [
    ("pl", "Sprzedaż spadła o połowę.", "połowę", "50", "exact"),
    ("pl", "Liczba klientów wzrosła o połowę.", "połowę", "50", "exact"),
    ("pl", "Sprzedaż spadła o połowę w 2020 roku.", "połowę", "50", "exact"),
    ("pl", "Koszty zmniejszyły się o jedną trzecią.", "jedną trzecią", "33.33", "exact"),
    ("pl", "Zysk spadł o ponad połowę.", "o ponad połowę", "50", "more_than"),
    ("pl", "Firma przepołowiła zatrudnienie.", "przepołowiła", "50", "exact"),
    ("pl", "Zysk się przepołowił.", "przepołowił", "50", "exact"),
    ("pl", "Ceny przepołowiły się w rok.", "przepołowiły", "50", "exact"),
    ("en", "Profit halved.", "halved", "50", "exact"),
    ("en", "Profit more than halved last year.", "more than halved", "50", "more_than"),
    ("en", "The firm plans to halve emissions.", "halve", "50", "exact"),
    ("en", "Costs fell by half.", "half", "50", "exact"),
    ("en", "Sales rose by a third.", "a third", "33.33", "exact"),
    ("en", "Profit was cut in half.", "half", "50", "exact"),
    ("en", "The firm slashed its workforce in half.", "half", "50", "exact"),
    ("de", "Der Umsatz sank um die Hälfte.", "die Hälfte", "50", "exact"),
    ("de", "Der Gewinn hat sich halbiert.", "halbiert", "50", "exact"),
    ("de", "Die Kosten stiegen um ein Drittel.", "ein Drittel", "33.33", "exact"),
    ("fr", "Le bénéfice a baissé de moitié.", "moitié", "50", "exact"),
    ("fr", "Le bénéfice a baissé d'un tiers.", "un tiers", "33.33", "exact"),
    ("fr", "Le bénéfice a été divisé par deux.", "divisé par deux", "50", "exact"),
    ("fr", "Les ventes ont été divisées par deux en 2020.", "divisées par deux", "50", "exact"),
    ("fr", "Il faut diviser par deux les émissions.", "diviser par deux", "50", "exact"),
    ("es", "Las ventas se redujeron a la mitad.", "la mitad", "50", "exact"),
    ("es", "Las ventas se han reducido a la mitad.", "la mitad", "50", "exact"),
    ("es", "El paro creció en un tercio.", "un tercio", "33.33", "exact"),
]

# (lang, text, [(quantity text, value, unit), ...]): a share of a number is the share and the
# number, each read as what it is.
SHARES_OF_A_NUMBER = [
    ("en", "Half of the 2,000 employees left.", [("Half", "50", "%"), ("2,000 employees", "2000", "employees")]),
    ("en", "Half the 300 banks refused.", [("Half", "50", "%"), ("300 banks", "300", "banks")]),
    ("en", "A third of the $9bn was lost.", [("A third", "33.33", "%"), ("$9bn", "9000000000", "USD")]),
    ("pl", "Połowa z 87 mln użytkowników odeszła.", [("Połowa", "50", "%"), ("87 mln użytkowników", "87000000", "users")]),
    ("pl", "Jedna trzecia z 300 firm zbankrutowała.", [("Jedna trzecia", "33.33", "%"), ("300 firm", "300", "companies")]),
    ("de", "Die Hälfte der 2.000 Mitarbeiter geht.", [("Die Hälfte", "50", "%"), ("2.000 Mitarbeiter", "2000", "employees")]),
    ("fr", "La moitié des 2 000 salariés est partie.", [("La moitié", "50", "%"), ("2 000 salariés", "2000", "employees")]),
    ("es", "La mitad de los 2.000 empleados se fue.", [("La mitad", "50", "%"), ("2.000 empleados", "2000", "employees")]),
]

# Texts in which no ratio, change or share is read: stretches of time, parts of the calendar
# or of a match, events, ordinals, and what only looks like a ratio. Whatever else they hold
# is listed.
NOT_SHARES = [
    ("pl", "Co drugi dzień pada deszcz.", []),
    ("pl", "Przyjeżdża co czwartek.", []),
    ("pl", "Sklep jest otwarty co drugą niedzielę.", []),
    ("pl", "Co trzeci kwartał jest słaby.", []),
    ("pl", "Z czego tylko co trzecia oferowała szybkie ładowanie.", []),
    ("pl", "Połowa oferowała szybkie ładowanie.", []),
    ("pl", "Połowa 2018 roku była trudna.", []),
    ("pl", "Termin przesunięto o połowę roku.", []),
    ("pl", "W drugiej połowie roku sprzedaż spadła o 5 proc.", [("5 proc.", "5", "%")]),
    ("en", "Half of 2018 was lost.", []),
    ("en", "Prices fell by half of 2019.", []),
    ("en", "The flight was delayed by half an hour.", []),
    ("en", "He scored in both halves.", []),
    ("en", "The next halving is due in April.", []),
    ("en", "Sales doubled.", []),
    ("en", "He was the only one in 2018.", []),
    ("en", "It rains once or one in five years.", []),
    ("en", "Revenue rose by a third in the third quarter.", [("a third", "33.33", "%")]),
    ("en", "One in twenty-five years it floods.", []),
    ("en", "At one in the morning he left.", []),
    ("en", "He finished in half the time.", []),
    ("en", "The team cut the delay to zero in half an hour.", []),
    ("pl", "Jeden na pięć dni pada deszcz.", []),
    ("pl", "Kontrola przyjeżdża jeden na dwa tygodnie.", []),
    ("pl", "Spotkanie jeden na jeden z prezesem.", []),
    ("pl", "Rozmowa jeden na jednego.", []),
    ("de", "Er kommt jeden dritten Tag.", []),
    ("de", "Das passiert jedes dritte Mal.", []),
    ("de", "Die Hälfte der Zeit war er unterwegs.", []),
    ("de", "Der Umsatz sank um die Hälfte der Zeit.", []),
    ("de", "Einer von fünf Tagen ist frei.", []),
    ("de", "Einer von ihnen ist betroffen.", []),
    ("fr", "Il travaille un jour sur deux.", []),
    ("fr", "Une fois sur deux, il gagne.", []),
    ("fr", "Un impact sur deux secteurs.", [("deux secteurs", "2", "secteurs")]),
    ("fr", "Il a fait de moitié le chemin.", []),
    ("fr", "Le pays est divisé par deux camps.", [("deux camps", "2", "camps")]),
    ("fr", "Le bénéfice a été divisé par trois.", [("trois", "3", "")]),
    ("es", "Uno de cada tres días llueve.", []),
    ("es", "Una de cada tres veces falla.", []),
]
# fmt: on


def _the_one_percentage(text, lang, span, value, qualifier):
    """The only quantity found in `text`, checked to be `span` read as `value` per cent."""
    (quantity,) = find_quantities(text, lang)
    assert (quantity.text, str(quantity.value), quantity.unit, quantity.qualifier) == (
        span,
        value,
        "%",
        qualifier,
    )
    assert text[quantity.start : quantity.end] == quantity.text
    return quantity


@pytest.mark.parametrize(("lang", "text", "span", "value", "qualifier"), RATIOS)
def test_a_ratio_is_read_as_a_share_in_percent(lang, text, span, value, qualifier):
    quantity = _the_one_percentage(text, lang, span, value, qualifier)
    assert (quantity.low, quantity.high) == (None, None)


@pytest.mark.parametrize(("lang", "text", "span", "value", "qualifier"), CHANGES_BY_A_FRACTION)
def test_a_change_by_a_fraction_is_the_size_of_the_change_in_percent(
    lang, text, span, value, qualifier
):
    _the_one_percentage(text, lang, span, value, qualifier)


@pytest.mark.parametrize(("lang", "text", "expected"), SHARES_OF_A_NUMBER)
def test_a_share_of_a_number_reads_the_share_and_the_number_apart(lang, text, expected):
    found = find_quantities(text, lang)
    assert [(q.text, str(q.value), q.unit) for q in found] == expected
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_SHARES)
def test_time_events_ordinals_and_look_alikes_are_not_ratios_or_shares(lang, text, expected):
    found = find_quantities(text, lang)
    assert [(q.text, str(q.value), q.unit) for q in found] == expected


def test_the_numbers_of_a_ratio_are_not_read_as_counts():
    # Before ratios were read, "five people" was 5 people and "cinq" was 5.
    assert [q.text for q in find_quantities("One in five people agreed.", "en")] == ["One in five"]
    assert [q.text for q in find_quantities("Un sur cinq a refusé.", "fr")] == ["Un sur cinq"]


def test_a_ratio_and_the_amounts_around_it_come_back_in_order():
    text = "Z 1 152 stacji co trzecia stacja oferuje szybkie ładowanie za 2 zł."
    found = find_quantities(text, "pl")
    assert [(q.text, str(q.value), q.unit) for q in found] == [
        ("1 152 stacji", "1152", "stations"),
        ("co trzecia", "33.33", "%"),
        ("2 zł", "2", "PLN"),
    ]


def test_a_ratio_in_an_article_reaches_the_candidate():
    text = "Według GUS co piąty Polak nie ma konta. W 2018 roku było ich więcej."
    candidates = extract_candidates(text, dt.date(2020, 1, 1), "pl")
    assert [(q.text, q.value, q.unit) for c in candidates for q in c.quantities] == [
        ("co piąty", Decimal(20), "%")
    ]


# fmt: off
# (lang, text, [(quantity text, value in percent), ...]): the unit that opens the next ratio
# is not part of the tens of the one before.
RATIOS_SIDE_BY_SIDE = [
    ("en", "One in twenty one in thirty.", [("One in twenty", "5"), ("one in thirty", "3.33")]),
    ("es", "Uno de cada cuarenta y uno de cada cincuenta.", [("Uno de cada cuarenta", "2.5"), ("uno de cada cincuenta", "2")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "expected"), RATIOS_SIDE_BY_SIDE)
def test_two_ratios_side_by_side_are_read_apart(lang, text, expected):
    found = find_quantities(text, lang)
    assert [(q.text, str(q.value)) for q in found] == expected
    assert {q.unit for q in found} == {"%"}
