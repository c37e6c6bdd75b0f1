"""Normalise date expressions given as JSON Lines on standard input."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from timeline import dates

FIELDS = ("start", "end", "granularity", "edtf", "status", "reason", "relation", "reference")


class Command(BaseCommand):
    help = (
        'Read JSON Lines {"text": ..., "anchor": "YYYY-MM-DD", "lang": "pl"} on standard input and '
        "write one JSON line per input, in order, with the normalised interval. Malformed lines "
        "get an error line and make the exit status non-zero; the rest are still processed."
    )

    # call_command(..., stdin=stream) reads from that stream instead of standard input.
    stealth_options = ("stdin",)

    def handle(self, *args, **options):
        source = options.get("stdin") or sys.stdin
        malformed = 0
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            row, problem = self._row(line)
            if problem:
                malformed += 1
                row = {"text": None, **dict.fromkeys(FIELDS)}
                row.update(status="error", reason=f"line {number}: {problem}")
            self.stdout.write(json.dumps(row, ensure_ascii=False))
        if malformed:
            raise CommandError(f"{malformed} malformed line(s); see the error lines in the output")

    def _row(self, line: str) -> tuple[dict | None, str]:
        try:
            item = json.loads(line)
        except ValueError as exc:
            return None, f"not valid JSON ({exc.msg})"
        if not isinstance(item, dict):
            return None, "not a JSON object"
        text = item.get("text")
        if not isinstance(text, str):
            return None, '"text" is missing or not a string'
        result = dates.normalise(text, item.get("anchor"), item.get("lang") or None).to_dict()
        row = {"text": text} | {field: result[field] for field in FIELDS}
        return row, ""
