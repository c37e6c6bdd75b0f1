"""The admin side of recoverable deletion, shared by every tracked model's admin."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from claims import services


class BinFilter(admin.SimpleListFilter):
    title = _("bin")
    parameter_name = "bin"

    def lookups(self, request, model_admin):
        return [("deleted", _("In the bin"))]

    def queryset(self, request, queryset):
        if self.value() == "deleted":
            return queryset.filter(deleted_at__isnull=False)
        return queryset.filter(deleted_at__isnull=True)


class TrackedAdmin(SimpleHistoryAdmin):
    """History on every change; delete moves to the bin; editors restore from it."""

    actions = ["restore_selected"]

    def get_queryset(self, request):
        # The bin filter decides between live and deleted rows, so start from all of them.
        qs = self.model.all_objects.get_queryset()
        ordering = self.get_ordering(request)
        return qs.order_by(*ordering) if ordering else qs

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), BinFilter]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "deleted_at", "deleted_by"]

    def delete_model(self, request, obj):
        services.move_to_bin(obj=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.move_to_bin(obj=obj, by=request.user)

    @admin.action(description=_("Restore selected from the bin"), permissions=["delete"])
    def restore_selected(self, request, queryset):
        restored = 0
        for obj in queryset.filter(deleted_at__isnull=False):
            services.restore_from_bin(obj=obj, by=request.user)
            restored += 1
        self.message_user(
            request,
            ngettext("%d item restored.", "%d items restored.", restored) % restored,
            messages.SUCCESS,
        )
