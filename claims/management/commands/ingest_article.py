import datetime as dt

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from claims.importing import import_article
from claims.management.commands.extract_claims import _read
from claims.models import Outlet


class Command(BaseCommand):
    help = (
        "Import an article: store the source with its text and create draft candidate claims "
        "for review. Importing the same URL or text again creates nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the article's text file (UTF-8), or - for stdin")
        parser.add_argument("--url", default="")
        parser.add_argument("--title", default="")
        parser.add_argument("--outlet", help="outlet name; created if it does not exist")
        parser.add_argument(
            "--published", help="publication date or datetime (ISO 8601), the dates' anchor"
        )
        parser.add_argument("--lang", help="pl, en, de, fr or es; detected if omitted")

    def handle(self, *args, file, url, title, outlet, published, lang, **options):
        published_at = _published(published) if published else None
        text = _read(file)
        outlet_obj = None
        if outlet:
            outlet_obj, _ = Outlet.objects.get_or_create(name=outlet.strip()[:200])
        try:
            report = import_article(
                text=text,
                url=url,
                title=title,
                outlet=outlet_obj,
                published_at=published_at,
                lang=lang,
            )
        except ValidationError as exc:
            problems = "; ".join(
                f"{name}: {' '.join(messages)}" for name, messages in exc.message_dict.items()
            )
            raise CommandError(f"Nothing imported. {problems}") from None
        self.stdout.write(self.style.SUCCESS(report.summary()))


def _published(value: str):
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            # Noon local time: the day stays the same whatever zone it is later shown in.
            return dt.datetime(
                day.year, day.month, day.day, 12, 0, tzinfo=timezone.get_current_timezone()
            )
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--published must be an ISO date like 2018-09-20, got {value!r}."
        ) from None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)
