"""Optimistic locking for admin forms: a save based on a stale copy is refused, not applied."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class VersionedForm(forms.ModelForm):
    """Carries the version the editor started from and refuses to save over a newer one."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        expected = cleaned.get("expected_version")
        # Locked until the admin's transaction commits, so no save can slip in between.
        current = (
            type(self.instance)
            .all_objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        if expected is None or current != expected:
            latest = self.instance.history.first()
            who = getattr(latest, "history_user", None) or _("someone else")
            raise ValidationError(
                _(
                    "%(who)s saved this %(kind)s after you opened it (now version %(current)s, "
                    "you started from %(expected)s). Your changes are still in the form below: "
                    "copy them, reload the page, and apply them to the new version."
                )
                % {
                    "who": who,
                    "kind": self.instance._meta.verbose_name,
                    "current": current,
                    "expected": expected,
                },
                code="conflict",
            )
        return cleaned


class VersionedAdminMixin:
    form = VersionedForm

    def get_fields(self, request, obj=None):
        return [*super().get_fields(request, obj), "expected_version"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.fieldsets:
            fieldsets = [*fieldsets, (None, {"fields": ["expected_version"]})]
        return fieldsets

    def save_model(self, request, obj, form, change):
        if change:
            obj.version += 1
        super().save_model(request, obj, form, change)
