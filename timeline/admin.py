from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from claims.admin_bin import ReadOnlyQueueAdmin, TrackedAdmin
from timeline import references, sanity, services
from timeline.models import DateFlag, DateReviewEvent, DateStatus, Event, Timeline

DATE_RESULT_READONLY = [
    "date_reference",
    "date_reason",
    "date_engine_version",
    "date_anchor",
    "date_offset",
    "date_queued_at",
]
MANUAL_DATE_FIELDS = {"date_start", "date_end", "date_granularity", "date_relation"}
# Reference events offered on the "choose reference event" page.
REFERENCE_CHOICES = 50


class DateFlagFilter(admin.SimpleListFilter):
    """One choice per flag, each with how many of the listed events carry it."""

    title = _("date flag")
    parameter_name = "flag"

    def lookups(self, request, model_admin):
        counts = sanity.flag_counts(model_admin.get_queryset(request))
        return [(kind, f"{label} ({counts[kind]})") for kind, label in DateFlag.Kind.choices]

    def queryset(self, request, queryset):
        if self.value() in DateFlag.Kind.values:
            flagged = DateFlag.objects.filter(event=OuterRef("pk"), kind=self.value())
            return queryset.filter(Exists(flagged))
        return queryset


class ReferenceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.date_label})"


class ChooseReferenceForm(forms.Form):
    reference = ReferenceChoiceField(
        label=_("reference event"),
        queryset=Event.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Leave empty to let Chronicle find the event again by itself."),
    )


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
        "flags",
    ]
    list_filter = [
        "date_status",
        DateFlagFilter,
        "date_granularity",
        "date_lang",
        "source__outlet",
        "tags",
    ]
    list_select_related = ["source__outlet"]
    search_fields = ["title", "description", "date_text"]
    date_hierarchy = "date_start"
    autocomplete_fields = ["source", "claims", "tags"]
    actions = [
        "renormalise_selected",
        "resolve_references_selected",
        "confirm_selected",
        "restore_selected",
    ]
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
                    "reference_event",
                    "flags",
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
            "reference_event",
            "flags",
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

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("date_flags")

    @admin.display(description=_("flags"))
    def flags(self, obj):
        return ", ".join(str(flag.get_kind_display()) for flag in obj.date_flags.all()) or "–"

    @admin.display(description=_("reference event"))
    def reference_event(self, obj):
        """The event the date was read against, and the way to choose another."""
        parts = []
        if obj.date_reference_event_id:
            parts.append(
                format_html(
                    '<a href="{}">{}</a>{}',
                    reverse("admin:timeline_event_change", args=[obj.date_reference_event_id]),
                    obj.date_reference_event,
                    _(" (chosen by hand)") if obj.date_reference_chosen else "",
                )
            )
        if obj.pk and (obj.date_reference or obj.date_reference_event_id):
            parts.append(
                format_html(
                    '<a href="{}">{}</a>',
                    reverse("admin:timeline_event_choose_reference", args=[obj.pk]),
                    _("Choose reference event"),
                )
            )
        return format_html_join(" · ", "{}", ((part,) for part in parts)) or "–"

    def get_urls(self):
        return [
            path(
                "<int:pk>/choose-reference/",
                self.admin_site.admin_view(self.choose_reference_view),
                name=f"{self.opts.app_label}_{self.opts.model_name}_choose_reference",
            ),
            *super().get_urls(),
        ]

    def choose_reference_view(self, request, pk):
        """Pick by hand the event a date is read against, among those with a date that share
        a word of the search (by default the reference's own words)."""
        event = get_object_or_404(Event.objects.select_related("source"), pk=pk)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        search = request.GET.get("q", event.date_reference).strip()
        form = ChooseReferenceForm(request.POST or None)
        form.fields["reference"].queryset = reference_choices(event, search)
        if request.method == "POST" and form.is_valid():
            chosen = form.cleaned_data["reference"]
            try:
                references.choose_reference_event(event=event, reference=chosen, by=request.user)
            except ValidationError as exc:
                form.add_error(None, exc.messages)
            else:
                self.message_user(request, _("Reference event saved."), messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Choose the reference event"),
            "event": event,
            "form": form,
            "search": search,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/timeline/choose_reference.html", context)

    def save_model(self, request, obj, form, change):
        if MANUAL_DATE_FIELDS & set(form.changed_data):
            services.confirm_date_in_form(event=obj)
        super().save_model(request, obj, form, change)
        if MANUAL_DATE_FIELDS & set(form.changed_data):
            sanity.refresh_flags([obj.pk])

    @admin.action(description=_("Re-normalise dates of selected events"), permissions=["change"])
    def renormalise_selected(self, request, queryset):
        count = services.renormalise(queryset, include_confirmed=True)
        self.message_user(
            request,
            ngettext("%d date queued.", "%d dates queued.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Look for reference events again (dates read against another event)"),
        permissions=["change"],
    )
    def resolve_references_selected(self, request, queryset):
        changed = references.resolve_event_dates(queryset.values_list("pk", flat=True))
        sanity.refresh_flags(changed)
        count = len(changed)
        self.message_user(
            request,
            ngettext("%d date read again.", "%d dates read again.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Confirm the dates as read"), permissions=["confirm"])
    def confirm_selected(self, request, queryset):
        count = 0
        confirmed = []
        for event in queryset.filter(date_status=DateStatus.PARSED):
            services.confirm_date(event=event, by=request.user)
            confirmed.append(event.pk)
        count = len(confirmed)
        sanity.refresh_flags(confirmed)
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


def reference_choices(event, search):
    """Dated events, other than `event`, sharing a word of `search` with their title or tags;
    the latest first."""
    from timeline.dates import event_refs

    words = [word.lower() for word in event_refs.WORD.findall(search)]
    reference = event_refs.reference_of("before", search) if search else None
    candidates = Event.objects.filter(
        date_status__in=references.SETTLED, date_start__isnull=False
    ).exclude(pk=event.pk)
    if reference is not None and (reference.words or words):
        sharing = references.sharing_words(reference.words or tuple(words))
        candidates = candidates.filter(sharing)
    ids = list(
        candidates.order_by("-date_start", "-pk").values_list("pk", flat=True)[:REFERENCE_CHOICES]
    )
    # Not the slice itself: the form looks the chosen one up in this queryset.
    return Event.objects.filter(pk__in=ids).order_by("-date_start", "-pk")


@admin.register(DateFlag)
class DateFlagAdmin(ReadOnlyQueueAdmin, admin.ModelAdmin):
    """The queue of dates to look at again, by the reason to doubt them."""

    view_permission = "timeline.view_event"

    list_display = ["event_link", "kind", "detail", "event_date"]
    list_filter = ["kind"]
    list_select_related = ["event"]
    search_fields = ["event__title", "event__date_text"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(event__deleted_at__isnull=True)

    def changelist_view(self, request, extra_context=None):
        counts = sanity.flag_counts()
        extra_context = {
            **(extra_context or {}),
            "subtitle": ", ".join(
                f"{label}: {counts[kind]}" for kind, label in DateFlag.Kind.choices
            ),
        }
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("event"), ordering="event__title")
    def event_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:timeline_event_change", args=[obj.event_id]),
            obj.event,
        )

    @admin.display(description=_("date"))
    def event_date(self, obj):
        return f"{obj.event.date_text} → {obj.event.date_label}"


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
