import datetime as dt
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import ExtractionError, extract_candidates


class Command(BaseCommand):
    help = (
        "Print candidate claims found in an article as JSON Lines, one per line, without "
        "touching the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the article's text file, or - for standard input")
        parser.add_argument(
            "--anchor", help="publication date, YYYY-MM-DD: relative dates are read against it"
        )
        parser.add_argument(
            "--lang", help="language code (pl, en, de, fr, es); detected if omitted"
        )

    def handle(self, *args, file, anchor, lang, **options):
        anchor_date = None
        if anchor:
            try:
                anchor_date = dt.date.fromisoformat(anchor)
            except ValueError:
                raise CommandError(
                    f"--anchor must be a date like 2018-09-20, got {anchor!r}."
                ) from None
        text = _read(file)
        try:
            candidates = extract_candidates(text, anchor_date, lang)
        except ExtractionError as exc:
            raise CommandError(str(exc)) from None
        for candidate in candidates:
            self.stdout.write(json.dumps(candidate.to_dict(), ensure_ascii=False))


def _read(file: str) -> str:
    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(file, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        raise CommandError(f"Cannot read {file}: {exc.strerror}.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CommandError(f"{file} is not UTF-8 text (a binary file?).") from None
