"""The fact-checker's import workflow in the admin: paste an article, review its candidates."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from claims.admin import ClaimAdmin
from claims.extraction.language import SUPPORTED_LANGUAGES
from claims.importing import accept_candidate, discard_candidate, import_article
from claims.models import CandidateClaim, Claim, Outlet


class ImportArticleForm(forms.Form):
    text = forms.CharField(label=_("Article text"), widget=forms.Textarea(attrs={"rows": 20}))
    url = forms.URLField(label=_("URL"), required=False, assume_scheme="https")
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    outlet = forms.ModelChoiceField(
        label=_("Outlet"), queryset=Outlet.objects.all(), required=False
    )
    published_at = forms.DateTimeField(
        label=_("Published at"),
        required=False,
        help_text=_("Relative dates (“last year”, “W sierpniu”) are read against it."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    lang = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Detect"))] + [(code, code) for code in sorted(SUPPORTED_LANGUAGES)],
    )


@admin.register(CandidateClaim)
class CandidateClaimAdmin(ClaimAdmin):
    """Draft claims the importer proposed, waiting for a fact-checker to accept or discard."""

    list_display = ["statement", "quantity_text", "claim_dates", "claim_source", "review_buttons"]
    list_filter = ["language", "citations__source"]
    actions = ["accept_selected", "discard_selected"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(is_candidate=True)
            .prefetch_related("events", "citations__source")
        )

    def has_add_permission(self, request):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("claims.view_claim")

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("claims.change_claim")

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    @admin.display(description=_("dates"))
    def claim_dates(self, obj):
        return ", ".join(event.date_text for event in obj.events.all())

    @admin.display(description=_("source"))
    def claim_source(self, obj):
        return ", ".join(str(c.source) for c in obj.citations.all())

    @admin.display(description=_("review"))
    def review_buttons(self, obj):
        # Submit buttons inside the change list's own form, which carries the CSRF token.
        return format_html(
            '<button type="submit" class="button" formaction="{}">{}</button> '
            '<button type="submit" class="button" formaction="{}">{}</button>',
            reverse("admin:claims_candidateclaim_accept", args=[obj.pk]),
            _("Accept"),
            reverse("admin:claims_candidateclaim_discard", args=[obj.pk]),
            _("Discard"),
        )

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(lambda request: import_article_view(self, request)),
                name="claims_import_article",
            ),
            path(
                "<int:pk>/accept/",
                self.admin_site.admin_view(require_POST(self.accept_view)),
                name="claims_candidateclaim_accept",
            ),
            path(
                "<int:pk>/discard/",
                self.admin_site.admin_view(require_POST(self.discard_view)),
                name="claims_candidateclaim_discard",
            ),
            *super().get_urls(),
        ]

    def _one(self, request, pk, service, done):
        if not self.has_change_permission(request):
            raise PermissionDenied
        claim = get_object_or_404(Claim.objects.filter(is_candidate=True), pk=pk)
        service(claim=claim, by=request.user)
        self.message_user(request, done % {"claim": claim}, messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:claims_candidateclaim_changelist"))

    def accept_view(self, request, pk):
        return self._one(request, pk, accept_candidate, _("Accepted: %(claim)s"))

    def discard_view(self, request, pk):
        return self._one(request, pk, discard_candidate, _("Discarded to the bin: %(claim)s"))

    @admin.action(description=_("Accept selected candidates"), permissions=["change"])
    def accept_selected(self, request, queryset):
        for claim in queryset:
            accept_candidate(claim=claim, by=request.user)
        count = len(queryset)
        self.message_user(request, ngettext("%d accepted.", "%d accepted.", count) % count)

    @admin.action(description=_("Discard selected candidates"), permissions=["change"])
    def discard_selected(self, request, queryset):
        for claim in queryset:
            discard_candidate(claim=claim, by=request.user)
        count = len(queryset)
        self.message_user(request, ngettext("%d discarded.", "%d discarded.", count) % count)


def import_article_view(model_admin, request):
    """The "Import article" page, reached from the claims list."""
    if not (
        request.user.has_perm("claims.add_claim") and request.user.has_perm("claims.add_source")
    ):
        raise PermissionDenied
    form = ImportArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            report = import_article(
                text=data["text"],
                url=data["url"],
                title=data["title"],
                outlet=data["outlet"],
                published_at=data["published_at"],
                lang=data["lang"] or None,
                by=request.user,
            )
        except ValidationError as exc:
            for name, errors in exc.message_dict.items():
                form.add_error(name if name in form.fields else None, errors)
        else:
            model_admin.message_user(request, report.summary(), messages.SUCCESS)
            return HttpResponseRedirect(
                reverse("admin:claims_candidateclaim_changelist")
                + f"?citations__source__id__exact={report.source.pk}"
            )
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Import article"),
        "form": form,
        "opts": model_admin.model._meta,
    }
    return TemplateResponse(request, "admin/claims/import_article.html", context)
