"""Events with honestly imprecise dates, and the timelines that tell a story with them."""

from django.db import models, transaction
from django.db.models import DEFERRED, Case, Exists, F, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from claims.models import CONTENT_LANGUAGES, Claim, Source, Tag
from claims.records import AliveManager, SoftDeleteQuerySet, TrackedModel


class DateStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    PARSED = "parsed", _("parsed")
    UNPARSED = "unparsed", _("unparsed")
    FAILED = "failed", _("failed")
    CONFIRMED = "confirmed", _("confirmed")


class Granularity(models.TextChoices):
    DAY = "day", _("day")
    WEEK = "week", _("week")
    MONTH = "month", _("month")
    QUARTER = "quarter", _("quarter")
    HALF = "half", _("half-year")
    SEASON = "season", _("season")
    YEAR = "year", _("year")
    DECADE = "decade", _("decade")
    SPAN = "span", _("span")


class Relation(models.TextChoices):
    NONE = "", _("at")
    BEFORE = "before", _("before")
    AFTER = "after", _("after")


class TimelineQuerySet(SoftDeleteQuerySet):
    def published(self):
        return self.filter(is_published=True)

    def visible_to(self, user):
        """Published timelines for the public; drafts too for those who work on them."""
        if user is not None and user.is_authenticated and user.has_perm("timeline.view_timeline"):
            return self
        return self.published()


class Timeline(TrackedModel):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=CONTENT_LANGUAGES, blank=True)
    is_published = models.BooleanField(_("published"), default=False, db_index=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    events = models.ManyToManyField(
        "Event", verbose_name=_("events"), blank=True, related_name="timelines"
    )

    objects = AliveManager.from_queryset(TimelineQuerySet)()
    all_objects = TimelineQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[events])

    class Meta(TrackedModel.Meta):
        ordering = ["title"]
        verbose_name = _("timeline")
        verbose_name_plural = _("timelines")
        permissions = [("publish_timeline", _("Can publish timelines"))]

    # Whether the public could see the timeline as it was loaded or last saved: a change to a
    # timeline the public sees neither before nor after leaves the cached public pages alone
    # (timeline.signals). A new timeline starts unseen.
    _published_when_loaded = False

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Read the instance dict: touching a deferred field would load it. A field not loaded
        # counts as published and not in the bin, which can only cost a needless refresh.
        loaded = instance.__dict__
        instance._published_when_loaded = (
            loaded.get("is_published", True) and loaded.get("deleted_at") is None
        )
        return instance

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("timeline:detail", args=[self.slug])


class EventQuerySet(SoftDeleteQuerySet):
    def public(self):
        """Events shown to everyone: those on at least one published timeline."""
        on_public_timeline = Timeline.events.through.objects.filter(
            event_id=OuterRef("pk"),
            timeline__is_published=True,
            timeline__deleted_at__isnull=True,
        )
        return self.filter(Exists(on_public_timeline))

    def visible_to(self, user):
        """Public events for the public; every event for those who work on them."""
        if user is not None and user.is_authenticated and user.has_perm("timeline.view_event"):
            return self
        return self.public()

    def chronological(self):
        # Wide intervals sort by their start; an undated event goes last rather than first.
        # Of two events on one interval, the one "before" it comes first and the one "after"
        # it last ("before the F8 conference", then the conference).
        side = Case(
            When(date_relation="before", then=Value(0)),
            When(date_relation="after", then=Value(2)),
            default=Value(1),
        )
        return self.order_by(
            F("date_start").asc(nulls_last=True), side, F("date_end").asc(nulls_last=True), "pk"
        )

    def for_timeline(self, timeline):
        return (
            self.filter(timelines=timeline)
            .select_related("source__outlet")
            .prefetch_related("tags")
            .chronological()
        )

    def pending(self):
        return self.filter(date_status=DateStatus.PENDING)

    def needing_review(self):
        return self.filter(date_status__in=[DateStatus.UNPARSED, DateStatus.FAILED])

    def overdue(self, queued_before):
        """Pending dates last queued before `queued_before`, or never: their message is lost."""
        return self.pending().filter(
            Q(date_queued_at__lt=queued_before) | Q(date_queued_at__isnull=True)
        )

    def read_by_other_engine(self, version):
        """Dates the engine read (not confirmed, not pending) with a version other than
        `version`."""
        return self.filter(
            date_status__in=[DateStatus.PARSED, DateStatus.UNPARSED, DateStatus.FAILED]
        ).exclude(date_engine_version=version)

    def overlapping(self, date_from=None, date_to=None):
        """Events whose interval overlaps [date_from, date_to] (either bound may be open)."""
        qs = self.filter(date_start__isnull=False)
        if date_from is not None:
            qs = qs.filter(date_end__gte=date_from)
        if date_to is not None:
            qs = qs.filter(date_start__lte=date_to)
        return qs


class Event(TrackedModel):
    """Something that happened, dated as the source wrote it and as the engine read it."""

    # The inputs a normalised date is computed from; a change to any makes the date pending.
    DATE_INPUTS = ("date_text", "date_lang", "source_id", "date_offset")

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Relative dates are read against its publication date."),
    )
    claims = models.ManyToManyField(
        Claim, verbose_name=_("claims"), blank=True, related_name="events"
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="events")

    date_text = models.CharField(
        _("date as written"), max_length=200, blank=True, help_text=_('e.g. "w ubiegłym roku"')
    )
    date_lang = models.CharField(
        _("date language"), max_length=8, choices=CONTENT_LANGUAGES, blank=True
    )
    # Indexed together (event_interval_idx); every index on this table is paid for again each
    # time a worker writes a date, so none repeats another.
    date_start = models.DateField(_("start"), null=True, blank=True)
    date_end = models.DateField(_("end"), null=True, blank=True)
    date_granularity = models.CharField(
        _("granularity"), max_length=10, choices=Granularity.choices, blank=True
    )
    date_relation = models.CharField(
        _("relation"),
        max_length=10,
        choices=Relation.choices,
        blank=True,
        help_text=_("Before or after the interval, for dates like “before the F8 conference”."),
    )
    date_reference = models.CharField(
        _("referenced event"), max_length=300, blank=True, editable=False
    )
    date_status = models.CharField(
        _("date status"),
        max_length=10,
        choices=DateStatus.choices,
        default=DateStatus.PENDING,
    )
    date_reason = models.CharField(_("reason"), max_length=500, blank=True, editable=False)
    date_engine_version = models.CharField(
        _("engine version"), max_length=20, blank=True, editable=False
    )
    date_anchor = models.DateField(_("anchor used"), null=True, blank=True, editable=False)
    # Where an imported date stands in its source's text snapshot: the workers read it there,
    # in its sentence's tense and against the story's period, rather than on its own.
    date_offset = models.PositiveIntegerField(
        _("offset in the source text"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Set on import; the date is read in its article's context."),
    )
    date_queued_at = models.DateTimeField(_("queued at"), null=True, blank=True, editable=False)
    # "przed ubiegłoroczną konferencją F8": the event whose date this one is read against
    # (timeline.references). Chosen by the resolver, or by a person, whose choice it keeps.
    date_reference_event = models.ForeignKey(
        "self",
        verbose_name=_("reference event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dated_by_reference",
        editable=False,
        db_index=False,
    )
    date_reference_chosen = models.BooleanField(
        _("reference chosen by hand"), default=False, editable=False
    )

    objects = AliveManager.from_queryset(EventQuerySet)()
    all_objects = EventQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[claims, tags])

    class Meta(TrackedModel.Meta):
        ordering = [F("date_start").asc(nulls_last=True), "date_end", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        permissions = [("confirm_event_date", _("Can confirm or correct dates by hand"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_start__isnull=True)
                | Q(date_end__isnull=True)
                | Q(date_start__lte=F("date_end")),
                name="event_date_start_not_after_end",
            ),
            models.CheckConstraint(
                condition=~Q(date_status__in=["confirmed", "parsed"])
                | (Q(date_start__isnull=False) & Q(date_end__isnull=False)),
                name="event_settled_date_has_bounds",
            ),
            models.CheckConstraint(
                condition=Q(date_status__in=[choice.value for choice in DateStatus]),
                name="event_date_status_valid",
            ),
        ]
        indexes = [
            *TrackedModel.Meta.indexes,
            models.Index(fields=["date_start", "date_end"], name="event_interval_idx"),
            # Partial: a row leaves these indexes when a worker settles its date, instead of
            # taking a new entry in each.
            models.Index(
                fields=["date_queued_at"],
                condition=Q(date_status=DateStatus.PENDING),
                name="event_pending_queue_idx",
            ),
            models.Index(
                fields=["updated_at"],
                condition=Q(date_status__in=[DateStatus.UNPARSED, DateStatus.FAILED]),
                name="event_date_review_idx",
            ),
            # Partial: few dates are read against another event, and a worker writing any
            # other row must not pay for an entry here.
            models.Index(
                fields=["date_reference_event"],
                condition=Q(date_reference_event__isnull=False),
                name="event_reference_event_idx",
            ),
        ]

    _loaded_date_inputs = None

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_date_inputs = instance._date_inputs()
        return instance

    def __str__(self):
        return self.title

    def _date_inputs(self):
        # Read the instance dict, not the attributes: touching a deferred field would load it.
        return tuple(self.__dict__.get(name, DEFERRED) for name in self.DATE_INPUTS)

    @property
    def anchor(self):
        """The publication date the expression is read against (a date), or None."""
        if self.source_id is None or self.source.published_at is None:
            return None
        return timezone.localtime(self.source.published_at).date()

    @property
    def date_label(self) -> str:
        """The date at its real precision in the active language ("2017", "sierpień 2018")."""
        from timeline.display import event_date_label

        return event_date_label(self)

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.date_start and self.date_end and self.date_start > self.date_end:
            errors["date_end"] = _("The end cannot be before the start.")
        if self.date_status == DateStatus.CONFIRMED and not (self.date_start and self.date_end):
            errors["date_start"] = _("A confirmed date needs a start and an end.")
        if errors:
            raise ValidationError(errors)

    def mark_date_pending(self):
        self.date_status = DateStatus.PENDING
        self.date_start = self.date_end = None
        self.date_granularity = self.date_relation = self.date_reference = ""
        self.date_reason = self.date_engine_version = ""
        self.date_anchor = None
        self.date_queued_at = timezone.now()

    def save(self, *args, **kwargs):
        # Done here rather than in each caller so that the admin, the API, the importer and the
        # shell all get the same rule: a changed expression is read again by a worker, unless a
        # fact-checker has confirmed the date by hand.
        update_fields = kwargs.get("update_fields")
        inputs_changed = self._adding_or_changed_inputs(update_fields)
        if inputs_changed and self.date_status != DateStatus.CONFIRMED:
            self.mark_date_pending()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, *DATE_RESULT_FIELDS}
        super().save(*args, **kwargs)
        self._loaded_date_inputs = self._date_inputs()
        if self.date_status == DateStatus.PENDING and inputs_changed:
            from timeline.services import enqueue_normalisation

            event_id = self.pk
            transaction.on_commit(lambda: enqueue_normalisation([event_id]))

    def _adding_or_changed_inputs(self, update_fields):
        if update_fields is not None and not set(update_fields) & {
            "date_text",
            "date_lang",
            "source",
            "source_id",
            "date_offset",
        }:
            return False
        return self._state.adding or self._date_inputs() != self._loaded_date_inputs


DATE_RESULT_FIELDS = (
    "date_status",
    "date_start",
    "date_end",
    "date_granularity",
    "date_relation",
    "date_reference",
    "date_reason",
    "date_engine_version",
    "date_anchor",
    "date_queued_at",
)


class DateReviewEvent(Event):
    """The same events, listed in the admin as the dates that need a fact-checker's eye."""

    class Meta:
        proxy = True
        verbose_name = _("date needing review")
        verbose_name_plural = _("dates needing review")


class DateFlag(models.Model):
    """A reason to doubt an event's date (timeline.sanity), one row per event and kind.

    A table of its own rather than columns on the event: each kind is filtered and counted
    through the (kind, event) index, and the event table, which workers write all day, keeps
    its indexes.
    """

    class Kind(models.TextChoices):
        AFTER_PUBLICATION = "after_publication", _("dated after its source, in the past tense")
        AMBIGUOUS_YEAR = "ambiguous_year", _("month or weekday of an ambiguous year")
        UNDATED_SOURCE = "undated_source", _("source without a publication date")
        WEEKDAY_MISMATCH = "weekday_mismatch", _("weekday contradicts the date")
        MONTH_ANCHOR = "month_anchor", _("anchor known only to the month")

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="date_flags"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    detail = models.CharField(_("detail"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("date flag")
        verbose_name_plural = _("date flags")
        constraints = [
            models.UniqueConstraint(fields=["kind", "event"], name="date_flag_once_per_kind"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.event_id}"


class TimelineYear(models.Model):
    """How many events in the bin-free part of a timeline start in each year (0: not dated
    yet), kept by database triggers (migration 0007) on every change of a membership, an
    event's start or its place in the bin, whichever code makes it: the timeline page reads
    its year links from here instead of counting a large timeline's events on every render.

    No foreign key: a timeline deleted with its memberships leaves rows of zero, which no page
    reads, rather than an ordering problem between the deletions and the triggers.
    """

    UNDATED = 0

    timeline_id = models.BigIntegerField(_("timeline"))
    year = models.IntegerField(_("year"))
    events = models.IntegerField(_("events"), default=0)

    class Meta:
        verbose_name = _("timeline year")
        verbose_name_plural = _("timeline years")
        constraints = [
            models.UniqueConstraint(fields=["timeline_id", "year"], name="timeline_year_once"),
        ]

    def __str__(self):
        return f"{self.timeline_id}/{self.year}: {self.events}"
