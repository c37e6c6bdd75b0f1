"""Claim links in the admin: the queue of open candidates, best first, and one-click decisions,
also on each claim's own page."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from claims import graph, links
from claims.admin_bin import ReadOnlyQueueAdmin, refuse_revert
from claims.graph_html import GraphLabels, values_html
from claims.models import Claim, ClaimLink


def decision_buttons(link) -> str:
    """Submit buttons posting to the decision views; they sit inside a form that carries the
    CSRF token (the change list's, or the claim's change form)."""
    if link.status != ClaimLink.Status.CANDIDATE:
        return ""
    return format_html(
        '<button type="submit" class="button" formaction="{}">{}</button> '
        '<button type="submit" class="button" formaction="{}">{}</button>',
        reverse("admin:claims_claimlink_accept", args=[link.pk]),
        _("Same claim"),
        reverse("admin:claims_claimlink_reject", args=[link.pk]),
        _("Not the same"),
    )


@admin.register(ClaimLink)
class ClaimLinkAdmin(ReadOnlyQueueAdmin, SimpleHistoryAdmin):
    list_display = ["claim", "other", "status", "score", "reason_list", "review_buttons"]
    list_filter = ["status", "matcher_version"]
    list_select_related = ["claim", "other"]
    search_fields = ["claim__statement", "other__statement"]
    ordering = ["-score", "pk"]
    readonly_fields = [
        "claim",
        "other",
        "status",
        "score",
        "reasons",
        "conflicts",
        "matcher_version",
        "proposed_at",
        "decided_by",
        "decided_at",
    ]

    # A decision is audited: a link changes by deciding, never by editing or removing it.
    view_permission = "claims.view_claim"

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        refuse_revert(request)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def changelist_view(self, request, extra_context=None):
        counts = dict(ClaimLink.objects.values_list("status").annotate(n=Count("pk")).order_by())
        subtitle = ", ".join(
            f"{label}: {counts.get(value, 0)}" for value, label in ClaimLink.Status.choices
        )
        return super().changelist_view(request, {**(extra_context or {}), "subtitle": subtitle})

    @admin.display(description=_("reasons"))
    def reason_list(self, obj):
        return "; ".join([*obj.reasons, *(f"conflict: {c}" for c in obj.conflicts)])

    @admin.display(description=_("decide"))
    def review_buttons(self, obj):
        return decision_buttons(obj)

    def get_urls(self):
        return [
            path(
                "<int:pk>/accept/",
                self.admin_site.admin_view(require_POST(self.accept_view)),
                name="claims_claimlink_accept",
            ),
            path(
                "<int:pk>/reject/",
                self.admin_site.admin_view(require_POST(self.reject_view)),
                name="claims_claimlink_reject",
            ),
            *super().get_urls(),
        ]

    def _decide(self, request, pk, status, done):
        if not request.user.has_perm("claims.change_claim"):
            raise PermissionDenied
        link = links.decide(get_object_or_404(ClaimLink, pk=pk), status, request.user)
        self.message_user(request, done % {"link": link}, messages.SUCCESS)
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("admin:claims_claimlink_changelist")
        return HttpResponseRedirect(back)

    def accept_view(self, request, pk):
        return self._decide(request, pk, ClaimLink.Status.SAME, _("The same claim: %(link)s"))

    def reject_view(self, request, pk):
        return self._decide(
            request, pk, ClaimLink.Status.DIFFERENT, _("Not the same claim: %(link)s")
        )


def claim_links_html(claim) -> str:
    """A claim's links on its own page, with the decision buttons for open candidates."""
    found = links.links_of(claim) if claim.pk else []
    if not found:
        return _("None yet.")
    rows = []
    for link in found:
        other = link.other if link.claim_id == claim.pk else link.claim
        rows.append(
            (
                reverse("admin:claims_claim_change", args=[other.pk]),
                other,
                link.get_status_display(),
                "" if link.score is None else f"{link.score:.2f}",
                "; ".join(link.reasons),
                decision_buttons(link),
            )
        )
    return format_html(
        "<ul>{}</ul>",
        format_html_join("", '<li><a href="{}">{}</a>: {} {} ({}) {}</li>', rows),
    )


class RankForm(forms.Form):
    rank = forms.ChoiceField(label=_("Rank of this claim's value"), choices=Claim.Rank.choices)
    reason = forms.CharField(
        label=_("Why"),
        max_length=500,
        required=False,
        widget=forms.TextInput(attrs={"size": 80}),
        help_text=_("Needed for preferred and deprecated: what makes this value stand, or fall."),
    )


def claim_values_html(claim) -> str:
    """On a claim's admin page: every value of its group with its rank, and the way to rank."""
    if not claim.pk:
        return _("None yet.")
    values = graph.values_of([claim.pk], public=False)[claim.pk]
    rank_url = reverse("admin:claims_claim_rank", args=[claim.pk])
    ranked = values_html(values, GraphLabels(), claim.pk) if len(values) > 1 else ""
    return format_html(
        '{}<p><a class="button" href="{}">{}</a></p>', ranked, rank_url, _("Rank this value")
    )


def rank_view(model_admin, request, pk):
    """Rank a claim's value among the claims of its group (editors), with the reason."""
    claim = get_object_or_404(Claim, pk=pk)
    if not request.user.has_perm("claims.review_claim"):
        raise PermissionDenied
    initial = {"rank": claim.value_rank, "reason": claim.value_rank_reason}
    form = RankForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            graph.set_rank(claim=claim, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            model_admin.message_user(request, _("Rank saved."), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[pk]))
    values = graph.values_of([claim.pk], public=False)[claim.pk]
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Rank the value"),
        "claim": claim,
        "form": form,
        "values_html": values_html(values, GraphLabels(), claim.pk),
        "opts": Claim._meta,
    }
    return TemplateResponse(request, "admin/claims/rank_value.html", context)
