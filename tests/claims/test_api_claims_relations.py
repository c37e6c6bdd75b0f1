"""The claims list's citations, tags and events (claims.list_rows): the same as each claim's own
page gives, for every kind of reader, whether read through the ORM or the SQL compiled once."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims import list_rows
from claims.filters import ClaimFilter
from claims.models import Citation, Claim
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    EventFactory,
    PublishedClaimFactory,
    SourceFactory,
    TagFactory,
    TimelineFactory,
)
from timeline.models import Event, Timeline

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/?page_size=100"
API_PERSONAS = [None, "reader", "event_viewer", "fact_checker", "editor", "staff"]
# An inactive account cannot sign in to the API, but is one more reader for the rule.
PERSONAS = [*API_PERSONAS, "inactive_superuser"]
# Those who may see every live event; the others see events on a published timeline only.
SEE_EVERY_EVENT = {"event_viewer", "fact_checker", "editor", "staff"}

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the SQL is compiled once on PostgreSQL only"
)


@pytest.fixture
def event_viewer(db, django_user_model):
    """May see every event, but holds no other permission: reads claims like the public."""
    user = django_user_model.objects.create_user(username="event-viewer", password="x" * 20)
    user.user_permissions.add(Permission.objects.get(codename="view_event"))
    return user


@pytest.fixture
def inactive_superuser(db, django_user_model):
    return django_user_model.objects.create_user(
        username="gone", password="x" * 20, is_superuser=True, is_active=False
    )


def reader_of(request, persona):
    return request.getfixturevalue(persona) if persona else None


def on_timeline(claim, timeline):
    event = EventFactory()
    event.claims.add(claim)
    timeline.events.add(event)
    return event


@pytest.fixture
def story():
    """Claims with citations in an order other than their creation's, tags whose names sort
    otherwise than their ids, and events public, unpublished, on no timeline and in the bin."""
    public, unpublished = TimelineFactory(), TimelineFactory(is_published=False)
    binned_timeline = TimelineFactory()
    now = timezone.now()

    first = PublishedClaimFactory()
    late = CitationFactory(claim=first, start_offset=40, end_offset=60)
    early = CitationFactory(claim=first, source=SourceFactory(outlet=None, published_at=None))
    binned_citation = CitationFactory(claim=first)
    Citation.objects.filter(pk=binned_citation.pk).update(deleted_at=now)
    zeta, alpha, mid = TagFactory(name="Zeta"), TagFactory(name="Alpha"), TagFactory(name="Mid")
    first.tags.add(zeta, alpha, mid)
    seen = on_timeline(first, public)
    draft_only = on_timeline(first, unpublished)
    nowhere = EventFactory()
    nowhere.claims.add(first)
    binned_event = on_timeline(first, public)
    Event.all_objects.filter(pk=binned_event.pk).update(deleted_at=now)
    on_binned_timeline = on_timeline(first, binned_timeline)
    Timeline.all_objects.filter(pk=binned_timeline.pk).update(deleted_at=now)

    second = PublishedClaimFactory()
    CitationFactory(claim=second)
    second.tags.add(TagFactory(name="Alpha 2"))
    also_seen = on_timeline(second, public)
    seen.claims.add(second)

    bare = PublishedClaimFactory()  # no citation, tag or event
    draft = ClaimFactory()
    CitationFactory(claim=draft)
    draft_event = on_timeline(draft, unpublished)
    return {
        "first": first,
        "second": second,
        "bare": bare,
        "draft": draft,
        "citations": [early.pk, late.pk],
        "tags": [alpha.slug, mid.slug, zeta.slug],
        "public": sorted([seen.pk]),
        "every": sorted([seen.pk, draft_only.pk, nowhere.pk, on_binned_timeline.pk]),
        "second_events": sorted([seen.pk, also_seen.pk]),
        "draft_event": draft_event.pk,
    }


def listed(client):
    response = client.get(CLAIMS)
    assert response.status_code == 200
    return {item["id"]: item for item in response.json()["results"]}


@pytest.mark.parametrize("persona", API_PERSONAS)
def test_every_reader_gets_the_relations_each_claims_own_page_gives(api, request, story, persona):
    client = api(reader_of(request, persona))

    items = listed(client)

    for pk, item in items.items():
        own = client.get(f"/api/v1/claims/{pk}/").json()
        for name in ("citations", "tags", "events"):
            assert item[name] == own[name], (pk, name)
    first = items[story["first"].pk]
    assert [citation["id"] for citation in first["citations"]] == story["citations"]
    assert first["tags"] == story["tags"]
    sees_every_event = persona in SEE_EVERY_EVENT
    assert first["events"] == story["every" if sees_every_event else "public"]
    assert items[story["second"].pk]["events"] == story["second_events"]
    bare = items[story["bare"].pk]
    assert (bare["citations"], bare["tags"], bare["events"]) == ([], [], [])


def test_the_draft_of_a_colleague_lists_its_unpublished_events(api, request, story):
    items = listed(api(request.getfixturevalue("editor")))

    assert items[story["draft"].pk]["events"] == [story["draft_event"]]


def test_readers_taking_turns_each_see_their_own_events(api, request, story):
    """The compiled SQL is kept between requests: one reader's must never answer another's."""
    list_rows._compiled.clear()
    turns = ["staff", None, "event_viewer", "reader", "staff", None]

    for persona in turns:
        events = listed(api(reader_of(request, persona)))[story["first"].pk]["events"]
        assert events == story["every" if persona in SEE_EVERY_EVENT else "public"], persona


@needs_postgresql
def test_the_relation_queries_are_compiled_once_per_kind_of_reader(
    api, request, story, monkeypatch
):
    list_rows._compiled.clear()
    compiled = []
    as_sql = list_rows.OnPage.as_sql

    def counting(self, *args, **kwargs):
        compiled.append(self)
        return as_sql(self, *args, **kwargs)

    monkeypatch.setattr(list_rows.OnPage, "as_sql", counting)
    listed(api())
    listed(api(request.getfixturevalue("staff")))
    assert len(compiled) == 4  # citations, tags, and the events of each kind of reader
    kept = dict(list_rows._compiled)

    for persona in [None, "staff", "reader", "editor", "fact_checker"]:
        listed(api(reader_of(request, persona)))
    PublishedClaimFactory.create_batch(3)  # another page, the same SQL
    listed(api())

    assert len(compiled) == 4
    assert list_rows._compiled.keys() == kept.keys()
    assert all(list_rows._compiled[key] is sql for key, sql in kept.items())
    assert {key[2:] for key in kept} == {
        ("citations",),
        ("tags",),
        ("events", "every"),
        ("events", "public"),
    }


@needs_postgresql
def test_the_compiled_sql_reads_what_the_orm_reads(request, story):
    ids = list(Claim.objects.values_list("pk", flat=True))
    cases = [
        (Citation, ("citations",), list_rows._citations),
        (Claim.tags.through, ("tags",), list_rows._tags),
    ]
    for persona in [None, "staff"]:
        user = reader_of(request, persona) or AnonymousUser()

        def events(claims, user=user):
            return list_rows._events(claims, Event.objects.visible_to(user))

        key = ("events", list_rows.event_visibility(user))
        cases.append((Event.claims.through, key, events))

    for model, key, build in cases:
        rows = list_rows._fetch(model, key, ids, build)
        assert rows == list(build(Q(claim_id__in=ids))), key
        assert rows


@pytest.mark.parametrize("persona", PERSONAS)
def test_one_kind_of_reader_one_sql_for_the_events(request, persona):
    """Readers who share a key to the compiled events query share its SQL, and no other."""
    keyed = {}
    for other in PERSONAS:
        user = reader_of(request, other) or AnonymousUser()
        query = list_rows._events(list_rows.OnPage(), Event.objects.visible_to(user))
        sql = query.query.get_compiler(connection.alias).as_sql()[0]
        keyed.setdefault(list_rows.event_visibility(user), set()).add(sql)
    user = reader_of(request, persona) or AnonymousUser()

    assert list_rows.event_visibility(user) == ("every" if persona in SEE_EVERY_EVENT else "public")
    assert [len(sqls) for sqls in keyed.values()] == [1, 1]
    assert keyed["every"] != keyed["public"]


def test_an_empty_page_asks_nothing_about_relations(api):
    client = api()
    client.get(CLAIMS)
    with CaptureQueriesContext(connection) as empty:
        assert client.get(CLAIMS).json()["results"] == []
    claim = PublishedClaimFactory(published_at=dt.datetime(2018, 9, 21, tzinfo=dt.UTC))
    CitationFactory(claim=claim)

    with CaptureQueriesContext(connection) as one:
        assert len(client.get(CLAIMS).json()["results"]) == 1

    assert len(one) == len(empty) + 3


def test_no_claims_filter_builds_its_field_from_the_request():
    """ClaimFilter builds its form class once: no filter's field may depend on the request."""
    from django_filters.filters import QuerySetRequestMixin

    assert not [
        name
        for name, declared in ClaimFilter.base_filters.items()
        if isinstance(declared, QuerySetRequestMixin)
    ]


def test_the_kept_filter_form_still_judges_each_request_alone(api):
    client = api()
    PublishedClaimFactory()

    bad = client.get("/api/v1/claims/?verdict=nonsense&date_from=2018-02-01&date_to=2018-01-01")
    good = client.get("/api/v1/claims/?verdict=true")
    other = client.get("/api/v1/claims/?event=0")

    assert bad.status_code == 400
    assert set(bad.json()) == {"verdict", "date_to"}
    assert good.status_code == 200
    assert len(good.json()["results"]) == 1
    assert other.status_code == 400
    assert set(other.json()) == {"event"}


def test_a_tag_in_the_bin_is_off_the_list_as_off_the_claims_page(client):
    claim = PublishedClaimFactory()
    kept, binned = TagFactory(name="Kept"), TagFactory(name="Binned")
    claim.tags.add(kept, binned)
    # In the bin as the admin puts it there: the row stays, with the time it was binned.
    type(binned).all_objects.filter(pk=binned.pk).update(deleted_at=timezone.now())
    (row,) = [r for r in client.get(CLAIMS).json()["results"] if r["id"] == claim.pk]
    own = client.get(f"/api/v1/claims/{claim.pk}/").json()
    assert row["tags"] == own["tags"] == [kept.slug]
