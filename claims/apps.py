from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = _("Claims and sources")

    def ready(self):
        from claims import signals
        from claims.records import forward_proxy_signals

        forward_proxy_signals()
        signals.connect()
