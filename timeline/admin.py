from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from claims.admin_bin import TrackedAdmin
from timeline import services
from timeline.models import DateReviewEvent, DateStatus, Event, Timeline

DATE_RESULT_READONLY = [
    "date_reference",
    "date_reason",
    "date_engine_version",
    "date_anchor",
    "date_queued_at",
]
MANUAL_DATE_FIELDS = {"date_start", "date_end", "date_granularity", "date_relation"}


@admin.register(Event)
class EventAdmin(TrackedAdmin):
    list_display = [
        "title",
        "date_text",
        "date_label",
        "date_status",
        "date_start",
        "date_end",
        "source",
    ]
    list_filter = ["date_status", "date_granularity", "date_lang", "source__outlet", "tags"]
    list_select_related = ["source__outlet"]
    search_fields = ["title", "description", "date_text"]
    date_hierarchy = "date_start"
    autocomplete_fields = ["source", "claims", "tags"]
    actions = ["renormalise_selected", "confirm_selected", "restore_selected"]
    fieldsets = [
        (None, {"fields": ["title", "description", "source", "claims", "tags"]}),
        (_("Date as written"), {"fields": ["date_text", "date_lang"]}),
        (
            _("Date as read"),
            {
                "description": _(
                    "Changing start, end, granularity or relation confirms the date by hand: "
                    "no worker will overwrite it."
                ),
                "fields": [
                    "date_status",
                    "date_start",
                    "date_end",
                    "date_granularity",
                    "date_relation",
                    *DATE_RESULT_READONLY,
                ],
            },
        ),
        (_("Record"), {"fields": ["created_at", "updated_at", "version"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = [
            *super().get_readonly_fields(request, obj),
            "date_status",
            *DATE_RESULT_READONLY,
            "created_at",
            "updated_at",
            "version",
        ]
        if not request.user.has_perm("timeline.confirm_event_date"):
            fields += sorted(MANUAL_DATE_FIELDS)
        return fields

    @admin.display(description=_("date"))
    def date_label(self, obj):
        return obj.date_label

    def save_model(self, request, obj, form, change):
        if MANUAL_DATE_FIELDS & set(form.changed_data):
            services.confirm_date_in_form(event=obj)
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Re-normalise dates of selected events"), permissions=["change"])
    def renormalise_selected(self, request, queryset):
        count = services.renormalise(queryset, include_confirmed=True)
        self.message_user(
            request,
            ngettext("%d date queued.", "%d dates queued.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Confirm the dates as read"), permissions=["confirm"])
    def confirm_selected(self, request, queryset):
        count = 0
        for event in queryset.filter(date_status=DateStatus.PARSED):
            services.confirm_date(event=event, by=request.user)
            count += 1
        self.message_user(
            request,
            ngettext("%d date confirmed.", "%d dates confirmed.", count) % count,
            messages.SUCCESS,
        )

    def has_confirm_permission(self, request):
        return request.user.has_perm("timeline.confirm_event_date")


@admin.register(DateReviewEvent)
class DateReviewAdmin(EventAdmin):
    """Dates the engine could not read, or that failed: the fact-checkers' to-do list."""

    def get_queryset(self, request):
        return super().get_queryset(request).needing_review()

    def has_add_permission(self, request):
        return False

    # A proxy has permissions of its own; the review list is governed by the event's.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("timeline.view_event")

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("timeline.change_event")

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("timeline.delete_event")

    def has_module_permission(self, request):
        return self.has_view_permission(request)


class TimelineEventInline(admin.TabularInline):
    model = Timeline.events.through
    extra = 0
    autocomplete_fields = ["event"]
    verbose_name = _("event")
    verbose_name_plural = _("events")


@admin.register(Timeline)
class TimelineAdmin(TrackedAdmin):
    list_display = ["title", "slug", "language", "is_published", "updated_at"]
    list_filter = ["is_published", "language"]
    search_fields = ["title", "slug", "description"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [TimelineEventInline]
    exclude = ["events"]
    actions = ["publish_selected", "unpublish_selected", "restore_selected"]

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "published_at"]
        if not request.user.has_perm("timeline.publish_timeline"):
            fields.append("is_published")
        return fields

    def has_publish_permission(self, request):
        return request.user.has_perm("timeline.publish_timeline")

    @admin.action(description=_("Publish selected timelines"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        for timeline in queryset:
            services.set_timeline_published(timeline=timeline, published=True, by=request.user)

    @admin.action(description=_("Unpublish selected timelines"), permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        for timeline in queryset:
            services.set_timeline_published(timeline=timeline, published=False, by=request.user)

    def save_model(self, request, obj, form, change):
        if "is_published" in form.changed_data and obj.is_published and not obj.published_at:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)
