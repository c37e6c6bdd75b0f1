"""French: the same families of expressions as Polish and English, in French news usage."""

from timeline.dates.grammar.base import Grammar, Vocab, not_after, production, tokens_for
from timeline.dates.grammar.numeric import numeric_productions

MONTHS = {
    1: "janvier",
    2: "février",
    3: "mars",
    4: "avril",
    5: "mai",
    6: "juin",
    7: "juillet",
    8: "août",
    9: "septembre",
    10: "octobre",
    11: "novembre",
    12: "décembre",
}
RUNNING_MONTH = "(?P<month>(?-i:{}))".format("|".join(MONTHS.values()))
ABBREVIATIONS = {
    1: r"janv\.",
    2: r"févr\.",
    4: r"avr\.",
    7: r"juil\.",
    9: r"sept\.",
    10: r"oct\.",
    11: r"nov\.",
    12: r"déc\.",
}

VOCAB = {
    "monthfull": Vocab(MONTHS),
    "month": Vocab(
        {m: MONTHS[m] + ("|" + ABBREVIATIONS[m] if m in ABBREVIATIONS else "") for m in MONTHS}
    ),
    "weekday": Vocab(
        {
            0: "lundi",
            1: "mardi",
            2: "mercredi",
            3: "jeudi",
            4: "vendredi",
            5: "samedi",
            6: "dimanche",
        }
    ),
    "rel": Vocab(
        {
            -1: "dernier|dernière|passé|passée",
            0: "ce|cet|cette|en cours",
            1: "prochain|prochaine",
        }
    ),
    "dir": Vocab(
        {"last": "dernier|dernière", "next": "prochain|prochaine", "this": "ce|cet|cette"}
    ),
    "unit1": Vocab(
        {"year": "année|an", "month": "mois", "week": "semaine", "quarter": "trimestre"}
    ),
    "unit": Vocab(
        {
            "year": "ans?|années?",
            "month": "mois",
            "week": "semaines?",
            "day": "jours?",
            "quarter": "trimestres?",
        }
    ),
    "num": Vocab(
        {
            1: "un|une",
            2: "deux",
            3: "trois",
            4: "quatre",
            5: "cinq",
            6: "six",
            7: "sept",
            8: "huit",
            9: "neuf",
            10: "dix",
            11: "onze",
            12: "douze",
        }
    ),
    # Vague counts, as the (fewest, most) units they can mean: "quelques" and "plusieurs" are
    # from two up to nine (from ten on French says "une dizaine").
    "vague": Vocab({(2, 9): "quelques|plusieurs"}),
    "dayword": Vocab(
        {
            -2: "avant-hier|avant hier",
            -1: "hier",
            0: "aujourd'hui",
            1: "demain",
            2: "après-demain|après demain",
        }
    ),
    "part": Vocab(
        {
            "early": r"(?:au |en |le )?début(?: de| d')?",
            "mid": r"(?:à la |a la )?mi|(?:au |le )?milieu(?: de| d')?",
            "late": r"(?:à la |a la |en |la )?fin(?: de| d')?",
        }
    ),
    "season": Vocab(
        {"spring": "printemps", "summer": "été", "autumn": "automne", "winter": "hiver"}
    ),
    "quarter": Vocab(
        {
            1: r"premier|1er",
            2: r"deuxième|second|2e|2ème|2nd",
            3: r"troisième|3e|3ème",
            4: r"quatrième|4e|4ème",
        }
    ),
    "half": Vocab({1: r"premier|première|1er|1re", 2: r"deuxième|second|seconde|2e|2nd|2nde"}),
    "decade": Vocab(
        {
            2: "vingt",
            3: "trente",
            4: "quarante",
            5: "cinquante",
            6: "soixante",
            7: "soixante-dix",
            8: "quatre-vingt",
            9: "quatre-vingt-dix",
        }
    ),
}

T = tokens_for(VOCAB) | {
    "L": r"l['’]",
    "D": r"d['’]",
    "ORD": r"(?:er)?",
    "WDP": r"(?:(?:le )?(?:" + VOCAB["weekday"].alternation + r"),? )?",
    "PSEP": r"(?:\s*-\s*|(?<=['’])\s*|\s+)",
    # Deadlines: "d'ici", "au plus tard", and "avant" where it is followed by "fin".
    "DICI": r"(?:d['’]ici(?: à)?|au plus tard)",
    "DICIFIN": r"(?:d['’]ici(?: à)?|au plus tard|avant)",
    "FIN": r"(?:la )?fin(?: de| d['’])?",
    # A range of months: "de janvier à mars 2019", not "reporté de janvier à mars".
    "DE": "(?:"
    + not_after(
        "reporté reportée reportés reportées repoussé repoussée décalé décalée avancé avancée"
    )
    + r"(?:de |d['’]|depuis ))",
    "A": r"(?:à|a|jusqu['’]à|jusqu['’]en) (?:(?:la )?fin )?",
    # "la dernière année de sa vie" is a year of the life, not the year up to now.
    "NOTDE": r"(?! de(?!\w)| d['’]| du(?!\w))",
    "DECADE": (
        r"années (?:(?P<decade4>1\d\d0|20\d0)|(?P<decade2>[1-9]0)|"
        + VOCAB["decade"].group("decadeword")
        + r")"
    ),
}

ROWS = [
    ("date", "{WDP}(?:le )?{DAY}{ORD} {MONTHA} {YEAR}", True, {}),
    ("date", "{WDP}(?:le )?{DAY}{ORD} {MONTH}", True, {}),
    ("dayspan", "(?:du )?{DAY}{ORD}(?:{DASH}| au ){DAY2} {MONTHA}(?: {YEAR})?", True, {}),
    ("month", "(?:en |au mois de |au mois {D})?{MONTHA} {YEAR}", True, {}),
    ("month", "(?:en )?{MONTH} {DIR}", True, {}),
    ("month", "(?:en )?{MONTH} de {L}(?:année|an) {YREL}", True, {}),
    ("month", "(?:en |au mois de |au mois {D}){MONTH}", True, {}),
    # French writes months in lower case, so a lower-case month is the month in running text
    # too; a capitalised one is a name ("Mars", the planet).
    ("month", RUNNING_MONTH, True, {}),
    ("month", "{MONTH}", False, {}),
    ("fixed_year", "(?:en|{L}an|{L}année|en {L}an) {YEAR}", True, {}),
    ("yearspan", "(?:de|entre) {YEAR} (?:à|a|et) {YEAR2}", True, {}),
    ("todate", "plus tôt (?:cette|ce|cet) {UNIT}(?:-ci)?", True, {"mode": "earlier"}),
    ("todate", "depuis le début (?:de {L}|de cette )(?P<unit>année)", True, {"mode": "earlier"}),
    ("todate", "depuis le début (?:du |de ce )(?P<unit>mois)", True, {"mode": "earlier"}),
    ("todate", "plus tard (?:cette|ce|cet) {UNIT}(?:-ci)?", True, {"mode": "later"}),
    ("unit", "(?:{L}|le |la |au cours de {L}|au cours de la |au cours du )?{UNIT} {REL}", True, {}),
    ("unit", "{REL} {UNIT}(?:-ci| ci)?", True, {}),
    # Read against the story's own period (story.py): "un an plus tôt", "la même période de
    # l'année précédente", "ce même trimestre".
    (
        "story",
        "(?:un|une) (?P<unitof>an|année|trimestre|mois) (?:plus tôt|auparavant)",
        True,
        {"mode": "earlier"},
    ),
    (
        "story",
        "(?:(?:au|du|par rapport au) )?(?P<unitof>trimestre|mois) précédent",
        True,
        {"mode": "earlier"},
    ),
    (
        "story",
        "(?:(?:sur|pour|durant|pendant|à|par rapport à) )?la même période (?:de l'année (?:précédente|dernière|passée)|de l'an dernier|l'an dernier|l'année dernière|un an plus tôt)",
        True,
        {"mode": "same", "unit": "year"},
    ),
    (
        "story",
        "(?:(?:sur|pour|durant|pendant|au cours de) )?ce même (?P<named>trimestre|mois)",
        True,
        {"mode": "same", "offset": 0},
    ),
    # Centuries (base._century): "au XXe siècle".
    ("century", "(?:(?:au|du|le) )?(?P<century>[XVI]{1,5})(?:e|ème) siècle", True, {}),
    ("ago", "il y a {NUM} {UNITS}", True, {"sign": -1}),
    ("ago", "dans {NUM} {UNITS}", True, {"sign": 1}),
    ("dayword", "{DAYWORD}", True, {}),
    ("fixed_year", "{PART}{PSEP}{YEAR}", True, {}),
    (
        "unit",
        "{PART}{PSEP}(?:{L}|la |le |du |de {L}|de la |de cette |de ce |cette |ce )?(?P<unit>année|an|mois)(?: {REL}| en cours|-ci)?",
        True,
        {},
    ),
    ("month", "{PART}{PSEP}{MONTH}(?: {YEAR})?", True, {}),
    ("decade", "{PART}{PSEP}(?:des |les )?{DECADE}", True, {}),
    ("weekday", "{WEEKDAY} {DIR}", True, {}),
    ("weekday", "(?P<dir>ce) {WEEKDAY}", True, {}),
    ("weekday", "{WEEKDAY}", False, {}),
    ("quarter", "(?:au |le |du )?{QORD} trimestre(?: de| {D})? ?{YEAR}", True, {}),
    ("quarter", "(?:au |le |du )?{QORD} trimestre de {L}(?:année|an) {YREL}", True, {}),
    ("quarter", "(?:au |le |du )?{QORD} trimestre", True, {}),
    ("quarter", "T(?P<quarter>[1-4]) {YEAR}", True, {}),
    ("half", "(?:au |le |du )?{HORD} semestre(?: de)? {YEAR}", True, {}),
    ("half", "(?:dans |pendant )?(?:la )?{HORD} moitié (?:de |{D})?{YEAR}", True, {}),
    ("half", "(?:au |le |du )?{HORD} semestre", True, {}),
    ("half", "S(?P<half>[12]) {YEAR}", True, {}),
    ("season", "(?:en |à {L}|a {L}|au |{L}|le |cet )?{SEASON} {YEAR}", True, {}),
    ("season", "(?:{L}|le |cet |ce )?{SEASON} {DIR}", True, {}),
    ("season", "{DIR} {SEASON}", True, {}),
    ("season", "(?:en |au |à {L}|a {L}){SEASON}", True, {}),
    ("season", "(?:{L}|le )?{SEASON}", False, {}),
    ("decade", "(?:dans |pendant )?(?:les |des )?{DECADE}", True, {}),
    ("isoweek", "(?:la )?semaine (?P<week>\\d{1,2})(?: de|,)? {YEAR}", True, {}),
    # Deadlines: the time up to the end of what follows (see docs/dates.md).
    ("fixed_year", "{DICIFIN} (?P<ref>{FIN} {YEAR})", True, {"deadline": True}),
    (
        "unit",
        "{DICIFIN} (?P<ref>{FIN} (?:{L}|de {L}|cette |de cette |du |de ce |ce )?(?P<unit>année|an|mois)(?: en cours)?)",
        True,
        {"deadline": True},
    ),
    ("month", "{DICIFIN} (?P<ref>{FIN} {MONTH}(?: {YEAR})?)", True, {"deadline": True}),
    ("date", "{DICI} (?:le )?(?P<ref>{DAY}{ORD} {MONTHA} {YEAR})", True, {"deadline": True}),
    ("date", "{DICI} (?:le )?(?P<ref>{DAY}{ORD} {MONTH})", True, {"deadline": True}),
    ("month", "{DICI} (?:en )?(?P<ref>{MONTHA} {YEAR})", True, {"deadline": True}),
    ("month", "{DICI} (?:en )?(?P<ref>{MONTH})", True, {"deadline": True}),
    ("fixed_year", "{DICI} (?:en )?(?P<ref>{YEAR})", True, {"deadline": True}),
    # Two-digit years: the century is the anchor's to settle (rules.full_year).
    ("month", "(?:en )?{MONTHA} {YY}", True, {}),
    ("season", "(?:en |à {L}|a {L}|au |{L}|le |cet )?{SEASON} {YY}", True, {}),
    # Rolling windows up to the anchor. "l'année dernière" is the calendar year; "la dernière
    # année" the twelve months up to now.
    ("window", "(?:au cours de|pendant|durant) la dernière (?P<unit>année){NOTDE}", True, {}),
    (
        "window",
        "(?:au cours du|pendant le|durant le) dernier (?P<unit>mois|trimestre){NOTDE}",
        True,
        {},
    ),
    (
        "window",
        "(?:(?:au cours|lors|pendant|durant) (?:des|de ces) |ces |les )"
        "{WNUM} derni(?:ers|ères) {UNITS}{NOTDE}",
        True,
        {},
    ),
    # Vague counts.
    ("vague", "il y a {VAGUE} {UNITS}", True, {"sign": -1}),
    ("vague", "dans {VAGUE} {UNITS}", True, {"sign": 1}),
    # Ranges of months and quarters: one interval from the first day of the first to the last
    # day of the last. A year written only at the end is the whole range's.
    (
        "monthspan",
        "{DE}{MONTH0}(?: {YEAR0})? {A}{MONTH}(?: {YEAR}| de {L}(?:année|an) {YREL})?",
        True,
        {},
    ),
    ("monthspan", "entre {MONTH0}(?: {YEAR0})? et {MONTH}(?: {YEAR})?", True, {}),
    # "en" is taken with the range, so that "en janvier" is not read first.
    ("monthspan", "(?:en )?{MONTH0}(?: {YEAR0})?{DASH}{MONTH}(?: {YEAR})?", True, {}),
    ("quarterspan", "du {QORD0} (?:trimestre )?au {QORD} trimestre(?: de| {D})? ?{YEAR}", True, {}),
    # No defensible limit: read as unparsed, with the reason.
    (
        "unbounded",
        "il y a (?:longtemps|des années|des mois|bien longtemps|de nombreuses années)",
        False,
        {},
    ),
    (
        "unbounded",
        "(?:au cours de |pendant |durant )?(?:ces|les) derni(?:ers|ères) (?:années|mois|semaines|jours)",
        False,
        {},
    ),
    ("unbounded", "récemment|dernièrement|ces derniers temps", False, {}),
]

EVENT_NOUNS = (
    r"conférence|élections?|réunion|sommet|annonce|fuite|scandale|guerre|crise|pandémie|attentats?"
    r"|publication|lancement|révélations?|vote|référendum|procès|fusion|rachat|campagne|visite"
    r"|débat|jeux|coupe du monde"
)

GRAMMAR = Grammar(
    code="fr",
    vocab=VOCAB,
    productions=[production(kind, pattern, T, find, **opts) for kind, pattern, find, opts in ROWS]
    + numeric_productions(T),
    relations={"avant": "before", "après": "after", "apres": "after"},
    prepositions=r"en|le",
    month_context=r"depuis|jusqu['’]en|dès",
    event_head=r"(?:(?:la|le|les|une|un|sa|son|ses) |l['’])?(?:[\w-]+ )?(?:" + EVENT_NOUNS + r")",
    event_links=r"de|du|des|d['’]",
    fillers=r"vers|environ|autour de|aux alentours de|dès|déjà|seulement",
    keywords=frozenset(
        "en le la l'an l'année dernier dernière prochain prochaine passé cette ce cet il y a dans "
        "début fin mi milieu trimestre semestre semaine mois an ans année années hier demain "
        "aujourd'hui avant après été hiver printemps automne depuis plus tôt tard jusqu'à jusqu'au "
        "jusqu'en".split()
    ),
    bounds=r"d['’]ici(?: à)?|au plus tard|jusqu['’](?:à|au|en)|avant(?= la fin)",
    ends=r"(?:la )?fin(?: de| du| d['’])?",
    until=r"jusqu['’](?:à|au|en)?",
    since=r"depuis",
    by=r"d['’]ici(?: à)?|au plus tard",
    by_end=r"d['’]ici(?: à)?|au plus tard|avant",
    negations=r"(?:ne|pas|jamais)(?![\w'’])|n['’](?=\w)",
    comparisons=r"que|par rapport à|contre|d['’]|de",
    contrasts=r"par rapport à|comparé à|comparée à",
    counted_from=r"après|à compter de|à partir de|suivant",
)
