"""The events, timelines and date-normaliser endpoints."""

from django.db.models import Prefetch
from django.utils.translation import get_language
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import services
from claims.api import WRITE_METHODS
from claims.models import Claim, Tag
from config.api import ConditionalGetMixin
from config.locking import IF_MATCH, VersionLockMixin
from timeline import dates
from timeline.filters import EventFilter
from timeline.models import DateFlag, Event, Timeline
from timeline.serializers import (
    DateNormaliseSerializer,
    DateResultSerializer,
    EventSerializer,
    EventWriteSerializer,
    TimelineDetailSerializer,
    TimelineSerializer,
    timelinejs,
)


def events_for(user):
    """Events as the API shows them to `user`, with everything a page of them needs."""
    return (
        Event.objects.visible_to(user)
        # The source is there for the anchor; its text snapshot can be megabytes.
        .select_related("source")
        .defer("source__text")
        .prefetch_related(
            # Into plain lists, read by EventSerializer: filling the related managers' caches
            # would build a queryset per event.
            Prefetch(
                "claims",
                queryset=Claim.objects.visible_to(user).order_by().only("id"),
                to_attr="api_claims",
            ),
            Prefetch(
                "timelines",
                queryset=Timeline.objects.visible_to(user).order_by().only("slug"),
                to_attr="api_timelines",
            ),
            Prefetch("tags", queryset=Tag.objects.only("slug"), to_attr="api_tags"),
            Prefetch(
                "date_flags",
                queryset=DateFlag.objects.only("event_id", "kind"),
                to_attr="api_flags",
            ),
        )
    )


@extend_schema_view(
    create=extend_schema(request=EventWriteSerializer, responses={201: EventSerializer}),
    partial_update=extend_schema(
        request=EventWriteSerializer, responses=EventSerializer, parameters=[IF_MATCH]
    ),
    destroy=extend_schema(parameters=[IF_MATCH]),
)
class EventViewSet(
    VersionLockMixin,
    ConditionalGetMixin,
    viewsets.ReadOnlyModelViewSet,
):
    """Events. The public sees those on a published timeline. A written date comes back
    "pending" until a worker has read it. Changes name the version they are based on."""

    serializer_class = EventSerializer
    filterset_class = EventFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ("-created_at", "-id")
    http_method_names = WRITE_METHODS

    def get_queryset(self):
        return events_for(self.request.user)

    def create(self, request, *args, **kwargs):
        write = EventWriteSerializer(data=request.data, context=self.get_serializer_context())
        write.is_valid(raise_exception=True)
        event = services.save_record(
            obj=Event(**write.model_fields()), by=request.user, relations=write.relations()
        )
        return Response(self._read(event.pk), status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        self.get_object()  # 404 before anything else
        self.require_precondition(request)
        write = EventWriteSerializer(
            data=request.data, partial=True, context=self.get_serializer_context()
        )
        write.is_valid(raise_exception=True)
        event = self.locked_object(request, write.validated_data.get("version"))
        before = event.version
        fields = write.model_fields()
        for name, value in fields.items():
            setattr(event, name, value)
        services.save_record(obj=event, by=request.user, fields=fields, relations=write.relations())
        self.move_version_on(event, before)
        return Response(self._read(event.pk))


TIMELINEJS_DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
    },
    "additionalProperties": False,
}

TIMELINEJS_SCHEMA = {
    "type": "object",
    "required": ["title", "events"],
    "properties": {
        "title": {"type": "object"},
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["unique_id", "start_date", "display_date", "text"],
                "properties": {
                    "unique_id": {"type": "string"},
                    "start_date": TIMELINEJS_DATE,
                    "end_date": TIMELINEJS_DATE,
                    "display_date": {"type": "string"},
                    "text": {"type": "object"},
                },
            },
        },
    },
}


class TimelineViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """Timelines by slug; the detail carries its events in chronological order."""

    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    ordering_fields = ["title", "created_at", "updated_at"]
    ordering = ("title", "id")
    filterset_fields = ["language"]

    def get_queryset(self):
        user = self.request.user
        queryset = Timeline.objects.visible_to(user)
        if self.action != "list":
            events = events_for(user).chronological()
            queryset = queryset.prefetch_related(
                Prefetch("events", queryset=events, to_attr="chronological_events")
            )
        return queryset

    def get_serializer_class(self):
        return TimelineSerializer if self.action == "list" else TimelineDetailSerializer

    @extend_schema(responses={200: TIMELINEJS_SCHEMA})
    @action(detail=True, methods=["get"])
    def timelinejs(self, request, slug=None):
        """The timeline as TimelineJS3 JSON, dates at their real precision."""
        timeline = self.get_object()
        lang = (get_language() or "en").split("-")[0]
        return Response(timelinejs(timeline, timeline.chronological_events, lang))


class DateNormaliseApi(APIView):
    """Read one date expression with the date engine: nothing is stored."""

    # A pure computation open to everyone, as cheap as a read; throttled like any request.
    permission_classes = [AllowAny]

    @extend_schema(request=DateNormaliseSerializer, responses=DateResultSerializer)
    def post(self, request):
        data = DateNormaliseSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = dates.normalise(**data.validated_data)
        if result.status == "error":
            return Response({"non_field_errors": [result.reason]}, status=400)
        answer = result.to_dict()
        answer.pop("lang", None)
        return Response(answer)
