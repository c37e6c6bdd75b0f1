"""German: the same families of expressions as Polish and English, in German news usage."""

from timeline.dates.grammar.base import Grammar, Vocab, production, tokens_for
from timeline.dates.grammar.numeric import numeric_productions

MONTHS = {
    1: "januar|jänner",
    2: "februar|feber",
    3: "märz|maerz",
    4: "april",
    5: "mai",
    6: "juni",
    7: "juli",
    8: "august",
    9: "september",
    10: "oktober",
    11: "november",
    12: "dezember",
}
ABBREVIATIONS = {
    1: r"jan\.",
    2: r"feb\.",
    3: r"mär\.",
    4: r"apr\.",
    6: r"jun\.",
    7: r"jul\.",
    8: r"aug\.",
    9: r"sept?\.",
    10: r"okt\.",
    11: r"nov\.",
    12: r"dez\.",
}

VOCAB = {
    "monthfull": Vocab(MONTHS),
    "month": Vocab(
        {m: MONTHS[m] + ("|" + ABBREVIATIONS[m] if m in ABBREVIATIONS else "") for m in MONTHS}
    ),
    "weekday": Vocab(
        {
            0: "montag",
            1: "dienstag",
            2: "mittwoch",
            3: "donnerstag",
            4: "freitag",
            5: "samstag|sonnabend",
            6: "sonntag",
        }
    ),
    "rel": Vocab(
        {
            -1: r"letzte[nsmr]?|vergangene[nsmr]?|vorige[nsmr]?",
            0: r"diese[nsmr]?|laufende[nsmr]?",
            1: r"nächste[nsmr]?|kommende[nsmr]?",
        }
    ),
    "dir": Vocab(
        {
            "last": r"letzte[nsmr]?|vergangene[nsmr]?|vorige[nsmr]?",
            "next": r"nächste[nsmr]?|kommende[nsmr]?",
            "this": r"diese[nsmr]?",
        }
    ),
    "unit1": Vocab(
        {
            "year": "jahr|jahres|jahrs",
            "month": "monat|monats",
            "week": "woche",
            "quarter": "quartal|quartals",
        }
    ),
    "unit": Vocab(
        {
            "year": "jahr|jahren|jahre|jahres",
            "month": "monat|monaten|monate|monats",
            "week": "woche|wochen",
            "day": "tag|tagen|tage",
            "quarter": "quartal|quartalen|quartale",
        }
    ),
    "num": Vocab(
        {
            1: "ein|einem|einer|eins|einen",
            2: "zwei",
            3: "drei",
            4: "vier",
            5: "fünf",
            6: "sechs",
            7: "sieben",
            8: "acht",
            9: "neun",
            10: "zehn",
            11: "elf",
            12: "zwölf",
        }
    ),
    # Vague counts, as the (fewest, most) units they can mean: "einige", "ein paar", "wenige"
    # are from two up to nine (from ten on German says "ein Jahrzehnt"); "mehrere", like
    # "several", from three.
    "vague": Vocab({(2, 9): "einigen|ein paar|paar|wenigen", (3, 9): "mehreren"}),
    "dayword": Vocab({-2: "vorgestern", -1: "gestern", 0: "heute", 1: "morgen", 2: "übermorgen"}),
    "part": Vocab({"early": "anfang|zu beginn|beginn", "mid": "mitte", "late": "ende|am ende"}),
    "season": Vocab(
        # With the genitives of "Ende des Sommers".
        {
            "spring": "frühling|frühlings|frühjahr|frühjahrs",
            "summer": "sommer|sommers",
            "autumn": "herbst|herbstes|herbsts",
            "winter": "winter|winters",
        }
    ),
    "quarter": Vocab(
        {
            1: r"erste[nsmr]?|1\.",
            2: r"zweite[nsmr]?|2\.",
            3: r"dritte[nsmr]?|3\.",
            4: r"vierte[nsmr]?|4\.",
        }
    ),
    "half": Vocab({1: r"erste[nsmr]?|1\.", 2: r"zweite[nsmr]?|2\."}),
    "decade": Vocab(
        {
            2: "zwanziger",
            3: "dreißiger",
            4: "vierziger",
            5: "fünfziger",
            6: "sechziger",
            7: "siebziger",
            8: "achtziger",
            9: "neunziger",
        }
    ),
}

T = tokens_for(VOCAB) | {
    "WDP": r"(?:(?:am )?(?:" + VOCAB["weekday"].alternation + r"),? (?:(?:dem|den) )?)?",
    "IM": r"(?:(?:im|in der|in|am) )",
    "BIS": r"bis (?:zum |in den |ende )?",
    "DAYWORD": r"(?P<dayword>vorgestern|gestern|heute|übermorgen|uebermorgen)",
    "YOF": r"(?:des )?(?:jahres )?",
    "DECADE": (
        r"(?:(?P<decade4>1\d\d0|20\d0)er|(?P<decade2>[1-9]0)er|"
        + VOCAB["decade"].group("decadeword")
        + r")"
        r"(?:\s*-?\s*jahren?|n)?"
    ),
}

ROWS = [
    ("date", "{WDP}(?:am )?{DAY}\\. {MONTHA} {YEAR}", True, {}),
    ("date", "{WDP}(?:am )?{DAY}\\. {MONTH} (?:des )?{YREL} jahres", True, {}),
    ("date", "{WDP}(?:am )?{DAY}\\. {MONTH}", True, {}),
    (
        "dayspan",
        "(?:vom )?{DAY}\\.?(?:{DASH}| bis (?:zum )?){DAY2}\\. {MONTHA}(?: {YEAR})?",
        True,
        {},
    ),
    ("month", "(?:im )?{MONTHA} {YEAR}", True, {}),
    ("month", "(?:im )?{MONTH} (?:des )?{YREL} jahres", True, {}),
    ("month", "(?:im )?{MONTH} des vorjahres", True, {"year_offset": -1}),
    ("month", "(?:im )?{DIR} {MONTH}", True, {}),
    ("month", "im {MONTH}", True, {}),
    ("month", "{MONTH}", False, {}),
    ("fixed_year", "(?:im )?jahre? {YEAR}", True, {}),
    ("yearspan", "(?:von )?{YEAR} bis {YEAR2}", True, {}),
    ("yearspan", "zwischen {YEAR} und {YEAR2}", True, {}),
    (
        "todate",
        "seit (?:jahresbeginn|jahresanfang|anfang des jahres|beginn des jahres)",
        True,
        {"mode": "earlier", "unit": "year"},
    ),
    (
        "todate",
        "seit (?:monatsbeginn|monatsanfang|anfang des monats)",
        True,
        {"mode": "earlier", "unit": "month"},
    ),
    ("todate", "(?:früher|zuvor) (?:in )?diese[nms]? {UNIT}", True, {"mode": "earlier"}),
    ("todate", "später (?:in )?diese[nms]? {UNIT}", True, {"mode": "later"}),
    ("unit", "{IM}?{REL} {UNIT}", True, {}),
    ("unit", "(?:im |in der )?vor(?P<unit>jahr|monat|woche|quartal)", True, {"offset": -1}),
    ("unit", "heuer", True, {"unit": "year", "offset": 0}),
    # Read against the story's own period (story.py): "ein Jahr zuvor", "im Vorjahreszeitraum".
    (
        "story",
        "(?:ein|einen) (?P<unitof>Jahr|Quartal|Monat) (?:zuvor|früher|davor)",
        True,
        {"mode": "earlier"},
    ),
    (
        "story",
        "(?:(?:im|dem|des|zum|gegenüber dem) )?Vorjahres(?:zeitraum|quartal|monat|halbjahr)(?:s|es)?",
        True,
        {"mode": "same", "unit": "year"},
    ),
    (
        "story",
        "(?:(?:im|dem|zum|gegenüber dem) )?(?:gleichen|selben|entsprechenden) (?:Zeitraum|Quartal|Monat) des Vorjahres",
        True,
        {"mode": "same", "unit": "year"},
    ),
    # Centuries (base._century): "im 20. Jahrhundert", "Ende des 19. Jahrhunderts".
    ("century", "(?:im |{PART} des )?(?P<centuryn>[1-9]|1\\d|2[01])\\. Jahrhunderts?", True, {}),
    ("ago", "vor {NUM} {UNITS}", True, {"sign": -1}),
    ("ago", "in {NUM} {UNITS}", True, {"sign": 1}),
    # "morgen" is tomorrow only in lower case; "am Morgen" is the morning.
    ("dayword", "{DAYWORD}", True, {}),
    # "morgen" is tomorrow only in lower case and not after "am", "jeden", "guten": those are
    # the morning.
    ("dayword", r"(?<!am\s)(?<!den\s)(?<!jeden\s)(?<!guten\s)(?P<dayword>(?-i:morgen))", True, {}),
    ("fixed_year", "{PART} {YEAR}", True, {}),
    ("unit", "{PART} (?:des )?{REL} (?P<unit>jahres|monats)", True, {}),
    ("unit", "{PART} (?:des |dieses )(?P<unit>jahres|monats)", True, {}),
    ("unit", "{PART} des vor(?P<unit>jahres|monats)", True, {"offset": -1}),
    ("month", "{PART} {MONTH}(?: {YEAR})?", True, {}),
    ("decade", "{PART} der {DECADE}", True, {}),
    ("weekday", "am {WEEKDAY}", True, {}),
    ("weekday", "(?:am )?{DIR} {WEEKDAY}", True, {}),
    ("weekday", "{WEEKDAY}", False, {}),
    ("quarter", "(?:im )?{QORD} quartal {YEAR}", True, {}),
    ("quarter", "(?:im )?{QORD} quartal (?:des )?{YREL} jahres", True, {}),
    ("quarter", "(?:im )?{QORD} quartal (?:des |dieses )(?P<ythis>jahres)", True, {}),
    ("quarter", "(?:im )?{QORD} quartal", True, {}),
    ("half", "(?:im |in der )?{HORD} (?:halbjahr|jahreshälfte|hälfte) {YEAR}", True, {}),
    (
        "half",
        "(?:im |in der )?{HORD} (?:halbjahr|jahreshälfte|hälfte) (?:des )?{YREL} jahres",
        True,
        {},
    ),
    ("half", "(?:im |in der )?{HORD} (?:halbjahr|jahreshälfte)", True, {}),
    ("season", "(?:im )?{SEASON} {YEAR}", True, {}),
    ("season", "(?:im )?{SEASON} (?:des )?{YREL} jahres", True, {}),
    ("season", "(?:im )?{DIR} {SEASON}", True, {}),
    ("season", "im {SEASON}", True, {}),
    ("season", "{SEASON}", False, {}),
    ("decade", "(?:in )?(?:den|die) {DECADE}", True, {}),
    ("decade", "{DECADE}", False, {}),
    ("isoweek", "(?:kw|kalenderwoche|woche) ?(?P<week>\\d{1,2})(?:\\s*/\\s*|,? ){YEAR}", True, {}),
    ("isoweek", "(?:in der )?(?P<week>\\d{1,2})\\. (?:kalenderwoche|kw|woche) {YEAR}", True, {}),
    # Deadlines: the time up to the end of what follows (see docs/dates.md). A bare "bis" is
    # read only as a whole expression: in running text "von Januar bis März" is a range.
    (
        "fixed_year",
        "(?:bis|spätestens|spätestens bis|vor) (?P<ref>ende {YEAR})",
        True,
        {"deadline": True},
    ),
    (
        "unit",
        "(?:bis|spätestens|spätestens bis|vor) (?P<ref>ende (?:des |dieses )(?P<unit>jahres|monats))",
        True,
        {"deadline": True},
    ),
    (
        "unit",
        "(?:spätestens )?bis (?:zum )?(?P<ref>(?P<unit>jahres|monats)ende)",
        True,
        {"deadline": True},
    ),
    (
        "month",
        "(?:bis|spätestens|spätestens bis|vor) (?P<ref>ende {MONTH}(?: {YEAR})?)",
        True,
        {"deadline": True},
    ),
    ("month", "spätestens (?:im |bis )?(?P<ref>{MONTHA} {YEAR})", True, {"deadline": True}),
    ("month", "spätestens (?:im |bis )?(?P<ref>{MONTH})", True, {"deadline": True}),
    ("month", "bis (?P<ref>{MONTHA} {YEAR})", False, {"deadline": True}),
    ("month", "bis (?P<ref>{MONTH})", False, {"deadline": True}),
    ("fixed_year", "(?:bis|spätestens) (?P<ref>{YEAR})", False, {"deadline": True}),
    # Two-digit years: the century is the anchor's to settle (rules.full_year).
    ("fixed_year", "(?:im )?jahre? {YY}", True, {}),
    ("month", "(?:im )?{MONTHA} {YY}", True, {}),
    ("season", "(?:im )?{SEASON} {YY}", True, {}),
    # Rolling windows up to the anchor. "im vergangenen Jahr" is the calendar year.
    (
        "window",
        "(?:in den|während der|innerhalb der) (?:letzten|vergangenen|zurückliegenden) "
        "{WNUM} {UNITS}",
        True,
        {},
    ),
    # Vague counts.
    ("vague", "vor {VAGUE} {UNITS}", True, {"sign": -1}),
    ("vague", "in {VAGUE} {UNITS}", True, {"sign": 1}),
    # Ranges of months and quarters: one interval from the first day of the first to the last
    # day of the last. A year written only at the end is the whole range's.
    # "im" is taken with the range, so that "im Januar" is not read first.
    ("monthspan", "(?:von |im )?{MONTHA0}(?: {YEAR0})? {BIS}{MONTHA} {YEAR}", True, {}),
    (
        "monthspan",
        "(?:von |im )?{MONTH0}(?: {YEAR0})? {BIS}{MONTH}(?: (?:des )?{YREL} jahres)?",
        True,
        {},
    ),
    ("monthspan", "zwischen {MONTH0}(?: {YEAR0})? und {MONTH}(?: {YEAR})?", True, {}),
    ("monthspan", "(?:im )?{MONTHA0}(?: {YEAR0})?{DASH}{MONTHA} {YEAR}", True, {}),
    ("monthspan", "(?:im )?{MONTH0}{DASH}{MONTH}", True, {}),
    ("quarterspan", "(?:vom )?{QORD0} (?:quartal )?bis (?:zum )?{QORD} quartal {YEAR}", True, {}),
    # No defensible limit: read as unparsed, with the reason.
    (
        "unbounded",
        "vor (?:vielen|langer zeit|jahren|monaten|wochen|jahrzehnten)(?: {UNITS})?",
        False,
        {},
    ),
    (
        "unbounded",
        "(?:in den|während der) (?:letzten|vergangenen) (?:jahren|monaten|wochen|tagen|jahre|monate)",
        False,
        {},
    ),
    ("unbounded", "kürzlich|neulich|jüngst|in letzter zeit|in jüngster zeit", False, {}),
]

EVENT_NOUNS = (
    r"konferenz|wahl(?:en)?|treffen|gipfels?|veröffentlichung|ankündigung|skandals?|krieg\w*|krise"
    r"|pandemie|anschlag\w*|abstimmung|referendum|start|markteinführung|enthüllung\w*|leak\w*"
    r"|datenleck\w*|fusion|übernahme|parteitag\w*|sitzung|prozess\w*|olympischen spielen|wm|em"
)

GRAMMAR = Grammar(
    code="de",
    vocab=VOCAB,
    productions=[production(kind, pattern, T, find, **opts) for kind, pattern, find, opts in ROWS]
    + numeric_productions(T),
    relations={
        "vor": "before",
        "vor dem": "before",
        "vor der": "before",
        "nach": "after",
        "nach dem": "after",
        "nach der": "after",
    },
    prepositions=r"im|am|in",
    month_context=r"seit|bis|ab",
    event_head=r"(?:(?:dem|der|den|einem|einer) )?(?:[\w-]+(?:en|er|em|es) )?(?:"
    + EVENT_NOUNS
    + r")",
    event_links=r"von|des|der|zum|zur",
    fillers=r"etwa|ungefähr|circa|ca\.|gegen|schon|bereits|erst|noch",
    keywords=frozenset(
        "im am vor nach jahr jahren jahres monat monaten woche wochen tagen letzten letztes "
        "vergangenen vergangenes nächsten nächstes diesen dieses anfang mitte ende quartal "
        "halbjahr jahreshälfte gestern heute morgen vorgestern übermorgen sommer winter herbst "
        "frühling frühjahr seit den der des er jahre bis".split()
    ),
    bounds=r"bis zum|bis zur|bis in den|bis in die|bis|spätestens bis|spätestens|vor(?= ende)",
    ends=r"(?:zum )?ende(?: des| der| dieses)?",
    # Not a bare "bis": "von Januar bis März" is a range.
    until=r"bis zum|bis zur|bis in den|bis in die",
    since=r"seit|seit dem|seit der",
    by=r"bis|spätestens(?: bis| im)?",
    by_end=r"bis|spätestens|spätestens bis|vor",
    negations=r"(?:nicht|nie|kein\w*)(?![\w'’])",
    comparisons=r"als|gegenüber|im Vergleich zu|verglichen mit|von",
    contrasts=r"gegenüber|im Vergleich zu|verglichen mit",
    counted_from=r"nach|ab",
)
