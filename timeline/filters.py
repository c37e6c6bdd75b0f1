"""Query parameters of the events list; a bad value is a 400 naming the parameter."""

import django_filters as filters
from django.db.models import Exists, OuterRef

from claims.filters import DateWindowForm, IdFilter, IsoDateTimeFilter
from timeline.models import DateStatus, Event


class EventFilter(filters.FilterSet):
    timeline = filters.CharFilter(method="filter_timeline", max_length=200, label="Timeline slug")
    status = filters.ChoiceFilter(field_name="date_status", choices=DateStatus.choices)
    date_from = filters.DateFilter(method="filter_window", label="Ends on or after")
    date_to = filters.DateFilter(method="filter_window", label="Starts on or before")
    tag = filters.CharFilter(method="filter_tag", max_length=200, label="Tag slug")
    claim = IdFilter(method="filter_claim", label="Claim id")
    source = IdFilter(field_name="source_id", label="Source id")
    updated_since = IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = Event
        fields = []
        form = DateWindowForm

    def filter_timeline(self, queryset, name, value):
        on_timeline = Event.timelines.through.objects.filter(
            event_id=OuterRef("pk"), timeline__slug=value, timeline__deleted_at__isnull=True
        )
        return queryset.filter(Exists(on_timeline))

    def filter_window(self, queryset, name, value):
        if name == "date_to" and self.form.cleaned_data.get("date_from"):
            return queryset  # already applied with date_from: one interval, one filter
        return queryset.overlapping(
            self.form.cleaned_data.get("date_from"), self.form.cleaned_data.get("date_to")
        )

    def filter_tag(self, queryset, name, value):
        tagged = Event.tags.through.objects.filter(event_id=OuterRef("pk"), tag__slug=value)
        return queryset.filter(Exists(tagged))

    def filter_claim(self, queryset, name, value):
        linked = Event.claims.through.objects.filter(event_id=OuterRef("pk"), claim_id=value)
        return queryset.filter(Exists(linked))
