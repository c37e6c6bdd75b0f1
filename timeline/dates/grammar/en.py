"""English: British and US news dates. Slashed dates are US month/day."""

from timeline.dates.grammar.base import Grammar, Vocab, not_after, production, tokens_for
from timeline.dates.grammar.numeric import numeric_productions

MONTHS = {
    1: "january",
    2: "february",
    3: "march",
    4: "april",
    5: "may",
    6: "june",
    7: "july",
    8: "august",
    9: "september",
    10: "october",
    11: "november",
    12: "december",
}
RUNNING_NAMES = "(?-i:{})".format(
    "|".join(name.capitalize() for number, name in MONTHS.items() if number != 5)
)
RUNNING_MONTH = f"(?P<month>{RUNNING_NAMES})"
RUNNING_MONTH0 = f"(?P<month0>{RUNNING_NAMES})"
ABBREVIATIONS = {
    1: r"jan\.?",
    2: r"feb\.?",
    3: r"mar\.?",
    4: r"apr\.?",
    6: r"jun\.?",
    7: r"jul\.?",
    8: r"aug\.?",
    9: r"sept?\.?",
    10: r"oct\.?",
    11: r"nov\.?",
    12: r"dec\.?",
}

WEEKDAYS = {
    0: "monday",
    1: "tuesday",
    2: "wednesday",
    3: "thursday",
    4: "friday",
    5: "saturday",
    6: "sunday",
}
WEEKDAY_ABBREVIATIONS = {
    0: r"mon\.?",
    1: r"tues?\.?",
    2: r"wed\.?",
    3: r"thu(?:rs?)?\.?",
    4: r"fri\.?",
    5: r"sat\.?",
    6: r"sun\.?",
}

VOCAB = {
    "monthfull": Vocab(MONTHS),
    "month": Vocab(
        {m: MONTHS[m] + ("|" + ABBREVIATIONS[m] if m in ABBREVIATIONS else "") for m in MONTHS}
    ),
    "weekday": Vocab({day: f"{WEEKDAYS[day]}|{WEEKDAY_ABBREVIATIONS[day]}" for day in WEEKDAYS}),
    # The forms that are a weekday wherever they stand: "Sat", "Sun" and "Wed" are also the
    # verbs and "The Sun", so they are a weekday only after "on" or before a date.
    "weekday_safe": Vocab(
        {
            day: WEEKDAYS[day] + ("" if day in (2, 5, 6) else "|" + WEEKDAY_ABBREVIATIONS[day])
            for day in WEEKDAYS
        }
    ),
    # "past" and "previous" are left out: "the past year" is the last twelve months, and "the
    # previous year" counts from the story's own time.
    "rel": Vocab({-1: "last", 0: "this|the current|current", 1: "next|the coming|coming"}),
    "fiscalrel": Vocab(
        {
            -1: "last|previous|the previous",
            0: "this|the current|current",
            1: "next|the coming|coming",
        }
    ),
    "dir": Vocab({"last": "last", "next": "next|coming|this coming", "this": "this"}),
    "unit1": Vocab({"year": "year", "month": "month", "week": "week", "quarter": "quarter"}),
    "unit": Vocab(
        {
            "year": "years?",
            "month": "months?",
            "week": "weeks?",
            "day": "days?",
            "quarter": "quarters?",
            "decade": "decades?",
        }
    ),
    # Vague counts, as the (fewest, most) units they can mean: "several" is three to nine, as
    # the claim extractor reads it; "a few" may be two, and of time it is used loosely, so it
    # reaches nine too (from ten on a writer says "a decade" or "dozens"). "A couple" is
    # loosely two or three.
    "vague": Vocab(
        {
            (3, 9): "several",
            (2, 9): "a few|few|a handful of",
            (2, 3): "a couple of|a couple|couple of",
        }
    ),
    "num": Vocab(
        {
            1: "a|an|one",
            2: "two",
            3: "three",
            4: "four",
            5: "five",
            6: "six",
            7: "seven",
            8: "eight",
            9: "nine",
            10: "ten",
            11: "eleven",
            12: "twelve",
        }
    ),
    "dayword": Vocab(
        {
            -2: "the day before yesterday",
            -1: "yesterday",
            0: "today",
            1: "tomorrow",
            2: "the day after tomorrow",
        }
    ),
    "part": Vocab(
        {
            "early": "early|the beginning of|the start of",
            "mid": "mid|the middle of",
            "late": "late|the end of|the close of",
        }
    ),
    "season": Vocab(
        {"spring": "spring", "summer": "summer", "autumn": "autumn|fall", "winter": "winter"}
    ),
    # "fall" alone is a verb far more often than a season.
    "seasonx": Vocab(
        {"spring": "spring", "summer": "summer", "autumn": "autumn", "winter": "winter"}
    ),
    "quarter": Vocab({1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th|final"}),
    "half": Vocab({1: "first|1st", 2: "second|2nd|latter"}),
    "decade": Vocab(
        {
            2: "twenties",
            3: "thirties",
            4: "forties",
            5: "fifties",
            6: "sixties",
            7: "seventies",
            8: "eighties",
            9: "nineties",
        }
    ),
}

ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()


def day_ordinals() -> dict[int, str]:
    """Every day of a month as an ordinal in words: "first", "twenty-first", "thirtieth"."""
    words = {day: word for day, word in enumerate(ORDINALS, start=1)}
    words |= {20: "twentieth", 30: "thirtieth", 31: "thirty[- ]first"}
    words |= {20 + day: f"twenty[- ]{ORDINALS[day - 1]}" for day in range(1, 10)}
    return words


VOCAB["dayord"] = Vocab(day_ordinals())

ORD = r"(?:st|nd|rd|th)?"
# "postponed from January to March" names two dates, not a range.
FROM = not_after("postponed moved delayed back forward rescheduled shifted changed") + "from "
# Clock times. A 12-hour time needs its am/pm and a 24-hour one its colon after "at" or
# "after": "3.35" alone is a number, "at 10.30" a price as often as a time, "at 15" an age.
MINUTE = r"[0-5]\d"
CLOCK12 = rf"(?:0?[1-9]|1[0-2])(?:[.:]{MINUTE})?\s?(?:[ap]\.m\.|[ap]m)"
CLOCK_LEAD = (
    r"(?:(?:just |shortly |soon |some time |sometime )?(?:after|before) "
    r"|(?:at )?(?:about|around|approximately|roughly|exactly|precisely) |at |from )"
)
CLOCK = (
    rf"(?:{CLOCK_LEAD}?{CLOCK12}|{CLOCK_LEAD}(?:[01]?\d|2[0-3]):{MINUTE}"
    r"|(?:at |around |about |(?:just |shortly )?(?:after|before) )(?:noon|midday))"
)
# A clock time right after a date is that date's ("on March 5 at 3pm", "Tuesday at 3pm"),
# and one right before a date too ("at 3pm on Tuesday"): alone it is the anchor's day only
# with no date next to it. The rows joining it to a weekday or a day word read that date.
CLOCK_NOT_AFTER = (
    r"(?<!day\s)(?<!day,\s)(?<!\d\s)(?<!\d,\s)(?<!st\s)(?<!nd\s)(?<!rd\s)(?<!th\s)"
    r"(?<!at\s)(?<!about\s)(?<!around\s)(?<!after\s)(?<!before\s)(?<!from\s)(?<!night\s)"
)
TOD = r"(?:morning|afternoon|evening|night)"
CLOCK_NOT_BEFORE = (
    r"(?!,?\s+(?:on|yesterday|today|tomorrow|tonight|last|this|next|in the|"
    + "|".join(WEEKDAYS.values())
    + "|"
    + "|".join(MONTHS.values())
    + r")(?!\w)|,?\s+\d)"
)

RECORD = (
    r"(?:first time|first|highest|lowest|biggest|largest|smallest|strongest|weakest|worst|best|fastest|slowest"
    r"|most|fewest|least|hottest|coldest|warmest|wettest|driest|deadliest|longest|shortest"
    r"|steepest|sharpest|greatest|weakest)"
)
T = tokens_for(VOCAB) | {
    "CLOCK": CLOCK,
    "CLOCK_NOT_AFTER": CLOCK_NOT_AFTER,
    "CLOCK_NOT_BEFORE": CLOCK_NOT_BEFORE,
    "TOD": TOD,
    "RECORD": RECORD,
    "ORD": ORD,
    # "in the third quarter of 2017" is one date: the preposition belongs to the quarter with
    # its year, so that the bare "in the third quarter" does not win by starting first.
    "QIN": r"(?:(?:in|during|for|over|from) )?",
    # Not an ordinal that ranks what follows: "May first-quarter results", "in March second
    # place".
    "DAYW": VOCAB["dayord"].group("dayord")
    + r"(?!-|\s+(?:quarter|half|place|time|round|term|week|day|month|year|season|game|leg"
    r"|stage)s?(?!\w))",
    # An abbreviated weekday before a date only as a name is written: "Fri, Jul 18", "SAT 3
    # March", never "they wed March 3".
    "WDP": r"(?:(?:on )?(?:"
    + "|".join(WEEKDAYS.values())
    + r"|(?-i:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)\.?))"
    r",? )?",
    "WEEKDAYS": VOCAB["weekday_safe"].group("weekday"),
    "PSEP": r"(?:\s*-\s*|\s+)",
    # Deadlines: "by", and "before" where it is followed by "the end of".
    "BY": r"(?:by|no later than|not later than)",
    "BYEND": r"(?:by|no later than|not later than|before)",
    "LATEST": r"(?:,? at the latest)?",
    # A range of months: "from January to March 2019", "from November 2017 to February 2018".
    "FROM": FROM,
    # Or no "from" at all, but then not right after one the pattern refused.
    "FROMQ": rf"(?:{FROM}|(?<!from\s))",
    "TO": r"(?:to|until|till|through|thru) (?:the end of )?",
    "IN": r"(?:(?:in|during) )?",
    # "the last year of his term" is a year of the term, not the year up to now.
    "NOTOF": r"(?! of(?!\w))",
    "DECADE": (
        r"(?:the )?(?:(?P<decade4>1\d\d0|20\d0)['’]?s"
        r"|['’](?P<decade2>[1-9]0)s"
        # "the 80s" and "the eighties" only after "the": "in their 80s" is an age.
        r"|(?<=the\s)(?P<decade2b>[1-9]0)s"
        r"|(?<=the\s)" + VOCAB["decade"].group("decadeword") + r")"
    ),
}

# "the year to June": what the stretch is, the word that ends it, and what it ends with.
# "the same period", "in the corresponding quarter": the story's period, before what says
# which year it is in (story.py).
SAME_PERIOD = (
    "(?:(?:in|during|from|over|for|against|versus|with|than) )?(?:the )?"
    "(?:same|corresponding|comparable|like|equivalent) "
    "(?:period|quarter|month|half|three months|six months|nine months|months) "
)
# Fiscal periods (timeline.dates.fiscal): "FY18", "FY2017-18", "Q3FY18", "H1 FY19", "the
# financial year 2012-13", "fiscal 2018", "the fourth quarter last fiscal".
FISCAL_YEAR = "(?P<fyear>(?:19|20)\\d\\d)"
FISCAL_END = "[-–/](?P<fend>\\d\\d(?:\\d\\d)?)"
FISCAL_LABEL = "(?P<fyear>(?:19|20)\\d\\d|\\d\\d)(?:" + FISCAL_END + ")?"
# "the financial year 2012-13", "fiscal 2018".
FISCAL_NAMED = "(?:fiscal|financial) (?:year )?" + FISCAL_YEAR + "(?:" + FISCAL_END + ")?"
FISCAL_LEAD = "(?:(?:in|during|for|over) )?"
FISCAL_FY = "(?P<fy>fy)(?: )?['’]?" + FISCAL_LABEL
FISCAL_WORDS = "(?:fiscal|financial)(?: year)?"
FISCAL_PART = (
    "(?:q(?P<fq>[1-4])|h(?P<fh>[12])|(?:the )?{QORD}(?:-| )quarter|(?:the )?{HORD}(?:-| )half)"
)
FISCAL_REL = "(?P<frel>last|this|the current|current|next|the coming|coming|previous|the previous)"
UPTO_LEAD = "(?:(?:in|over|for|during|from) )?the "
UPTO_WORD = "(?:to|ended|ending|through)"
UPTO_LENGTHS = (
    ("(?:year|12 months|twelve months|fiscal year|financial year)", 12),
    ("(?:half|six months|6 months|half-year)", 6),
    ("(?:quarter|three months|3 months)", 3),
)
UPTO_ENDS = (
    "{MONTHA} {DAY}(?:st|nd|rd|th)?,? {YEAR}",
    "(?:the )?{DAY}(?:st|nd|rd|th)? (?:of )?{MONTHA},? {YEAR}",
    "{MONTH} {DAY}(?:st|nd|rd|th)?",
    "(?:the )?{DAY}(?:st|nd|rd|th)? (?:of )?{MONTH}",
    "{MONTHA},? {YEAR}",
    "{MONTH}",
)

ROWS = [
    # Times of day: the day they fall on (docs/dates.md, "Times of day and windows").
    ("unit", "{CLOCK} (?:today|this {TOD}|tonight)", True, {"unit": "day", "offset": 0}),
    (
        "unit",
        "{CLOCK} (?:last night|yesterday(?: {TOD})?)",
        True,
        {"unit": "day", "offset": -1},
    ),
    ("unit", "{CLOCK} tomorrow(?: {TOD})?", True, {"unit": "day", "offset": 1}),
    ("unit", "(?:today|this {TOD}|tonight),? {CLOCK}", True, {"unit": "day", "offset": 0}),
    (
        "unit",
        "(?:last night|yesterday(?: {TOD})?),? {CLOCK}",
        True,
        {"unit": "day", "offset": -1},
    ),
    ("unit", "tomorrow(?: {TOD})?,? {CLOCK}", True, {"unit": "day", "offset": 1}),
    ("weekday", "{CLOCK},? on {WEEKDAYS}(?: {TOD})?", True, {}),
    ("weekday", "(?:on )?{WEEKDAYS}(?: {TOD})?,? {CLOCK}", True, {}),
    ("unit", "{CLOCK_NOT_AFTER}{CLOCK}{CLOCK_NOT_BEFORE}", True, {"unit": "day", "offset": 0}),
    (
        "unit",
        "(?:(?:earlier|later) )?(?:this {TOD}|tonight|today)"
        "|(?:in )?the early hours of (?:this morning|today)",
        True,
        {"unit": "day", "offset": 0},
    ),
    (
        "unit",
        "(?:late )?last night|(?:in )?the early hours of yesterday",
        True,
        {"unit": "day", "offset": -1},
    ),
    ("dayword", "{DAYWORD} {TOD}", True, {}),
    # Windows ahead of the anchor: from it to the same date so many units on.
    (
        "window",
        "(?:(?:in|over|during|for|within|throughout) )?the next "
        "(?:{WNUM}|(?P<vague>few|several|couple of)) {UNITS}{NOTOF}",
        True,
        {"mode": "ahead"},
    ),
    # "the coming years" always count from the anchor, even in a past-tense sentence.
    (
        "window",
        "(?:(?:in|over|during|for|within|throughout) )?the coming "
        "(?:{WNUM}|(?P<vague>few|several|couple of)) {UNITS}{NOTOF}",
        True,
        {"mode": "coming"},
    ),
    (
        "window",
        "(?:(?:in|over|during|for|within|throughout) )?the (?:next|coming) "
        "{WNUM}(?: to | or |{DASH}){WNUM2} {UNITS}{NOTOF}",
        True,
        {"mode": "ahead"},
    ),
    (
        "window",
        "(?:(?:in|over|during|for|within|throughout) )?the (?:past|last) "
        "{WNUM}(?: to | or |{DASH}){WNUM2} {UNITS}{NOTOF}",
        True,
        {},
    ),
    # "the first time in 25 years", "the most measles in the United States in 25 years": a
    # record is set against the stretch up to now, not a date 25 years ahead. In running text
    # only "in 25 years" is the date, read so after a record word (finder.py, Grammar.records).
    (
        "window",
        "(?:for )?(?:the )?(?:{RECORD})(?: [a-z][\\w'’-]*){0,6} "
        "in (?:the (?:past|last) )?{WNUM} {UNITS}",
        False,
        {},
    ),
    # Whole days.
    ("date", "{WDP}(?:the )?{DAY}{ORD} (?:of )?{MONTHA},? {YEAR}", True, {}),
    ("date", "{WDP}{MONTHA} (?:the )?{DAY}{ORD},? {YEAR}", True, {}),
    ("date", "{WDP}(?:the )?{DAY}{ORD} (?:of )?{MONTH}", True, {}),
    ("date", "{WDP}{MONTH} (?:the )?{DAY}{ORD}", True, {}),
    # "the first of March", "March twenty-first, 2019". A bare ordinal before a month is a
    # rank ("second March meeting"), so before the month there is always an "of".
    ("date", "{WDP}(?:the )?{DAYW} of {MONTHA},? {YEAR}", True, {}),
    ("date", "{WDP}{MONTHA} (?:the )?{DAYW},? {YEAR}", True, {}),
    ("date", "{WDP}(?:the )?{DAYW} of {MONTH}", True, {}),
    ("date", "{WDP}{MONTH} (?:the )?{DAYW}", True, {}),
    ("dayspan", "{MONTHA} {DAY}{ORD}(?:{DASH}| to ){DAY2}{ORD},? {YEAR}", True, {}),
    ("dayspan", "{DAY}{ORD}(?:{DASH}| to ){DAY2}{ORD} {MONTHA},? {YEAR}", True, {}),
    ("dayspan", "{DAY}{ORD} {MONTH0}(?:{DASH}| to ){DAY2}{ORD} {MONTHA},? {YEAR}", True, {}),
    ("dayspan", "{MONTH0} {DAY}{ORD}(?:{DASH}| to ){MONTHA} {DAY2}{ORD},? {YEAR}", True, {}),
    # Months.
    ("month", "(?:in )?{MONTHA},? (?:of )?{YEAR}", True, {}),
    ("month", "(?:in )?{MONTH} (?:of )?{YREL} year", True, {}),
    ("month", "(?:in )?{DIR} {MONTH}", True, {}),
    ("month", "in {MONTH}", True, {}),
    # A possessive month is the month: "May's annual figure", "June's rainfall".
    ("month", "{MONTH}(?=['’]s(?!\\w))", True, {}),
    # A capitalised month is the month in running text too: "August also saw", "the average
    # June rainfall". Not "May" (a name and a verb), and not before a capitalised word, which
    # makes it a name ("August Strindberg").
    ("month", RUNNING_MONTH + "(?!\\s+(?-i:[A-Z]))", True, {}),
    ("month", "{MONTH}", False, {}),
    # Years.
    ("fixed_year", "(?:in|during|throughout) {YEAR}", True, {}),
    ("fixed_year", "(?:in )?(?:the )?year {YEAR}", True, {}),
    # After these words a year is a date, but the word itself says more than the year does.
    (
        "fixed_year",
        r"(?:(?<=since\s)|(?<=until\s)|(?<=from\s)|(?<=by\s)|(?<=of\s)){YEAR}",
        True,
        {},
    ),
    # "their 2007 peak": a year used as an adjective after a possessive.
    (
        "fixed_year",
        r"(?:(?<=its\s)|(?<=their\s)|(?<=his\s)|(?<=her\s)|(?<=our\s)){YEAR}(?= [a-z])",
        True,
        {},
    ),
    ("yearspan", "between {YEAR} and {YEAR2}", True, {}),
    ("yearspan", "from {YEAR} (?:to|until|through) {YEAR2}", True, {}),
    ("yearspan", "in {YEAR}{DASH}{YEAR2}", True, {}),
    # Units relative to the anchor.
    ("todate", "earlier this {UNIT}", True, {"mode": "earlier"}),
    ("todate", "so far this {UNIT}", True, {"mode": "earlier"}),
    ("todate", "this {UNIT} so far", True, {"mode": "earlier"}),
    (
        "todate",
        "(?:since|from) the (?:start|beginning) of (?:the|this) {UNIT}",
        True,
        {"mode": "earlier"},
    ),
    ("todate", "later this {UNIT}", True, {"mode": "later"}),
    ("unit", "(?:in |during )?{REL} {UNIT}", True, {}),
    # Read against the story's own period (story.py): "a year earlier", "the same period a
    # year ago", "the quarter under review". "a year before" is one only at a clause's end:
    # "a year before the election" is an event relation.
    (
        "story",
        "(?:a|one) year earlier|(?:a|one) year before(?=\\s*(?:[,.;:)]|$))",
        True,
        {"mode": "earlier", "unit": "year"},
    ),
    ("story", "(?:a|one) (?P<unitof>quarter|month) earlier", True, {"mode": "earlier"}),
    # "the same period of 2024", "the corresponding quarter of 2016": the story's period in
    # the year named.
    (
        "story",
        SAME_PERIOD + "(?:of|in) {YEAR}",
        True,
        {"mode": "same"},
    ),
    (
        "story",
        SAME_PERIOD
        + "(?:(?:of |in )?(?:a|one) year (?:ago|earlier|before)|(?:of )?last year|year ago"
        "|(?:of |in )?(?:the )?(?:previous|prior|preceding|last) (?:year|fiscal(?: year)?))",
        True,
        {"mode": "same", "unit": "year"},
    ),
    (
        "story",
        "(?:(?:in|during|from|over|for|against|versus|with|than) )?the year-(?:earlier|ago|before) "
        "(?:period|quarter|month|half)",
        True,
        {"mode": "same", "unit": "year"},
    ),
    (
        "story",
        "(?:(?:in|during|over|for) )?(?:the )?(?P<named>quarter|month|year|period|half) under review",
        True,
        {"mode": "same", "offset": 0},
    ),
    (
        "story",
        "in the (?P<named>month|quarter)(?! (?:of|before|after|to|ahead|since|that|when|which|just|ended|ending)(?!\\w))",
        True,
        {"mode": "same", "offset": 0},
    ),
    # The months up to a month or a day ("the year to June", "the quarter ended March 31,
    # 2013", "the 12 months to September"): rules.Rule "upto".
    *[
        ("upto", f"{UPTO_LEAD}{length} {UPTO_WORD} {end}", True, {"months": months})
        for length, months in UPTO_LENGTHS
        for end in UPTO_ENDS
    ],
    # Fiscal periods, before the calendar quarters they would otherwise be read as.
    ("fiscal", "{QIN}" + FISCAL_PART + "(?: )?(?:of )?(?:the )?" + FISCAL_FY, True, {}),
    (
        "fiscal",
        "{QIN}" + FISCAL_PART + " (?:of )?(?:the )?" + FISCAL_REL + " " + FISCAL_WORDS,
        True,
        {},
    ),
    (
        "fiscal",
        "{QIN}" + FISCAL_PART + " (?:of )?(?:the )?" + FISCAL_NAMED,
        True,
        {},
    ),
    (
        "fiscal",
        FISCAL_LEAD + "(?:the )?(?:(?:current|last|previous|next) )?" + FISCAL_FY,
        True,
        {},
    ),
    (
        "fiscal",
        FISCAL_LEAD + "(?:the )?(?:(?:current|last|previous|next) )?" + FISCAL_NAMED,
        True,
        {},
    ),
    ("fiscal", FISCAL_LEAD + FISCAL_REL + " " + FISCAL_WORDS, True, {}),
    # "the fiscal third quarter (of 2025)": a company's quarter, not the calendar's; with no
    # year, of the fiscal year the anchor is in.
    (
        "fiscal",
        "{QIN}(?:the )?(?:fiscal|financial)(?:-year)? "
        + FISCAL_PART
        + "(?: (?:of )?(?:fiscal )?"
        + FISCAL_YEAR
        + ")?",
        True,
        {},
    ),
    (
        "fiscal",
        FISCAL_LEAD + "(?:the )?" + FISCAL_YEAR + FISCAL_END + " (?:fiscal|financial) year",
        True,
        {},
    ),
    # Centuries (base._century): "the 20th century", "the late 19th century".
    (
        "century",
        "(?:(?:in|during|throughout|at|towards?) )?(?:the )?(?:{PART}{PSEP})?"
        "(?P<centuryn>[1-9]|1\\d|2[01])(?:st|nd|rd|th)(?:-| )century",
        True,
        {},
    ),
    ("ago", "{NUM} {UNITS} ago", True, {"sign": -1}),
    ("ago", "in {NUM} {UNITS}(?! time)", True, {"sign": 1}),
    ("ago", "{NUM} {UNITS} from now", True, {"sign": 1}),
    ("dayword", "{DAYWORD}", True, {}),
    # Early, mid, late.
    ("fixed_year", "(?:(?:in|at|towards?) )?{PART}{PSEP}{YEAR}", True, {}),
    ("unit", "(?:(?:in|at|towards?) )?{PART}{PSEP}{REL} (?P<unit>year|month)", True, {}),
    ("unit", "(?:(?:in|at|towards?) )?{PART} the (?P<unit>year|month)", True, {}),
    ("month", "(?:(?:in|at|towards?) )?{PART}{PSEP}{MONTH}(?:,? {YEAR})?", True, {}),
    ("month", "(?:(?:in|at|towards?) )?{PART}{PSEP}{MONTH} (?:of )?{YREL} year", True, {}),
    ("decade", "(?:(?:in|at|towards?) )?(?:the )?{PART}{PSEP}{DECADE}", True, {}),
    # Weekdays.
    ("weekday", "on {WEEKDAY}", True, {}),
    ("weekday", "(?:on )?{DIR} {WEEKDAYS}", True, {}),
    ("weekday", "{WEEKDAYS}(?= (?:morning|afternoon|evening|night)(?!\\w))", True, {}),
    # Wire copy leaves out "on": "the company said Monday", "Tuesday's statement". The full
    # names only ("Sat" alone is too often something else), and not before a capitalised
    # word, which makes it a name: "Sunday Times", "the Good Friday Agreement".
    ("weekday", "{WEEKDAYS}(?!\\s+(?-i:[A-Z]))(?! school(?!\\w))", True, {}),
    ("weekday", "{WEEKDAY}", False, {}),
    # Quarters, halves, seasons, decades, ISO weeks.
    ("quarter", "{QIN}(?:the )?{QORD}(?:-| )quarter (?:of )?{YEAR}", True, {}),
    ("quarter", "{QIN}(?:the )?{QORD}(?:-| )quarter of (?:the|this) (?P<ythis>year)", True, {}),
    ("quarter", "{QIN}(?:the )?{QORD}(?:-| )quarter of {YREL} year", True, {}),
    # Business news says "the second quarter" with no year; a bare "Q3" is often a model name.
    ("quarter", "(?:in )?the {QORD}(?:-| )quarter", True, {}),
    ("quarter", "{QORD}(?:-| )quarter", False, {}),
    (
        "quarter",
        "(?:in )?(?:the )?first (?:three|3) months of (?:the|this) (?P<ythis>year)",
        True,
        {"index": 1},
    ),
    ("quarter", "(?:in )?(?:the )?first (?:three|3) months of {YEAR}", True, {"index": 1}),
    # "the first nine months of 2025", "in the first two quarters of this year": the year up
    # to the last month counted (base._first_months); with no year, only a whole expression.
    *[
        (
            "firstn",
            f"(?:(?:in|during|over|for) )?(?:the )?first {{WNUM}} {words}{tail}",
            find,
            {"unit": unit},
        )
        for unit, words in (("month", "months"), ("quarter", "quarters"))
        for tail, find in (
            (" of {YEAR}", True),
            (" of (?:the|this) (?P<ythis>year)", True),
            (" of {YREL} year", True),
            ("", False),
        )
    ],
    ("quarter", "(?:in )?(?:the )?(?:last|final) (?:three|3) months of {YEAR}", True, {"index": 4}),
    (
        "half",
        "(?:in )?(?:the )?first (?:six|6) months of (?:the|this) (?P<ythis>year)",
        True,
        {"index": 1},
    ),
    ("half", "(?:in )?(?:the )?first (?:six|6) months of {YEAR}", True, {"index": 1}),
    ("half", "(?:in )?(?:the )?(?:last|final) (?:six|6) months of {YEAR}", True, {"index": 2}),
    ("half", "(?:the )?{HORD}(?:-| )half (?:of )?{YEAR}", True, {}),
    ("half", "(?:the )?{HORD}(?:-| )half of (?:the|this) (?P<ythis>year)", True, {}),
    ("half", "(?:the )?{HORD}(?:-| )half of {YREL} year", True, {}),
    ("half", "(?:in )?(?:the )?{HORD}(?:-| )half", False, {}),
    ("season", "(?:the )?{SEASON},? (?:of )?{YEAR}", True, {}),
    ("season", "(?:the )?{SEASON} of {YREL} year", True, {}),
    ("season", "{DIR} {SEASON}", True, {}),
    ("season", "(?:in|during) (?:the )?{SEASONX}", True, {}),
    ("season", "(?:the )?{SEASONX}", False, {}),
    ("decade", "(?:in |during )?{DECADE}", True, {}),
    ("isoweek", "(?:in )?(?:the )?week (?P<week>\\d{1,2})(?:,| of)? {YEAR}", True, {}),
    ("isoweek", "(?:in )?(?:the )?week (?P<week>\\d{1,2})", False, {}),
    # Deadlines: the time up to the end of what follows (see docs/dates.md).
    ("fixed_year", "{BYEND} (?P<ref>the end of {YEAR}){LATEST}", True, {"deadline": True}),
    (
        "unit",
        "{BYEND} (?P<ref>the end of (?:the |{REL} )?{UNIT}){LATEST}",
        True,
        {"deadline": True},
    ),
    (
        "month",
        "{BYEND} (?P<ref>the end of {MONTHA},? (?:of )?{YEAR}){LATEST}",
        True,
        {"deadline": True},
    ),
    ("month", "{BYEND} (?P<ref>the end of {MONTH}){LATEST}", True, {"deadline": True}),
    (
        "date",
        "{BY} (?P<ref>{MONTHA} (?:the )?{DAY}{ORD},? {YEAR}){LATEST}",
        True,
        {"deadline": True},
    ),
    (
        "date",
        "{BY} (?P<ref>(?:the )?{DAY}{ORD} (?:of )?{MONTHA},? {YEAR}){LATEST}",
        True,
        {"deadline": True},
    ),
    ("date", "{BY} (?P<ref>{MONTH} (?:the )?{DAY}{ORD}){LATEST}", True, {"deadline": True}),
    ("date", "{BY} (?P<ref>(?:the )?{DAY}{ORD} (?:of )?{MONTH}){LATEST}", True, {"deadline": True}),
    ("month", "{BY} (?P<ref>{MONTHA},? (?:of )?{YEAR}){LATEST}", True, {"deadline": True}),
    ("month", "{BY} (?P<ref>{MONTH}){LATEST}", True, {"deadline": True}),
    ("fixed_year", "{BY} (?P<ref>{YEAR}){LATEST}", True, {"deadline": True}),
    # Two-digit years: the century is the anchor's to settle (rules.full_year).
    ("fixed_year", "(?:in|during|throughout) {YY}", True, {}),
    ("month", "(?:in )?{MONTHA},? (?:of )?{YY}", True, {}),
    ("season", "(?:the )?{SEASON},? (?:of )?{YY}", True, {}),
    ("quarter", "{QIN}(?:the )?{QORD}(?:-| )quarter (?:of )?{YY}", True, {}),
    ("fixed_year", "(?:(?:in|at|towards?) )?{PART}{PSEP}{YY}", True, {}),
    # Rolling windows up to the anchor. "last year" is the calendar year; "the past year"
    # and "the last year" are the twelve months up to now.
    (
        "window",
        "(?:(?:in|over|during|for|within|throughout) )?the (?:past|last) "
        "(?P<unit>year|month|week|day|quarter|decade){NOTOF}",
        True,
        {},
    ),
    (
        "window",
        "(?:(?:in|over|during|for|within|throughout) )?the (?:past|last) "
        "(?:{WNUM}|(?P<vague>few|several|couple of)) {UNITS}{NOTOF}",
        True,
        {},
    ),
    # Vague counts.
    ("vague", "{VAGUE} {UNITS} ago", True, {"sign": -1}),
    ("vague", "{VAGUE} {UNITS} from now", True, {"sign": 1}),
    # Only as a whole expression: in running text "the highest in several years" is a stretch
    # up to now, not a date ahead.
    ("vague", "in {VAGUE} {UNITS}(?:['’] time)?", False, {"sign": 1}),
    # Ranges of months and quarters: one interval from the first day of the first to the last
    # day of the last. A year written only at the end is the whole range's.
    # "in" is taken with a range that has no "from", so that "in January" is not read first.
    ("monthspan", "{FROMQ}{IN}{MONTHA0}(?:,? {YEAR0})? {TO}{MONTHA},? (?:of )?{YEAR}", True, {}),
    ("monthspan", "between {MONTHA0}(?:,? {YEAR0})? and {MONTHA},? (?:of )?{YEAR}", True, {}),
    ("monthspan", "{IN}{MONTHA0}(?:,? {YEAR0})?{DASH}{MONTHA},? {YEAR}", True, {}),
    ("monthspan", "{FROMQ}{IN}{MONTH0} {TO}{MONTH} (?:of )?{YREL} year", True, {}),
    ("monthspan", "{FROM}{MONTH0}(?:,? {YEAR0})? {TO}{MONTH}", True, {}),
    ("monthspan", "between {MONTH0}(?:,? {YEAR0})? and {MONTH}", True, {}),
    ("monthspan", "{IN}{MONTH0}{DASH}{MONTH}", True, {}),
    # "April to December" with no year; with one it is read whole above, or, after
    # "postponed", as two dates.
    (
        "monthspan",
        RUNNING_MONTH0 + " (?:to|through) " + RUNNING_MONTH + "(?!,? (?:of )?\\d)",
        True,
        {},
    ),
    ("monthspan", "{MONTH0} (?:to|through) {MONTH}", False, {}),
    (
        "quarterspan",
        "(?:from )?the {QORD0}(?: quarter)? (?:to|through) the {QORD}(?:-| )quarters? (?:of )?{YEAR}",
        True,
        {},
    ),
    ("quarterspan", "Q(?P<quarter0>[1-4]) (?:to|through) Q(?P<quarter>[1-4]),? {YEAR}", True, {}),
    # No defensible limit: read as unparsed, with the reason.
    ("unbounded", "(?:many|some|a number of|countless) {UNITS} ago", False, {}),
    ("unbounded", "(?:years|months|weeks|decades|ages|long) ago", False, {}),
    ("unbounded", "(?:(?:in|over|during) )?recent (?:days|weeks|months|years|decades)", False, {}),
    ("unbounded", "recently|lately|of late|in the recent past|in the past", False, {}),
]

EVENT_NOUNS = (
    r"conference|elections?|vote|referendum|meeting|summit|launch|release|announcement|leaks?"
    r"|scandal|hearing|trial|war|crisis|pandemic|outbreak|merger|acquisition|ipo|revelations?"
    r"|publication|debate|campaign|visit|inauguration|crash|collapse|breach|hack|investigation"
    r"|olympics|world cup|festival|keynote|wedding|funeral|death|strike|protests?|attacks?"
)
GERUND_EXCLUDED = r"spring|morning|evening|thing|nothing|something|anything|everything|during|being"

GRAMMAR = Grammar(
    code="en",
    vocab=VOCAB,
    productions=[production(kind, pattern, T, find, **opts) for kind, pattern, find, opts in ROWS]
    + numeric_productions(T, month_first=True),
    relations={"before": "before", "after": "after", "prior to": "before", "ahead of": "before"},
    prepositions=r"in|on|during",
    month_context=r"since|until|till|from|through|by",
    event_head=(
        r"(?:(?:the|a|an|this|that|its|his|her|their|our) |(?:last|this|next) (?:year|month|week)['’]s "
        r"|yesterday['’]s )?(?:(?-i:[A-Z0-9])[\w-]* ){0,3}(?:" + EVENT_NOUNS + r")"
        r"(?: (?:was|were|had been|has been|is) \w+(?:ed|en|wn))?"
        r"|(?!(?:" + GERUND_EXCLUDED + r")\b)(?-i:[a-z])\w{2,}ing"
    ),
    # Not "in", "on", "by": "after its launch in November" holds a date of its own.
    event_links=r"of|for",
    fillers=r"about|around|circa|c\.|approximately|roughly|some time|sometime|as early as|as late as|already|only",
    keywords=frozenset(
        "in on the of last this next ago year years month months week weeks day days early mid "
        "late yesterday today tomorrow quarter half summer winter spring autumn fall earlier later "
        "so far since during between until till".split()
    ),
    bounds=(
        r"by|no later than|not later than|until|till|up until|up till"
        r"|before(?= the (?:end|close) of)"
    ),
    ends=r"the (?:end|close) of",
    until=r"until|till|up until|up till",
    since=r"since|ever since",
    by=r"by|no later than|not later than",
    by_end=r"by|no later than|not later than|before",
    negations=r"(?:not|never|cannot|no)(?![\w'’])|\w+n['’]t(?!\w)",
    records=RECORD,
    comparisons=r"than|from|compared (?:with|to)|against|versus|vs\.?|of",
    contrasts=r"than|compared (?:with|to)|versus|vs\.?",
    counted_from=r"of|from|after",
)
