from django.core.management.base import BaseCommand

from timeline.demo import TIMELINE_SLUG, load_demo


class Command(BaseCommand):
    help = "Load the demo story (Facebook, US banks and customer data). Safe to run again."

    def handle(self, *args, **options):
        created = load_demo()
        summary = ", ".join(f"{n} {kind}" for kind, n in created.items())
        if any(created.values()):
            self.stdout.write(self.style.SUCCESS(f"Demo story loaded: created {summary}."))
        else:
            self.stdout.write("Demo story already present; nothing created.")
        self.stdout.write(f"Timeline: /timelines/{TIMELINE_SLUG}/")
