"""What a number counts: currencies, percentages and counted nouns.

Units are normalised so that copy in every supported language compares
equal: currencies become ISO 4217 codes, percentages "%", percentage points
"pp", and counted nouns a canonical English plural ("użytkowników", "Nutzer",
"utilisateurs", "usuarios" -> "users"; "firm", "Unternehmen", "entreprises",
"empresas" -> "companies").
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = [
    "CURRENCY_PREFIX_RE",
    "SUBUNIT_SCALE",
    "canonical_noun",
    "currency_suffix_re",
    "is_attributive",
    "is_stopword",
    "percent_suffix_re",
    "percent_unit",
    "prefix_currency",
    "resolve_currency",
    "subunit_currency",
    "subunit_suffix_re",
    "suffix_currency",
]

# Symbols and codes written before the amount ("$2.3bn", "PLN 40m"). A bare
# "$" or "¥" names no one currency: it is kept as written here and settled
# by :func:`resolve_currency` from the outlet's country.
_PREFIX_CODES = {
    "us$": "USD",
    "nz$": "NZD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "s$": "SGD",
    "$": "$",
    "€": "EUR",
    "£": "GBP",
    "¥": "¥",
    "₹": "INR",
    "rs.": "INR",
    "rs": "INR",
    "pln": "PLN",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "chf": "CHF",
    "inr": "INR",
    "nzd": "NZD",
    "aud": "AUD",
    "cad": "CAD",
}
CURRENCY_PREFIX_RE = re.compile(
    r"(?:(?<![\w$])(?:US\$|NZ\$|AU?\$|CA?\$|HK\$|S\$|PLN|USD|EUR|GBP|CHF|INR|NZD|AUD|CAD|Rs\.?)"
    r"[ \u00a0]?|(?<![\w$])[$€£¥₹][ \u00a0]?)\Z"
)


def prefix_currency(symbol: str) -> str:
    """ISO code for a currency written before the amount."""
    return _PREFIX_CODES[symbol.strip().lower()]


# Words and symbols written after the amount. Longest alternatives first so
# "franków szwajcarskich" wins over "franków".
_SUFFIX_CODES = {
    "zł": "PLN",
    "złotych": "PLN",
    "złote": "PLN",
    "złoty": "PLN",
    "złotego": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "zloty": "PLN",
    "pln": "PLN",
    "dolarów amerykańskich": "USD",
    "dolarów": "USD",
    "dolary": "USD",
    "dolara": "USD",
    "dol.": "USD",
    "us dollars": "USD",
    "dollars": "$",
    "dollar": "$",
    "usd": "USD",
    "$": "$",
    "rupees": "INR",
    "rupee": "INR",
    "inr": "INR",
    "yen": "JPY",
    "yuan": "CNY",
    "kronor": "SEK",
    "kroner": "kr",
    "kr.": "kr",
    "kr": "kr",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "funtów szterlingów": "GBP",
    "funtów": "GBP",
    "funty": "GBP",
    "funta": "GBP",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "£": "GBP",
    "franków szwajcarskich": "CHF",
    "franki szwajcarskie": "CHF",
    "franków": "CHF",
    "swiss francs": "CHF",
    "francs": "CHF",
    "chf": "CHF",
    # German, French and Spanish.
    "us-dollar": "USD",
    "dollar américain": "USD",
    "dollars américains": "USD",
    "dólar": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "dólares estadounidenses": "USD",
    "pfund": "GBP",
    "pfund sterling": "GBP",
    "britische pfund": "GBP",
    "livres sterling": "GBP",
    "libras esterlinas": "GBP",
    "franken": "CHF",
    "schweizer franken": "CHF",
    "francs suisses": "CHF",
    "francos suizos": "CHF",
    "zlotis": "PLN",
    "eslotis": "PLN",
}


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_CURRENCY_SUFFIX_RE = re.compile(
    r"[ \u00a0\u202f]?(?P<word>" + _alternation(list(_SUFFIX_CODES)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


# Hundredths written as a unit of their own: "23 cents" is 0.23 dollars,
# "20 gr" 0.20 zloty. "cent" is the euro's in a euro country.
_SUBUNITS = {
    "cents": "¢",
    "cent": "¢",
    "¢": "¢",
    "pence": "GBP",
    "groszy": "PLN",
    "grosze": "PLN",
    "grosza": "PLN",
    "grosz": "PLN",
    "gr": "PLN",
    "gr.": "PLN",
    "centimes": "EUR",
    "céntimos": "EUR",
}
SUBUNIT_SCALE = Decimal("0.01")
_SUBUNIT_RE = re.compile(
    r"[ \u00a0\u202f]?(?P<word>" + _alternation(list(_SUBUNITS)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def subunit_suffix_re() -> re.Pattern[str]:
    """Pattern for a hundredth of a currency after the amount ("23 cents")."""
    return _SUBUNIT_RE


def subunit_currency(word: str) -> str:
    """The currency (or ambiguous symbol) a hundredth word belongs to."""
    return _SUBUNITS[" ".join(word.lower().split())]


_EURO_COUNTRIES = frozenset("AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split())
# What an ambiguous symbol stands for in an outlet's country, and what it
# stands for when the country is unknown or names none (by the language the
# text is in, then a fallback).
_DOLLAR_COUNTRIES = {
    "US": "USD",
    "NZ": "NZD",
    "AU": "AUD",
    "CA": "CAD",
    "HK": "HKD",
    "SG": "SGD",
    "TW": "TWD",
    "MX": "MXN",
    "AR": "ARS",
    "CL": "CLP",
    "CO": "COP",
}
_AMBIGUOUS = {
    "$": (_DOLLAR_COUNTRIES, "USD"),
    "¢": (_DOLLAR_COUNTRIES, "USD"),
    "¥": ({"JP": "JPY", "CN": "CNY"}, "JPY"),
    "kr": ({"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK", "FO": "DKK", "GL": "DKK"}, None),
}


def resolve_currency(unit: str, country: str | None) -> tuple[str, bool]:
    """The ISO code for ``unit`` and whether it was inferred rather than
    written: "$" is NZD in a New Zealand outlet, USD where the country is
    unknown; "kr" with no Nordic country stays "kr". Other units pass
    through unchanged."""
    if unit not in _AMBIGUOUS:
        return unit, False
    country = (country or "").upper()
    if unit == "¢" and country in _EURO_COUNTRIES:
        return "EUR", True
    by_country, fallback = _AMBIGUOUS[unit]
    code = by_country.get(country, fallback)
    if code is None:
        return unit, False
    return code, True


def currency_suffix_re() -> re.Pattern[str]:
    """Pattern for a currency written after the amount (match at a position)."""
    return _CURRENCY_SUFFIX_RE


def suffix_currency(word: str) -> str:
    """ISO code for a currency written after the amount."""
    return _SUFFIX_CODES[" ".join(word.lower().split())]


# Percentages and percentage points.
_PERCENT_WORDS = {
    "%": "%",
    "proc.": "%",
    "proc": "%",
    "procent": "%",
    "procentowy": "%",
    "procentowym": "%",
    "procentowej": "%",
    "procentowa": "%",
    "procentowe": "%",
    "procentowego": "%",
    "procenta": "%",
    "procentu": "%",
    "procentów": "%",
    "per cent": "%",
    "per-cent": "%",
    "percent": "%",
    "pct": "%",
    "punktów procentowych": "pp",
    "punkty procentowe": "pp",
    "punktu procentowego": "pp",
    "punkt procentowy": "pp",
    "pkt proc.": "pp",
    "pkt. proc.": "pp",
    "pkt proc": "pp",
    "punktu proc.": "pp",
    "punktów proc.": "pp",
    "punkty proc.": "pp",
    "punkt proc.": "pp",
    "pkt procentowych": "pp",
    "pkt procentowe": "pp",
    "pkt procentowego": "pp",
    "punktów bazowych": "bp",
    "punkty bazowe": "bp",
    "punktu bazowego": "bp",
    "pkt bazowych": "bp",
    "pkt bazowe": "bp",
    "pb": "bp",
    "pb.": "bp",
    "p.p.": "pp",
    "percentage points": "pp",
    "percentage point": "pp",
    "percentage pts": "pp",
    "ppts": "pp",
    "ppt": "pp",
    "basis points": "bp",
    "basis point": "bp",
    "bp": "bp",
    "bps": "bp",
    "prozent": "%",
    "proz.": "%",
    "prozentpunkte": "pp",
    "prozentpunkten": "pp",
    "prozentpunkt": "pp",
    "basispunkte": "bp",
    "basispunkten": "bp",
    "pour cent": "%",
    "pourcent": "%",
    "points de pourcentage": "pp",
    "point de pourcentage": "pp",
    "points de base": "bp",
    "por ciento": "%",
    "por cien": "%",
    "puntos porcentuales": "pp",
    "punto porcentual": "pp",
    "puntos básicos": "bp",
}
_PERCENT_RE = re.compile(
    r"[ \u00a0\u202f]?(?P<word>" + _alternation(list(_PERCENT_WORDS)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def percent_suffix_re() -> re.Pattern[str]:
    """Pattern for a percent sign or word after a number."""
    return _PERCENT_RE


def percent_unit(word: str) -> str:
    """ "%" for percentages, "pp" for percentage points, "bp" for basis points."""
    return _PERCENT_WORDS[" ".join(word.lower().split())]


# Counted nouns. The canonical form is an English plural; "companies" covers
# firms, companies and businesses alike.
_NOUNS: dict[str, str] = {}
for _canonical, _forms in {
    "users": "users user użytkowników użytkownicy użytkownika użytkownikom "
    "użytkownikach użytkownik internautów internauci",
    "companies": "companies company firms firm firmy firma firmom firmach "
    "spółek spółki spółka spółkom przedsiębiorstw przedsiębiorstwa "
    "przedsiębiorstwo businesses",
    "banks": "banks bank banków banki banku bankom",
    "people": "people persons person osób osoby osoba ludzi individuals "
    "obywateli citizens mieszkańców residents",
    "employees": "employees employee workers worker staff staffers "
    "pracowników pracownicy pracownika pracownikom zatrudnionych",
    "customers": "customers customer clients client klientów klienci klienta "
    "klientom consumers konsumentów",
    "countries": "countries country krajów kraje kraju krajach państw państwa państwach",
    "accounts": "accounts account kont konta konto",
    "shares": "shares share akcji akcje",
    "years": "years year lat lata latach",
    "months": "months month miesięcy miesiące miesiąc miesiąca miesiącach",
    "weeks": "weeks week tygodni tygodnie tydzień tygodnia tygodniach",
    "days": "days day dni dzień dnia dniach",
    "hours": "hours hour godzin godziny godzinę godzinach",
    "minutes": "minutes minut minuty",
    "cases": "cases case przypadków przypadki przypadku",
    "apps": "apps app applications aplikacji aplikacje",
    "developers": "developers developer programistów programiści deweloperów",
    "messages": "messages message wiadomości",
    "members": "members member członków członkowie",
    "records": "records record rekordów rekordy",
    "documents": "documents dokumentów dokumenty",
    "transactions": "transactions transakcji transakcje",
    "cities": "cities city miast miasta",
    "votes": "votes vote głosów głosy",
    "times": "times razy",
    "downloads": "downloads pobrań",
    "households": "households gospodarstw",
    "partners": "partners partnerów partnerzy",
    "institutions": "institutions instytucji",
    "pages": "pages stron strony",
    "posts": "posts postów wpisów",
    "branches": "branches oddziałów oddziały placówek",
    "subscribers": "subscribers subscriber abonentów abonenci abonenta",
    "operators": "operators operator operatorów operatorzy operatora",
    "complaints": "complaints complaint skarg skargi skargę reklamacji",
    "addresses": "addresses address adresów adresy adresu",
    "warehouses": "warehouses warehouse magazynów magazyny magazynu",
    "cars": "cars car vehicles vehicle samochodów samochody samochodu aut auta pojazdów pojazdy",
    "units": "units unit egzemplarzy egzemplarze sztuk sztuki",
    "stations": "stations station stacji",
    "profiles": "profiles profile profili",
    "jobs": "jobs job etatów etaty etatu",
    "orders": "orders order zamówień zamówienia",
    "computers": "computers computer komputerów komputery komputera",
    "stores": "stores store shops shop sklepów sklepy sklepu",
    "tonnes": "tonnes tons ton tony",
    "km": "km kilometres kilometers kilometrów",
    "kg": "kg kilograms kilogramów",
    "mm": "mm millimetres millimeters milimetrów",
    "cm": "cm centimetres centimeters centymetrów",
}.items():
    for _form in _forms.split():
        _NOUNS[_form] = _canonical


# German, French and Spanish forms live in their own tables so that a word
# of one language ("an", "die", "pays") never reads as a noun in another.
_FOREIGN_FORMS = {
    "de": {
        "users": "nutzer nutzern nutzerinnen benutzer benutzern anwender anwendern internetnutzer",
        "companies": "unternehmen unternehmens firmen firma betriebe betrieben konzerne "
        "gesellschaften",
        "banks": "bank banken geldhäuser",
        "people": "menschen personen person einwohner einwohnern bürger bürgern leute",
        "employees": "mitarbeiter mitarbeitern mitarbeiterinnen beschäftigte beschäftigten "
        "angestellte angestellten arbeitnehmer arbeitnehmern",
        "customers": "kunden kunde kundinnen verbraucher verbrauchern",
        "countries": "länder ländern staaten land",
        "accounts": "konten konto kundenkonten",
        "shares": "aktien aktie",
        "years": "jahre jahren jahr",
        "months": "monate monaten monat",
        "weeks": "wochen woche",
        "days": "tage tagen tag",
        "hours": "stunden stunde",
        "minutes": "minuten minute",
        "cases": "fälle fällen fall",
        "apps": "apps app anwendungen",
        "developers": "entwickler entwicklern",
        "messages": "nachrichten nachricht",
        "members": "mitglieder mitgliedern",
        "records": "datensätze datensätzen datensatz",
        "documents": "dokumente dokumenten",
        "transactions": "transaktionen",
        "cities": "städte städten",
        "votes": "stimmen",
        "times": "mal",
        "downloads": "downloads",
        "households": "haushalte haushalten",
        "partners": "partner partnern",
        "pages": "seiten",
        "branches": "filialen filiale niederlassungen standorte standorten",
        "subscribers": "abonnenten",
        "complaints": "beschwerden",
        "addresses": "adressen",
        "warehouses": "lager lagerhäuser",
        "cars": "autos fahrzeuge fahrzeugen wagen",
        "units": "stück exemplare",
        "stations": "stationen",
        "jobs": "stellen arbeitsplätze arbeitsplätzen jobs",
        "orders": "bestellungen aufträge",
        "computers": "computer rechner",
        "stores": "geschäfte läden",
        "tonnes": "tonnen",
        "km": "kilometer",
        "kg": "kilogramm",
    },
    "fr": {
        "users": "utilisateurs utilisateur utilisatrices internautes usagers",
        "companies": "entreprises entreprise sociétés société firmes groupes",
        "banks": "banques banque",
        "people": "personnes personne habitants citoyens gens",
        "employees": "salariés salarié employés employé collaborateurs travailleurs agents",
        "customers": "clients client clientes consommateurs",
        "countries": "pays états",
        "accounts": "comptes compte",
        "shares": "actions",
        "years": "ans années an année",
        "months": "mois",
        "weeks": "semaines semaine",
        "days": "jours jour journées",
        "hours": "heures heure",
        "minutes": "minutes minute",
        "cases": "cas",
        "apps": "applications application",
        "developers": "développeurs",
        "messages": "messages message courriels",
        "members": "membres",
        "records": "enregistrements fiches",
        "documents": "documents",
        "transactions": "transactions",
        "cities": "villes",
        "votes": "voix",
        "times": "fois",
        "downloads": "téléchargements",
        "households": "ménages foyers",
        "partners": "partenaires",
        "institutions": "institutions établissements",
        "pages": "pages",
        "branches": "agences succursales filiales",
        "subscribers": "abonnés abonnées",
        "complaints": "plaintes réclamations",
        "addresses": "adresses",
        "warehouses": "entrepôts",
        "cars": "voitures véhicules",
        "units": "exemplaires unités",
        "stations": "stations",
        "profiles": "profils",
        "jobs": "emplois postes",
        "orders": "commandes",
        "computers": "ordinateurs",
        "stores": "magasins boutiques",
        "tonnes": "tonnes",
        "km": "kilomètres",
        "kg": "kilogrammes",
    },
    "es": {
        "users": "usuarios usuario usuarias internautas",
        "companies": "empresas empresa compañías compañía firmas sociedades",
        "banks": "bancos banco entidades",
        "people": "personas persona habitantes ciudadanos",
        "employees": "empleados empleado trabajadores trabajadoras empleadas",
        "customers": "clientes cliente consumidores",
        "countries": "países país",
        "accounts": "cuentas cuenta",
        "shares": "acciones",
        "years": "años año",
        "months": "meses mes",
        "weeks": "semanas semana",
        "days": "días día",
        "hours": "horas hora",
        "minutes": "minutos minuto",
        "cases": "casos caso",
        "apps": "aplicaciones aplicación",
        "developers": "desarrolladores",
        "messages": "mensajes mensaje correos",
        "members": "miembros socios",
        "records": "registros",
        "documents": "documentos",
        "transactions": "transacciones",
        "cities": "ciudades",
        "votes": "votos",
        "times": "veces",
        "downloads": "descargas",
        "households": "hogares",
        "partners": "socios",
        "institutions": "instituciones",
        "pages": "páginas",
        "branches": "sucursales oficinas",
        "subscribers": "suscriptores abonados",
        "complaints": "quejas reclamaciones denuncias",
        "addresses": "direcciones",
        "warehouses": "almacenes",
        "cars": "coches vehículos automóviles",
        "units": "unidades ejemplares",
        "stations": "estaciones",
        "profiles": "perfiles",
        "jobs": "empleos puestos",
        "orders": "pedidos",
        "computers": "ordenadores computadoras",
        "stores": "tiendas",
        "tonnes": "toneladas",
        "km": "kilómetros",
        "kg": "kilogramos",
    },
}
_FOREIGN_NOUNS: dict[str, dict[str, str]] = {}
for _lang, _table in _FOREIGN_FORMS.items():
    _FOREIGN_NOUNS[_lang] = {
        _form: _canonical for _canonical, _forms in _table.items() for _form in _forms.split()
    }
# German glues nouns into compounds ("Bankkunden", "Facebook-Nutzer"); the
# last part says what is counted. Short forms ("Tag", "Mal") are left out of
# the suffix match: "Betrag", "Denkmal" count nothing.
_DE_MIN_SUFFIX = 5


def canonical_noun(word: str, lang: str = "") -> str | None:
    """The canonical unit for a known counted noun, or None."""
    lowered = word.lower()
    table = _FOREIGN_NOUNS.get(lang)
    if table is None:
        return _NOUNS.get(lowered)
    found = table.get(lowered)
    if found is not None or lang != "de":
        return found
    tail = lowered.rsplit("-", 1)[-1]
    if tail in table:
        return table[tail]
    for cut in range(1, len(tail) - _DE_MIN_SUFFIX + 1):
        if tail[cut:] in table:
            return table[tail[cut:]]
    return None


# Adjectives and determiners that may stand between a number and the noun it
# counts ("12 różnych firm", "87 million active users").
_ATTRIBUTIVES = frozenset(
    """
    różnych innych nowych dużych małych kolejnych dodatkowych aktywnych
    zarejestrowanych polskich amerykańskich europejskich zagranicznych
    prywatnych publicznych zwykłych potencjalnych pojedynczych unikalnych
    miesięcznie dziennie łącznie wszystkich takich tych swoich jego jej ich
    different other new more additional active monthly daily unique
    registered major large big small top leading former current potential
    individual separate global local private public young online existing
    affected such those these its their his her our your full-time
    part-time senior junior foreign domestic further extra so-called
    dark former fake false new old
    """.split()
)
_FOREIGN_ATTRIBUTIVES = {
    "fr": frozenset(
        """
        nouveaux nouvelles autres différents différentes divers diverses
        anciens anciennes grands grandes petits petites principaux jeunes
        derniers dernières prochains prochaines premiers premières seuls
        """.split()
    ),
    "es": frozenset(
        """
        nuevos nuevas otros otras diferentes distintos distintas diversos
        diversas grandes pequeños pequeñas principales antiguos antiguas
        últimos últimas próximos próximas primeros primeras jóvenes
        """.split()
    ),
}
_PL_ADJECTIVE_RE = re.compile(r"\w{3,}(?:ych|ich|nych|owych)", re.IGNORECASE)
_EN_ADJECTIVE_RE = re.compile(r"\w{3,}(?:al|ive|ous|ic|ian|ese|ish|able|ible)", re.IGNORECASE)
# German adjectives before a noun are lowercase and inflected: "aktive",
# "neuen", "weitere", "betroffenen".
_DE_ADJECTIVE_RE = re.compile(r"[^\W\d_]{2,}(?:e|en|er|es|em)")


def is_attributive(word: str, lang: str) -> bool:
    """Whether ``word`` may sit between a number and its noun."""
    lowered = word.lower()
    if lang == "de":
        return (
            word[:1].islower()
            and lowered not in _FOREIGN_STOPWORDS["de"]
            and bool(_DE_ADJECTIVE_RE.fullmatch(word))
        )
    if lang in _FOREIGN_ATTRIBUTIVES:
        return lowered in _FOREIGN_ATTRIBUTIVES[lang]
    if lowered in _ATTRIBUTIVES:
        return True
    if lang == "pl":
        return bool(_PL_ADJECTIVE_RE.fullmatch(lowered))
    if lang == "en":
        return bool(_EN_ADJECTIVE_RE.fullmatch(lowered)) or word[:1].isupper()
    return False


# Function words and frequent verbs: a number followed by one of these
# counts nothing named ("87 million were affected", "300 w 2018 roku").
_STOPWORDS = frozenset(
    """
    a an the of in on at to for from by with and or but as than that which
    who whom whose this these those it its is are was were be been being
    has have had will would could should may might can do does did not no
    per each every last next this year's while when where after before
    since until during over under about up down out off into onto via
    only just also still yet already more most less least so such then
    said says say told reported according including against between among
    rose fell grew dropped increased decreased climbed jumped declined
    i oraz lub albo ale a w we z ze na do od po przez przy o u dla za
    przed nad pod między że który która które którzy to jest są był była
    było były będzie będą został została zostało zostały ma mają miał
    miała miało miały się nie tak jak czy też także już jeszcze tylko
    około ponad według wobec wśród co rok roku
    """.split()
)


_FOREIGN_STOPWORDS = {
    "de": frozenset(
        """
        der die das den dem des ein eine einen einem einer und oder aber in im
        am an auf aus bei beim mit nach von vom zu zum zur für über unter um
        bis seit sind ist war waren wurde wurden werden wird worden hat haben
        hatte hatten nicht auch noch nur schon sich es sie er wir als wie so
        pro je laut gegen zwischen davon dass weil wenn sollen soll sollten
        können kann konnten müssen muss dürfen darf mehr weniger rund etwa
        """.split()
    ),
    "fr": frozenset(
        """
        de des du d la le les l et ou à au aux en dans sur pour par avec sans
        sont ont était étaient a est qui que qu ne n pas plus moins selon
        contre entre chez ce cette ces il elle ils elles on se s son sa ses
        leur leurs été sera seront avait avaient dont mais comme après avant
        depuis pendant lors vers auprès chacun seulement déjà encore aussi
        environ près soit y
        """.split()
    ),
    "es": frozenset(
        """
        de del la el los las y o e u en a al con por para que se son han fue
        fueron es era eran está están según más menos entre sobre sin tras
        desde hasta como pero su sus ya también solo sólo este esta estos
        estas ese esa lo le les ha había habían será serán cada durante hacia
        ante bajo no unos unas
        """.split()
    ),
}


def is_stopword(word: str, lang: str = "") -> bool:
    """Whether ``word`` is a function word or a frequent verb."""
    table = _FOREIGN_STOPWORDS.get(lang)
    return word.lower() in (_STOPWORDS if table is None else table)
