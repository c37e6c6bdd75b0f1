"""Outlets, sources, claims, citations and tags: who said what, where, in which words."""

import hashlib
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinValueValidator
from django.db import connections, models, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from claims.records import AliveManager, SoftDeleteQuerySet, TrackedModel

# Languages a source or claim may be written in (ISO 639-1); the UI itself is Polish and English.
CONTENT_LANGUAGES = [
    ("pl", _("Polish")),
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
]

# The largest quantity we accept: far above any real amount, far below what breaks a NUMERIC.
QUANTITY_MAX = Decimal("1e24")
SOURCE_TEXT_MAX = 2_000_000


class Outlet(TrackedModel):
    name = models.CharField(_("name"), max_length=200, unique=True)
    home_url = models.URLField(_("home URL"), max_length=500, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code"))
    language = models.CharField(_("language"), max_length=8, choices=CONTENT_LANGUAGES, blank=True)

    history = HistoricalRecords()

    class Meta(TrackedModel.Meta):
        ordering = ["name"]
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")

    def __str__(self):
        return self.name

    def clean(self):
        if self.country and not (self.country.isascii() and self.country.isalpha()):
            raise ValidationError({"country": _("Use a two-letter ISO 3166 country code.")})
        self.country = self.country.upper()


class Tag(TrackedModel):
    """An organisation, person, place or topic a story involves."""

    class Kind(models.TextChoices):
        ORGANISATION = "organisation", _("organisation")
        PERSON = "person", _("person")
        PLACE = "place", _("place")
        PRODUCT = "product", _("product")
        TOPIC = "topic", _("topic")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TOPIC)

    history = HistoricalRecords()

    class Meta(TrackedModel.Meta):
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return self.name


def any_exists(*querysets):
    """A condition true when any of `querysets` (each tied to the outer row by OuterRef) has a
    row: one EXISTS over their UNION ALL, which PostgreSQL answers for each row it tests by
    probing the indexes of each query in turn until one has a row.

    Not `Exists(a) | Exists(b)`: PostgreSQL guesses such an OR true for most rows and, expecting
    to test them all, hashes each subquery's whole result first (every published citation),
    even when a LIMIT stops the scan after a page. It never hashes a subquery with a set
    operation, nor makes it a join, so a page read along the list's order index costs the rows
    it walks. The price: a row that none of the queries has costs a probe of each, so a page
    behind many such rows (a fresh import nobody quotes yet) walks all of them."""
    first, *rest = querysets
    return Exists(first.union(*rest, all=True))


def public_uses(source="pk"):
    """The rows that give the source whose id is in the column `source` (by default the row
    filtered) a public page of its own: the citations of published claims quoting it, and the
    public events it dates, whether or not the source itself is in the bin. Such a source, and
    each one it cites, has a public page (SourceQuerySet.public)."""
    # Imported here: the timeline app builds on claims, not the other way round.
    from timeline.models import Event

    return [
        Citation.objects.filter(source=OuterRef(source), claim__in=Claim.objects.published()),
        Event.objects.public().filter(source=OuterRef(source)),
    ]


def quoted_or_dating(source="pk"):
    """True for a source quoted by a published claim or dating a public event (see
    public_uses)."""
    return any_exists(*public_uses(source))


class SourceQuerySet(SoftDeleteQuerySet):
    def with_outlet(self):
        return self.select_related("outlet")

    def public(self):
        """Sources with a public page: those quoted by a published claim or dating a public
        event, and the sources these cite directly, so that "PAP, citing the WSJ" can be
        followed one step. A source used only by drafts stays private."""
        cited_by_used = Source.cites.through.objects.filter(
            quoted_or_dating("from_source"),
            to_source=OuterRef("pk"),
            from_source__deleted_at__isnull=True,
        )
        # Only conditions tied to the row, and one EXISTS (any_exists): PostgreSQL plans
        # "pk IN (every used source)" inside an OR as a scan of all sources, even to look up
        # one, and an OR of EXISTS as hashes of every use, even for a page of 50.
        return self.alive().filter(any_exists(*public_uses(), cited_by_used))


class Source(TrackedModel):
    """One document, with the text snapshot that quotes point into."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("article")
        REPORT = "report", _("report")
        DOCUMENTS = "documents", _("documents or unnamed sources")
        STATEMENT = "statement", _("statement")
        OTHER = "other", _("other")

    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sources",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    title = models.CharField(_("title"), max_length=500)
    author = models.CharField(_("author"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=CONTENT_LANGUAGES, blank=True)
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("The anchor that relative dates in this source are read against."),
    )
    published_precision = models.CharField(
        _("publication date known to"),
        max_length=5,
        choices=[("day", _("the day")), ("month", _("the month only"))],
        default="day",
        # Optional in forms: a form that does not offer it means the day, as before it existed.
        blank=True,
        help_text=_("Known only to the month, it widens every relative date read against it."),
    )
    retrieved_at = models.DateTimeField(_("retrieved at"), null=True, blank=True)
    text = models.TextField(
        _("text snapshot"), blank=True, validators=[MaxLengthValidator(SOURCE_TEXT_MAX)]
    )
    text_hash = models.CharField(_("text SHA-256"), max_length=64, blank=True, editable=False)
    cites = models.ManyToManyField(
        "self",
        verbose_name=_("cites"),
        symmetrical=False,
        blank=True,
        related_name="cited_by",
    )

    objects = AliveManager.from_queryset(SourceQuerySet)()
    all_objects = SourceQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[cites])

    class Meta(TrackedModel.Meta):
        ordering = ["-published_at", "title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="source_url_unique_when_present"
            ),
        ]

    def __str__(self):
        if self.outlet_id:
            return f"{self.outlet.name}: {self.title}"
        return self.title

    def get_absolute_url(self):
        return reverse("claims:source-detail", args=[self.pk])

    @property
    def anchor(self):
        """The date relative expressions in this source are read against, or None."""
        return self.published_at

    def clean(self):
        errors = {}
        if self.published_at and self.published_at > timezone.now() + timedelta(days=1):
            errors["published_at"] = _("A publication date cannot be in the future.")
        if self.retrieved_at and self.published_at and self.retrieved_at < self.published_at:
            errors["retrieved_at"] = _("A source cannot be retrieved before it was published.")
        if self.url:
            clash = Source.all_objects.filter(url=self.url)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                errors["url"] = _("Another source (possibly in the bin) already has this URL.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.published_precision = self.published_precision or "day"
        self.text_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest() if self.text else ""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "text" in update_fields:
            kwargs["update_fields"] = {*update_fields, "text_hash"}
        # Relative dates of events are read against the publication date: when it is corrected
        # they are read again. Compared with the stored value, so every caller (admin, API,
        # import, shell) gets the rule; the dates turn pending in the same transaction and the
        # workers hear of them after the commit.
        # Imported dates are read in the text snapshot too (Event.date_offset): a new snapshot
        # is a new context for them.
        may_change_readings = (
            not self._state.adding
            and self.pk is not None
            and (
                update_fields is None
                or {"published_at", "published_precision", "text"} & {*update_fields}
            )
        )
        with transaction.atomic():
            stored = (
                Source.all_objects.filter(pk=self.pk)
                .values_list("published_at", "published_precision", "text_hash")
                .first()
                if may_change_readings
                else None
            )
            super().save(*args, **kwargs)
            if stored is not None:
                anchor_moved = stored[:2] != (self.published_at, self.published_precision)
                text_changed = stored[2] != self.text_hash
                if anchor_moved or text_changed:
                    # Imported here: the timeline app builds on claims, not the other way round.
                    from timeline.services import renormalise_source_dates

                    renormalise_source_dates(source=self, only_in_text=not anchor_moved)


class ClaimQuerySet(SoftDeleteQuerySet):
    def published(self):
        return self.filter(review_status=Claim.ReviewStatus.PUBLISHED)

    def visible_to(self, user):
        """Published claims for the public; everything alive for staff and fact-checkers."""
        if user is not None and user.is_authenticated and user.has_perm("claims.view_claim"):
            return self
        return self.published()

    def search(self, query):
        """Claims whose statement, summary or claimant contains every word of `query`."""
        if connections[self.db].vendor == "postgresql":
            # Matches the expression of the GIN index claim_search_idx (migration 0003), so the
            # planner can use it: milliseconds instead of a scan at hundreds of thousands.
            return self.annotate(search_vector=CLAIM_SEARCH_VECTOR).filter(
                search_vector=SearchQuery(query, config="simple", search_type="websearch")
            )
        # A plain scan on SQLite: fine for a laptop's few thousand claims.
        words = query.split()[:8]
        qs = self
        for word in words:
            qs = qs.filter(
                Q(statement__icontains=word)
                | Q(summary__icontains=word)
                | Q(claimant__icontains=word)
            )
        return qs

    def with_citations(self):
        """Claims ready to show with their citations' sources and outlets, and their tags."""
        return self.prefetch_related(
            models.Prefetch(
                "citations",
                # A source's text snapshot can be megabytes; a citation carries its own quote.
                queryset=Citation.objects.select_related("source__outlet").defer("source__text"),
            ),
            "tags",
        )

    def for_api(self, user):
        """Claims as the API shows them to `user`: only visible rows, each with its citations
        (their sources' names and addresses, not their texts), its tags and the events `user`
        may see, prefetched into plain lists (api_citations, api_tags, api_events).

        Plain lists rather than the related managers' caches: filling a manager's cache builds
        a queryset per row, which at a page of 50 cost more than the queries themselves.
        """
        from timeline.models import Event

        citations = Citation.objects.select_related("source__outlet").only(
            "claim_id",
            "quote",
            "start_offset",
            "end_offset",
            "source__url",
            "source__title",
            "source__published_at",
            "source__outlet__name",
        )
        return self.visible_to(user).prefetch_related(
            models.Prefetch("citations", queryset=citations, to_attr="api_citations"),
            models.Prefetch(
                "tags", queryset=Tag.objects.order_by("name", "pk").only("slug"), to_attr="api_tags"
            ),
            models.Prefetch(
                "events",
                queryset=Event.objects.visible_to(user).order_by("pk").only("id"),
                to_attr="api_events",
            ),
        )


# One vector over the words a reader searches for; "simple" because claims are in several
# languages and a stemmer for one would mangle the others.
CLAIM_SEARCH_VECTOR = SearchVector("statement", "summary", "claimant", config="simple")


class Claim(TrackedModel):
    class ReviewStatus(models.TextChoices):
        DRAFT = "draft", _("draft")
        IN_REVIEW = "in_review", _("in review")
        PUBLISHED = "published", _("published")

    class Verdict(models.TextChoices):
        # The alternateName of a ClaimReview rating; RATINGS maps each to its ratingValue.
        TRUE = "true", _("true")
        MOSTLY_TRUE = "mostly_true", _("mostly true")
        MIXED = "mixed", _("half true")
        MOSTLY_FALSE = "mostly_false", _("mostly false")
        FALSE = "false", _("false")
        UNVERIFIABLE = "unverifiable", _("unverifiable")

    class Qualifier(models.TextChoices):
        EXACT = "exact", _("exactly")
        APPROX = "approx", _("about")
        UP_TO = "up_to", _("up to")
        AT_MOST = "at_most", _("at most")
        LESS_THAN = "less_than", _("less than")
        AT_LEAST = "at_least", _("at least")
        MORE_THAN = "more_than", _("more than")

    class Rank(models.TextChoices):
        PREFERRED = "preferred", _("preferred")
        NORMAL = "normal", _("normal")
        DEPRECATED = "deprecated", _("deprecated")

    RATING_BEST = 5
    RATING_WORST = 1
    RATINGS = {
        Verdict.TRUE: 5,
        Verdict.MOSTLY_TRUE: 4,
        Verdict.MIXED: 3,
        Verdict.MOSTLY_FALSE: 2,
        Verdict.FALSE: 1,
    }

    statement = models.TextField(_("statement as written"), validators=[MaxLengthValidator(10_000)])
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    claimant = models.CharField(
        _("claimant"), max_length=300, blank=True, help_text=_("Who makes the claim.")
    )
    language = models.CharField(_("language"), max_length=8, choices=CONTENT_LANGUAGES)

    quantity_text = models.CharField(
        _("quantity as written"), max_length=200, blank=True, help_text=_('e.g. "nawet 87 mln"')
    )
    quantity_value = models.DecimalField(
        _("quantity value"),
        max_digits=36,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    quantity_unit = models.CharField(_("quantity unit"), max_length=50, blank=True)
    quantity_unit_inferred = models.BooleanField(
        _("currency inferred"),
        default=False,
        help_text=_(
            "The text wrote only a symbol such as $ or kr; the currency was taken from the "
            "outlet's country."
        ),
    )
    quantity_qualifier = models.CharField(
        _("quantity qualifier"), max_length=20, choices=Qualifier.choices, blank=True
    )

    review_status = models.CharField(
        _("review status"),
        max_length=20,
        choices=ReviewStatus.choices,
        default=ReviewStatus.DRAFT,
        db_index=True,
    )
    verdict = models.CharField(
        _("verdict"), max_length=20, choices=Verdict.choices, blank=True, db_index=True
    )
    review_body = models.TextField(_("review"), blank=True, validators=[MaxLengthValidator(50_000)])
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_claims",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="created_claims",
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="claims")
    # Among claims linked as the same claim, which value stands (Wikidata's statement ranks).
    # Set only by a person, through claims.graph.set_rank, and kept in the history.
    value_rank = models.CharField(
        _("rank of its value"), max_length=12, choices=Rank.choices, default=Rank.NORMAL
    )
    value_rank_reason = models.CharField(_("why it has this rank"), max_length=500, blank=True)
    value_ranked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ranked by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        # Nobody looks claims up by who ranked them; an index would only slow every write.
        db_index=False,
    )
    value_ranked_at = models.DateTimeField(_("ranked at"), null=True, blank=True, editable=False)
    is_candidate = models.BooleanField(
        _("candidate"),
        default=False,
        db_index=True,
        help_text=_("Proposed by the article importer and not yet accepted by a fact-checker."),
    )

    objects = AliveManager.from_queryset(ClaimQuerySet)()
    all_objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[tags])

    class Meta(TrackedModel.Meta):
        ordering = ["-created_at"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        permissions = [
            ("publish_claim", _("Can publish claims and send them back to review")),
            ("review_claim", _("Can give verdicts")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity_value__isnull=True)
                | (Q(quantity_value__gte=0) & Q(quantity_value__lt=QUANTITY_MAX)),
                name="claim_quantity_finite_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(quantity_value__isnull=True) | ~Q(quantity_qualifier=""),
                name="claim_quantity_has_qualifier",
            ),
            models.CheckConstraint(
                condition=~Q(review_status="published") | ~Q(verdict=""),
                name="claim_published_has_verdict",
            ),
            models.CheckConstraint(
                condition=Q(review_status__in=["draft", "in_review", "published"]),
                name="claim_review_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(value_rank__in=["preferred", "normal", "deprecated"]),
                name="claim_value_rank_valid",
            ),
        ]
        indexes = [
            *TrackedModel.Meta.indexes,
            models.Index(fields=["review_status", "-published_at"]),
        ]

    # Whether the public could see the claim as it was loaded or last saved: a change to a
    # claim the public sees neither before nor after leaves the cached public pages alone
    # (timeline.signals). A new claim starts unseen.
    _published_when_loaded = False

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Read the instance dict: touching a deferred field would load it. A status not loaded
        # counts as published, which can only cost a needless cache refresh.
        status = instance.__dict__.get("review_status", cls.ReviewStatus.PUBLISHED)
        instance._published_when_loaded = status == cls.ReviewStatus.PUBLISHED
        return instance

    def __str__(self):
        return self.summary or self.statement[:80]

    def get_absolute_url(self):
        return reverse("claims:claim-detail", args=[self.pk])

    @property
    def rating(self) -> int | None:
        """The ClaimReview ratingValue (1 worst .. 5 best); None when there is no scale value."""
        return self.RATINGS.get(self.verdict)

    @property
    def is_public(self) -> bool:
        return self.review_status == self.ReviewStatus.PUBLISHED and not self.is_deleted

    def clean(self):
        errors = {}
        if self.quantity_value is not None:
            if not self.quantity_value.is_finite():
                errors["quantity_value"] = _("The quantity must be a finite number.")
            elif abs(self.quantity_value) >= QUANTITY_MAX:
                errors["quantity_value"] = _("The quantity is implausibly large.")
            if not self.quantity_qualifier:
                errors["quantity_qualifier"] = _(
                    "Say whether the quantity is exact, a bound or approximate."
                )
        elif self.quantity_qualifier or self.quantity_unit:
            errors["quantity_value"] = _("A unit or qualifier needs a value.")
        if self.review_status == self.ReviewStatus.PUBLISHED and not self.verdict:
            errors["verdict"] = _("A claim needs a verdict before it is published.")
        if errors:
            raise ValidationError(errors)


class Citation(TrackedModel):
    """Where a claim was read: the exact quote and its place in the source's stored text."""

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="citations"
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="citations"
    )
    quote = models.TextField(_("quote"), validators=[MaxLengthValidator(10_000)])
    start_offset = models.PositiveIntegerField(_("start offset"), null=True, blank=True)
    end_offset = models.PositiveIntegerField(_("end offset"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta(TrackedModel.Meta):
        ordering = ["claim_id", "start_offset", "pk"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        constraints = [
            models.CheckConstraint(
                condition=(Q(start_offset__isnull=True) & Q(end_offset__isnull=True))
                | (
                    Q(start_offset__isnull=False)
                    & Q(end_offset__isnull=False)
                    & Q(start_offset__lt=models.F("end_offset"))
                ),
                name="citation_offsets_ordered",
            ),
        ]

    # The claim it was on when loaded or last saved: moving a citation off a published claim
    # changes that claim's page (timeline.signals). None when new, or when not loaded.
    _claim_id_when_loaded = None

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._claim_id_when_loaded = instance.__dict__.get("claim_id")
        return instance

    def __str__(self):
        return f"“{self.quote[:60]}”"

    def clean(self):
        """Tie the quote to the source text: fill offsets when missing, check them when given."""
        if not self.quote:
            raise ValidationError({"quote": _("A citation needs the exact quote.")})
        if self.source_id is None:
            return
        text = self.source.text
        if not text:
            if self.start_offset is not None or self.end_offset is not None:
                raise ValidationError(
                    {"start_offset": _("This source has no stored text to point into.")}
                )
            return
        if self.start_offset is None and self.end_offset is None:
            position = text.find(self.quote)
            if position < 0:
                raise ValidationError({"quote": _("The quote was not found in the source text.")})
            self.start_offset, self.end_offset = position, position + len(self.quote)
            return
        if self.start_offset is None or self.end_offset is None:
            raise ValidationError({"end_offset": _("Give both offsets or neither.")})
        if text[self.start_offset : self.end_offset] != self.quote:
            raise ValidationError(
                {"start_offset": _("The offsets do not point at the quote in the source text.")}
            )


class CandidateClaim(Claim):
    """Claims proposed by the importer, listed in the admin for one-click review."""

    class Meta:
        proxy = True
        verbose_name = _("candidate claim")
        verbose_name_plural = _("candidate claims")


class ClaimLink(models.Model):
    """Two claims that may state the same thing: proposed by the matcher (a candidate, with its
    score and reasons) or decided by a person (the same claim, or not). One row per pair, the
    lower id first, so a pair is never linked twice in two directions."""

    class Status(models.TextChoices):
        CANDIDATE = "candidate", _("candidate")
        SAME = "same", _("the same claim")
        DIFFERENT = "different", _("not the same claim")

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="links_as_first"
    )
    other = models.ForeignKey(
        Claim,
        verbose_name=_("other claim"),
        on_delete=models.CASCADE,
        related_name="links_as_second",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CANDIDATE
    )
    score = models.FloatField(_("score"), null=True, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    conflicts = models.JSONField(_("conflicts"), default=list, blank=True)
    matcher_version = models.CharField(_("matcher version"), max_length=20, blank=True)
    proposed_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("claim link")
        verbose_name_plural = _("claim links")
        constraints = [
            models.UniqueConstraint(fields=["claim", "other"], name="claim_link_one_per_pair"),
            models.CheckConstraint(
                condition=Q(claim__lt=models.F("other")), name="claim_link_lower_first"
            ),
        ]
        indexes = [
            # The queue of open candidates, best first.
            models.Index(
                fields=["-score"],
                name="claim_link_open_idx",
                condition=Q(status="candidate"),
            ),
            models.Index(fields=["other"], name="claim_link_other_idx"),
        ]

    def __str__(self):
        return f"{self.claim_id} ~ {self.other_id} ({self.get_status_display()})"
