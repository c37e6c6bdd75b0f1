from functools import partial

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from claims import services
from claims.admin_bin import TrackedAdmin
from claims.models import Citation, Claim, Outlet, Source, Tag


@admin.register(Outlet)
class OutletAdmin(TrackedAdmin):
    list_display = ["name", "country", "language", "home_url"]
    list_filter = ["country", "language"]
    search_fields = ["name", "home_url"]


@admin.register(Tag)
class TagAdmin(TrackedAdmin):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(TrackedAdmin):
    list_display = ["title", "outlet", "kind", "language", "published_at"]
    list_filter = ["kind", "language", "outlet"]
    list_select_related = ["outlet"]
    search_fields = ["title", "url", "author", "outlet__name"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["outlet", "cites"]
    readonly_fields = ["text_hash", "created_at", "updated_at", "version"]
    fieldsets = [
        (None, {"fields": ["outlet", "kind", "title", "url", "author", "language"]}),
        (_("Dates"), {"fields": ["published_at", "published_precision", "retrieved_at"]}),
        (_("What it cites"), {"fields": ["cites"]}),
        (_("Text snapshot"), {"fields": ["text", "text_hash"], "classes": ["collapse"]}),
        (_("Record"), {"fields": ["created_at", "updated_at", "version"]}),
    ]


class CitationInline(admin.StackedInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "quote", "start_offset", "end_offset"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


@admin.register(Claim)
class ClaimAdmin(TrackedAdmin):
    list_display = ["__str__", "review_status", "verdict", "language", "claimant", "updated_at"]
    list_filter = ["review_status", "verdict", "language", "citations__source__outlet", "tags"]
    search_fields = ["statement", "summary", "claimant", "quantity_text"]
    date_hierarchy = "created_at"
    autocomplete_fields = ["tags"]
    inlines = [CitationInline]
    actions = [
        "submit_selected_for_review",
        "publish_selected",
        "send_selected_back_to_review",
        "restore_selected",
    ]
    readonly_fields = [
        "review_status",
        "reviewed_by",
        "reviewed_at",
        "published_at",
        "created_by",
        "created_at",
        "updated_at",
        "version",
        "claim_links",
        "claim_values",
    ]
    fieldsets = [
        (None, {"fields": ["statement", "summary", "claimant", "language", "tags"]}),
        (
            _("Quantity"),
            {
                "fields": [
                    "quantity_text",
                    "quantity_value",
                    "quantity_unit",
                    "quantity_unit_inferred",
                    "quantity_qualifier",
                ]
            },
        ),
        (
            _("Review"),
            {
                "fields": [
                    "review_status",
                    "verdict",
                    "review_body",
                    "reviewed_by",
                    "reviewed_at",
                    "published_at",
                ]
            },
        ),
        (_("Linked claims"), {"fields": ["claim_links", "claim_values"]}),
        (_("Record"), {"fields": ["created_by", "created_at", "updated_at", "version"]}),
    ]

    @admin.display(description=_("linked claims"))
    def claim_links(self, obj):
        from claims.admin_links import claim_links_html

        return claim_links_html(obj)

    @admin.display(description=_("values and ranks"))
    def claim_values(self, obj):
        from claims.admin_links import claim_values_html

        return claim_values_html(obj)

    def get_urls(self):
        from claims.admin_links import rank_view

        return [
            path(
                "<int:pk>/rank/",
                self.admin_site.admin_view(partial(rank_view, self)),
                name=f"{self.opts.app_label}_{self.opts.model_name}_rank",
            ),
            *super().get_urls(),
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm("claims.review_claim"):
            fields += ["verdict", "review_body"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        verdict_changed = "verdict" in form.changed_data or "review_body" in form.changed_data
        if verdict_changed and obj.verdict:
            # Stamped before the one save, so the form's change is a single history record.
            services.stamp_review(claim=obj, by=request.user)
        super().save_model(request, obj, form, change)

    def has_publish_permission(self, request):
        return request.user.has_perm("claims.publish_claim")

    def _run(self, request, queryset, service, done_message):
        done = 0
        for claim in queryset:
            try:
                service(claim=claim, by=request.user)
                done += 1
            except (ValidationError, PermissionDenied) as exc:
                self.message_user(request, f"{claim}: {'; '.join(_messages(exc))}", messages.ERROR)
        if done:
            self.message_user(request, done_message(done), messages.SUCCESS)

    @admin.action(description=_("Submit selected drafts for review"), permissions=["change"])
    def submit_selected_for_review(self, request, queryset):
        self._run(
            request,
            queryset.filter(review_status=Claim.ReviewStatus.DRAFT),
            services.submit_for_review,
            lambda n: ngettext("%d claim submitted.", "%d claims submitted.", n) % n,
        )

    @admin.action(description=_("Publish selected claims"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._run(
            request,
            queryset,
            services.publish_claim,
            lambda n: ngettext("%d claim published.", "%d claims published.", n) % n,
        )

    @admin.action(description=_("Send selected back to review"), permissions=["publish"])
    def send_selected_back_to_review(self, request, queryset):
        self._run(
            request,
            queryset,
            services.send_back_to_review,
            lambda n: ngettext("%d claim sent back.", "%d claims sent back.", n) % n,
        )


def _messages(exc):
    if isinstance(exc, ValidationError):
        return [str(m) for m in exc.messages]
    return [str(exc)]


@admin.register(Citation)
class CitationAdmin(TrackedAdmin):
    list_display = ["__str__", "claim", "source", "start_offset", "end_offset"]
    list_select_related = ["claim", "source__outlet"]
    list_filter = ["source__outlet"]
    search_fields = ["quote", "claim__statement", "source__title"]
    autocomplete_fields = ["claim", "source"]


# The import workflow builds on ClaimAdmin; importing it here registers it with the site.
from claims import admin_import, admin_links  # noqa: E402, F401
