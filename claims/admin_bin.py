"""The admin side of recoverable deletion, shared by every tracked model's admin."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.admin_versioning import VersionedAdminMixin


def refuse_revert(request):
    """simple-history's "Revert" saves the whole past row (review status, verdict, bin,
    version, a link's decision) for anyone who may merely view it, whatever the fields' own
    permissions: a fact-checker could republish a claim an editor had withdrawn. Past versions
    are shown, never written back (SIMPLE_HISTORY_REVERT_DISABLED hides the button; this
    refuses the request)."""
    if request.method not in ("GET", "HEAD"):
        raise PermissionDenied


class ReadOnlyQueueAdmin:
    """An admin list that people read and act on through its own buttons or actions, never by
    adding, editing or deleting rows; shown to those with `view_permission`."""

    view_permission = ""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(self.view_permission)

    def has_module_permission(self, request):
        return self.has_view_permission(request)


class BinFilter(admin.SimpleListFilter):
    title = _("bin")
    parameter_name = "bin"

    def lookups(self, request, model_admin):
        return [("deleted", _("In the bin"))]

    def queryset(self, request, queryset):
        if self.value() == "deleted":
            return queryset.filter(deleted_at__isnull=False)
        return queryset.filter(deleted_at__isnull=True)


class TrackedAdmin(VersionedAdminMixin, SimpleHistoryAdmin):
    """History on every change; delete moves to the bin; editors restore from it; a save based
    on a stale copy is refused (VersionedAdminMixin)."""

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

    def history_view(self, request, object_id, extra_context=None):
        if self.model._meta.proxy:
            return self._concrete_history(request, "history", object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        refuse_revert(request)
        if self.model._meta.proxy:
            return self._concrete_history(request, "simple_history", object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def _concrete_history(self, request, page, *args):
        # The history belongs to the concrete model (a candidate is a claim); simple-history's
        # views fail on a proxy (a 500), so its history pages send to the concrete model's.
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        concrete = self.model._meta.concrete_model._meta
        return redirect(f"admin:{concrete.app_label}_{concrete.model_name}_{page}", *args)

    def get_deleted_objects(self, objs, request):
        # Deleting only moves rows to the bin: nothing that points at them loses its target,
        # so rows that would protect them from a real delete do not block this one, and
        # permission to delete them (a claim's links, an event's date flags, which no one
        # deletes by hand) is not needed. The rows themselves are checked by
        # has_delete_permission.
        deleted, model_count, _perms_needed, _protected = super().get_deleted_objects(objs, request)
        return deleted, model_count, set(), []

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
