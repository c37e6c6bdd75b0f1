"""What a number counts: currencies, percentages and counted nouns.

Units are normalised so that Polish and English copy compare equal:
currencies become ISO 4217 codes, percentages "%", percentage points "pp",
and counted nouns a canonical English plural ("użytkowników" -> "users",
"firm" -> "companies").
"""

from __future__ import annotations

import re

__all__ = [
    "CURRENCY_PREFIX_RE",
    "canonical_noun",
    "currency_suffix_re",
    "is_attributive",
    "is_stopword",
    "percent_suffix_re",
    "percent_unit",
    "prefix_currency",
    "suffix_currency",
]

# Symbols and codes written before the amount ("$2.3bn", "PLN 40m").
_PREFIX_CODES = {
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "pln": "PLN",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "chf": "CHF",
}
CURRENCY_PREFIX_RE = re.compile(
    r"(?:(?<![\w$])(?:US\$|PLN|USD|EUR|GBP|CHF)[ \u00a0]?|(?<![\w$])[$€£])\Z"
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
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "$": "USD",
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
}


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_CURRENCY_SUFFIX_RE = re.compile(
    r"[ \u00a0]?(?P<word>" + _alternation(list(_SUFFIX_CODES)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


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
    "procenta": "%",
    "procentu": "%",
    "procentów": "%",
    "per cent": "%",
    "percent": "%",
    "pct": "%",
    "punktów procentowych": "pp",
    "punkty procentowe": "pp",
    "punktu procentowego": "pp",
    "punkt procentowy": "pp",
    "pkt proc.": "pp",
    "p.p.": "pp",
    "percentage points": "pp",
    "percentage point": "pp",
    "basis points": "bp",
    "bps": "bp",
}
_PERCENT_RE = re.compile(
    r"[ \u00a0]?(?P<word>" + _alternation(list(_PERCENT_WORDS)) + r")(?![^\W\d_])",
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
}.items():
    for _form in _forms.split():
        _NOUNS[_form] = _canonical


def canonical_noun(word: str) -> str | None:
    """The canonical unit for a known counted noun, or None."""
    return _NOUNS.get(word.lower())


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
_PL_ADJECTIVE_RE = re.compile(r"\w{3,}(?:ych|ich|nych|owych)", re.IGNORECASE)
_EN_ADJECTIVE_RE = re.compile(r"\w{3,}(?:al|ive|ous|ic|ian|ese|ish|able|ible)", re.IGNORECASE)


def is_attributive(word: str, lang: str) -> bool:
    """Whether ``word`` may sit between a number and its noun."""
    lowered = word.lower()
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


def is_stopword(word: str) -> bool:
    """Whether ``word`` is a function word or a frequent verb."""
    return word.lower() in _STOPWORDS
