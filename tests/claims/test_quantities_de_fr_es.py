"""Quantities in German, French and Spanish: one line per case, amounts and non-amounts.

The tables SINGLE, VAGUE and NONE are read by the tests in test_quantities.py, with the Polish
and English ones; what is particular to these languages is tested here."""

import datetime as dt
from decimal import Decimal

import pytest

from claims.extraction import detect_language, extract_candidates, find_quantities, split_sentences

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space, the French typographic thousands separator

# fmt: off
# (lang, text, quantity text, value, unit, qualifier)
SINGLE = [
    # German: scale words, abbreviated and written out.
    ("de", "Betroffen waren 87 Mio. Nutzer.", "87 Mio. Nutzer", "87000000", "users", "exact"),
    ("de", "Die Strafe beträgt 1,5 Mio. Euro.", "1,5 Mio. Euro", "1500000", "EUR", "exact"),
    ("de", "Der Umsatz lag bei 2,3 Milliarden Euro.", "2,3 Milliarden Euro", "2300000000", "EUR", "exact"),
    ("de", "Der Verlust betrug 4 Mrd. US-Dollar.", "4 Mrd. US-Dollar", "4000000000", "USD", "exact"),
    ("de", "Gesammelt wurden 300 Tsd. Unterschriften.", "300 Tsd. Unterschriften", "300000", "unterschriften", "exact"),
    ("de", "Die Schulden liegen bei 2 Billionen Euro.", "2 Billionen Euro", "2000000000000", "EUR", "exact"),
    ("de", "Es sind 1 Million Kunden.", "1 Million Kunden", "1000000", "customers", "exact"),
    # German: separators.
    ("de", "Der Konzern beschäftigt 1.500 Mitarbeiter.", "1.500 Mitarbeiter", "1500", "employees", "exact"),
    ("de", "Der Schaden beträgt 1.250.000 Euro.", "1.250.000 Euro", "1250000", "EUR", "exact"),
    ("de", "Der Preis liegt bei 12,99 €.", "12,99 €", "12.99", "EUR", "exact"),
    # German: qualifiers.
    ("de", "Betroffen waren bis zu 87 Mio. Nutzer.", "bis zu 87 Mio. Nutzer", "87000000", "users", "up_to"),
    ("de", "Mehr als 12 Unternehmen sind betroffen.", "Mehr als 12 Unternehmen", "12", "companies", "more_than"),
    ("de", "Rund 300 Kunden haben geklagt.", "Rund 300 Kunden", "300", "customers", "approx"),
    ("de", "Es waren etwa 40 Prozent der Nutzer.", "etwa 40 Prozent", "40", "%", "approx"),
    ("de", "Knapp 2 Mio. Konten wurden gesperrt.", "Knapp 2 Mio. Konten", "2000000", "accounts", "less_than"),
    ("de", "Mindestens 5 Banken sind beteiligt.", "Mindestens 5 Banken", "5", "banks", "at_least"),
    ("de", "Höchstens 20 Mitarbeiter werden entlassen.", "Höchstens 20 Mitarbeiter", "20", "employees", "at_most"),
    ("de", "Das sind weniger als 3 % der Kunden.", "weniger als 3 %", "3", "%", "less_than"),
    ("de", "Es kamen über 200 Menschen.", "über 200 Menschen", "200", "people", "more_than"),
    ("de", "Der Gewinn überstieg 5 Mio. Euro.", "überstieg 5 Mio. Euro", "5000000", "EUR", "more_than"),
    ("de", "Es kamen gut 100 Gäste.", "gut 100 Gäste", "100", "gäste", "more_than"),
    ("de", "Der Schaden liegt bei 2 Bio. Euro.", "2 Bio. Euro", "2000000000000", "EUR", "exact"),
    ("de", "Der Zins stieg um 0,25 Prozentpunkte.", "0,25 Prozentpunkte", "0.25", "pp", "exact"),
    # German: counted nouns, adjectives and compounds.
    ("de", "Es gibt 87 Mio. aktive Nutzer.", "87 Mio. aktive Nutzer", "87000000", "users", "exact"),
    ("de", "Gezählt wurden 87 Mio. Facebook-Nutzer.", "87 Mio. Facebook-Nutzer", "87000000", "users", "exact"),
    ("de", "Die Sparkasse hat 12 Bankkunden entschädigt.", "12 Bankkunden", "12", "customers", "exact"),
    ("de", "Das Ticket kostet 12.500,50 Euro.", "12.500,50 Euro", "12500.5", "EUR", "exact"),
    ("de", "Die Firma hat in Europa 12 Standorte.", "12 Standorte", "12", "branches", "exact"),
    ("de", "Im Jahr 2018 hatte die Firma 300 Beschäftigte.", "300 Beschäftigte", "300", "employees", "exact"),
    # German: number words.
    ("de", "Zwölf Banken haben zugestimmt.", "Zwölf Banken", "12", "banks", "exact"),
    ("de", "Zwei Millionen Nutzer sind betroffen.", "Zwei Millionen Nutzer", "2000000", "users", "exact"),
    ("de", "Eine halbe Million Kunden wechselte.", "Eine halbe Million Kunden", "500000", "customers", "exact"),
    ("de", "Es wurden fünfundzwanzig Datensätze gelöscht.", "fünfundzwanzig Datensätze", "25", "records", "exact"),
    ("de", "Rund ein Dutzend Banken machen mit.", "Rund ein Dutzend Banken", "12", "banks", "approx"),
    ("de", "Die Kosten stiegen dreifach.", "dreifach", "3", "times", "exact"),
    # German: fractions in words, a share read as a percentage.
    ("de", "Die Hälfte der Nutzer ist betroffen.", "Die Hälfte", "50", "%", "exact"),
    ("de", "Mehr als die Hälfte der Banken lehnte ab.", "Mehr als die Hälfte", "50", "%", "more_than"),
    ("de", "Ein Drittel der Kunden hat geklagt.", "Ein Drittel", "33.33", "%", "exact"),
    ("de", "Ein Viertel aller Befragten weiß es nicht.", "Ein Viertel", "25", "%", "exact"),
    ("de", "Zwei Drittel der Firmen zahlen.", "Zwei Drittel", "66.67", "%", "exact"),

    # French: scale words.
    ("fr", "La fuite concerne 87 millions d'utilisateurs.", "87 millions d'utilisateurs", "87000000", "users", "exact"),
    ("fr", "L'amende atteint 2,3 milliards d'euros.", "2,3 milliards d'euros", "2300000000", "EUR", "exact"),
    ("fr", "Le chiffre d'affaires est de 2,3 Md€.", "2,3 Md€", "2300000000", "EUR", "exact"),
    ("fr", "Le bénéfice atteint 450 M€ cette année.", "450 M€", "450000000", "EUR", "exact"),
    ("fr", "Le rachat coûte 1,2 Mds d'euros.", "1,2 Mds d'euros", "1200000000", "EUR", "exact"),
    ("fr", "Le projet coûte 1,5 million de dollars.", "1,5 million de dollars", "1500000", "USD", "exact"),
    ("fr", "Le pays compte 3 millions de chômeurs.", "3 millions de chômeurs", "3000000", "chômeurs", "exact"),
    # French: separators (normal, no-break and narrow no-break spaces).
    ("fr", "Le groupe emploie 1 500 salariés.", "1 500 salariés", "1500", "employees", "exact"),
    ("fr", f"Le groupe emploie 1{NBSP}500 salariés.", f"1{NBSP}500 salariés", "1500", "employees", "exact"),
    ("fr", f"Le groupe emploie 1{NNBSP}500 salariés.", f"1{NNBSP}500 salariés", "1500", "employees", "exact"),
    ("fr", f"La facture atteint 500{NNBSP}000{NNBSP}€.", f"500{NNBSP}000{NNBSP}€", "500000", "EUR", "exact"),
    ("fr", f"Le taux est de 3,5{NNBSP}%.", f"3,5{NNBSP}%", "3.5", "%", "exact"),
    # French: qualifiers.
    ("fr", "La fuite touche jusqu'à 87 millions d'utilisateurs.", "jusqu'à 87 millions d'utilisateurs", "87000000", "users", "up_to"),
    ("fr", "Plus de 12 entreprises ont porté plainte.", "Plus de 12 entreprises", "12", "companies", "more_than"),
    ("fr", "Plus d'un million de comptes ont été piratés.", "Plus d'un million de comptes", "1000000", "accounts", "more_than"),
    ("fr", "Environ 300 clients ont été touchés.", "Environ 300 clients", "300", "customers", "approx"),
    ("fr", "Près de 40 pour cent des salariés.", "Près de 40 pour cent", "40", "%", "approx"),
    ("fr", "Au moins 5 banques sont concernées.", "Au moins 5 banques", "5", "banks", "at_least"),
    ("fr", "Il embauchera au plus 20 salariés.", "au plus 20 salariés", "20", "employees", "at_most"),
    ("fr", "Moins de 3 % des clients ont répondu.", "Moins de 3 %", "3", "%", "less_than"),
    ("fr", "Le nombre a dépassé 10 000 comptes.", "dépassé 10 000 comptes", "10000", "accounts", "more_than"),
    ("fr", "La hausse ne doit pas dépasser 10 % par an.", "dépasser 10 %", "10", "%", "at_most"),
    ("fr", "Il vise 500 k€ de ventes.", "500 k€", "500000", "EUR", "exact"),
    ("fr", "Le taux a baissé de 0,5 point de pourcentage.", "0,5 point de pourcentage", "0.5", "pp", "exact"),
    # French: number words.
    ("fr", "Douze banques ont signé.", "Douze banques", "12", "banks", "exact"),
    ("fr", "Deux millions d'utilisateurs sont inscrits.", "Deux millions d'utilisateurs", "2000000", "users", "exact"),
    ("fr", "Il a recruté vingt-cinq salariés.", "vingt-cinq salariés", "25", "employees", "exact"),
    ("fr", "Il a quatre-vingt-dix-neuf clients.", "quatre-vingt-dix-neuf clients", "99", "customers", "exact"),
    ("fr", "Il y a trois cents magasins.", "trois cents magasins", "300", "stores", "exact"),
    ("fr", "Une douzaine de banques ont signé.", "Une douzaine de banques", "12", "banks", "exact"),
    ("fr", "Il a licencié neuf salariés.", "neuf salariés", "9", "employees", "exact"),
    # French: fractions in words.
    ("fr", "La moitié des salariés a refusé.", "La moitié", "50", "%", "exact"),
    ("fr", "Plus de la moitié des clients sont partis.", "Plus de la moitié", "50", "%", "more_than"),
    ("fr", "Un tiers des banques a refusé.", "Un tiers", "33.33", "%", "exact"),
    ("fr", "Un quart de ses clients est parti.", "Un quart", "25", "%", "exact"),
    ("fr", "Les deux tiers des électeurs ont voté.", "deux tiers", "66.67", "%", "exact"),

    # Spanish: scale words.
    ("es", "La filtración afecta a 87 millones de usuarios.", "87 millones de usuarios", "87000000", "users", "exact"),
    ("es", "La multa asciende a 2,3 millones de euros.", "2,3 millones de euros", "2300000", "EUR", "exact"),
    ("es", "Las pérdidas suman 2,3 mil millones de dólares.", "2,3 mil millones de dólares", "2300000000", "USD", "exact"),
    ("es", "La deuda es de 4.000 millones de euros.", "4.000 millones de euros", "4000000000", "EUR", "exact"),
    ("es", "Se vendieron 3 millardos de unidades.", "3 millardos de unidades", "3000000000", "units", "exact"),
    ("es", "Trabajan allí 3 mil personas.", "3 mil personas", "3000", "people", "exact"),
    ("es", "El fondo gestiona 1,2 billones de euros.", "1,2 billones de euros", "1200000000000", "EUR", "exact"),
    ("es", "El contrato vale 300 M€.", "300 M€", "300000000", "EUR", "exact"),
    # Spanish: separators.
    ("es", "La empresa emplea a 1.500 trabajadores.", "1.500 trabajadores", "1500", "employees", "exact"),
    ("es", "El premio es de 12.500,50 euros.", "12.500,50 euros", "12500.5", "EUR", "exact"),
    # Spanish: qualifiers.
    ("es", "Afecta a hasta 87 millones de cuentas.", "hasta 87 millones de cuentas", "87000000", "accounts", "up_to"),
    ("es", "Más de 12 empresas han denunciado.", "Más de 12 empresas", "12", "companies", "more_than"),
    ("es", "Subió más de un 30 % este año.", "más de un 30 %", "30", "%", "more_than"),
    ("es", "Menos del 3 % de los clientes.", "Menos del 3 %", "3", "%", "less_than"),
    ("es", "Alrededor de 300 clientes se vieron afectados.", "Alrededor de 300 clientes", "300", "customers", "approx"),
    ("es", "Casi 40 países firmaron.", "Casi 40 países", "40", "countries", "approx"),
    ("es", "Unos 200 empleados protestaron.", "Unos 200 empleados", "200", "employees", "approx"),
    ("es", "Al menos 5 bancos participan.", "Al menos 5 bancos", "5", "banks", "at_least"),
    ("es", "Contratará como máximo 20 trabajadores.", "como máximo 20 trabajadores", "20", "employees", "at_most"),
    ("es", "El beneficio superó los 300 millones de euros.", "superó los 300 millones de euros", "300000000", "EUR", "more_than"),
    ("es", "La multa no puede superar los 300 millones de euros.", "superar los 300 millones de euros", "300000000", "EUR", "at_most"),
    ("es", "El paro bajó 0,25 puntos porcentuales.", "0,25 puntos porcentuales", "0.25", "pp", "exact"),
    ("es", "Es un 3 por ciento menos.", "3 por ciento", "3", "%", "exact"),
    # Spanish: number words.
    ("es", "Doce bancos firmaron el acuerdo.", "Doce bancos", "12", "banks", "exact"),
    ("es", "Mil millones de personas usan la red.", "Mil millones de personas", "1000000000", "people", "exact"),
    ("es", "Hay dos mil millones de usuarios.", "dos mil millones de usuarios", "2000000000", "users", "exact"),
    ("es", "Despidió a treinta y cinco trabajadores.", "treinta y cinco trabajadores", "35", "employees", "exact"),
    ("es", "Perdió medio millón de clientes.", "medio millón de clientes", "500000", "customers", "exact"),
    ("es", "Abrió doscientas tiendas.", "doscientas tiendas", "200", "stores", "exact"),
    # Spanish: fractions in words.
    ("es", "La mitad de los usuarios se fue.", "La mitad", "50", "%", "exact"),
    ("es", "Casi la mitad de sus clientes se fue.", "Casi la mitad", "50", "%", "approx"),
    ("es", "Un tercio de las empresas no paga.", "Un tercio", "33.33", "%", "exact"),
    ("es", "Un cuarto de los clientes se fue.", "Un cuarto", "25", "%", "exact"),
    ("es", "Perdió un cuarto de millón de clientes.", "un cuarto de millón de clientes", "250000", "customers", "exact"),
]
# fmt: on

# fmt: off
# (lang, text, quantity text, value, unit, low, high): vague counts and ranges,
# all read as approx.
VAGUE = [
    ("de", "Einige Firmen haben sich beworben.", "Einige Firmen", "6", "companies", "3", "9"),
    ("de", "Mehrere Banken lehnten ab.", "Mehrere Banken", "6", "banks", "3", "9"),
    ("de", "Dutzende Entwickler kündigten.", "Dutzende Entwickler", "55", "developers", "20", "90"),
    ("de", "Hunderte Kunden klagten.", "Hunderte Kunden", "550", "customers", "200", "900"),
    ("de", "Mehrere Tausend Menschen demonstrierten.", "Mehrere Tausend Menschen", "6000", "people", "3000", "9000"),
    ("de", "Zehntausende Menschen demonstrierten.", "Zehntausende Menschen", "55000", "people", "20000", "90000"),
    ("de", "Betroffen sind Millionen Nutzer.", "Millionen Nutzer", "5500000", "users", "2000000", "9000000"),
    ("de", "Zwischen 5 und 7 Prozent der Nutzer.", "Zwischen 5 und 7 Prozent", "6", "%", "5", "7"),
    ("de", "Es sind 10-15 Mio. Euro.", "10-15 Mio. Euro", "12500000", "EUR", "10000000", "15000000"),
    ("de", "Es drohen Strafen von 10 bis 15 Mio. Euro.", "von 10 bis 15 Mio. Euro", "12500000", "EUR", "10000000", "15000000"),
    ("fr", "Plusieurs entreprises ont répondu.", "Plusieurs entreprises", "6", "companies", "3", "9"),
    ("fr", "Quelques banques ont refusé.", "Quelques banques", "6", "banks", "3", "9"),
    ("fr", "Des dizaines de développeurs ont démissionné.", "Des dizaines de développeurs", "55", "developers", "20", "90"),
    ("fr", "Des dizaines de milliers de personnes ont manifesté.", "Des dizaines de milliers de personnes", "55000", "people", "20000", "90000"),
    ("fr", "Des centaines de clients ont porté plainte.", "Des centaines de clients", "550", "customers", "200", "900"),
    ("fr", "Plusieurs centaines de salariés.", "Plusieurs centaines de salariés", "600", "employees", "300", "900"),
    ("fr", "Des millions d'euros ont disparu.", "Des millions d'euros", "5500000", "EUR", "2000000", "9000000"),
    ("fr", "Entre 5 et 7 % des clients.", "Entre 5 et 7 %", "6", "%", "5", "7"),
    ("fr", "L'amende va de 10 à 15 millions d'euros.", "de 10 à 15 millions d'euros", "12500000", "EUR", "10000000", "15000000"),
    ("es", "Varios bancos se negaron.", "Varios bancos", "6", "banks", "3", "9"),
    ("es", "Algunas empresas respondieron.", "Algunas empresas", "6", "companies", "3", "9"),
    ("es", "Decenas de desarrolladores renunciaron.", "Decenas de desarrolladores", "55", "developers", "20", "90"),
    ("es", "Decenas de miles de personas se manifestaron.", "Decenas de miles de personas", "55000", "people", "20000", "90000"),
    ("es", "Cientos de miles de usuarios se quejaron.", "Cientos de miles de usuarios", "550000", "users", "200000", "900000"),
    ("es", "Miles de millones de euros se perdieron.", "Miles de millones de euros", "5500000000", "EUR", "2000000000", "9000000000"),
    ("es", "Entre 5 y 7 % de los clientes.", "Entre 5 y 7 %", "6", "%", "5", "7"),
    ("es", "La multa será de 10 a 15 millones de euros.", "de 10 a 15 millones de euros", "12500000", "EUR", "10000000", "15000000"),
]
# fmt: on

# fmt: off
# (lang, text, quantity text, value, unit): round estimates ("une centaine")
# are approx with no range.
ABOUT = [
    ("fr", "Une centaine de salariés ont été licenciés.", "Une centaine de salariés", "100", "employees"),
    ("fr", "Une vingtaine de banques ont signé.", "Une vingtaine de banques", "20", "banks"),
    ("es", "Un centenar de empleados protestó.", "Un centenar de empleados", "100", "employees"),
    ("es", "Una decena de países firmó.", "Una decena de países", "10", "countries"),
]
# fmt: on

# fmt: off
# Texts that hold no quantity at all.
NONE = [
    ("de", "Das Team belegte den 3. Platz."),
    ("de", "Im 3. Quartal stieg der Umsatz."),
    ("de", "Es geschah am 3. März 2018."),
    ("de", "Die Pandemie COVID-19 hat alles verändert."),
    ("de", "Apple stellte das iPhone 12 vor."),
    ("de", "Das Treffen begann um 10 Uhr."),
    ("de", "Das Treffen begann um 10.30 Uhr."),
    ("de", "Nach Art. 5 der Verordnung ist das verboten."),
    ("de", "Gemäß Artikel 17 der Verordnung ist das verboten."),
    ("de", "Die Regel gilt nach Absatz 2 nicht."),
    ("de", "Die Firma wurde 2016 gegründet."),
    ("de", "In den letzten 12 Monaten wuchs der Umsatz."),
    ("de", "Vor 3 Jahren wurde die Firma gegründet."),
    ("de", "Computer mit Windows 10 sind nicht betroffen."),
    ("de", "Eine der Banken hat abgelehnt."),
    ("de", "Er schrieb am 3.4. eine Mail."),
    ("fr", "Il a terminé à la 3e place."),
    ("fr", "Au 3e trimestre, les ventes ont reculé."),
    ("fr", "Le 1er janvier, rien ne change."),
    ("fr", "Le 3 mars 2018, rien ne s'est passé."),
    ("fr", "La réunion a commencé à 10 h 30."),
    ("fr", "La réunion a commencé à 10h30."),
    ("fr", "Selon l'article 5 du règlement, c'est interdit."),
    ("fr", "Le dossier n° 5 a été classé."),
    ("fr", "La pandémie de COVID-19 a tout changé."),
    ("fr", "Au cours des 12 derniers mois, les ventes ont augmenté."),
    ("fr", "Il y a 3 ans, la société a été fondée."),
    ("fr", "La société a été fondée en 2016."),
    ("fr", "Ils ont acheté un bâtiment neuf près de la gare."),
    ("fr", "Le contrat court jusqu'à 2026."),
    ("fr", "Un des clients a porté plainte."),
    ("es", "Quedó en el 3.º puesto."),
    ("es", "Terminó en 3.ª posición."),
    ("es", "El 3 de marzo de 2018 no pasó nada."),
    ("es", "La reunión empezó a las 10."),
    ("es", "Comparecerá a las 10.30 horas."),
    ("es", "Según el artículo 5 de la ley, está prohibido."),
    ("es", "Hace 3 años se fundó la empresa."),
    ("es", "En los últimos 12 meses crecieron las ventas."),
    ("es", "La pandemia de COVID-19 lo cambió todo."),
    ("es", "Presentó el iPhone 12 en Madrid."),
    ("es", "La empresa se fundó en 2016."),
    ("es", "El plan seguirá hasta 2026."),
    ("es", "Uno de los bancos se retiró."),
    ("es", "La ley 3/2018 protege los datos."),
    # Halves and quarters of time, and words that only look like fractions.
    ("de", "In der ersten Hälfte des Jahres stieg der Umsatz."),
    ("de", "Die Hälfte der Zeit war er unterwegs."),
    ("de", "Im dritten Quartal stieg der Umsatz."),
    ("fr", "La moitié de l'année est déjà passée."),
    ("fr", "Au premier trimestre, les ventes ont reculé."),
    ("fr", "Il a attendu un quart d'heure."),
    ("fr", "Il faut un tiers de confiance."),
    ("es", "La mitad del año ya ha pasado."),
    ("es", "En el cuarto trimestre no pasó nada."),
    ("es", "Llegó tres cuartos de hora tarde."),
    ("es", "El piso tiene un cuarto de baño."),
]
# fmt: on

# fmt: off
# (lang, text, [(quantity text, value, unit), ...]): changes, read by the test in
# test_quantities.py. German "von ... auf" is a change whatever the verb.
CHANGES = [
    ("de", "Der Umsatz stieg von 10 auf 15 Mio. Euro.", [("10", "10000000", "EUR"), ("15 Mio. Euro", "15000000", "EUR")]),
    ("de", "Die Quote stieg von 5 auf 7 Prozent.", [("5", "5", "%"), ("7 Prozent", "7", "%")]),
    ("de", "Der Umsatz stieg von 800 Tsd. auf 1,2 Mio. Euro.", [("800 Tsd.", "800000", "EUR"), ("1,2 Mio. Euro", "1200000", "EUR")]),
    ("de", "Der Umsatz stieg um 5 auf 15 Mio. Euro.", [("5", "5000000", "EUR"), ("15 Mio. Euro", "15000000", "EUR")]),
    ("de", "Die Quote stieg um 2 auf 7 Prozent.", [("2", "2", "%"), ("7 Prozent", "7", "%")]),
    ("fr", "Le chiffre d'affaires est passé de 10 à 15 millions d'euros.", [("10", "10000000", "EUR"), ("15 millions d'euros", "15000000", "EUR")]),
    ("fr", "Le budget a fondu de 15 à 10 millions d'euros.", [("15", "15000000", "EUR"), ("10 millions d'euros", "10000000", "EUR")]),
    ("es", "Las ventas pasaron de 10 a 15 millones de euros.", [("10", "10000000", "EUR"), ("15 millones de euros", "15000000", "EUR")]),
    ("es", "La deuda se redujo de 3.000 a 2.500 millones de euros.", [("3.000", "3000000000", "EUR"), ("2.500 millones de euros", "2500000000", "EUR")]),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "span", "value", "unit"), ABOUT)
def test_a_round_estimate_is_approx_without_bounds(lang, text, span, value, unit):
    (quantity,) = find_quantities(text, lang)
    assert (quantity.text, quantity.value, quantity.unit, quantity.qualifier) == (
        span,
        Decimal(value),
        unit,
        "approx",
    )
    assert (quantity.low, quantity.high) == (None, None)


def test_excluded_spans_yield_no_quantity():
    text = "Bis 5. Mai gingen 12 Beschwerden ein."
    found = find_quantities(text, "de", exclude=[(0, 9)])
    assert [(q.text, q.unit) for q in found] == [("12 Beschwerden", "complaints")]


def test_a_sentence_ending_in_a_number_is_not_a_german_ordinal():
    found = find_quantities("Die Zahl stieg auf 12. Die Polizei ermittelt.", "de")
    assert [(q.text, q.value) for q in found] == [("12", Decimal(12))]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Der Konzern meldete 87 Mio. Euro Verlust. Die Aktie fiel.",
            ["Der Konzern meldete 87 Mio. Euro Verlust.", "Die Aktie fiel."],
        ),
        (
            "Das Team belegte den 3. Platz im Ranking. Die Aktie fiel.",
            ["Das Team belegte den 3. Platz im Ranking.", "Die Aktie fiel."],
        ),
        (
            "Le groupe a perdu env. 87 millions. La direction se tait.",
            ["Le groupe a perdu env. 87 millions.", "La direction se tait."],
        ),
    ],
)
def test_scale_abbreviations_and_ordinals_do_not_end_a_sentence(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


def test_a_scale_abbreviation_before_a_sentence_opener_ends_the_sentence():
    text = "Der Verlust betrug 87 Mio. Die Aktie fiel."
    assert [s.text for s in split_sentences(text)] == [
        "Der Verlust betrug 87 Mio.",
        "Die Aktie fiel.",
    ]


def test_words_of_one_language_do_not_read_in_another():
    # "fast" qualifies in German only, "gut" too; "des dizaines" is French.
    assert [q.qualifier for q in find_quantities("Prices rose at a fast 20% pace.", "en")] == [
        "exact"
    ]
    assert [q.qualifier for q in find_quantities("Es kamen fast 20 Menschen.", "de")] == ["approx"]
    assert find_quantities("Il y avait des dizaines de banques.", "de") == []


ANCHOR = dt.date(2024, 5, 14)

ARTICLE_DE = (
    "Datenleck bei Nordwerk\n\n"
    "Beim Münchner Softwarehaus Nordwerk sind nach Angaben des Unternehmens bis zu 87 Mio. "
    "Nutzerkonten betroffen. Der Konzern beschäftigt rund 1.500 Mitarbeiter in zwölf Ländern. "
    "Laut einem Bericht der Datenschutzbehörde wurden mehr als 2,3 Millionen Passwörter "
    "unverschlüsselt gespeichert. Die Behörde prüft eine Strafe von bis zu 20 Mio. Euro oder "
    "4 Prozent des weltweiten Umsatzes. Im 3. Quartal hatte Nordwerk einen Umsatz von 1,5 Mrd. "
    "Euro gemeldet. Mehrere Tausend Kunden haben bereits Beschwerde eingelegt, und Dutzende "
    "Entwickler arbeiten an einer Lösung. Ein Sprecher sagte, betroffen seien nur Nutzer der "
    "App ab Version 5, die um 10 Uhr ein Update erhalten. Das Unternehmen will nun knapp 300 "
    "neue Stellen in der IT-Sicherheit schaffen."
)
ARTICLE_FR = (
    "Fuite de données chez Altavia Santé\n\n"
    "La société lyonnaise Altavia Santé a confirmé qu'une fuite touche jusqu'à 87 millions "
    "d'utilisateurs. Selon la CNIL, plus de 1\u202f500 salariés de l'entreprise avaient accès "
    "aux fichiers. Les pirates réclament une rançon de 2,3 millions d'euros, soit environ "
    "15\u202f% du bénéfice annuel. Des dizaines de milliers de clients ont déjà reçu un courriel "
    "d'alerte. Au 3e trimestre, le groupe avait annoncé un bénéfice de 450 M€. La direction a "
    "indiqué que près de 40 pays étaient concernés et que douze banques partenaires avaient "
    "été prévenues. L'amende pourrait atteindre 20 millions d'euros, selon l'article 83 du "
    "RGPD. Une centaine de techniciens travaillent à la sécurisation des serveurs."
)
ARTICLE_ES = (
    "Filtración masiva en Grupo Veltra\n\n"
    "La aseguradora madrileña Grupo Veltra reconoció que la filtración afecta a hasta 87 "
    "millones de clientes. La compañía, que emplea a unos 1.500 trabajadores en doce países, "
    "calcula pérdidas de 2,3 millones de euros. Según fuentes del sector, más del 30 % de los "
    "datos robados incluía números de cuenta. Decenas de miles de usuarios han presentado "
    "quejas ante la agencia de protección de datos, que podría imponer una multa de hasta 20 "
    "millones de euros, según el artículo 83 del reglamento. El año pasado la empresa facturó "
    "1,8 mil millones de dólares. Varios bancos han bloqueado tarjetas como medida preventiva "
    "y alrededor de 300 técnicos revisan los sistemas. La empresa dará explicaciones a las "
    "10.30 horas."
)

# fmt: off
# Every quantity of each article, in order: (text, value, unit, qualifier, low, high).
# Not listed, because they are not amounts: "3. Quartal", "Version 5", "10 Uhr",
# "3e trimestre", "article 83", "artículo 83", "a las 10.30 horas".
EXPECTED = {
    "de": (ARTICLE_DE, [
        ("bis zu 87 Mio. Nutzerkonten", "87000000", "accounts", "up_to", None, None),
        ("rund 1.500 Mitarbeiter", "1500", "employees", "approx", None, None),
        ("zwölf Ländern", "12", "countries", "exact", None, None),
        ("mehr als 2,3 Millionen Passwörter", "2300000", "passwörter", "more_than", None, None),
        ("bis zu 20 Mio. Euro", "20000000", "EUR", "up_to", None, None),
        ("4 Prozent", "4", "%", "exact", None, None),
        ("1,5 Mrd. Euro", "1500000000", "EUR", "exact", None, None),
        ("Mehrere Tausend Kunden", "6000", "customers", "approx", "3000", "9000"),
        ("Dutzende Entwickler", "55", "developers", "approx", "20", "90"),
        ("knapp 300 neue Stellen", "300", "jobs", "less_than", None, None),
    ]),
    "fr": (ARTICLE_FR, [
        ("jusqu'à 87 millions d'utilisateurs", "87000000", "users", "up_to", None, None),
        ("plus de 1\u202f500 salariés", "1500", "employees", "more_than", None, None),
        ("2,3 millions d'euros", "2300000", "EUR", "exact", None, None),
        ("environ 15\u202f%", "15", "%", "approx", None, None),
        ("Des dizaines de milliers de clients", "55000", "customers", "approx", "20000", "90000"),
        ("450 M€", "450000000", "EUR", "exact", None, None),
        ("près de 40 pays", "40", "countries", "approx", None, None),
        ("douze banques", "12", "banks", "exact", None, None),
        ("20 millions d'euros", "20000000", "EUR", "exact", None, None),
        ("Une centaine de techniciens", "100", "techniciens", "approx", None, None),
    ]),
    "es": (ARTICLE_ES, [
        ("hasta 87 millones de clientes", "87000000", "customers", "up_to", None, None),
        ("unos 1.500 trabajadores", "1500", "employees", "approx", None, None),
        ("doce países", "12", "countries", "exact", None, None),
        ("2,3 millones de euros", "2300000", "EUR", "exact", None, None),
        ("más del 30 %", "30", "%", "more_than", None, None),
        ("Decenas de miles de usuarios", "55000", "users", "approx", "20000", "90000"),
        ("hasta 20 millones de euros", "20000000", "EUR", "up_to", None, None),
        ("1,8 mil millones de dólares", "1800000000", "USD", "exact", None, None),
        ("Varios bancos", "6", "banks", "approx", "3", "9"),
        ("alrededor de 300 técnicos", "300", "técnicos", "approx", None, None),
    ]),
}
# fmt: on


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_a_news_paragraph_yields_every_quantity_end_to_end(lang):
    text, expected = EXPECTED[lang]
    assert 80 <= len(text.split("\n\n", 1)[1].split()) <= 150
    assert detect_language(text) == lang
    candidates = extract_candidates(text, ANCHOR)
    quantities = [q for c in candidates for q in c.quantities]
    assert [
        (
            q.text,
            str(q.value),
            q.unit,
            q.qualifier,
            None if q.low is None else str(q.low),
            None if q.high is None else str(q.high),
        )
        for q in quantities
    ] == expected
    for quantity in quantities:
        assert text[quantity.start : quantity.end] == quantity.text
