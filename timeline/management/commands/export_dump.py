import sys

from django.core.management.base import BaseCommand

from timeline.dump import write_dump


class Command(BaseCommand):
    help = "Write every object (public, private, in the bin, and history) to a JSON Lines dump."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default="-", help="output file, or - for stdout")

    def handle(self, *args, path, **options):
        if path == "-":
            count = write_dump(sys.stdout)
        else:
            with open(path, "w", encoding="utf-8") as out:
                count = write_dump(out)
        self.stderr.write(f"Exported {count} objects.")
