"""How events and timelines look in the API, the TimelineJS3 form of a timeline, and the input
of the date normaliser."""

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import CONTENT_LANGUAGES, Claim, Source, Tag
from config.api import ApiUrlField, HtmlUrlField, IdListField, SlugListField, StrictWriteMixin
from config.locking import ChangeVersionMixin
from timeline import dates
from timeline.dates.edtf import edtf
from timeline.dates.engine import MAX_LENGTH, language_code
from timeline.models import DateFlag, DateStatus, Event, Granularity, Relation, Timeline

RECORD_FIELDS = ["created_at", "updated_at"]


class EventDateSerializer(serializers.Serializer):
    """An event's date: as written, as read by the engine, and as shown to people."""

    text = serializers.CharField(source="date_text")
    lang = serializers.CharField(source="date_lang")
    anchor = serializers.DateField(
        source="date_anchor", allow_null=True, help_text="The date the text was read against."
    )
    offset = serializers.IntegerField(
        source="date_offset",
        allow_null=True,
        read_only=True,
        help_text="Where an imported date stands in its source's text; it is read there, in its "
        "sentence's tense and against the story's period. Null: read on its own.",
    )
    start = serializers.DateField(source="date_start", allow_null=True)
    end = serializers.DateField(source="date_end", allow_null=True)
    granularity = serializers.ChoiceField(
        source="date_granularity", choices=Granularity.choices, allow_blank=True
    )
    relation = serializers.ChoiceField(
        source="date_relation", choices=Relation.choices, allow_blank=True
    )
    status = serializers.ChoiceField(source="date_status", choices=DateStatus.choices)
    display = serializers.CharField(
        source="date_label", help_text="The label at the date's real precision, e.g. 2017."
    )
    edtf = serializers.SerializerMethodField(help_text="The interval in EDTF (ISO 8601-2).")
    reason = serializers.CharField(
        source="date_reason",
        help_text='Why there is no interval, e.g. "reference event not found: ...".',
    )
    reference = serializers.CharField(
        source="date_reference",
        help_text='The phrase a relation points at, e.g. "ubiegłoroczną konferencją F8".',
    )
    reference_event = serializers.IntegerField(
        source="date_reference_event_id",
        read_only=True,
        allow_null=True,
        help_text="The event whose interval this date was read from, for dates written "
        'against another event ("before last year\'s F8 conference").',
    )
    reference_chosen = serializers.BooleanField(
        source="date_reference_chosen",
        help_text="True when a person chose the reference event; the resolver keeps it.",
    )
    flags = serializers.SerializerMethodField(
        help_text="Reasons to doubt the date: " + ", ".join(DateFlag.Kind.values) + "."
    )

    @extend_schema_field(
        {"type": "array", "items": {"type": "string", "enum": DateFlag.Kind.values}}
    )
    def get_flags(self, event):
        # timeline.api.events_for() prefetches them into a list.
        flags = getattr(event, "api_flags", None)
        if flags is None:
            flags = event.date_flags.all()
        return sorted(flag.kind for flag in flags)

    @extend_schema_field({"type": ["string", "null"]})
    def get_edtf(self, event):
        if event.date_start is None or event.date_end is None:
            return None
        return edtf(
            event.date_start,
            event.date_end,
            event.date_granularity or None,
            event.date_relation or None,
        )


class EventDateWriteSerializer(StrictWriteMixin, serializers.Serializer):
    """A date is written as text (and its language); workers read it into an interval."""

    text = serializers.CharField(max_length=200, allow_blank=True, trim_whitespace=False)
    lang = serializers.ChoiceField(choices=CONTENT_LANGUAGES, allow_blank=True, required=False)


class EventSerializer(serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:event-detail")
    html_url = HtmlUrlField()
    date = EventDateSerializer(source="*", read_only=True)
    source = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    # Read from the lists timeline.api.events_for() prefetches.
    claims = IdListField(source="api_claims")
    timelines = SlugListField(source="api_timelines")
    tags = SlugListField(source="api_tags")

    class Meta:
        model = Event
        fields = [
            "id",
            "url",
            "html_url",
            "title",
            "description",
            "date",
            "source",
            "claims",
            "timelines",
            "tags",
            "version",
            *RECORD_FIELDS,
        ]
        read_only_fields = fields


class EventWriteSerializer(ChangeVersionMixin, StrictWriteMixin, serializers.Serializer):
    """What may be written on an event. A change also names the `version` it is based on,
    unless it sends If-Match (see VersionLockMixin)."""

    title = serializers.CharField(max_length=300)
    description = serializers.CharField(allow_blank=True, required=False)
    source = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(), allow_null=True, required=False
    )
    date = EventDateWriteSerializer(required=False)
    claims = serializers.PrimaryKeyRelatedField(
        many=True, queryset=Claim.objects.all(), required=False
    )
    timelines = serializers.SlugRelatedField(
        many=True, slug_field="slug", queryset=Timeline.objects.all(), required=False
    )
    tags = serializers.SlugRelatedField(
        many=True, slug_field="slug", queryset=Tag.objects.all(), required=False
    )

    def model_fields(self) -> dict:
        """Event field values from the validated data, without the many-to-many ones and the
        version the change is based on (the lock's business, never written as given)."""
        data = {
            key: value
            for key, value in self.validated_data.items()
            if key not in ("version", "date", "claims", "timelines", "tags")
        }
        if "date" in self.validated_data:
            date = self.validated_data["date"]
            data["date_text"] = date["text"]
            if "lang" in date:
                data["date_lang"] = date["lang"]
        return data

    def relations(self) -> dict:
        return {
            key: self.validated_data[key]
            for key in ("claims", "timelines", "tags")
            if key in self.validated_data
        }


class TimelineSerializer(serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:timeline-detail", lookup_field="slug")
    html_url = HtmlUrlField(lookup_field="slug")
    timelinejs_url = ApiUrlField(view_name="api:timeline-timelinejs", lookup_field="slug")
    language = serializers.ChoiceField(choices=CONTENT_LANGUAGES, allow_blank=True, read_only=True)

    class Meta:
        model = Timeline
        fields = [
            "id",
            "url",
            "html_url",
            "timelinejs_url",
            "slug",
            "title",
            "description",
            "language",
            "is_published",
            "published_at",
            *RECORD_FIELDS,
        ]
        read_only_fields = fields


class TimelineDetailSerializer(TimelineSerializer):
    """A timeline with its events, earliest first; undated events last."""

    events = EventSerializer(many=True, read_only=True, source="chronological_events")

    class Meta(TimelineSerializer.Meta):
        fields = [*TimelineSerializer.Meta.fields, "events"]
        read_only_fields = fields


class DateNormaliseSerializer(StrictWriteMixin, serializers.Serializer):
    """The same input as the normalize_dates command: an expression, its anchor, its language."""

    text = serializers.CharField(max_length=MAX_LENGTH, trim_whitespace=False)
    anchor = serializers.DateField(required=False, allow_null=True, default=None)
    lang = serializers.CharField(required=False, allow_null=True, allow_blank=True, default=None)

    def validate_lang(self, value):
        try:
            return language_code(value)
        except ValueError as exc:
            raise serializers.ValidationError(str(exc)) from None


class DateResultSerializer(serializers.Serializer):
    text = serializers.CharField()
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)
    granularity = serializers.ChoiceField(choices=Granularity.choices, allow_null=True)
    edtf = serializers.CharField(allow_null=True)
    status = serializers.ChoiceField(choices=["parsed", "unparsed"])
    reason = serializers.CharField(allow_blank=True)
    relation = serializers.ChoiceField(choices=["before", "after"], allow_null=True)
    reference = serializers.CharField(allow_null=True)


# TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html): a date object names only
# the parts that are known, so "2017" is {"year": 2017}, not 2017-01-01.
def timelinejs(timeline, events, lang: str) -> dict:
    """The TimelineJS3 JSON of a timeline; events without an interval yet are left out."""
    slides = []
    for event in events:
        if event.date_start is None or event.date_end is None:
            continue
        start, end = _timelinejs_dates(event.date_start, event.date_end, event.date_granularity)
        slide = {
            "unique_id": f"event-{event.pk}",
            "start_date": start,
            "display_date": dates.label(
                event.date_start,
                event.date_end,
                event.date_granularity or "span",
                lang,
                relation=event.date_relation or None,
            ),
            "text": {"headline": event.title, "text": event.description},
        }
        if end is not None:
            slide["end_date"] = end
        slides.append(slide)
    return {
        "title": {"text": {"headline": timeline.title, "text": timeline.description}},
        "events": slides,
    }


def _timelinejs_dates(start, end, granularity):
    """The start and (when it is not the same unit) end date objects at the interval's
    real precision."""
    precision = _precision(start, end, granularity)
    first, last = _parts(start, precision), _parts(end, precision)
    return first, (None if first == last else last)


def _precision(start, end, granularity) -> str:
    if granularity in ("day", "week"):
        return "day"
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole_years:
        return "year"
    whole_months = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    return "month" if whole_months else "day"


def _parts(day, precision) -> dict:
    parts = {"year": day.year}
    if precision in ("month", "day"):
        parts["month"] = day.month
    if precision == "day":
        parts["day"] = day.day
    return parts
