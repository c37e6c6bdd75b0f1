from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Events and timelines")

    def ready(self):
        from django.core.signals import request_started

        from timeline import pagecache, signals

        signals.connect()
        request_started.connect(pagecache.settle_owed_bump, dispatch_uid="settle_owed_bump")
