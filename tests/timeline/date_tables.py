"""What the date engine's tables share: the anchor their rows are read against, and how a row
that must parse is read."""

import datetime as dt

from timeline import dates

# A Thursday: the PAP article's publication day.
ANCHOR = dt.date(2018, 9, 20)
# Also a Thursday, for the tense of running text (docs/dates.md, "Tense in running text").
TENSE_ANCHOR = dt.date(2019, 10, 31)


def read_parsed(text, lang, anchor=ANCHOR):
    result = dates.normalise(text, anchor, lang)
    assert result.status == "parsed", result.reason
    return result


def interval_of(result):
    return (str(result.start), str(result.end), result.granularity)
