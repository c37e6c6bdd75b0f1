"""Read dates again, typically after the date engine changed: `manage.py renormalize_dates`."""

import sys

from django.core.management.base import BaseCommand
from django.db.models import Count
from tqdm import tqdm

from timeline import dates, services
from timeline.models import DateStatus, Event

MACHINE_STATUSES = [DateStatus.PENDING, DateStatus.PARSED, DateStatus.UNPARSED, DateStatus.FAILED]


class Command(BaseCommand):
    help = (
        "Make dates pending again and queue them for the workers. By default only those read by "
        "another engine version than this one. Confirmed dates are never touched."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument(
            "--stale",
            action="store_true",
            help="Dates read by another engine version (the default).",
        )
        which.add_argument(
            "--all", action="store_true", help="Every date not confirmed by a person."
        )
        which.add_argument(
            "--status",
            action="append",
            choices=[str(status) for status in MACHINE_STATUSES],
            help="Dates with this status (repeatable). 'pending' queues waiting dates now.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be queued."
        )
        parser.add_argument(
            "--batch-size", type=int, default=None, help="Rows per task (DATES_BATCH_SIZE)."
        )

    def handle(self, *args, **options):
        # Rows in the bin too: a restored event should come back with a current reading.
        events = Event.all_objects.all()
        if options["all"]:
            events = events.filter(date_status__in=MACHINE_STATUSES)
        elif options["status"]:
            events = events.filter(date_status__in=options["status"])
        else:
            events = events.read_by_other_engine(dates.ENGINE_VERSION)

        if options["dry_run"]:
            by_status = dict(events.order_by().values_list("date_status").annotate(n=Count("pk")))
            total = sum(by_status.values())
            detail = ", ".join(f"{status} {n}" for status, n in sorted(by_status.items()))
            self.stdout.write(
                f"Would re-normalise {total} date(s) with engine {dates.ENGINE_VERSION}"
                + (f" ({detail})" if detail else "")
                + "."
            )
            return

        total = events.count()
        # The bar goes to stderr and only to a terminal (tqdm's disable=None).
        disable = None if options["verbosity"] > 0 else True
        with tqdm(total=total, unit="date", file=sys.stderr, disable=disable) as bar:
            queued = services.renormalise(
                events, batch_size=options["batch_size"], progress=bar.update
            )
        self.stdout.write(
            f"Queued {queued} date(s) for normalisation with engine {dates.ENGINE_VERSION}."
        )
