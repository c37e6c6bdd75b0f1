"""The claims, sources and outlets endpoints. They validate and convert; claims/services.py does
the work, and the QuerySet methods decide who sees which rows."""

from django.db.models import Prefetch
from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from claims import graph, list_rows, services
from claims.claimreview import claim_review, is_reviewable
from claims.filters import ClaimFilter, OutletFilter, SourceFilter
from claims.models import Claim, Outlet, Source
from claims.renderers import CSVRenderer, csv_rows
from claims.serializers import (
    ClaimGraphSerializer,
    ClaimSerializer,
    ClaimWriteSerializer,
    NewOutletSerializer,
    NewSourceSerializer,
    OutletSerializer,
    RankSerializer,
    SourceDetailSerializer,
    SourceSerializer,
    VerdictSerializer,
    represent_claim_row,
)
from config.api import (
    PAGE_KEYS,
    ConditionalGetMixin,
    api_url_template,
    fill_url,
    page_url_template,
    require_perm,
)
from config.locking import IF_MATCH, VersionLockMixin

WRITE_METHODS = ["get", "post", "patch", "delete", "head", "options"]


@extend_schema_view(
    partial_update=extend_schema(parameters=[IF_MATCH]),
    destroy=extend_schema(parameters=[IF_MATCH]),
)
class RecordViewSet(VersionLockMixin, ConditionalGetMixin, viewsets.ModelViewSet):
    """Plain records: a write validates through the serializer and saves through
    services.save_record; DELETE moves the row to the bin. PATCH only: a PUT that must repeat
    every field invites overwriting a colleague's change. PATCH and DELETE name the version
    they are based on, as for claims and events."""

    http_method_names = WRITE_METHODS

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        model = serializer.Meta.model
        fields, relations = self._split(model, serializer.validated_data)
        obj = services.save_record(obj=model(**fields), by=request.user, relations=relations)
        return Response(self._read(obj.pk), status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        current = self.get_object()  # 404 before anything else
        self.require_precondition(request)
        serializer = self.get_serializer(current, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        obj = self.locked_object(request, serializer.validated_data.get("version"))
        before = obj.version
        fields, relations = self._split(type(obj), serializer.validated_data)
        for name, value in fields.items():
            setattr(obj, name, value)
        services.save_record(obj=obj, by=request.user, fields=fields, relations=relations)
        self.move_version_on(obj, before)
        return Response(self._read(obj.pk))

    @staticmethod
    def _split(model, data):
        """Field values and many-to-many relations; the version named is the lock's business,
        never written as given."""
        m2m = {field.name for field in model._meta.many_to_many}
        data = {key: value for key, value in data.items() if key != "version"}
        fields = {key: value for key, value in data.items() if key not in m2m}
        relations = {key: value for key, value in data.items() if key in m2m}
        return fields, relations


@extend_schema_view(
    create=extend_schema(request=NewOutletSerializer, responses={201: OutletSerializer}),
)
class OutletViewSet(RecordViewSet):
    serializer_class = OutletSerializer
    filterset_class = OutletFilter
    ordering_fields = ["name", "created_at", "updated_at"]
    ordering = ("name", "id")

    def get_queryset(self):
        # Outlets are public facts (a newspaper's name), visible to everyone.
        return Outlet.objects.all()


@extend_schema_view(
    retrieve=extend_schema(responses=SourceDetailSerializer),
    create=extend_schema(request=NewSourceSerializer, responses={201: SourceDetailSerializer}),
    partial_update=extend_schema(
        request=SourceDetailSerializer, responses=SourceDetailSerializer, parameters=[IF_MATCH]
    ),
    destroy=extend_schema(parameters=[IF_MATCH]),
)
class SourceViewSet(RecordViewSet):
    filterset_class = SourceFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ("-created_at", "-id")

    def get_serializer_class(self):
        return SourceSerializer if self.action == "list" else SourceDetailSerializer

    def get_queryset(self):
        visible = _visible_sources(self.request.user)
        queryset = visible.with_outlet().prefetch_related(
            Prefetch("cites", queryset=visible.order_by().only("id"), to_attr="api_cites")
        )
        if self.action == "list":
            # The text snapshot can be megabytes; the list does not show it.
            queryset = queryset.defer("text")
        return queryset


def _visible_sources(user):
    if user.is_authenticated and user.has_perm("claims.view_source"):
        return Source.objects.all()
    return Source.objects.public()


CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "itemReviewed",
        "reviewRating",
        "author",
    ],
    "properties": {
        "@context": {"type": "string"},
        "@type": {"type": "string", "const": "ClaimReview"},
        "url": {"type": "string", "format": "uri"},
        "claimReviewed": {"type": "string"},
        "datePublished": {"type": "string", "format": "date"},
        "reviewBody": {"type": "string"},
        "author": {"type": "object"},
        "itemReviewed": {"type": "object"},
        "reviewRating": {
            "type": "object",
            "required": ["bestRating", "worstRating", "alternateName"],
            "properties": {
                "ratingValue": {"type": "integer"},
                "bestRating": {"type": "integer"},
                "worstRating": {"type": "integer"},
                "alternateName": {"type": "string"},
            },
        },
    },
}

CSV_COLUMNS = [
    "id",
    "url",
    "html_url",
    "statement",
    "summary",
    "claimant",
    "language",
    "quantity_text",
    "quantity_value",
    "quantity_unit",
    "quantity_qualifier",
    "review_status",
    "verdict",
    "rating",
    "published_at",
    "created_at",
    "updated_at",
    "tags",
    "source_urls",
]


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


@extend_schema_view(
    create=extend_schema(request=ClaimWriteSerializer, responses={201: ClaimSerializer}),
    partial_update=extend_schema(
        request=ClaimWriteSerializer, responses=ClaimSerializer, parameters=[IF_MATCH]
    ),
    destroy=extend_schema(parameters=[IF_MATCH]),
)
class ClaimViewSet(
    VersionLockMixin,
    ConditionalGetMixin,
    viewsets.ReadOnlyModelViewSet,
):
    """Claims. Anonymous readers and readers without a role see published claims only; a
    draft does not exist for them (404). Changes name the version they are based on."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ("-created_at", "-id")
    http_method_names = WRITE_METHODS

    def get_queryset(self):
        if self.action == "list":
            # The list reads rows (claims.list_rows), or for CSV the instances of _instances();
            # the permission check asks for a queryset only for its model, and building the
            # prefetches of for_api() cost it a millisecond or two on every page.
            return Claim.objects.visible_to(self.request.user)
        return self._instances()

    def _instances(self):
        queryset = Claim.objects.for_api(self.request.user)
        if self._shows_people():
            queryset = queryset.select_related("created_by", "reviewed_by")
        return queryset

    def _shows_people(self):
        user = self.request.user
        return user.is_authenticated and user.has_perm("claims.view_claim")

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["show_people"] = self._shows_people()
        return context

    def get_renderers(self):
        if self.action == "list":
            return [JSONRenderer(), CSVRenderer()]
        if self.action == "claimreview":
            return [JSONLDRenderer(), JSONRenderer()]
        return super().get_renderers()

    @extend_schema(
        responses={
            (200, "application/json"): ClaimSerializer(many=True),
            (200, "text/csv"): OpenApiTypes.STR,
        }
    )
    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format == "csv":
            # The export is the whole list, but a malformed page_size or cursor is still a 400,
            # as it is for the JSON list: a bad value is never silently ignored.
            self.paginator.get_page_size(request)
            self.paginator.decode_cursor(request)
            return self._csv(self.filter_queryset(self._instances()))
        # Rows, not instances (claims.list_rows): the same representation as a single claim.
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(
            list_rows.claim_rows(queryset, show_people=self._shows_people())
        )
        context = self.get_serializer_context()
        rows = list_rows.with_relations(page, request.user)
        return self.get_paginated_response([represent_claim_row(row, context) for row in rows])

    def create(self, request, *args, **kwargs):
        write = ClaimWriteSerializer(data=request.data, context=self.get_serializer_context())
        write.is_valid(raise_exception=True)
        claim = services.create_claim(
            by=request.user,
            citations=write.validated_data.get("citations", []),
            tags=write.validated_data.get("tags", []),
            **write.model_fields(),
        )
        return Response(self._read(claim.pk), status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        self.get_object()  # 404 before anything else
        self.require_precondition(request)
        write = ClaimWriteSerializer(
            data=request.data, partial=True, context=self.get_serializer_context()
        )
        write.is_valid(raise_exception=True)
        claim = self.locked_object(request, write.validated_data.get("version"))
        before = claim.version
        services.update_claim(
            claim=claim,
            by=request.user,
            fields=write.model_fields(),
            citations=write.validated_data.get("citations"),
            tags=write.validated_data.get("tags"),
        )
        self.move_version_on(claim, before)
        return Response(self._read(claim.pk))

    # The review actions need no precondition (each is one decision, not an edit of fields),
    # but honour If-Match when it is sent.

    @extend_schema(request=None, responses=ClaimSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"], permission_classes=[require_perm("claims.change_claim")])
    def submit(self, request, pk=None):
        """Send a draft to the editors' queue (fact-checkers)."""
        claim = self.locked_object(request, required=False)
        services.submit_for_review(claim=claim, by=request.user)
        return Response(self._read(pk))

    @extend_schema(request=VerdictSerializer, responses=ClaimSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"], permission_classes=[require_perm("claims.review_claim")])
    def verdict(self, request, pk=None):
        """Give or change the verdict (editors)."""
        self.get_object()
        body = VerdictSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        claim = self.locked_object(request, required=False)
        services.record_verdict(claim=claim, by=request.user, **body.validated_data)
        return Response(self._read(pk))

    @extend_schema(request=None, responses=ClaimSerializer, parameters=[IF_MATCH])
    @action(
        detail=True, methods=["post"], permission_classes=[require_perm("claims.publish_claim")]
    )
    def publish(self, request, pk=None):
        """Make a claim with a verdict public (editors)."""
        claim = self.locked_object(request, required=False)
        services.publish_claim(claim=claim, by=request.user)
        return Response(self._read(pk))

    @extend_schema(request=None, responses=ClaimSerializer, parameters=[IF_MATCH])
    @action(
        detail=True,
        methods=["post"],
        url_path="send-back",
        permission_classes=[require_perm("claims.publish_claim")],
    )
    def send_back(self, request, pk=None):
        """Withdraw a claim from the public into the review queue (editors)."""
        claim = self.locked_object(request, required=False)
        services.send_back_to_review(claim=claim, by=request.user)
        return Response(self._read(pk))

    @extend_schema(responses=ClaimGraphSerializer)
    @action(detail=True, methods=["get"])
    def graph(self, request, pk=None):
        """The claim among its sources: every value of the claims linked to it as the same
        claim, each with its sources, dates and rank; first and last seen; the chains of
        attribution; and its links (open candidates for colleagues only)."""
        claim = self.get_object()
        found = graph.graph_for(claim, request.user)
        context = {**self.get_serializer_context(), "claim_id": claim.pk}
        return Response(ClaimGraphSerializer(found, context=context).data)

    @extend_schema(request=RankSerializer, responses=ClaimGraphSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"], permission_classes=[require_perm("claims.review_claim")])
    def rank(self, request, pk=None):
        """Rank the value this claim gives among the claims linked to it (editors): preferred
        needs a reason and makes any other preferred value of the group normal; deprecated
        needs a reason. Kept in the history."""
        self.get_object()
        body = RankSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        claim = self.locked_object(request, required=False)
        graph.set_rank(claim=claim, by=request.user, **body.validated_data)
        return self.graph(request, pk)

    @extend_schema(
        responses={
            (200, "application/ld+json"): CLAIM_REVIEW_SCHEMA,
            (200, "application/json"): CLAIM_REVIEW_SCHEMA,
        }
    )
    @action(detail=True, methods=["get"])
    def claimreview(self, request, pk=None):
        """schema.org ClaimReview JSON-LD, as Google's Fact Check markup expects it."""
        claim = self.get_object()
        if not is_reviewable(claim):
            raise Http404("Only a published claim with a verdict has a ClaimReview.")
        base_url = request.build_absolute_uri("/").rstrip("/")
        return Response(claim_review(claim, base_url=base_url))

    def _csv(self, queryset):
        context = {"request": self.request}
        api_url = api_url_template(context, "api:claim-detail")
        page_url = page_url_template(context, Claim)

        def rows():
            for claim in queryset.iterator(chunk_size=500):
                yield [
                    claim.pk,
                    fill_url(api_url, claim.pk),
                    fill_url(page_url, claim.pk, PAGE_KEYS["pk"]),
                    claim.statement,
                    claim.summary,
                    claim.claimant,
                    claim.language,
                    claim.quantity_text,
                    "" if claim.quantity_value is None else f"{claim.quantity_value.normalize():f}",
                    claim.quantity_unit,
                    claim.quantity_qualifier,
                    claim.review_status,
                    claim.verdict,
                    claim.rating,
                    _local(claim.published_at),
                    _local(claim.created_at),
                    _local(claim.updated_at),
                    " ".join(tag.slug for tag in claim.api_tags),
                    " ".join(c.source.url for c in claim.api_citations if c.source.url),
                ]

        response = StreamingHttpResponse(csv_rows(CSV_COLUMNS, rows()), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response


def _local(moment) -> str:
    """The same notation as the JSON: ISO 8601 in the site's time zone."""
    return timezone.localtime(moment).isoformat() if moment else ""
