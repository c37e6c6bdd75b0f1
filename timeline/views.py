"""Public pages: the home page and the story of one timeline, told in chronological order."""

import calendar
import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from claims import graph
from claims.models import Claim, Tag
from timeline import dates, page_rows
from timeline.display import is_approximate
from timeline.event_html import Labels, event_html
from timeline.models import Event, Timeline, TimelineYear
from timeline.pagecache import cached_page

# Up to this many events a timeline is one page; past it, one page per year (and a year with
# more than this is split into pages too). Rendering costs ~0.35 ms of CPU per event with its
# claims (docs/benchmarks.md), so this bounds every page whatever the size of the timeline.
PAGE_EVENTS = 100
# A year with more events than this gets month headings as well.
MONTH_HEADINGS_FROM = 12
LATEST_CLAIMS = 10
SEARCH_PAGE_SIZE = 20
# Width of the axis drawn under each event, in SVG user units.
AXIS_WIDTH = 1000
UNDATED = "undated"


class TimelineFilterForm(forms.Form):
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    verdict = forms.ChoiceField(
        label=_("Verdict"), required=False, choices=[("", _("any"))] + Claim.Verdict.choices
    )

    def __init__(self, data, *, tags):
        super().__init__(data)
        self.fields["tag"].choices = [("", _("any"))] + [(tag.slug, tag.name) for tag in tags]

    def filters(self):
        """The valid filters only: a stale or mistyped value is ignored rather than refused."""
        self.is_valid()
        return {name: self.cleaned_data.get(name) for name in ("tag", "verdict")}


@cached_page
def home(request):
    query = request.GET.get("q", "").strip()[:200]
    timelines = (
        Timeline.objects.published()
        .annotate(event_count=Count("events", filter=Q(events__deleted_at__isnull=True)))
        .order_by(F("published_at").desc(nulls_last=True), "title")
    )
    latest = Claim.objects.published().order_by(F("published_at").desc(nulls_last=True), "-pk")[
        :LATEST_CLAIMS
    ]
    results = None
    if query:
        matches = (
            Claim.objects.published()
            .search(query)
            .order_by(F("published_at").desc(nulls_last=True), "-pk")
        )
        results = Paginator(matches, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "timeline/timeline_list.html",
        {
            "site_name": settings.SITE_NAME,
            "timelines": timelines,
            "latest_claims": latest,
            "query": query,
            "results": results,
        },
    )


@cached_page
def timeline_detail(request, slug):
    timeline = get_object_or_404(Timeline.objects.published(), slug=slug)
    # One probe per tag (a timeline offers a few dozen) that stops at its first event, rather
    # than every tag of every event of the timeline made distinct: 11.7 ms at 10,000 events.
    tags = Tag.objects.filter(
        Exists(
            Event.tags.through.objects.filter(
                tag_id=OuterRef("pk"),
                event__timelines=timeline,
                event__deleted_at__isnull=True,
            )
        )
    )
    form = TimelineFilterForm(request.GET, tags=tags)
    chosen = form.filters()

    # Tags, claims and sources are read as rows by page_rows, not loaded with the events.
    events = Event.objects.for_timeline(timeline).select_related(None).prefetch_related(None)
    claims = Claim.objects.published()
    if chosen["tag"]:
        events = events.filter(tags__slug=chosen["tag"])
    if chosen["verdict"]:
        claims = claims.filter(verdict=chosen["verdict"])
        events = events.filter(Exists(claims.filter(events=OuterRef("pk"))))

    base_query = {key: value for key, value in chosen.items() if value}
    # Unfiltered, the year links come from the counts the database keeps (year_counts.py);
    # a filter narrows the events to count and counts them.
    years = _years(events) if base_query else _kept_years(timeline)
    total = sum(count for _year, count in years)
    year, page, pages = _page_of(request, years, total)
    if year is not None:
        events = _in_year(events, year)
    if pages > 1:
        events = events[(page - 1) * PAGE_EVENTS : page * PAGE_EVENTS]
    events = list(events)
    page_rows.attach(events, claims)
    _attach_group_values(events)
    axis = _axis(events)

    return render(
        request,
        "timeline/timeline_detail.html",
        {
            "site_name": settings.SITE_NAME,
            "timeline": timeline,
            "form": form,
            "filtered": bool(base_query),
            "total": total,
            "groups": _group(events, axis),
            "axis": axis,
            "year_links": _year_links(years, year, base_query) if year is not None else [],
            "page": page,
            "pages": pages,
            "page_links": _page_links(base_query, year, page, pages) if pages > 1 else None,
            "year": year,
        },
    )


def _attach_group_values(events):
    """Give each claim on the page the values of its group (claims.graph), so that a claim
    other sources report with another value shows them all, ranked, where it stands."""
    page_claims = page_rows.page_claims(events)
    if not page_claims:
        return
    found = graph.groups({claim.pk for claim in page_claims})
    # Most claims stand alone: only a claim other sources report too needs its group read.
    shared = {pk: group for pk, group in found.items() if len(group) > 1}
    values = graph.values_of(shared, found=shared) if shared else {}
    for claim in page_claims:
        claim.group_values = values.get(claim.pk, [])


def _years(events):
    """(year, number of events) in order; None for the events without a date yet."""
    rows = (
        events.order_by()
        .annotate(year=ExtractYear("date_start"))
        .values("year")
        .annotate(count=Count("pk"))
    )
    return _in_order({row["year"]: row["count"] for row in rows})


def _kept_years(timeline):
    """_years() of the whole timeline, from TimelineYear."""
    rows = TimelineYear.objects.filter(timeline_id=timeline.pk, events__gt=0)
    return _in_order(
        {
            None if year == TimelineYear.UNDATED else year: count
            for year, count in rows.values_list("year", "events")
        }
    )


def _in_order(counts):
    """{year or None: count} as (year, count) by year, the undated last."""
    ordered = sorted(year for year in counts if year is not None)
    if None in counts:
        ordered.append(None)
    return [(year, counts[year]) for year in ordered]


def _page_of(request, years, total):
    """Which slice of the timeline this request shows: (year or None for all, page, pages)."""
    if total <= PAGE_EVENTS:
        # Everything fits on one page; a year link from when it did not still lands here.
        return None, 1, 1
    wanted = request.GET.get("year")
    counts = dict(years)
    if wanted is None:
        year = years[0][0]
    elif wanted == UNDATED and None in counts:
        year = None
    elif wanted.isdigit() and int(wanted) in counts:
        year = int(wanted)
    else:
        raise Http404("No events in that year.")
    pages = max(1, -(-counts[year] // PAGE_EVENTS))
    page = request.GET.get("page", "1")
    if not page.isdigit() or not 1 <= int(page) <= pages:
        raise Http404("No such page.")
    return (UNDATED if year is None else year), int(page), pages


def _in_year(events, year):
    if year == UNDATED:
        return events.filter(date_start__isnull=True)
    return events.filter(date_start__gte=dt.date(year, 1, 1), date_start__lte=dt.date(year, 12, 31))


def _year_links(years, current, base_query):
    links = []
    for year, count in years:
        key = UNDATED if year is None else year
        links.append(
            {
                "label": _("not yet dated") if year is None else str(year),
                "url": "?" + urlencode({**base_query, "year": key}),
                "count": count,
                "current": key == current,
            }
        )
    return links


def _page_links(base_query, year, page, pages):
    def url(number):
        return "?" + urlencode({**base_query, "year": year, "page": number})

    return {
        "previous": url(page - 1) if page > 1 else "",
        "next": url(page + 1) if page < pages else "",
    }


@dataclass
class Bar:
    x: float
    width: float
    classes: str


@dataclass
class Row:
    event: Event
    label: str
    approximate: bool
    bar: Bar | None = None
    html: str = ""


@dataclass
class Run:
    """Consecutive events of one month (with a heading), or wider events between them."""

    heading: str
    rows: list = field(default_factory=list)


@dataclass
class YearGroup:
    year: int | None
    count: int = 0
    runs: list = field(default_factory=list)

    @property
    def event_heading(self):
        """Events are headings one level below their year, or below their month."""
        return 4 if any(run.heading for run in self.runs) else 3


def _group(events, axis):
    """Events grouped by the year they start in; busy years also by month.

    Only events inside one month get a month heading: an event that spans a season or a year
    is listed where its start puts it, with no heading that would claim more precision.
    """
    groups = []
    for event in events:
        year = event.date_start.year if event.date_start else None
        if not groups or groups[-1].year != year:
            groups.append(YearGroup(year))
        group = groups[-1]
        group.count += 1
        group.runs.append(
            Row(event, event.date_label, is_approximate(event), _bar(event, axis)),
        )
    labels = Labels()
    for group in groups:
        group.runs = _runs(group)
        for run in group.runs:
            for row in run.rows:
                row.html = event_html(row, group.event_heading, labels)
    return groups


def _month_label(day):
    """The month containing `day` in the active language: "August 2018", "sierpień 2018"."""
    last = calendar.monthrange(day.year, day.month)[1]
    lang = (get_language() or "en").split("-")[0]
    return dates.label(day.replace(day=1), day.replace(day=last), "month", lang)


def _runs(group):
    if group.year is None or group.count <= MONTH_HEADINGS_FROM:
        return [Run("", group.runs)]
    runs = []
    for row in group.runs:
        start, end = row.event.date_start, row.event.date_end
        in_one_month = (start.year, start.month) == (end.year, end.month)
        heading = _month_label(start) if in_one_month else ""
        if not runs or runs[-1].heading != heading:
            runs.append(Run(heading))
        runs[-1].rows.append(row)
    return runs


@dataclass
class Axis:
    start: dt.date
    end: dt.date
    ticks: list

    @property
    def days(self):
        return (self.end - self.start).days + 1

    @property
    def start_label(self):
        return _month_label(self.start)

    @property
    def end_label(self):
        return _month_label(self.end)

    def x(self, day):
        return round((day - self.start).days / self.days * AXIS_WIDTH, 1)


def _axis(events):
    """The span the bars are drawn against: from the earliest start to the latest end shown."""
    dated = [event for event in events if event.date_start and event.date_end]
    if not dated:
        return None
    start = min(event.date_start for event in dated)
    end = max(event.date_end for event in dated)
    axis = Axis(start, end, [])
    years = range(start.year + 1, end.year + 1)
    if len(years) <= 40:
        axis.ticks = [{"year": year, "x": axis.x(dt.date(year, 1, 1))} for year in years]
    return axis


def _bar(event, axis):
    if axis is None or not (event.date_start and event.date_end):
        return None
    x = axis.x(event.date_start)
    end = axis.x(event.date_end + dt.timedelta(days=1))
    classes = ["bar"]
    if event.date_relation == "before":
        # "Before April 2017": any time up to the end of April, as far as the page knows.
        x, classes = 0.0, [*classes, "bar-open-start"]
    elif event.date_relation == "after":
        end, classes = float(AXIS_WIDTH), [*classes, "bar-open-end"]
    if is_approximate(event):
        classes.append("bar-approximate")
    # A single day would be invisible at this scale: draw at least a few units.
    width = max(round(end - x, 1), 4.0)
    return Bar(min(x, AXIS_WIDTH - width), width, " ".join(classes))
