"""Abstract bases shared by every tracked model: timestamps and recoverable deletion."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import signals
from django.utils import timezone


class SoftDeleteQuerySet(models.QuerySet):
    def alive(self):
        return self.filter(deleted_at__isnull=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)


class AliveManager(models.Manager):
    """The default manager: rows in the bin are invisible unless asked for.

    Combine with a model's own QuerySet: `AliveManager.from_queryset(ClaimQuerySet)()`.
    """

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class TrackedModel(models.Model):
    """Timestamps, and deletion that moves a row to a bin instead of destroying it.

    `objects` hides deleted rows; `all_objects` sees everything (admin bin, exports).
    """

    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    # Moved on by every change a person makes (claims.services.save_fields, the admin), so a
    # change based on an older copy is refused instead of overwriting a colleague's work
    # (config.locking for the API, claims.admin_versioning for the admin).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = AliveManager.from_queryset(SoftDeleteQuerySet)()
    all_objects = SoftDeleteQuerySet.as_manager()

    class Meta:
        abstract = True
        # Related-object access must still reach a row in the bin (a citation's deleted source).
        base_manager_name = "all_objects"
        # Only rows in the bin are looked up by these columns (the bin, a deleted user's
        # records); a full index would take an entry for every live row on every write.
        indexes = [
            models.Index(
                fields=["deleted_at"],
                condition=models.Q(deleted_at__isnull=False),
                name="%(app_label)s_%(class)s_binned",
            ),
            models.Index(
                fields=["deleted_by"],
                condition=models.Q(deleted_by__isnull=False),
                name="%(app_label)s_%(class)s_binner",
            ),
        ]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def validate_unique(self, exclude=None):
        """Also check unique fields against rows in the bin.

        Django checks uniqueness through the default manager, which hides deleted rows; without
        this a clash with a deleted row would pass validation and fail in the database.
        """
        super().validate_unique(exclude=exclude)
        exclude = set(exclude or ())
        errors = {}
        for field in self._meta.local_fields:
            if not field.unique or field.primary_key or field.name in exclude:
                continue
            value = getattr(self, field.attname)
            if value in (None, ""):
                continue
            clash = type(self).all_objects.deleted().filter(**{field.attname: value})
            if self.pk is not None:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                errors[field.name] = (
                    f"A deleted {self._meta.verbose_name} already uses this "
                    f"{field.verbose_name}; restore it from the bin instead."
                )
        if errors:
            raise ValidationError(errors)


def forward_proxy_signals() -> None:
    """Let whatever listens to a tracked model hear the saves and deletes made through its
    proxies. Django names the proxy as the sender, so an edit in the "dates to review" or the
    "candidate claims" admin reached neither the history tables nor the page cache, which
    listen on Event and Claim."""
    for model in apps.get_models():
        if not (model._meta.proxy and issubclass(model, TrackedModel)):
            continue
        for name in ("pre_delete", "post_save", "post_delete"):
            signal = getattr(signals, name)
            signal.connect(
                _forwarder(signal, model._meta.concrete_model),
                sender=model,
                weak=False,
                dispatch_uid=f"forward-{name}-{model._meta.label}",
            )


def _forwarder(signal, concrete):
    def forward(sender, **kwargs):
        kwargs.pop("signal")
        signal.send(sender=concrete, **kwargs)

    return forward
