from django.core.management.base import BaseCommand, CommandError

from timeline.dump import DumpError, read_dump, restore_dump


class Command(BaseCommand):
    help = "Restore a dump written by export_dump into an empty database (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            with open(path, encoding="utf-8") as lines:
                objects = read_dump(lines)
            count = restore_dump(objects)
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from None
        except DumpError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Restored {count} objects."))
