from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Events and timelines")

    def ready(self):
        from timeline import signals

        signals.connect()
