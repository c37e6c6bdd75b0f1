"""How outlets, sources and claims look in the API, and what a write may contain.

Reads and writes use the same names. Where a read shows more than a write takes (a citation's
source comes back as a short object but is written as an id), the two are separate serializers.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Citation, Claim, ClaimLink, Outlet, Source, Tag
from config.api import (
    PAGE_KEYS,
    ApiUrlField,
    HtmlUrlField,
    IdListField,
    SlugListField,
    StrictWriteMixin,
    api_url_template,
    django_errors,
    fill_url,
    iso_datetime,
    page_url_template,
)
from config.locking import ChangeVersionMixin, VersionedSerializerMixin

RECORD_FIELDS = ["created_at", "updated_at"]


class OutletSerializer(VersionedSerializerMixin, StrictWriteMixin, serializers.ModelSerializer):
    """A news outlet or publisher that sources appear in."""

    url = ApiUrlField(view_name="api:outlet-detail")

    class Meta:
        model = Outlet
        fields = [
            "id",
            "url",
            "name",
            "home_url",
            "country",
            "language",
            *RECORD_FIELDS,
            "version",
        ]
        read_only_fields = RECORD_FIELDS
        # Uniqueness is checked by the model against the bin too (TrackedModel.validate_unique).
        extra_kwargs = {"name": {"validators": []}}


class ShortSourceSerializer(serializers.ModelSerializer):
    """A source as it appears inside a citation: enough to name and link it."""

    api_url = ApiUrlField(view_name="api:source-detail")
    outlet = serializers.CharField(
        source="outlet.name", default=None, read_only=True, allow_null=True
    )

    class Meta:
        model = Source
        fields = ["id", "api_url", "url", "title", "outlet", "published_at"]
        read_only_fields = fields


class PrefetchedManyField(serializers.ManyRelatedField):
    """A writable many-to-many field that reads the plain list a view prefetched into
    `api_<name>` when there is one (see SourceViewSet.get_queryset)."""

    def get_attribute(self, instance):
        prefetched = getattr(instance, f"api_{self.source}", None)
        return prefetched if prefetched is not None else super().get_attribute(instance)


class SourceSerializer(VersionedSerializerMixin, StrictWriteMixin, serializers.ModelSerializer):
    """A source. Its `url` is the document's own address (as written), `api_url` this resource."""

    api_url = ApiUrlField(view_name="api:source-detail")
    html_url = HtmlUrlField()
    outlet = serializers.PrimaryKeyRelatedField(
        queryset=Outlet.objects.all(), allow_null=True, required=False
    )
    outlet_name = serializers.CharField(
        source="outlet.name", default=None, read_only=True, allow_null=True
    )
    cites = PrefetchedManyField(
        child_relation=serializers.PrimaryKeyRelatedField(queryset=Source.objects.all()),
        required=False,
    )

    class Meta:
        model = Source
        fields = [
            "id",
            "api_url",
            "html_url",
            "url",
            "title",
            "kind",
            "author",
            "outlet",
            "outlet_name",
            "language",
            "published_at",
            "retrieved_at",
            "cites",
            *RECORD_FIELDS,
            "version",
        ]
        read_only_fields = RECORD_FIELDS
        # The model checks URL uniqueness including the bin; DRF's validator would not.
        validators = []


class SourceDetailSerializer(SourceSerializer):
    """A source with its stored text, which quotes are checked against."""

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text"]


class NewOutletSerializer(OutletSerializer):
    """An outlet's create body: like a change, without the version (a new record starts at 1).
    Only the schema needs it; at run time OutletSerializer drops the field itself."""

    def get_fields(self):
        fields = super().get_fields()
        fields.pop("version")
        return fields


class NewSourceSerializer(SourceDetailSerializer):
    """A source's create body (see NewOutletSerializer)."""

    def get_fields(self):
        fields = super().get_fields()
        fields.pop("version")
        return fields


class QuantitySerializer(StrictWriteMixin, serializers.Serializer):
    """A structured quantity: "nawet 87 mln" is up to 87000000 users."""

    text = serializers.CharField(max_length=200, allow_blank=True, required=False, default="")
    value = serializers.DecimalField(max_digits=36, decimal_places=6, min_value=Decimal(0))
    unit = serializers.CharField(max_length=50, allow_blank=True, required=False, default="")
    qualifier = serializers.ChoiceField(choices=Claim.Qualifier.choices)
    unit_inferred = serializers.BooleanField(
        read_only=True,
        help_text="The text wrote only a symbol such as $ or kr; the currency was taken from "
        "the outlet's country. A quantity written through the API is never inferred.",
    )

    def validate(self, attrs):
        # A PATCH replaces the whole quantity, but DRF's partial mode skips required fields in
        # nested serializers too: {"quantity": {"text": "x"}} reached the model half given (500).
        missing = [name for name in ("value", "qualifier") if name not in attrs]
        if missing:
            raise serializers.ValidationError(
                {name: ["This field is required."] for name in missing}
            )
        return attrs


@extend_schema_field(QuantitySerializer)
class QuantityField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", allow_null=True, **kwargs)

    def get_attribute(self, claim):
        return claim

    def to_representation(self, claim):
        return quantity_of(claim)


def quantity_of(claim) -> dict | None:
    return _quantity({name: getattr(claim, name) for name in _QUANTITY_FIELDS})


_QUANTITY_FIELDS = (
    "quantity_text",
    "quantity_value",
    "quantity_unit",
    "quantity_qualifier",
    "quantity_unit_inferred",
)


class CitationSerializer(serializers.ModelSerializer):
    source = ShortSourceSerializer(read_only=True)

    class Meta:
        model = Citation
        fields = ["id", "quote", "start_offset", "end_offset", "source"]
        read_only_fields = fields


class CitationWriteSerializer(StrictWriteMixin, serializers.Serializer):
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all())
    quote = serializers.CharField(max_length=10_000, trim_whitespace=False)

    def validate(self, attrs):
        # The model's own rule: the quote must be found in the source's stored text.
        citation = Citation(source=attrs["source"], quote=attrs["quote"])
        try:
            citation.clean()
        except DjangoValidationError as exc:
            raise serializers.ValidationError(django_errors(exc)) from None
        return attrs


class ClaimSerializer(serializers.ModelSerializer):
    """A claim as readers see it. Review fields change only through the review actions."""

    url = ApiUrlField(view_name="api:claim-detail")
    html_url = HtmlUrlField()
    quantity = QuantityField()
    verdict = serializers.ChoiceField(
        choices=Claim.Verdict.choices, allow_blank=True, read_only=True
    )
    rating = serializers.IntegerField(read_only=True, allow_null=True)
    # Read from the lists Claim.objects.for_api() prefetches.
    citations = CitationSerializer(many=True, read_only=True, source="api_citations")
    events = IdListField(source="api_events")
    tags = SlugListField(source="api_tags")
    created_by = serializers.SerializerMethodField()
    reviewed_by = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "html_url",
            "statement",
            "summary",
            "claimant",
            "language",
            "quantity",
            "review_status",
            "verdict",
            "rating",
            "review_body",
            "reviewed_at",
            "published_at",
            "created_by",
            "reviewed_by",
            "citations",
            "events",
            "tags",
            "version",
            *RECORD_FIELDS,
        ]
        read_only_fields = fields

    # Who did the work is shown to colleagues only; the public sees the organisation.
    def to_representation(self, claim):
        """The same output as DRF's generic field loop (a test compares the two), written out:
        the generic loop made a page of 50 claims several times slower than its queries."""
        return represent_claim_row(claim_row(claim, self.context), self.context)

    @extend_schema_field({"type": ["string", "null"]})
    def get_created_by(self, claim):
        if claim.created_by_id is None or not self.context.get("show_people"):
            return None
        return claim.created_by.get_username()

    @extend_schema_field({"type": ["string", "null"]})
    def get_reviewed_by(self, claim):
        if claim.reviewed_by_id is None or not self.context.get("show_people"):
            return None
        return claim.reviewed_by.get_username()


# The claim's own columns in a row (claims.list_rows reads them with values() for a list page).
CLAIM_ROW_FIELDS = (
    "id",
    "statement",
    "summary",
    "claimant",
    "language",
    "quantity_text",
    "quantity_value",
    "quantity_unit",
    "quantity_qualifier",
    "quantity_unit_inferred",
    "review_status",
    "verdict",
    "review_body",
    "reviewed_at",
    "published_at",
    "created_at",
    "updated_at",
    "version",
)


def claim_row(claim, context) -> dict:
    """A claim loaded by Claim.objects.for_api() as the plain row represent_claim_row() takes:
    its columns, its citations with their sources, tag slugs, event ids and, for colleagues,
    who created and reviewed it."""
    row = {name: getattr(claim, name) for name in CLAIM_ROW_FIELDS}
    row["citations"] = [
        {
            "id": citation.pk,
            "quote": citation.quote,
            "start_offset": citation.start_offset,
            "end_offset": citation.end_offset,
            "source_id": citation.source.pk,
            "source_url": citation.source.url,
            "source_title": citation.source.title,
            "source_published_at": citation.source.published_at,
            "outlet": citation.source.outlet.name if citation.source.outlet_id else None,
        }
        for citation in claim.api_citations
    ]
    row["tags"] = [tag.slug for tag in claim.api_tags]
    row["events"] = [event.pk for event in claim.api_events]
    people = context.get("show_people")
    row["created_by"] = (
        claim.created_by.get_username() if people and claim.created_by_id is not None else None
    )
    row["reviewed_by"] = (
        claim.reviewed_by.get_username() if people and claim.reviewed_by_id is not None else None
    )
    return row


def represent_claim_row(row: dict, context) -> dict:
    """The API's representation of one claim row (claim_row() or claims.list_rows)."""
    zone = timezone.get_current_timezone()
    claim_url = api_url_template(context, "api:claim-detail")
    source_url = api_url_template(context, "api:source-detail")
    page_url = page_url_template(context, Claim)
    pk = row["id"]
    return {
        "id": pk,
        "url": fill_url(claim_url, pk),
        "html_url": fill_url(page_url, pk, PAGE_KEYS["pk"]),
        "statement": row["statement"],
        "summary": row["summary"],
        "claimant": row["claimant"],
        "language": row["language"],
        "quantity": _quantity(row),
        "review_status": row["review_status"],
        "verdict": row["verdict"],
        "rating": Claim.RATINGS.get(row["verdict"]),
        "review_body": row["review_body"],
        "reviewed_at": iso_datetime(row["reviewed_at"], zone),
        "published_at": iso_datetime(row["published_at"], zone),
        "created_by": row["created_by"],
        "reviewed_by": row["reviewed_by"],
        "citations": [
            {
                "id": citation["id"],
                "quote": citation["quote"],
                "start_offset": citation["start_offset"],
                "end_offset": citation["end_offset"],
                "source": {
                    "id": citation["source_id"],
                    "api_url": fill_url(source_url, citation["source_id"]),
                    "url": citation["source_url"],
                    "title": citation["source_title"],
                    "outlet": citation["outlet"],
                    "published_at": iso_datetime(citation["source_published_at"], zone),
                },
            }
            for citation in row["citations"]
        ],
        "events": row["events"],
        "tags": row["tags"],
        "version": row["version"],
        "created_at": iso_datetime(row["created_at"], zone),
        "updated_at": iso_datetime(row["updated_at"], zone),
    }


def _quantity(row) -> dict | None:
    if row["quantity_value"] is None:
        return None
    # Plain notation without trailing zeros: "87000000", not "87000000.000000" or "8.7E+7".
    value = row["quantity_value"].normalize()
    return {
        "text": row["quantity_text"],
        "value": f"{value:f}",
        "unit": row["quantity_unit"],
        "qualifier": row["quantity_qualifier"],
        "unit_inferred": row["quantity_unit_inferred"],
    }


class ClaimWriteSerializer(ChangeVersionMixin, StrictWriteMixin, serializers.Serializer):
    """What a fact-checker may write on a claim; the same names as the read. A change also
    names the `version` it is based on, unless it sends If-Match (see VersionLockMixin)."""

    statement = serializers.CharField(max_length=10_000)
    summary = serializers.CharField(max_length=500, allow_blank=True, required=False)
    claimant = serializers.CharField(max_length=300, allow_blank=True, required=False)
    language = serializers.ChoiceField(choices=Claim._meta.get_field("language").choices)
    quantity = QuantitySerializer(allow_null=True, required=False)
    citations = CitationWriteSerializer(many=True, required=False)
    tags = serializers.SlugRelatedField(
        many=True, slug_field="slug", queryset=Tag.objects.all(), required=False
    )

    def model_fields(self) -> dict:
        """The validated data as Claim field values, without citations, tags and the version
        the change is based on (the lock's business, never written as given)."""
        data = dict(self.validated_data)
        data.pop("version", None)
        data.pop("citations", None)
        data.pop("tags", None)
        if "quantity" in data:
            quantity = data.pop("quantity")
            if quantity is None:
                quantity = {"text": "", "value": None, "unit": "", "qualifier": ""}
            # A PATCH replaces the whole quantity, but DRF leaves the nested defaults out of a
            # partial write: a quantity without "unit" was a KeyError (500).
            data.update(
                quantity_text=quantity.get("text", ""),
                quantity_value=quantity["value"],
                quantity_unit=quantity.get("unit", ""),
                quantity_qualifier=quantity["qualifier"],
                quantity_unit_inferred=False,
            )
        return data


class VerdictSerializer(StrictWriteMixin, serializers.Serializer):
    verdict = serializers.ChoiceField(choices=Claim.Verdict.choices)
    review_body = serializers.CharField(
        max_length=50_000, allow_blank=True, required=False, default=None
    )


class ValueEventSerializer(serializers.Serializer):
    """A dated event a claim is about: when the claim says it happened."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    date_start = serializers.DateField()
    date_end = serializers.DateField()
    date_granularity = serializers.CharField()
    date_relation = serializers.CharField()


class RankedValueSerializer(serializers.Serializer):
    """One claim of a group of the same claim: its value, where and when, and its rank."""

    claim = serializers.IntegerField(source="claim.pk")
    url = serializers.SerializerMethodField()
    statement = serializers.CharField(source="claim.statement")
    language = serializers.CharField(source="claim.language")
    quantity = serializers.SerializerMethodField()
    rank = serializers.ChoiceField(choices=Claim.Rank.choices, source="claim.value_rank")
    rank_reason = serializers.CharField(source="claim.value_rank_reason")
    ranked_at = serializers.DateTimeField(source="claim.value_ranked_at", allow_null=True)
    first_published = serializers.DateTimeField(allow_null=True)
    sources = ShortSourceSerializer(many=True)
    events = ValueEventSerializer(many=True)

    def get_url(self, value) -> str:
        return fill_url(api_url_template(self.context, "api:claim-detail"), value.claim.pk)

    @extend_schema_field(QuantitySerializer(allow_null=True))
    def get_quantity(self, value):
        return quantity_of(value.claim)


class GraphLinkSerializer(serializers.Serializer):
    """A link from this claim to another: confirmed the same, rejected, or (for colleagues)
    a candidate proposed by the matcher."""

    id = serializers.IntegerField()
    other = serializers.SerializerMethodField()
    status = serializers.ChoiceField(choices=ClaimLink.Status.choices)
    score = serializers.FloatField(allow_null=True)
    reasons = serializers.ListField(child=serializers.CharField())
    conflicts = serializers.ListField(child=serializers.CharField())
    decided_at = serializers.DateTimeField(allow_null=True)

    def get_other(self, link) -> int:
        return link.other_id if link.claim_id == self.context["claim_id"] else link.claim_id


class ClaimGraphSerializer(serializers.Serializer):
    """A claim among its sources: every value its group gives, ranked; when it was first and
    last seen; and the chains of attribution behind it."""

    claim = serializers.IntegerField(source="claim.pk")
    conflicting = serializers.BooleanField(
        help_text="The claims linked as the same claim give different values, or date their "
        "events differently."
    )
    values = RankedValueSerializer(many=True)
    first_seen = ShortSourceSerializer(allow_null=True)
    last_seen = ShortSourceSerializer(allow_null=True)
    attribution = serializers.ListField(
        child=ShortSourceSerializer(many=True),
        help_text="One chain per path, from a source quoting the claim through the sources "
        "it cites.",
    )
    links = GraphLinkSerializer(many=True)


class RankSerializer(StrictWriteMixin, serializers.Serializer):
    rank = serializers.ChoiceField(choices=Claim.Rank.choices)
    reason = serializers.CharField(max_length=500, allow_blank=True, required=False, default="")
