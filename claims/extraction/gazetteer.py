"""Named organisations, people, places and products that news copy cites.

Each entry lists the canonical name, its kind and the forms it takes in
text, including Polish case endings ("Facebooka", "Facebookiem"). Matching
is case-sensitive: "Apple" the company, not "apple" the fruit.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "GazetteerEntry"]

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known name and all the ways it is written."""

    name: str
    kind: str
    forms: tuple[str, ...]


def _inflected(stem: str, *endings: str) -> tuple[str, ...]:
    return (stem, *(stem + ending for ending in endings))


# Polish endings for a masculine name ending in a consonant:
# genitive, dative, instrumental, locative.
_HARD = ("a", "owi", "iem", "u")
_HARD_E = ("a", "owi", "em", "ie")

_RAW: list[tuple[str, str, tuple[str, ...]]] = [
    # Technology companies and their products.
    ("Facebook", "organisation", _inflected("Facebook", *_HARD)),
    ("Meta", "organisation", ("Meta Platforms", "Meta", "Mety", "Mecie", "Metą")),
    (
        "Google",
        "organisation",
        _inflected("Google", "'a", "'owi", "'em", "'u", "’a", "’owi", "’em", "’u"),
    ),
    ("Alphabet", "organisation", _inflected("Alphabet", "u", "owi", "em", "cie")),
    (
        "Apple",
        "organisation",
        _inflected("Apple", "'a", "'owi", "'em", "’a", "’owi", "’em") + ("Apple Inc.",),
    ),
    ("Amazon", "organisation", _inflected("Amazon", "a", "owi", "em", "ie")),
    ("Microsoft", "organisation", _inflected("Microsoft", "u", "owi", "em") + ("Microsofcie",)),
    ("Twitter", "organisation", _inflected("Twitter", "a", "owi", "em", "ze")),
    (
        "Netflix",
        "organisation",
        ("Netflix", "Netfliksa", "Netfliksowi", "Netfliksem", "Netfliksie"),
    ),
    ("Uber", "organisation", _inflected("Uber", "a", "owi", "em", "ze")),
    ("Tesla", "organisation", ("Tesla", "Tesli", "Teslę", "Teslą")),
    ("Samsung", "organisation", _inflected("Samsung", *_HARD)),
    ("Huawei", "organisation", ("Huawei", "Huaweia", "Huaweiem", "Huaweiowi")),
    ("TikTok", "organisation", _inflected("TikTok", "a", "owi", "iem", "u")),
    (
        "Cambridge Analytica",
        "organisation",
        ("Cambridge Analytica", "Cambridge Analytiki", "Cambridge Analytikę"),
    ),
    ("Messenger", "other", _inflected("Messenger", "a", "owi", "em", "ze")),
    ("Instagram", "other", _inflected("Instagram", "a", "owi", "em", "ie")),
    ("WhatsApp", "other", _inflected("WhatsApp", "a", "owi", "em", "ie")),
    ("YouTube", "other", ("YouTube", "YouTube'a", "YouTube’a", "YouTubie")),
    # Banks and finance.
    (
        "JPMorgan Chase",
        "organisation",
        ("JPMorgan Chase", "JPMorgan Chase & Co.", "JPMorgan", "JP Morgan", "J.P. Morgan"),
    ),
    ("Citigroup", "organisation", ("Citigroup", "Citigroupu", "Citi")),
    ("Wells Fargo", "organisation", ("Wells Fargo",)),
    ("U.S. Bancorp", "organisation", ("U.S. Bancorp", "US Bancorp")),
    ("Bank of America", "organisation", ("Bank of America",)),
    ("Goldman Sachs", "organisation", ("Goldman Sachs",)),
    ("Morgan Stanley", "organisation", ("Morgan Stanley",)),
    ("HSBC", "organisation", ("HSBC",)),
    ("PKO BP", "organisation", ("PKO BP", "PKO Bank Polski", "PKO Banku Polskiego")),
    ("Pekao", "organisation", ("Bank Pekao", "Pekao", "Banku Pekao")),
    ("mBank", "organisation", _inflected("mBank", "u", "owi", "iem")),
    ("Santander", "organisation", ("Santander", "Santandera", "Santander Bank Polska")),
    ("PZU", "organisation", ("PZU",)),
    ("Orlen", "organisation", ("PKN Orlen", "Orlen", "Orlenu", "Orlenowi", "Orlenem")),
    (
        "Narodowy Bank Polski",
        "organisation",
        ("Narodowy Bank Polski", "Narodowego Banku Polskiego", "Narodowym Banku Polskim", "NBP"),
    ),
    (
        "Europejski Bank Centralny",
        "organisation",
        (
            "Europejski Bank Centralny",
            "Europejskiego Banku Centralnego",
            "European Central Bank",
            "EBC",
            "ECB",
        ),
    ),
    (
        "Federal Reserve",
        "organisation",
        ("Federal Reserve", "Fed", "Rezerwa Federalna", "Rezerwy Federalnej"),
    ),
    (
        "Komisja Nadzoru Finansowego",
        "organisation",
        ("Komisja Nadzoru Finansowego", "Komisji Nadzoru Finansowego", "KNF"),
    ),
    # Press and agencies.
    (
        "Wall Street Journal",
        "organisation",
        ("Wall Street Journal", "The Wall Street Journal", "WSJ", "Wall Street Journalu"),
    ),
    ("New York Times", "organisation", ("New York Times", "The New York Times", "NYT")),
    ("Financial Times", "organisation", ("Financial Times", "FT")),
    ("Washington Post", "organisation", ("Washington Post", "The Washington Post")),
    ("Bloomberg", "organisation", _inflected("Bloomberg", "a", "owi", "iem")),
    ("Reuters", "organisation", _inflected("Reuters", "a", "owi", "em")),
    ("Associated Press", "organisation", ("Associated Press",)),
    ("AFP", "organisation", ("AFP",)),
    ("PAP", "organisation", ("PAP", "Polska Agencja Prasowa", "Polskiej Agencji Prasowej")),
    ("BBC", "organisation", ("BBC",)),
    ("CNN", "organisation", ("CNN",)),
    ("Guardian", "organisation", ("The Guardian",)),
    ("Rzeczpospolita", "organisation", ("Rzeczpospolita", "Rzeczpospolitej")),
    (
        "Gazeta Wyborcza",
        "organisation",
        ("Gazeta Wyborcza", "Gazety Wyborczej", "Gazecie Wyborczej"),
    ),
    ("Puls Biznesu", "organisation", ("Puls Biznesu", "Pulsu Biznesu")),
    ("Business Insider", "organisation", ("Business Insider",)),
    # Public bodies.
    (
        "Komisja Europejska",
        "organisation",
        (
            "Komisja Europejska",
            "Komisji Europejskiej",
            "Komisję Europejską",
            "Komisją Europejską",
            "European Commission",
            "KE",
        ),
    ),
    (
        "Unia Europejska",
        "organisation",
        (
            "Unia Europejska",
            "Unii Europejskiej",
            "Unię Europejską",
            "Unią Europejską",
            "European Union",
            "UE",
            "EU",
        ),
    ),
    (
        "Parlament Europejski",
        "organisation",
        ("Parlament Europejski", "Parlamentu Europejskiego", "European Parliament"),
    ),
    ("Federal Trade Commission", "organisation", ("Federal Trade Commission", "FTC")),
    (
        "Securities and Exchange Commission",
        "organisation",
        ("Securities and Exchange Commission", "SEC"),
    ),
    (
        "Urząd Ochrony Konkurencji i Konsumentów",
        "organisation",
        (
            "Urząd Ochrony Konkurencji i Konsumentów",
            "Urzędu Ochrony Konkurencji i Konsumentów",
            "UOKiK",
        ),
    ),
    (
        "Główny Urząd Statystyczny",
        "organisation",
        ("Główny Urząd Statystyczny", "Głównego Urzędu Statystycznego", "GUS"),
    ),
    (
        "Urząd Ochrony Danych Osobowych",
        "organisation",
        ("Urząd Ochrony Danych Osobowych", "Urzędu Ochrony Danych Osobowych", "UODO"),
    ),
    (
        "Information Commissioner's Office",
        "organisation",
        ("Information Commissioner's Office", "ICO"),
    ),
    ("Kongres USA", "organisation", ("Kongres", "Kongresu", "Kongresie", "Congress")),
    ("Senat", "organisation", ("Senat", "Senatu", "Senacie", "Senate")),
    ("Sejm", "organisation", ("Sejm", "Sejmu", "Sejmie")),
    ("NATO", "organisation", ("NATO",)),
    ("ONZ", "organisation", ("ONZ", "United Nations")),
    ("Ministerstwo Finansów", "organisation", ("Ministerstwo Finansów", "Ministerstwa Finansów")),
    # People.
    (
        "Mark Zuckerberg",
        "person",
        (
            "Mark Zuckerberg",
            "Marka Zuckerberga",
            "Markiem Zuckerbergiem",
            "Markowi Zuckerbergowi",
            "Zuckerberg",
            "Zuckerberga",
            "Zuckerbergiem",
            "Zuckerbergowi",
        ),
    ),
    ("Sheryl Sandberg", "person", ("Sheryl Sandberg", "Sandberg")),
    ("Tim Cook", "person", ("Tim Cook", "Tima Cooka", "Timem Cookiem")),
    ("Elon Musk", "person", ("Elon Musk", "Elona Muska", "Elonem Muskiem", "Musk", "Muska")),
    ("Jeff Bezos", "person", ("Jeff Bezos", "Jeffa Bezosa", "Bezos", "Bezosa")),
    ("Sundar Pichai", "person", ("Sundar Pichai", "Pichai")),
    ("Satya Nadella", "person", ("Satya Nadella", "Nadella")),
    (
        "Donald Trump",
        "person",
        ("Donald Trump", "Donalda Trumpa", "Trump", "Trumpa", "Trumpem", "Trumpowi"),
    ),
    ("Joe Biden", "person", ("Joe Biden", "Joe Bidena", "Biden", "Bidena", "Bidenem", "Bidenowi")),
    # Places.
    ("Polska", "place", ("Polska", "Polski", "Polsce", "Polskę", "Poland")),
    (
        "Stany Zjednoczone",
        "place",
        (
            "Stany Zjednoczone",
            "Stanów Zjednoczonych",
            "Stanach Zjednoczonych",
            "United States",
            "USA",
            "U.S.",
            "US",
        ),
    ),
    (
        "Wielka Brytania",
        "place",
        (
            "Wielka Brytania",
            "Wielkiej Brytanii",
            "Wielką Brytanię",
            "Britain",
            "United Kingdom",
            "UK",
            "U.K.",
        ),
    ),
    ("Niemcy", "place", ("Niemcy", "Niemiec", "Niemczech", "Germany")),
    ("Francja", "place", ("Francja", "Francji", "Francję", "France")),
    ("Chiny", "place", ("Chiny", "Chin", "Chinach", "China")),
    ("Europa", "place", ("Europa", "Europy", "Europie", "Europę", "Europe")),
    ("Warszawa", "place", ("Warszawa", "Warszawy", "Warszawie", "Warszawę", "Warsaw")),
    ("Londyn", "place", ("Londyn", "Londynu", "Londynie", "London")),
    ("Nowy Jork", "place", ("Nowy Jork", "Nowego Jorku", "Nowym Jorku", "New York")),
    ("Waszyngton", "place", ("Waszyngton", "Waszyngtonu", "Waszyngtonie", "Washington")),
    ("Bruksela", "place", ("Bruksela", "Brukseli", "Brukselę", "Brussels")),
    ("Kalifornia", "place", ("Kalifornia", "Kalifornii", "California")),
    (
        "Dolina Krzemowa",
        "place",
        ("Dolina Krzemowa", "Doliny Krzemowej", "Dolinie Krzemowej", "Silicon Valley"),
    ),
    ("Irlandia", "place", ("Irlandia", "Irlandii", "Ireland", "Dublin", "Dublinie")),
]

ENTRIES: tuple[GazetteerEntry, ...] = tuple(
    GazetteerEntry(name, kind, tuple(dict.fromkeys(forms))) for name, kind, forms in _RAW
)
