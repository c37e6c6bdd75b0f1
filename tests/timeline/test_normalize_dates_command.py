"""`manage.py normalize_dates`: JSON Lines in, one JSON line out per input, in order."""

import io
import json

from django.core.management import CommandError, call_command


def _run(lines):
    stdin = io.StringIO("".join(line + "\n" for line in lines))
    out = io.StringIO()
    error = None
    try:
        call_command("normalize_dates", stdin=stdin, stdout=out)
    except CommandError as exc:
        error = exc
    return [json.loads(line) for line in out.getvalue().splitlines()], error


def test_each_line_gets_its_interval_in_order():
    rows, error = _run(
        [
            json.dumps({"text": "w ubiegłym roku", "anchor": "2018-09-20", "lang": "pl"}),
            json.dumps({"text": "W sierpniu", "anchor": "2018-09-20T10:00:00+02:00"}),
            json.dumps({"text": "przed ubiegłoroczną konferencją F8", "anchor": "2018-09-20"}),
        ]
    )
    assert error is None
    assert rows == [
        {
            "text": "w ubiegłym roku",
            "start": "2017-01-01",
            "end": "2017-12-31",
            "granularity": "year",
            "edtf": "2017",
            "status": "parsed",
            "reason": "",
            "relation": None,
            "reference": None,
        },
        {
            "text": "W sierpniu",
            "start": "2018-08-01",
            "end": "2018-08-31",
            "granularity": "month",
            "edtf": "2018-08",
            "status": "parsed",
            "reason": "",
            "relation": None,
            "reference": None,
        },
        {
            "text": "przed ubiegłoroczną konferencją F8",
            "start": None,
            "end": None,
            "granularity": None,
            "edtf": None,
            "status": "unparsed",
            "reason": rows[2]["reason"],
            "relation": "before",
            "reference": "ubiegłoroczną konferencją F8",
        },
    ]
    assert "event" in rows[2]["reason"]


def test_output_keeps_non_ascii_characters_as_written():
    stdin = io.StringIO(json.dumps({"text": "w ubiegłym roku", "anchor": "2018-09-20"}) + "\n")
    out = io.StringIO()
    call_command("normalize_dates", stdin=stdin, stdout=out)
    assert "ubiegłym" in out.getvalue()


def test_malformed_lines_get_an_error_line_and_the_rest_go_on():
    rows, error = _run(
        [
            "not json",
            "[1, 2]",
            json.dumps({"anchor": "2018-09-20"}),
            json.dumps({"text": 2017}),
            "",
            json.dumps({"text": "last year", "anchor": "2018-09-20", "lang": "en"}),
        ]
    )
    assert [row["status"] for row in rows] == ["error", "error", "error", "error", "parsed"]
    assert [row["reason"].split(":")[0] for row in rows[:4]] == [
        "line 1",
        "line 2",
        "line 3",
        "line 4",
    ]
    assert all(row["start"] is None for row in rows[:4])
    assert rows[4]["start"] == "2017-01-01"
    assert isinstance(error, CommandError)


def test_a_clean_run_exits_successfully_and_blank_lines_are_skipped():
    rows, error = _run(["", json.dumps({"text": "2017"}), "   "])
    assert error is None
    assert [(row["status"], row["start"]) for row in rows] == [("parsed", "2017-01-01")]


def test_bad_values_inside_a_well_formed_line_are_reported_on_that_line():
    rows, error = _run(
        [
            json.dumps({"text": "w ubiegłym roku", "anchor": "20.09.2018", "lang": "pl"}),
            json.dumps({"text": "w ubiegłym roku", "anchor": "2018-09-20", "lang": "xx"}),
            json.dumps({"text": "w ubiegłym roku"}),
        ]
    )
    assert error is None
    assert [row["status"] for row in rows] == ["error", "error", "unparsed"]
    assert "anchor" in rows[2]["reason"]


def test_standard_input_is_read_when_no_stream_is_given(monkeypatch):
    monkeypatch.setattr(
        "sys.stdin", io.StringIO(json.dumps({"text": "dziś", "anchor": "2018-09-20"}) + "\n")
    )
    out = io.StringIO()
    call_command("normalize_dates", stdout=out)
    assert json.loads(out.getvalue())["start"] == "2018-09-20"


def test_a_thousand_lines_stream_through():
    count = 1000
    rows, error = _run(
        [json.dumps({"text": "rok temu", "anchor": f"{2000 + i % 20}-06-01"}) for i in range(count)]
    )
    assert error is None
    assert len(rows) == count
    assert rows[-1]["start"] == f"{2000 + (count - 1) % 20 - 1}-01-01"
