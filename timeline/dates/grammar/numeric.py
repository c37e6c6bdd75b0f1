"""Dates written in digits, shared by every language.

Day-month-year with dots is read day first everywhere. With slashes or dashes it is read day
first too, except in English, where 05/11/2017 is US month/day unless the first number cannot
be a month. A year alone, a year range, "MM.YYYY" and a bare "Q3" are dates only when they are
the whole expression: in running text they are too often amounts, scores or model names.
"""

from timeline.dates.grammar.base import production

MNUM = r"(?P<mnum>0?[1-9]|1[0-2])"
MNUM2 = r"(?P<mnum>0[1-9]|1[0-2])"


def numeric_productions(tokens: dict[str, str], year_suffix: str = "", month_first=False):
    """Digit-only date shapes; `year_suffix` is the language's optional word after a year."""
    t = dict(tokens, YS=year_suffix, MNUM=MNUM, MNUM2=MNUM2)
    rows = [
        ("date", r"{YEAR}-{MNUM2}-{DAY}", True, {}),
        ("date", r"{YEAR}/{MNUM}/{DAY}", True, {}),
        ("date", r"{DAY}\.{MNUM}\.{YEAR}{YS}", True, {}),
        (
            "date",
            r"(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep){YEAR}{YS}",
            True,
            {"month_first": month_first},
        ),
        ("month", r"{YEAR}-{MNUM2}(?![-\d])", True, {}),
        ("isoweek", r"{YEAR}-?W(?P<week>\d\d)", True, {}),
        ("quarter", r"Q(?P<quarter>[1-4])(?:\s*[/-]\s*|\s+){YEAR}", True, {}),
        ("quarterspan", r"Q(?P<quarter0>[1-4]){DASH}Q(?P<quarter>[1-4])\s+{YEAR}", True, {}),
        ("quarter", r"(?P<quarter>[1-4])Q\s*{YEAR}", True, {}),
        ("quarter", r"{YEAR}\s*Q(?P<quarter>[1-4])", True, {}),
        ("half", r"H(?P<half>[12])(?:\s*[/-]\s*|\s+){YEAR}", True, {}),
        ("half", r"(?P<half>[12])H\s*{YEAR}", True, {}),
        # Two-digit years ("Q3 '16", "H1 '17"): the century is the anchor's to settle.
        ("quarter", r"Q(?P<quarter>[1-4])(?:\s*[/-]\s*|\s+){YY}", True, {}),
        ("quarter", r"(?P<quarter>[1-4])Q\s*{YY}", True, {}),
        ("half", r"H(?P<half>[12])(?:\s*[/-]\s*|\s+){YY}", True, {}),
        ("fixed_year", r"{YY}", False, {}),
        ("month", r"{MNUM2}[./]{YEAR}{YS}", False, {}),
        ("quarter", r"Q(?P<quarter>[1-4])", False, {}),
        ("yearspan", r"{YEAR}{DASH}{YEAR2}{YS}", False, {}),
        ("fixed_year", r"{YEAR}{YS}", False, {}),
    ]
    return [production(kind, pattern, t, find, **opts) for kind, pattern, find, opts in rows]
