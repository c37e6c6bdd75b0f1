"""Spanish: the same families of expressions as Polish and English, in Spanish news usage."""

from timeline.dates.grammar.base import Grammar, Vocab, not_after, production, tokens_for
from timeline.dates.grammar.numeric import numeric_productions

MONTHS = {
    1: "enero",
    2: "febrero",
    3: "marzo",
    4: "abril",
    5: "mayo",
    6: "junio",
    7: "julio",
    8: "agosto",
    9: "septiembre|setiembre",
    10: "octubre",
    11: "noviembre",
    12: "diciembre",
}
RUNNING_MONTH = "(?P<month>(?-i:{}))".format("|".join(MONTHS.values()))
ABBREVIATIONS = {
    1: r"ene\.",
    2: r"feb\.",
    3: r"mar\.",
    4: r"abr\.",
    6: r"jun\.",
    7: r"jul\.",
    8: r"ago\.",
    9: r"sept?\.",
    10: r"oct\.",
    11: r"nov\.",
    12: r"dic\.",
}

VOCAB = {
    "monthfull": Vocab(MONTHS),
    "month": Vocab(
        {m: MONTHS[m] + ("|" + ABBREVIATIONS[m] if m in ABBREVIATIONS else "") for m in MONTHS}
    ),
    "weekday": Vocab(
        {
            0: "lunes",
            1: "martes",
            2: "miércoles",
            3: "jueves",
            4: "viernes",
            5: "sábado",
            6: "domingo",
        }
    ),
    "rel": Vocab({-1: "pasad[oa]", 0: "este|esta|en curso", 1: "próxim[oa]|que viene"}),
    "dir": Vocab({"last": "pasad[oa]", "next": "próxim[oa]|que viene", "this": "este|esta"}),
    "unit1": Vocab({"year": "año", "month": "mes", "week": "semana", "quarter": "trimestre"}),
    "unit": Vocab(
        {
            "year": "años?",
            "month": "mes|meses",
            "week": "semanas?",
            "day": "días?",
            "quarter": "trimestres?",
        }
    ),
    "num": Vocab(
        {
            1: "un|uno|una",
            2: "dos",
            3: "tres",
            4: "cuatro",
            5: "cinco",
            6: "seis",
            7: "siete",
            8: "ocho",
            9: "nueve",
            10: "diez",
            11: "once",
            12: "doce",
        }
    ),
    # Vague counts, as the (fewest, most) units they can mean: "unos", "varios", "algunos" are
    # from two up to nine (from ten on Spanish says "una década"); "un par de" two or three.
    "vague": Vocab(
        {
            (2, 9): "unos cuantos|unas cuantas|unos|unas|varios|varias|algunos|algunas",
            (2, 3): "un par de",
        }
    ),
    "dayword": Vocab(
        {-2: "anteayer|antier|antes de ayer", -1: "ayer", 0: "hoy", 1: "mañana", 2: "pasado mañana"}
    ),
    "part": Vocab(
        {
            "early": r"(?:a |al )?(?:principios?|comienzos?|inicios?)(?: de| del)?",
            "mid": r"(?:a )?mediados(?: de| del)?",
            "late": r"(?:a |al )?(?:finales|fines|final)(?: de| del)?",
        }
    ),
    "season": Vocab(
        {"spring": "primavera", "summer": "verano", "autumn": "otoño", "winter": "invierno"}
    ),
    "quarter": Vocab(
        {1: r"primer|primero|1er|1º", 2: r"segundo|2º", 3: r"tercer|tercero|3º", 4: r"cuarto|4º"}
    ),
    "half": Vocab({1: r"primer|primero|primera", 2: r"segundo|segunda"}),
    "decade": Vocab(
        {
            2: "veinte",
            3: "treinta",
            4: "cuarenta",
            5: "cincuenta",
            6: "sesenta",
            7: "setenta",
            8: "ochenta",
            9: "noventa",
        }
    ),
}

T = tokens_for(VOCAB) | {
    "DE": r"(?:de|del)",
    "WDP": r"(?:(?:el )?(?:" + VOCAB["weekday"].alternation + r"),? )?",
    # "mañana" alone is tomorrow; after an article or "esta" it is the morning.
    "DAYWORD": r"(?P<dayword>anteayer|antier|antes de ayer|pasado mañana|ayer|hoy"
    r"|(?<!la\s)(?<!esta\s)(?<!una\s)(?<!cada\s)(?<!por\s)mañana)",
    # Deadlines. "para" ("prevista para marzo") may name the date itself, so it is read as a
    # deadline only as a whole expression.
    "ANTES": r"(?:antes de|a más tardar a|como muy tarde a)",
    "FINAL": r"(?:finales|fines|final)",
    # A range of months: "de enero a marzo de 2019", not "aplazado de enero a marzo".
    "DESDE": "(?:"
    + not_after(
        "aplazado aplazada pospuesto pospuesta retrasado retrasada trasladado trasladada "
        "adelantado adelantada"
    )
    + r"(?:de|desde) )",
    "HASTA": r"(?:a|hasta) (?:(?:finales|fines|final) de )?",
    # "el último año de su mandato" is a year of the term, not the year up to now.
    "NOTDE": r"(?! de(?!\w)| del(?!\w))",
    "DECADE": (
        r"(?:(?:los )?años|la década de(?: los)?) "
        r"(?:(?P<decade4>1\d\d0|20\d0)|(?P<decade2>[1-9]0)|"
        + VOCAB["decade"].group("decadeword")
        + r")"
    ),
}

ROWS = [
    ("date", "{WDP}(?:el )?{DAY} (?:de )?{MONTHA}(?: {DE})? {YEAR}", True, {}),
    ("date", "{WDP}(?:el )?{DAY} de {MONTH}", True, {}),
    ("dayspan", "(?:del )?{DAY}(?:{DASH}| al ){DAY2} de {MONTHA}(?: {DE} {YEAR})?", True, {}),
    ("month", "(?:en )?{MONTHA}(?: {DE})? {YEAR}", True, {}),
    ("month", "(?:en )?{MONTH} del año {YREL}", True, {}),
    ("month", "(?:en )?{MONTH} de (?P<ythis>este año)", True, {}),
    ("month", "(?:en )?{MONTH} {DIR}", True, {}),
    ("month", "(?:el )?{DIR} {MONTH}", True, {}),
    ("month", "en {MONTH}", True, {}),
    # Spanish writes months in lower case, so a lower-case month is the month in running text
    # too ("sumada al de abril"); a capitalised one is a name ("Plaza de Mayo").
    ("month", RUNNING_MONTH, True, {}),
    ("month", "{MONTH}", False, {}),
    ("fixed_year", "(?:en|en el año|el año|del año) {YEAR}", True, {}),
    ("yearspan", "entre {YEAR} y {YEAR2}", True, {}),
    ("yearspan", "(?:de|desde) {YEAR} (?:a|hasta) {YEAR2}", True, {}),
    ("todate", "en lo que va (?:de|del) (?P<unit>año|mes)", True, {"mode": "earlier"}),
    (
        "todate",
        "desde (?:principios|comienzos|el inicio) (?:de|del) (?P<unit>año|mes)",
        True,
        {"mode": "earlier"},
    ),
    ("todate", "(?:antes|anteriormente) (?:en )?este (?P<unit>año|mes)", True, {"mode": "earlier"}),
    ("todate", "más (?:tarde|adelante) (?:en )?este (?P<unit>año|mes)", True, {"mode": "later"}),
    ("unit", "(?:el |la |del |de la |al |a la )?{UNIT} {REL}", True, {}),
    ("unit", "(?:el |la |del |de la |al |a la )?(?P<rel>próxim[oa]|pasad[oa]) {UNIT}", True, {}),
    ("unit", "(?:de )?(?P<rel>este|esta) {UNIT}", True, {}),
    # Read against the story's own period (story.py): "un año antes", "el mismo periodo del
    # año anterior".
    (
        "story",
        "(?:un|una) (?P<unitof>año|trimestre|mes) (?:antes|atrás)",
        True,
        {"mode": "earlier"},
    ),
    (
        "story",
        "(?:(?:en|el|del|respecto al) )?(?P<unitof>trimestre|mes) anterior",
        True,
        {"mode": "earlier"},
    ),
    (
        "story",
        "(?:(?:en|durante|respecto al|frente al|con respecto al) )?(?:el )?mismo (?:periodo|período|trimestre|mes) del? año (?:anterior|pasado)",
        True,
        {"mode": "same", "unit": "year"},
    ),
    # Centuries (base._century): "en el siglo XX".
    ("century", "(?:(?:en|durante) )?(?:el )?siglo (?P<century>[XVI]{1,5})", True, {}),
    ("ago", "hace {NUM} {UNITS}", True, {"sign": -1}),
    ("ago", "dentro de {NUM} {UNITS}", True, {"sign": 1}),
    ("dayword", "{DAYWORD}", True, {}),
    ("fixed_year", "{PART} {YEAR}", True, {}),
    ("unit", "{PART} (?:este |esta |el |la )?(?P<unit>año|mes)(?: {REL})?", True, {}),
    ("month", "{PART} {MONTH}(?: {DE} {YEAR})?", True, {}),
    ("decade", "{PART} {DECADE}", True, {}),
    ("weekday", "(?:el )?{WEEKDAY} {DIR}", True, {}),
    ("weekday", "(?:el )?{DIR} {WEEKDAY}", True, {}),
    ("weekday", "el {WEEKDAY}", True, {}),
    ("weekday", "{WEEKDAY}", False, {}),
    ("quarter", "(?:en )?(?:el )?{QORD} trimestre(?: {DE})? {YEAR}", True, {}),
    ("quarter", "(?:en )?(?:el )?{QORD} trimestre del año {YREL}", True, {}),
    ("quarter", "(?:en )?(?:el )?{QORD} trimestre de (?P<ythis>este año)", True, {}),
    ("quarter", "(?:en )?(?:el )?{QORD} trimestre", True, {}),
    ("half", "(?:en )?(?:el )?{HORD} semestre(?: {DE})? {YEAR}", True, {}),
    ("half", "(?:en )?(?:la )?{HORD} mitad (?:{DE} )?{YEAR}", True, {}),
    ("half", "(?:en )?(?:la )?{HORD} mitad del (?P<ythis>año)", True, {}),
    ("half", "(?:en )?(?:el )?{HORD} semestre", True, {}),
    ("season", "(?:en )?(?:el )?{SEASON}(?: {DE})? {YEAR}", True, {}),
    ("season", "(?:el )?{SEASON} {DIR}", True, {}),
    ("season", "(?:el )?{DIR} {SEASON}", True, {}),
    ("season", "en (?:el )?{SEASON}", True, {}),
    ("season", "{SEASON}", False, {}),
    ("decade", "(?:en )?{DECADE}", True, {}),
    ("decade", "(?:en )?los (?P<decade2>[1-9]0)", False, {}),
    ("isoweek", "(?:la )?semana (?P<week>\\d{1,2})(?: {DE}|,)? {YEAR}", True, {}),
    # Deadlines: the time up to the end of what follows (see docs/dates.md).
    ("fixed_year", "{ANTES} (?P<ref>{FINAL} de {YEAR})", True, {"deadline": True}),
    ("fixed_year", "para (?P<ref>{FINAL} de {YEAR})", False, {"deadline": True}),
    (
        "unit",
        "{ANTES} (?P<ref>{FINAL} (?:de|del) (?:este |esta |el |la )?(?P<unit>año|mes)(?: {REL})?)",
        True,
        {"deadline": True},
    ),
    (
        "unit",
        "para (?P<ref>{FINAL} (?:de|del) (?:este |esta |el |la )?(?P<unit>año|mes)(?: {REL})?)",
        False,
        {"deadline": True},
    ),
    ("month", "{ANTES} (?P<ref>{FINAL} de {MONTH}(?: {DE} {YEAR})?)", True, {"deadline": True}),
    ("month", "a más tardar (?:en )?(?P<ref>{MONTHA}(?: {DE})? {YEAR})", True, {"deadline": True}),
    ("month", "a más tardar (?:en )?(?P<ref>{MONTH})", True, {"deadline": True}),
    (
        "date",
        "a más tardar (?:el )?(?P<ref>{DAY} de {MONTHA}(?: {DE})? {YEAR})",
        True,
        {"deadline": True},
    ),
    ("date", "a más tardar (?:el )?(?P<ref>{DAY} de {MONTH})", True, {"deadline": True}),
    ("month", "para (?P<ref>{MONTHA}(?: {DE})? {YEAR})", False, {"deadline": True}),
    ("month", "para (?P<ref>{MONTH})", False, {"deadline": True}),
    ("fixed_year", "para (?:el )?(?P<ref>{YEAR})", False, {"deadline": True}),
    # Two-digit years: the century is the anchor's to settle (rules.full_year).
    ("month", "(?:en )?{MONTHA}(?: {DE})? {YY}", True, {}),
    ("season", "(?:en )?(?:el )?{SEASON}(?: {DE})? {YY}", True, {}),
    # Rolling windows up to the anchor. "el año pasado" is the calendar year; "el último año"
    # the twelve months up to now.
    ("window", "(?:en|durante) el último (?P<unit>año|mes|trimestre){NOTDE}", True, {}),
    ("window", "(?:en|durante) la última (?P<unit>semana){NOTDE}", True, {}),
    (
        "window",
        "(?:(?:en|durante) )?(?:los|las) últim(?:os|as) (?:{WNUM}|{VAGUE}) {UNITS}{NOTDE}",
        True,
        {},
    ),
    ("window", "(?:(?:en|durante) )?la última década{NOTDE}", True, {"unit": "decade"}),
    # Windows ahead of the anchor: from it to the same date so many units on.
    (
        "window",
        "(?:(?:en|durante) )?(?:los|las) próxim(?:os|as) (?:{WNUM}|{VAGUE}) {UNITS}{NOTDE}",
        True,
        {"mode": "ahead"},
    ),
    # Vague counts.
    ("vague", "hace {VAGUE} {UNITS}", True, {"sign": -1}),
    ("vague", "dentro de {VAGUE} {UNITS}", True, {"sign": 1}),
    # Ranges of months and quarters: one interval from the first day of the first to the last
    # day of the last. A year written only at the end is the whole range's.
    (
        "monthspan",
        "{DESDE}{MONTH0}(?:(?: {DE})? {YEAR0})? {HASTA}{MONTH}(?:(?: {DE})? {YEAR}| del año {YREL})?",
        True,
        {},
    ),
    (
        "monthspan",
        "entre {MONTH0}(?:(?: {DE})? {YEAR0})? y {MONTH}(?:(?: {DE})? {YEAR})?",
        True,
        {},
    ),
    # "en" is taken with the range, so that "en enero" is not read first.
    (
        "monthspan",
        "(?:en )?{MONTH0}(?:(?: {DE})? {YEAR0})?{DASH}{MONTH}(?:(?: {DE})? {YEAR})?",
        True,
        {},
    ),
    ("quarterspan", "del {QORD0} (?:trimestre )?al {QORD} trimestre(?: {DE})? {YEAR}", True, {}),
    # No defensible limit: read as unparsed, with the reason.
    ("unbounded", "hace (?:muchos|muchas|tiempo|mucho tiempo|años|meses)(?: {UNITS})?", False, {}),
    (
        "unbounded",
        "(?:(?:en|durante) )?(?:los|las) últim(?:os|as) (?:años|meses|semanas|días)",
        False,
        {},
    ),
    ("unbounded", "últimamente|recientemente", False, {}),
]

EVENT_NOUNS = (
    r"conferencia|elecci(?:ón|ones)|reunión|cumbre|anuncio|filtración|escándalo|guerra|crisis"
    r"|pandemia|atentados?|publicación|lanzamiento|revelaci(?:ón|ones)|votación|referéndum|juicio"
    r"|fusión|compra|campaña|visita|debate|juegos|mundial"
)

GRAMMAR = Grammar(
    code="es",
    vocab=VOCAB,
    productions=[production(kind, pattern, T, find, **opts) for kind, pattern, find, opts in ROWS]
    + numeric_productions(T),
    relations={
        "antes de": "before",
        "antes del": "before",
        "después de": "after",
        "después del": "after",
        "tras": "after",
    },
    prepositions=r"en|el",
    month_context=r"desde|hasta",
    event_head=r"(?:(?:la|el|los|las|una|un|su|sus) )?(?:[\w-]+ )?(?:" + EVENT_NOUNS + r")",
    event_links=r"de|del",
    fillers=r"hacia|alrededor de|aproximadamente|ya|apenas|sobre",
    keywords=frozenset(
        "en el la del de año años mes meses semana semanas pasado pasada próximo próxima hace este "
        "esta principios comienzos mediados finales fines trimestre semestre ayer hoy mañana "
        "verano invierno primavera otoño década antes después hasta".split()
    ),
    bounds=r"hasta|para|a más tardar(?: en| el)?|antes de(?= (?:finales|fines|final))",
    ends=r"(?:finales|fines|final)(?: de| del)?",
    until=r"hasta",
    since=r"desde",
    # Not "para": "prevista para el verano" names the date itself.
    by=r"a más tardar(?: en| el)?",
    by_end=r"antes de|a más tardar(?: a)?",
    negations=r"(?:no|nunca|ni)(?![\w'’])",
    comparisons=r"que|respecto a|frente a|en comparación con|de",
    contrasts=r"respecto a|frente a|en comparación con|comparado con",
    counted_from=r"desde|tras|después de|a partir de",
)
