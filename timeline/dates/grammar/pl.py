"""Polish: dates as Polish news writes them, in every grammatical case they take."""

from timeline.dates.grammar.base import Grammar, Vocab, plain_letters, production, tokens_for
from timeline.dates.grammar.numeric import numeric_productions

MONTHS = {
    1: "styczeń|stycznia|styczniu|styczniem",
    2: "luty|lutego|lutym",
    3: "marzec|marca|marcu|marcem",
    4: "kwiecień|kwietnia|kwietniu|kwietniem",
    5: "maj|maja|maju|majem",
    6: "czerwiec|czerwca|czerwcu|czerwcem",
    7: "lipiec|lipca|lipcu|lipcem",
    8: "sierpień|sierpnia|sierpniu|sierpniem",
    9: "wrzesień|września|wrześniu|wrześniem",
    10: "październik|października|październiku|październikiem",
    11: "listopad|listopada|listopadzie|listopadem",
    12: "grudzień|grudnia|grudniu|grudniem",
}
RUNNING_FORMS = "|".join(forms for number, forms in MONTHS.items() if number != 5)
RUNNING_MONTH = f"(?P<month>{RUNNING_FORMS})"
# Abbreviations only with a dot, and only next to a day or a year: "sie" and "lis" alone are
# other words.
ABBREVIATIONS = {
    1: r"sty\.",
    2: r"lut\.",
    3: r"mar\.",
    4: r"kwi\.",
    6: r"cze\.",
    7: r"lip\.",
    8: r"sie\.",
    9: r"wrz\.",
    10: r"paź\.",
    11: r"lis\.",
    12: r"gru\.",
}

VOCAB = {
    "monthfull": Vocab(MONTHS),
    "month": Vocab(
        {m: MONTHS[m] + ("|" + ABBREVIATIONS[m] if m in ABBREVIATIONS else "") for m in MONTHS}
    ),
    # Abbreviations only with their dot: "pt", "wt", "sob" alone are other words.
    "weekday": Vocab(
        {
            0: r"poniedziałek|poniedziałku|pon\.|pn\.",
            1: r"wtorek|wtorku|wt\.",
            2: r"środa|środę|środy|śr\.",
            3: r"czwartek|czwartku|czw\.",
            4: r"piątek|piątku|pt\.",
            5: r"sobota|sobotę|soboty|sob\.",
            6: r"niedziela|niedzielę|niedzieli|niedz\.|ndz\.|nd\.",
        }
    ),
    # "poprzedni" and "następny" are left out on purpose: "następnego dnia", "w poprzednim
    # roku" count from the story's own time, not from the publication date.
    "rel": Vocab(
        {
            -1: r"ubiegł\w*|zeszł\w*|ub\.\s*r\.|ub\.r\.",
            0: r"tego|tym|ten|tej|tą|tę|bieżąc\w*|obecn\w*|br\.|b\.r\.",
            1: r"przyszł\w*",
        }
    ),
    "dir": Vocab(
        {
            "last": r"ubiegł\w*|zeszł\w*|ostatni\w*",
            "next": r"przyszł\w*|najbliższ\w*",
            "this": r"tego|tym|ten|tej|tą|tę|ta|bieżąc\w*",
        }
    ),
    "unit1": Vocab(
        {
            "year": "rok|roku|rokiem",
            "month": "miesiąc|miesiąca|miesiącu|miesiącem",
            "week": "tydzień|tygodnia|tygodniu|tygodniem",
            "quarter": "kwartał|kwartału|kwartale|kwartałem",
            "half": "półrocze|półrocza|półroczu|półroczem",
        }
    ),
    "unit": Vocab(
        {
            "year": "rok|roku|rokiem|lata|lat|laty|latami|latach",
            "month": "miesiąc|miesiąca|miesiącu|miesiącem|miesiące|miesięcy|miesiącami|miesiącach",
            "week": "tydzień|tygodnia|tygodniu|tygodniem|tygodnie|tygodni|tygodniami|tygodniach",
            "day": "dzień|dnia|dni|dniami|dniach",
            "quarter": "kwartał|kwartału|kwartałem|kwartały|kwartałów|kwartałami",
        }
    ),
    # Vague counts, as the (fewest, most) units they can mean, the bounds the claim
    # extractor gives the same words (claims/extraction/vague_counts.py): "kilka" is three to
    # nine (two is "dwa" or "parę"), "parę" two to nine, "kilkanaście" eleven to nineteen,
    # "kilkadziesiąt" twenty to ninety.
    "vague": Vocab(
        {
            (3, 9): "kilka|kilku|kilkoma",
            (2, 9): "parę|paru",
            (11, 19): "kilkanaście|kilkunastu|kilkunastoma",
            (20, 90): "kilkadziesiąt|kilkudziesięciu|kilkudziesięcioma",
        }
    ),
    "num": Vocab(
        {
            1: "jeden|jedna|jedno|jednego",
            2: "dwa|dwie|dwóch|dwoma|dwiema",
            3: "trzy|trzech|trzema",
            4: "cztery|czterech|czterema",
            5: "pięć|pięciu|pięcioma",
            6: "sześć|sześciu|sześcioma",
            7: "siedem|siedmiu|siedmioma",
            8: "osiem|ośmiu|ośmioma",
            9: "dziewięć|dziewięciu|dziewięcioma",
            10: "dziesięć|dziesięciu|dziesięcioma",
            11: "jedenaście|jedenastu",
            12: "dwanaście|dwunastu",
        }
    ),
    "dayword": Vocab(
        {-2: "przedwczoraj", -1: "wczoraj", 0: "dziś|dzisiaj", 1: "jutro", 2: "pojutrze"}
    ),
    # Genitives stand after "od", "do", "z": "od początku 2017 roku", "do końca roku". Never
    # "w końcu", which is "finally".
    "part": Vocab(
        {
            "early": "na początku|z początkiem|początkiem|na początek|początek|początku",
            "mid": "w połowie|połowa|połowy|w środku",
            "late": "pod koniec|z końcem|końcem|koniec|końca|u schyłku",
            # "Na koniec czerwca działało 1152 stacji": a balance struck on the last day.
            "end": "na koniec",
        }
    ),
    "season": Vocab(
        {
            "spring": "wiosna|wiosną|wiośnie|wiosnę|wiosny",
            "summer": "lato|latem|lecie|lata",
            "autumn": "jesień|jesienią|jesieni",
            "winter": "zima|zimą|zimie|zimę|zimy",
        }
    ),
    # Without "lata", which is far more often "years".
    "seasonx": Vocab(
        {
            "spring": "wiosna|wiosną|wiośnie|wiosnę|wiosny",
            "summer": "lato|latem|lecie",
            "autumn": "jesień|jesienią|jesieni",
            "winter": "zima|zimą|zimie|zimę|zimy",
        }
    ),
    "quarter": Vocab(
        {
            1: r"pierwsz\w*|I|1\.?",
            2: r"drug\w*|II|2\.?",
            # "trzeci", "trzecim", not the cardinal "trzech" ("w trzech kwartałach").
            3: r"trzeci\w*|III|3\.?",
            4: r"czwart\w*|IV|4\.?",
        }
    ),
    "half": Vocab({1: r"pierwsz\w*|I", 2: r"drug\w*|II"}),
    "decade": Vocab(
        {
            2: r"dwudziest\w*",
            3: r"trzydziest\w*",
            4: r"czterdziest\w*",
            5: r"pięćdziesiąt\w*",
            6: r"sześćdziesiąt\w*",
            7: r"siedemdziesiąt\w*",
            8: r"osiemdziesiąt\w*",
            9: r"dziewięćdziesiąt\w*",
        }
    ),
}

# Ordinal stems of the days of a month, each taking the nominative "-y" ("-i" after "g" and
# "c") or the genitive "-ego" ("-iego"): "piętnasty lutego", "pierwszego marca".
DAY_STEMS = {
    1: "pierwsz",
    2: "drug",
    3: "trzec",
    4: "czwart",
    5: "piąt",
    6: "szóst",
    7: "siódm",
    8: "ósm",
    9: "dziewiąt",
    10: "dziesiąt",
    11: "jedenast",
    12: "dwunast",
    13: "trzynast",
    14: "czternast",
    15: "piętnast",
    16: "szesnast",
    17: "siedemnast",
    18: "osiemnast",
    19: "dziewiętnast",
    20: "dwudziest",
    30: "trzydziest",
}


def _ordinal(stem: str) -> str:
    return stem + ("(?:i|iego)" if stem[-1] in "gc" else "(?:y|ego)")


def day_ordinals() -> dict[int, str]:
    """Every day of a month as an ordinal in words; 21-29 and 31 are two words, both
    inflected ("dwudziestego pierwszego")."""
    words = {day: _ordinal(stem) for day, stem in DAY_STEMS.items()}
    for tens in (20, 30):
        for unit in range(1, 10 if tens == 20 else 2):
            words[tens + unit] = f"{_ordinal(DAY_STEMS[tens])} {_ordinal(DAY_STEMS[unit])}"
    return words


VOCAB["dayord"] = Vocab(day_ordinals())


# Singular forms only: a plural ("czwartkowe sesje" aside, "czwartkowych notowaniach",
# "w dzisiejszych czasach") speaks of such days in general, not of one.
ADJECTIVE_ENDINGS = ("y", "a", "e", "ego", "ej", "ym", "ą", "emu")


def adjective(stem: str) -> str:
    """Every singular form of an adjective: "czwartkow" -> "czwartkowy|czwartkowa|...",
    a soft stem ending in "i" ("sobotni") taking "-i" for "-y" and dropping the "y" of "-ym"."""
    if stem.endswith("i"):
        return "|".join(stem + ending.removeprefix("y") for ending in ADJECTIVE_ENDINGS)
    return "|".join(stem + ending for ending in ADJECTIVE_ENDINGS)


# "czwartkowej sesji", "lipcowym odczycie", "wczorajszym": read as the weekday, the month
# and the day they are made from.
VOCAB["weekdayadj"] = Vocab(
    {
        day: adjective(stem)
        for day, stem in enumerate(
            ("poniedziałkow", "wtorkow", "środow", "czwartkow", "piątkow", "sobotni", "niedzieln")
        )
    }
)
VOCAB["monthadj"] = Vocab(
    {
        month: adjective(stem)
        for month, stem in enumerate(
            (
                "styczniow",
                "lutow",
                "marcow",
                "kwietniow",
                "majow",
                "czerwcow",
                "lipcow",
                "sierpniow",
                "wrześniow",
                "październikow",
                "listopadow",
                "grudniow",
            ),
            start=1,
        )
    }
)
VOCAB["daywordadj"] = Vocab(
    {
        -2: adjective("przedwczorajsz"),
        -1: adjective("wczorajsz"),
        0: adjective("dzisiejsz"),
        1: adjective("jutrzejsz"),
    }
)

# The noun an adjective of a date qualifies ("czwartkowej sesji"), one lower-case word that is
# not a conjunction or a preposition.
ADJ_NOUN = (
    r"(?: (?!(?:i|a|oraz|lub|czy|w|we|na|z|ze|do|od|po|przez|przed|za|dla|o|się)(?!\w))"
    r"(?-i:[a-ząćęłńóśźż])\w+)?"
)
# The uprisings and the constitution are named by their month, long ago.
NOT_A_NAME = "".join(
    rf"(?<!{word}\s)"
    for word in "powstanie powstania powstaniu powstaniem noc nocy konstytucja konstytucji".split()
)

YS = r"(?:\s*r\.|\s+roku|\s+rokiem|\s+rok)?"
# Clock times: after "godz." any hour, with or without minutes; after a bare "o" only h:mm
# ("o 10.30" is as often "by 10.30"). A time next to a date belongs to that date, so alone it
# is the anchor's day only with none beside it.
MINUTE = r"[0-5]\d"
PLCLOCK_LEAD = r"(?:o|po|przed|około|ok\.|od|tuż po|tuż przed|krótko po|krótko przed|zaraz po)"
# "godziny" and "godzinie" only after their preposition: "w ciągu godziny 20 osób" is an hour.
PLCLOCK = (
    rf"(?:(?:(?:{PLCLOCK_LEAD} )?godz\.|(?:o|po|przed) godzinie|(?:około|ok\.|od|przed|po) "
    rf"godziny)\s*(?:[01]?\d|2[0-4])(?:[.:]{MINUTE})?|{PLCLOCK_LEAD} (?:[01]?\d|2[0-3]):{MINUTE})"
)
PLCLOCK_NOT_AFTER = (
    r"(?<!\d\s)(?<!r\.\s)(?<!roku\s)(?<!o\s)(?<!przed\s)(?<!około\s)(?<!ok\.\s)(?<!od\s)"
    + "".join(
        rf"(?<!{m}\s)"
        for m in "stycznia lutego marca kwietnia maja czerwca lipca "
        "sierpnia września października listopada grudnia".split()
    )
)
PLCLOCK_NOT_BEFORE = (
    r"(?!,?\s+(?:\d|we?\s+(?:"
    + "|".join("poniedziałek wtorek środę czwartek piątek sobotę niedzielę".split())
    + r")|dziś|dzisiaj|wczoraj|jutro|przedwczoraj|pojutrze)(?!\w))"
)
TODPL = (
    r"(?:rano|rankiem|wieczorem|w nocy|nocą|po południu|przed południem|w południe|nad ranem"
    r"|w godzinach (?:porannych|przedpołudniowych|popołudniowych|wieczornych|nocnych))"
)
T = tokens_for(VOCAB) | {
    "YS": YS,
    "W": r"(?:we?\s+)",
    "ADJNOUN": ADJ_NOUN,
    "NOTNAME": NOT_A_NAME,
    "TODPL": TODPL,
    "PLCLOCK": PLCLOCK,
    "PLCLOCK_NA": PLCLOCK_NOT_AFTER,
    "PLCLOCK_NB": PLCLOCK_NOT_BEFORE,
    "WEEKDAY0": VOCAB["weekday"].group("weekday0"),
    "WDP": r"(?:(?:we?\s+)?(?:" + VOCAB["weekday"].alternation + r"),?\s+)?",
    "QWORD": r"(?:kwarta[łl]\w*|kw\.)",
    "HWORD": r"(?:połow\w*|półrocz\w*)",
    "ROMAN": r"(?P<mroman>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)",
    "RELP": r"(?P<rel>ubiegł\w*|zeszł\w*|bieżąc\w*|przyszł\w*)",
    "YABBR": r"(?P<yrel>ub\.\s*r\.|ub\.r\.|br\.|b\.r\.)",
    "RABBR": r"(?P<rel>ub\.\s*r\.|ub\.r\.|br\.|b\.r\.)",
    # Counted units with no number: "rok temu", "za tydzień".
    "UNIT1": r"(?P<unit>rok|miesiąc|tydzień|dzień|kwartał)",
    # Deadlines: "do końca", "przed końcem", "najpóźniej".
    "DOEND": r"(?:najpóźniej )?(?:do|przed)",
    "END": r"(?:końca|końcem)",
    "DECADE": (
        r"lat(?:a|ach|ami)? (?:['’]?(?P<decade2>[1-9]0)(?:\.|\s*-?\s*(?:tych|te|ych))?"
        r"|(?P<decade4>1\d\d0|20\d0)\.?"
        r"|" + VOCAB["decade"].group("decadeword") + r")"
        r"(?: (?P<century>[XVI]{1,5}) w(?:iek\w*|\.))?"
    ),
}

# "w analogicznym okresie", "wobec tego samego kwartału": the story's period (story.py).
STORY_LEAD = "(?:(?:w|wobec|od|z|niż w|do|względem|przy) )?"
STORY_NOUN = "(?:okres\\w*|kwarta\\w+|miesiąc\\w*|półrocz\\w+)"

ROWS = [
    # Times of day: the day they fall on (docs/dates.md, "Times of day and windows").
    ("dayword", "{DAYWORD}(?: {TODPL})?,? {PLCLOCK}", True, {}),
    ("dayword", "{PLCLOCK},? {DAYWORD}(?: {TODPL})?", True, {}),
    ("weekday", "{W}{WEEKDAY}(?: {TODPL})?,? {PLCLOCK}", True, {}),
    ("weekday", "{PLCLOCK},? {W}{WEEKDAY}(?: {TODPL})?", True, {}),
    ("unit", "{PLCLOCK_NA}{PLCLOCK}{PLCLOCK_NB}", True, {"unit": "day", "offset": 0}),
    ("dayword", "{DAYWORD} {TODPL}", True, {}),
    ("unit", "(?:ubiegłej|zeszłej|minionej) nocy", True, {"unit": "day", "offset": -1}),
    # A night named by the two days it straddles is both of them: what happened "w nocy z
    # soboty na niedzielę" may have happened before midnight or after it.
    ("night", "(?:w )?(?:nocy|noc) ze? {WEEKDAY0} na {WEEKDAY}", True, {}),
    # Windows. "w ciągu dwóch lat" reaches ahead in a future sentence and back in a past one
    # (finder.py reads the sentence); "od pięciu lat" is the five years up to now; with no
    # count "najbliższe miesiące" is read as three of them (docs/dates.md).
    (
        "window",
        "w ciągu {WNUM} {UNITS}",
        True,
        {"mode": "either"},
    ),
    (
        "window",
        "w ciągu (?P<unit>roku|miesiąca|tygodnia|kwartału)(?! \\d)",
        True,
        {"mode": "either"},
    ),
    (
        "window",
        "(?:w ciągu |przez |na |w )?najbliższ(?:ych|e) (?:{WNUM}|{VAGUE}) {UNITS}",
        True,
        {"mode": "coming"},
    ),
    (
        "window",
        "w ciągu najbliższego (?P<unit>roku|miesiąca|tygodnia|kwartału)",
        True,
        {"mode": "coming"},
    ),
    (
        "window",
        "(?:w ciągu |przez |na |w )?najbliższ(?:ych|e) "
        "(?P<unit>miesiące|miesięcy|miesiącach|lata|lat|latach|tygodnie|tygodni|tygodniach)",
        True,
        {"mode": "coming", "count": 3},
    ),
    (
        "window",
        "(?<!dzieci\\s)(?<!wieku\\s)od (?:{WNUM}|{VAGUE}) {UNITS}"
        "(?! (?:do|temu|pozbawienia|więzienia|wzwyż|życia|od)(?!\\w))",
        True,
        {},
    ),
    # Whole days.
    ("date", "{WDP}{DAY}\\.? {MONTHA} {YEAR}{YS}", True, {}),
    ("date", "{WDP}{DAY} {ROMAN} {YEAR}{YS}", True, {}),
    ("date", "{WDP}{DAY}\\.? {MONTH} {YREL} roku", True, {}),
    ("date", "{WDP}{DAY}\\.? {MONTH} {YABBR}", True, {}),
    ("date", "{WDP}{DAY}\\.? {MONTH}", True, {}),
    # "pierwszego marca", "trzeci dzień października", "dwudziestego pierwszego maja 2019".
    ("date", "{WDP}{DAYORD} (?:dnia |dzień )?{MONTHA} {YEAR}{YS}", True, {}),
    ("date", "{WDP}{DAYORD} (?:dnia |dzień )?{MONTH} {YREL} roku", True, {}),
    ("date", "{WDP}{DAYORD} (?:dnia |dzień )?{MONTH}", True, {}),
    ("dayspan", "(?:od )?{DAY}\\.?(?:{DASH}| do ){DAY2}\\.? {MONTHA}(?: {YEAR}{YS})?", True, {}),
    (
        "dayspan",
        "(?:od )?{DAY}\\.? {MONTH0}(?:{DASH}| do ){DAY2}\\.? {MONTHA}(?: {YEAR}{YS})?",
        True,
        {},
    ),
    # Months.
    ("month", "{W}?{MONTHA} {YEAR}{YS}", True, {}),
    ("month", "{W}?{MONTH} {YREL} roku", True, {}),
    ("month", "{W}?{MONTH} roku {RELP}", True, {}),
    ("month", "{W}?{MONTH} {YABBR}", True, {}),
    ("month", "{W}{MONTH}", True, {}),
    ("month", "{W}?{HPART} połow\\w* {MONTH}(?: {YEAR}{YS})?", True, {}),
    # A Polish month's name is no other word, so it is the month in running text too
    # ("Wrzesień rozpoczął się", "za kwiecień"); except "maj", whose "maja" is a name (Maja)
    # and, without diacritics, "mają" (they have).
    # "dane za kwiecień": figures for a month are for one that has ended, whatever the tense
    # ("GUS poda wyliczenia za kwiecień 25 maja").
    ("month", "za {MONTH}", True, {"mode": "last"}),
    ("month", RUNNING_MONTH, True, {}),
    ("month", "{MONTH}", False, {}),
    # Years.
    ("fixed_year", "{W}{YEAR}{YS}", True, {}),
    ("fixed_year", "{YEAR}(?:\\s*r\\.| roku| rokiem| rok)", True, {}),
    ("fixed_year", "{W}?roku? {YEAR}", True, {}),
    ("yearspan", "{W}?lat(?:a|ach|ami)? {YEAR}{DASH}{YEAR2}{YS}", True, {}),
    ("yearspan", "od {YEAR}(?:\\s*r\\.| roku)? do {YEAR2}{YS}", True, {}),
    ("yearspan", "{YEAR}{DASH}{YEAR2}(?:\\s*r\\.| roku)", True, {}),
    # Units relative to the anchor.
    ("unit", "{W}?{REL} {UNIT}", True, {}),
    ("unit", "{W}?{UNIT} {RELP}", True, {}),
    ("unit", "{W}?(?P<rel>ubiegło|zeszło|tego|przyszło)roczn\\w*", True, {"unit": "year"}),
    ("unit", "w {RABBR}", True, {"unit": "year"}),
    # Read against the story's own period (story.py): "rok wcześniej", "kwartał wcześniej",
    # "w analogicznym okresie ubiegłego roku".
    ("story", "(?P<unitof>rok|kwartał|miesiąc) wcześniej", True, {"mode": "earlier"}),
    (
        "story",
        f"{STORY_LEAD}(?:analogiczn\\w+|t(?:ym|ego|en|ym) sam\\w+|porównywaln\\w+) {STORY_NOUN} "
        "(?:(?:ubiegłego|zeszłego|poprzedniego) roku|roku (?:ubiegłego|zeszłego|poprzedniego)|przed rokiem|rok wcześniej)",
        True,
        {"mode": "same", "unit": "year"},
    ),
    # "tego samego okresu 2024 roku", "W analogicznym okresie 2023 roku", "w podobnym
    # okresie 2024 r.": the story's period in the year named.
    (
        "story",
        f"{STORY_LEAD}(?:analogiczn\\w+|t(?:ym|ego|en) sam\\w+|porównywaln\\w+|podobn\\w+) "
        f"{STORY_NOUN} {{YEAR}}{{YS}}",
        True,
        {"mode": "same"},
    ),
    (
        "story",
        "(?:rok temu|przed rokiem) (?:w|we) (?:analogicznym|tym samym|porównywalnym) (?:okresie|kwartale|miesiącu|półroczu)",
        True,
        {"mode": "same", "unit": "year"},
    ),
    (
        "story",
        "(?:w )?omawian\\w+ (?P<named>okres\\w*|kwarta\\w+|miesiąc\\w*)",
        True,
        {"mode": "same", "offset": 0},
    ),
    # Centuries (base._century): "w XX wieku", "pod koniec XIX w.".
    ("century", "(?:{PART} |{W})?(?P<century>[XVI]{1,5}) w(?:iek(?:u|iem)?|\\.)", True, {}),
    ("ago", "{NUM} {UNITS} temu", True, {"sign": -1}),
    ("ago", "{UNIT1} temu", True, {"sign": -1}),
    ("ago", "przed (?P<unit>rokiem|miesiącem|tygodniem)", True, {"sign": -1}),
    ("ago", "przed {NUM} (?P<unit>laty|latami|miesiącami|tygodniami|dniami)", True, {"sign": -1}),
    ("ago", "za {NUM} {UNITS}", True, {"sign": 1}),
    ("ago", "za {UNIT1}(?! \\d)", True, {"sign": 1}),
    ("dayword", "{DAYWORD}", True, {}),
    ("todate", "wcześniej w tym (?P<unit>roku|miesiącu|tygodniu)", True, {"mode": "earlier"}),
    (
        "todate",
        "od początku (?:tego |bieżącego )?(?P<unit>roku|miesiąca|tygodnia)",
        True,
        {"mode": "earlier"},
    ),
    ("todate", "później w tym (?P<unit>roku|miesiącu|tygodniu)", True, {"mode": "later"}),
    # Early, mid, late.
    ("fixed_year", "{PART} {YEAR}{YS}", True, {}),
    ("unit", "{PART} (?:{REL} )?(?P<unit>roku|miesiąca)", True, {}),
    ("unit", "{PART} (?P<unit>roku|miesiąca) {RELP}", True, {}),
    ("month", "{PART} {MONTH}(?: {YEAR}{YS})?", True, {}),
    ("month", "{PART} {MONTH} {YREL} roku", True, {}),
    ("decade", "{PART} {DECADE}", True, {}),
    # Weekdays.
    ("weekday", "{W}(?:{DIR} )?{WEEKDAY}", True, {}),
    ("weekday", "{DIR} {WEEKDAY}", True, {}),
    ("weekday", "{WEEKDAY}", False, {}),
    # Adjectives: the weekday as "w czwartek" is read, the month as a bare "lipiec", the day
    # as "wczoraj".
    ("weekday", "{W}?{WEEKDAYADJ}{ADJNOUN}", True, {}),
    ("month", "{W}?{NOTNAME}{MONTHADJ}{ADJNOUN}", True, {}),
    ("dayword", "{W}?{DAYWORDADJ}{ADJNOUN}", True, {}),
    # "w pierwszych trzech kwartałach tego roku", "w ciągu pierwszych ośmiu miesięcy 2025 r.":
    # the year up to the last month counted (base._first_months). With no year, only as a
    # whole expression: in running text it is as often the first months of something else.
    *[
        (
            "firstn",
            f"(?:w ciągu |we? |przez )?pierwsz(?:ych|e) {{WNUM}} {words}{tail}",
            find,
            {"unit": unit},
        )
        for unit, words in (
            ("month", "(?:miesięcy|miesiącach|miesiące)"),
            ("quarter", "(?:kwartałów|kwartałach|kwartały)"),
        )
        for tail, find in (
            (" {YEAR}{YS}", True),
            (" {YREL} roku", True),
            (" {YABBR}", True),
            (" (?P<ythis>roku)", True),
            ("", False),
        )
    ],
    # Quarters, halves, seasons, decades, ISO weeks.
    # "w ostatnim kwartale tego roku": the fourth; alone, "w ostatnim kwartale" is the latest
    # quarter, which no word here fixes, so it is left alone.
    ("quarter", "{W}?ostatni\\w* {QWORD} {YEAR}{YS}", True, {"index": 4}),
    ("quarter", "{W}?ostatni\\w* {QWORD} {YREL} roku", True, {"index": 4}),
    ("quarter", "{W}?ostatni\\w* {QWORD} (?P<ythis>roku)", True, {"index": 4}),
    ("quarter", "{W}?{QORD} {QWORD} {YEAR}{YS}", True, {}),
    ("quarter", "{W}?{QORD} {QWORD} {YREL} roku", True, {}),
    ("quarter", "{W}?{QORD} {QWORD} {YABBR}", True, {}),
    ("quarter", "{W}?{QORD} {QWORD} (?P<ythis>roku)", True, {}),
    ("quarter", "{W}?{QORD} {QWORD}", True, {}),
    ("half", "{W}?{HORD} {HWORD} {YEAR}{YS}", True, {}),
    ("half", "{W}?{HORD} {HWORD} {YREL} roku", True, {}),
    ("half", "{W}?{HORD} {HWORD} {YABBR}", True, {}),
    ("half", "{W}?{HORD} {HWORD} (?P<ythis>roku)", True, {}),
    ("half", "{W}?{HORD} {HWORD}", False, {}),
    ("season", "(?:w |na )?{SEASONX} {YEAR}{YS}", True, {}),
    ("season", "(?:w |na )?{SEASONX} {YREL} roku", True, {}),
    ("season", "{DIR} {SEASONX}", True, {}),
    # "lata" is a summer only after a singular genitive: "zeszłego lata", not "ostatnie lata".
    ("season", "(?P<dir>ubiegłego|zeszłego|tego|przyszłego|ostatniego) (?P<season>lata)", True, {}),
    ("season", "(?:w |na )?{SEASONX}", False, {}),
    ("decade", "{W}?{DECADE}", True, {}),
    ("isoweek", "{W}?(?P<week>\\d{1,2})\\.? (?:tydzień|tygodni\\w*) {YEAR}{YS}", True, {}),
    ("isoweek", "tydzień (?P<week>\\d{1,2}),? {YEAR}{YS}", True, {}),
    # Deadlines: the time up to the end of what follows (see docs/dates.md). A bare "do" is
    # read only as a whole expression: in running text "od stycznia do marca" is a range.
    ("fixed_year", "{DOEND} (?P<ref>{END} {YEAR}{YS})", True, {"deadline": True}),
    (
        "unit",
        "{DOEND} (?P<ref>{END} (?:{REL} )?(?P<unit>roku|miesiąca|tygodnia|kwartału))",
        True,
        {"deadline": True},
    ),
    (
        "unit",
        "{DOEND} (?P<ref>{END} (?P<unit>roku|miesiąca|tygodnia|kwartału) {RELP})",
        True,
        {"deadline": True},
    ),
    ("month", "{DOEND} (?P<ref>{END} {MONTH}(?: {YEAR}{YS})?)", True, {"deadline": True}),
    ("month", "{DOEND} (?P<ref>{END} {MONTH} {YREL} roku)", True, {"deadline": True}),
    (
        "date",
        "najpóźniej (?:do )?(?P<ref>{DAY}\\.? {MONTHA} {YEAR}{YS})",
        True,
        {"deadline": True},
    ),
    ("date", "najpóźniej (?:do )?(?P<ref>{DAY}\\.? {MONTH})", True, {"deadline": True}),
    ("month", "najpóźniej (?:we? |do )(?P<ref>{MONTHA} {YEAR}{YS})", True, {"deadline": True}),
    ("month", "najpóźniej (?:we? |do )(?P<ref>{MONTH})", True, {"deadline": True}),
    ("fixed_year", "najpóźniej (?:we? |do )(?P<ref>{YEAR}{YS})", True, {"deadline": True}),
    ("date", "do (?P<ref>{DAY}\\.? {MONTHA} {YEAR}{YS})", False, {"deadline": True}),
    ("date", "do (?P<ref>{DAY}\\.? {MONTH})", False, {"deadline": True}),
    ("month", "do (?P<ref>{MONTHA} {YEAR}{YS})", False, {"deadline": True}),
    ("month", "do (?P<ref>{MONTH})", False, {"deadline": True}),
    ("fixed_year", "do (?P<ref>{YEAR}(?:\\s*r\\.| roku))", False, {"deadline": True}),
    # "lata" is a summer after "do" ("do lata 2019"), never the plural "years" there ("do lat").
    (
        "season",
        "{DOEND} (?P<ref>{END} (?P<season>lata)(?: {YEAR}{YS}| {YREL} roku)?)",
        True,
        {"deadline": True},
    ),
    (
        "season",
        "(?:najpóźniej )?do (?P<ref>(?P<season>lata)(?: {YEAR}{YS}| {YREL} roku)?)",
        False,
        {"deadline": True},
    ),
    # Two-digit years: the century is the anchor's to settle (rules.full_year).
    ("fixed_year", "{W}{YY}", True, {}),
    ("month", "{W}?{MONTHA} {YY}", True, {}),
    ("season", "(?:w |na )?{SEASONX} {YY}", True, {}),
    ("quarter", "{W}?{QORD} {QWORD} {YY}", True, {}),
    ("fixed_year", "{PART} {YY}", True, {}),
    # Rolling windows up to the anchor. "w ubiegłym roku" is the calendar year; "w ciągu
    # ostatniego roku" and "przez ostatni rok" are the twelve months up to now.
    (
        "window",
        "(?:w ciągu|na przestrzeni) ostatniego (?P<unit>roku|miesiąca|tygodnia|kwartału|dnia)",
        True,
        {},
    ),
    ("window", "przez ostatni (?P<unit>rok|miesiąc|tydzień|kwartał|dzień)", True, {}),
    (
        "window",
        "(?:w ciągu|na przestrzeni|przez) ostatni(?:ch|e) (?:{WNUM}|{VAGUE}) {UNITS}",
        True,
        {},
    ),
    (
        "window",
        "w ostatnich (?:{WNUM}|{VAGUE}) (?P<unit>latach|miesiącach|tygodniach|dniach)",
        True,
        {},
    ),
    # Vague counts.
    ("vague", "{VAGUE} {UNITS} temu", True, {"sign": -1}),
    (
        "vague",
        "przed {VAGUE} (?P<unit>laty|latami|miesiącami|tygodniami|dniami)",
        True,
        {"sign": -1},
    ),
    ("vague", "za {VAGUE} {UNITS}", True, {"sign": 1}),
    # Ranges of months and quarters: one interval from the first day of the first to the last
    # day of the last. A year written only at the end is the whole range's.
    (
        "monthspan",
        "od {MONTH0}(?: {YEAR0}{YS})? (?:aż )?do (?:końca )?{MONTH}(?: {YEAR}{YS}| {YREL} roku)?",
        True,
        {},
    ),
    ("monthspan", "od {MONTH0} (?:aż )?do (?:końca )?{MONTH} {YABBR}", True, {}),
    (
        "monthspan",
        "(?:po)?między {MONTH0}(?: {YEAR0}{YS})? a {MONTH}(?: {YEAR}{YS}| {YREL} roku)?",
        True,
        {},
    ),
    # "w" is taken with the range, so that "w styczniu" is not read first.
    (
        "monthspan",
        "{W}?{MONTH0}(?: {YEAR0}{YS})?{DASH}{MONTH}(?: {YEAR}{YS}| {YREL} roku)?",
        True,
        {},
    ),
    ("quarterspan", "od {QORD0} (?:{QWORD} )?do {QORD} {QWORD} {YEAR}{YS}", True, {}),
    ("quarterspan", "{QORD0}{DASH}{QORD} {QWORD} {YEAR}{YS}", True, {}),
    # No defensible limit: read as unparsed, with the reason.
    ("unbounded", "(?:wiele|wiele, wiele|sporo|mnóstwo) {UNITS} temu", False, {}),
    (
        "unbounded",
        "(?:lata|miesiące|tygodnie|dawno|bardzo dawno) temu|przed laty|dawniej",
        False,
        {},
    ),
    (
        "unbounded",
        "(?:w |przez )?ostatni(?:ch|e) (?:latach|lata|miesiącach|miesiące|tygodniach|tygodnie|dniach|dni)",
        False,
        {},
    ),
    ("unbounded", "w ciągu ostatnich (?:lat|miesięcy|tygodni|dni)", False, {}),
    ("unbounded", "ostatnio|niedawno|w ostatnim czasie|w ostatnich czasach", False, {}),
]

EVENT_NOUNS = (
    r"konferencj\w*|wybor\w*|szczyt\w*|debat\w*|kampani\w*|wizyt\w*|publikacj\w*|referend\w*"
    r"|igrzysk\w*|mistrzostw\w*|mundial\w*|sesj\w*|wojn\w*|kryzys\w*|afer\w*|wyciek\w*"
    r"|katastrof\w*|śmierci\w*|ślub\w*|rozpraw\w*|zamach\w*|pandemi\w*|epidemi\w*|świętami"
    r"|świętach|wakacj\w*|olimpiad\w*|zjazd\w*|kongres\w*|festiwal\w*|fuzj\w*|upadłości\w*"
    r"|upadk\w*|rewolucj\w*"
)

# How a figure was reckoned, not when: "po wyeliminowaniu czynników sezonowych", "po
# uwzględnieniu inflacji", "po odliczeniu kosztów", "po opodatkowaniu".
ADJUSTMENTS = (
    r"wyeliminowa|uwzględni|odlicze|przelicze|oczyszcze|skorygowa|odję|potrące|uśrednie"
    r"|zaokrągle|opodatkowa"
)
# Words with a verbal noun's ending that name no event: units of time, and the reckonings.
NOT_EVENT_HEADS = r"tygodni|dni|połud|poniedział|miesi|" + ADJUSTMENTS

NOT_AN_OBJECT = (
    r"przez|w|we|na|do|z|ze|o|od|po|przed|za|dla|i|oraz|lub|czy|że|się|jest|był|była|było"
)

GRAMMAR = Grammar(
    code="pl",
    vocab=VOCAB,
    # Polish is often typed without its diacritics ("w zeszlym miesiacu", "najpozniej do").
    productions=[
        production(kind, pattern, T, find, plain=True, **opts) for kind, pattern, find, opts in ROWS
    ]
    + numeric_productions(T, YS),
    relations={"przed": "before", "po": "after"},
    prepositions=r"we?",
    month_context=r"z|ze|od|do|sprzed",
    # A verbal noun ("ujawnieniu", "ogłoszeniem") or an event noun, perhaps "ubiegłoroczną".
    event_head=plain_letters(
        r"(?:(?:ubiegło|zeszło|tego|przyszło)roczn\w+ |wczorajsz\w+ |niedawn\w+ |ostatni\w+ )?"
        r"(?:" + EVENT_NOUNS + r"|(?!(?:" + NOT_EVENT_HEADS + r")\w*)"
        r"(?-i:[a-ząćęłńóśźż])\w{3,}(?:eniem|aniem|ęciem|ciem|eniu|aniu|ęciu|ciu)"
        # A verbal noun names an event only with its object ("ujawnieniu wycieku"); followed
        # by a preposition it is a manner ("przed zgłoszeniem przez użytkowników").
        r" (?!(?:" + NOT_AN_OBJECT + r")(?!\w))(?-i:[a-ząćęłńóśźż])\w*)"
    ),
    event_links=r"dla|w sprawie|wokół|nad",
    fillers=plain_letters(r"około|ok\.|mniej więcej|jeszcze|już|dopiero|aż|właśnie|nawet"),
    keywords=frozenset(
        "roku r. rok temu ubiegłym ubiegłego zeszłym zeszłego przyszłym tym w we na pod koniec "
        "początku połowie wczoraj dziś dzisiaj jutro przedwczoraj pojutrze latach lat lata "
        "tydzień tygodniu tygodnia miesiącu miesiąca miesiąc dni kwartale kwartał półroczu "
        "połowie przed po za latem zimą wiosną jesienią".split()
    ),
    bounds=plain_letters(r"najpóźniej do|najpóźniej|do czasu|aż do|do|przed(?= końc)"),
    ends=plain_letters(r"końca|końcem"),
    # Not a bare "do": "od stycznia do marca" is a range.
    until=plain_letters(r"aż do|do czasu"),
    since=plain_letters(r"od|począwszy od"),
    # A bare "do" before a season, a quarter, a half or "połowy" closes a range too rarely to
    # outweigh "do połowy 2019 roku" read as the middle of 2019 itself; "w porównaniu do",
    # "w stosunku do III kwartału" compare with the period, they set no deadline.
    by=plain_letters(
        r"(?<!porównaniu\s)(?<!porownaniu\s)(?<!stosunku\s)(?<!odniesieniu\s)do"
        r"|najpóźniej(?: do| w| we)?"
    ),
    by_end=plain_letters(r"(?:najpóźniej )?(?:do|przed)"),
    negations=r"nie(?![\w'’])",
    comparisons=plain_letters(r"niż|wobec|w porównaniu (?:z|do)|w stosunku do|względem|od|z"),
    contrasts=plain_letters(r"niż|wobec|w porównaniu (?:z|ze|do)|w stosunku do|względem"),
    counted_from=plain_letters(r"od|po"),
)
