"""Query parameters of the claims, sources and outlets lists. Every bad value is a 400 naming
the parameter: an unknown choice, a malformed date or id, a window that ends before it starts."""

import datetime as dt

import django_filters as filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema_field

from claims.models import CONTENT_LANGUAGES, Citation, Claim, Outlet, Source
from timeline.models import Event


class DateWindowForm(forms.Form):
    def clean(self):
        data = super().clean()
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", "The window ends before it starts.")
        return data


class UtcIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 date-time, handed on in UTC.

    Python accepts offsets up to 24 hours, PostgreSQL only up to 16: "+16:07" went to the
    database as written and answered 500. In UTC the offset never reaches it.
    """

    def to_python(self, value):
        value = super().to_python(value)
        if value is None:
            return None
        try:
            return value.astimezone(dt.UTC)
        except OverflowError:
            raise ValidationError("Enter a date-time between the years 1 and 9999.") from None


class IsoDateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UtcIsoDateTimeField


# The largest primary key a BigAutoField holds. django-filter's NumberFilter takes any decimal:
# 3.4e38 overflowed SQLite's integers (a 500) and is out of PostgreSQL's bigint range.
MAX_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(filters.NumberFilter):
    """A row's id: a whole number from 1 to MAX_ID; anything else is a 400."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class ClaimFilter(filters.FilterSet):
    q = filters.CharFilter(method="filter_search", max_length=200, label="Full-text search")
    review_status = filters.ChoiceFilter(choices=Claim.ReviewStatus.choices)
    verdict = filters.ChoiceFilter(choices=Claim.Verdict.choices)
    language = filters.ChoiceFilter(choices=CONTENT_LANGUAGES)
    outlet = IdFilter(method="filter_outlet", label="Outlet id")
    source = IdFilter(method="filter_source", label="Source id")
    tag = filters.CharFilter(method="filter_tag", max_length=200, label="Tag slug")
    event = IdFilter(method="filter_event", label="Event id")
    timeline = filters.CharFilter(method="filter_timeline", max_length=200, label="Timeline slug")
    updated_since = IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    date_from = filters.DateFilter(method="filter_window", label="Events end on or after")
    date_to = filters.DateFilter(method="filter_window", label="Events start on or before")

    class Meta:
        model = Claim
        fields = []
        form = DateWindowForm

    def get_form_class(self):
        # django-filter builds the form class, a field per filter and their labels, on every
        # request, though they depend on nothing but the declarations: no filter here takes a
        # queryset from the request, as a ModelChoiceFilter would. Each form still copies its
        # fields.
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def filter_search(self, queryset, name, value):
        return queryset.search(value) if value.strip() else queryset

    def filter_outlet(self, queryset, name, value):
        cited = Citation.objects.filter(claim=OuterRef("pk"), source__outlet_id=value)
        return queryset.filter(Exists(cited))

    def filter_source(self, queryset, name, value):
        return queryset.filter(Exists(Citation.objects.filter(claim=OuterRef("pk"), source=value)))

    def filter_tag(self, queryset, name, value):
        tagged = Claim.tags.through.objects.filter(claim_id=OuterRef("pk"), tag__slug=value)
        return queryset.filter(Exists(tagged))

    def filter_event(self, queryset, name, value):
        return queryset.filter(Exists(self._events().filter(pk=value, claims=OuterRef("pk"))))

    def filter_timeline(self, queryset, name, value):
        events = self._events().filter(timelines__slug=value, claims=OuterRef("pk"))
        return queryset.filter(Exists(events))

    def filter_window(self, queryset, name, value):
        # Both bounds at once, on the second call too: they describe one interval.
        if name == "date_to" and self.form.cleaned_data.get("date_from"):
            return queryset
        events = self._events().overlapping(
            self.form.cleaned_data.get("date_from"), self.form.cleaned_data.get("date_to")
        )
        return queryset.filter(Exists(events.filter(claims=OuterRef("pk"))))

    def _events(self):
        # Only events the requester may see can select claims, or a filter would reveal them.
        user = getattr(self.request, "user", None)
        return Event.objects.visible_to(user)


class SourceFilter(filters.FilterSet):
    outlet = IdFilter(field_name="outlet_id", label="Outlet id")
    language = filters.ChoiceFilter(choices=CONTENT_LANGUAGES)
    kind = filters.ChoiceFilter(choices=Source.Kind.choices)
    updated_since = IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    published_from = IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_to = IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")

    class Meta:
        model = Source
        fields = []


class OutletFilter(filters.FilterSet):
    country = filters.CharFilter(lookup_expr="iexact", max_length=2)
    language = filters.ChoiceFilter(choices=CONTENT_LANGUAGES)

    class Meta:
        model = Outlet
        fields = []
