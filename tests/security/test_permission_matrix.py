"""Who may do what, cell by cell: every API endpoint and every admin page, for each persona,
reading and writing, on a draft and on a published object.

Each table row is one (endpoint, method, object state); its five cells are the answer the
anonymous public, a signed-in reader without a role, a fact-checker, an editor and a superuser
get. A refused write leaves the database exactly as it was; an accepted one changes it. A new
endpoint or admin page that the tables do not list fails the coverage tests at the end.
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.urls import resolve, reverse

from claims.models import CandidateClaim, Citation, Claim, ClaimLink, Outlet, Source, Tag
from config import api_urls
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    EventFactory,
    OutletFactory,
    PublishedClaimFactory,
    SourceFactory,
    TagFactory,
    TimelineFactory,
)
from timeline.models import DateFlag, DateReviewEvent, Event, Timeline

pytestmark = pytest.mark.django_db

PERSONAS = ("anonymous", "reader", "fact_checker", "editor", "staff")

# List cells: 200, and whether the row of that state is in the list.
SHOWN, HIDDEN = "shown", "hidden"


@pytest.fixture
def world(db):
    """One object of every kind in each state. "draft" is what only the newsroom may see: a
    claim not yet published (already given a verdict, so that it can be published), the source
    only it cites, an event on no published timeline, an unpublished timeline. "published" is
    the public counterpart of each. Outlets have no state ("any")."""
    published_story = TimelineFactory(slug="published-story", is_published=True)
    draft_story = TimelineFactory(slug="draft-story", is_published=False)
    public_source, private_source = SourceFactory(), SourceFactory()
    published = PublishedClaimFactory(review_body="Checked.")
    CitationFactory(claim=published, source=public_source)
    draft = ClaimFactory(verdict=Claim.Verdict.FALSE)
    CitationFactory(claim=draft, source=private_source)
    public_event = EventFactory(source=public_source)
    published_story.events.add(public_event)
    private_event = EventFactory(source=private_source)
    draft_story.events.add(private_event)
    return {
        ("claims", "draft"): draft,
        ("claims", "published"): published,
        ("sources", "draft"): private_source,
        ("sources", "published"): public_source,
        ("events", "draft"): private_event,
        ("events", "published"): public_event,
        ("timelines", "draft"): draft_story,
        ("timelines", "published"): published_story,
        ("outlets", "any"): public_source.outlet,
        ("claims", "missing"): Claim(pk=987654321),
    }


# The API. Paths are under /api/v1/; {key} is the id (or slug) of the object in that state.
#
#  path                          method  state        anonymous reader fact_checker editor staff
API = [
    ("",                            "GET",    "any",       200, 200, 200, 200, 200),
    ("",                            "POST",   "any",       405, 405, 405, 405, 405),
    ("schema/",                     "GET",    "any",       200, 200, 200, 200, 200),
    ("schema/",                     "POST",   "any",       405, 405, 405, 405, 405),
    ("docs/",                       "GET",    "any",       200, 200, 200, 200, 200),
    ("docs/",                       "POST",   "any",       405, 405, 405, 405, 405),
    ("dates/normalize/",            "GET",    "any",       405, 405, 405, 405, 405),
    ("dates/normalize/",            "POST",   "any",       200, 200, 200, 200, 200),
    ("no-such-endpoint/",           "GET",    "any",       404, 404, 404, 404, 404),
    # A claim that does not exist looks exactly like a draft to the public.
    ("claims/{key}/",               "GET",    "missing",   404, 404, 404, 404, 404),
    ("claims/{key}/",               "PATCH",  "missing",   401, 403, 404, 404, 404),
    ("claims/{key}/publish/",       "POST",   "missing",   401, 403, 403, 404, 404),
    # Claims: a draft does not exist for the public (404, never 403).
    ("claims/",                     "GET",    "draft",     HIDDEN, HIDDEN, SHOWN, SHOWN, SHOWN),
    ("claims/",                     "GET",    "published", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
    ("claims/",                     "POST",   "any",       401, 403, 201, 201, 201),
    ("claims/{key}/",               "GET",    "draft",     404, 404, 200, 200, 200),
    ("claims/{key}/",               "GET",    "published", 200, 200, 200, 200, 200),
    ("claims/{key}/",               "PATCH",  "draft",     401, 403, 200, 200, 200),
    ("claims/{key}/",               "PATCH",  "published", 401, 403, 200, 200, 200),
    ("claims/{key}/",               "PUT",    "draft",     401, 403, 405, 405, 405),
    ("claims/{key}/",               "PUT",    "published", 401, 403, 405, 405, 405),
    ("claims/{key}/",               "DELETE", "draft",     401, 403, 403, 204, 204),
    ("claims/{key}/",               "DELETE", "published", 401, 403, 403, 204, 204),
    ("claims/{key}/claimreview/",   "GET",    "draft",     404, 404, 404, 404, 404),
    ("claims/{key}/claimreview/",   "GET",    "published", 200, 200, 200, 200, 200),
    ("claims/{key}/claimreview/",   "POST",   "draft",     401, 403, 405, 405, 405),
    ("claims/{key}/claimreview/",   "POST",   "published", 401, 403, 405, 405, 405),
    ("claims/{key}/submit/",        "GET",    "draft",     401, 403, 405, 405, 405),
    ("claims/{key}/submit/",        "POST",   "draft",     401, 403, 200, 200, 200),
    ("claims/{key}/submit/",        "POST",   "published", 401, 403, 400, 400, 400),
    ("claims/{key}/verdict/",       "POST",   "draft",     401, 403, 403, 200, 200),
    ("claims/{key}/verdict/",       "POST",   "published", 401, 403, 403, 200, 200),
    ("claims/{key}/publish/",       "POST",   "draft",     401, 403, 403, 200, 200),
    ("claims/{key}/publish/",       "POST",   "published", 401, 403, 403, 200, 200),
    ("claims/{key}/send-back/",     "POST",   "draft",     401, 403, 403, 200, 200),
    ("claims/{key}/send-back/",     "POST",   "published", 401, 403, 403, 200, 200),
    ("claims/{key}/graph/",         "GET",    "draft",     404, 404, 200, 200, 200),
    ("claims/{key}/graph/",         "GET",    "published", 200, 200, 200, 200, 200),
    ("claims/{key}/graph/",         "POST",   "published", 401, 403, 405, 405, 405),
    ("claims/{key}/rank/",          "GET",    "published", 401, 403, 403, 405, 405),
    ("claims/{key}/rank/",          "POST",   "draft",     401, 403, 403, 200, 200),
    ("claims/{key}/rank/",          "POST",   "published", 401, 403, 403, 200, 200),
    # Sources: one cited only by a draft is private.
    ("sources/",                    "GET",    "draft",     HIDDEN, HIDDEN, SHOWN, SHOWN, SHOWN),
    ("sources/",                    "GET",    "published", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
    ("sources/",                    "POST",   "any",       401, 403, 201, 201, 201),
    ("sources/{key}/",              "GET",    "draft",     404, 404, 200, 200, 200),
    ("sources/{key}/",              "GET",    "published", 200, 200, 200, 200, 200),
    ("sources/{key}/",              "PATCH",  "draft",     401, 403, 200, 200, 200),
    ("sources/{key}/",              "PATCH",  "published", 401, 403, 200, 200, 200),
    ("sources/{key}/",              "PUT",    "draft",     401, 403, 405, 405, 405),
    ("sources/{key}/",              "PUT",    "published", 401, 403, 405, 405, 405),
    ("sources/{key}/",              "DELETE", "draft",     401, 403, 403, 204, 204),
    ("sources/{key}/",              "DELETE", "published", 401, 403, 403, 204, 204),
    # Outlets are public facts.
    ("outlets/",                    "GET",    "any",       SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
    ("outlets/",                    "POST",   "any",       401, 403, 201, 201, 201),
    ("outlets/{key}/",              "GET",    "any",       200, 200, 200, 200, 200),
    ("outlets/{key}/",              "PATCH",  "any",       401, 403, 200, 200, 200),
    ("outlets/{key}/",              "PUT",    "any",       401, 403, 405, 405, 405),
    ("outlets/{key}/",              "DELETE", "any",       401, 403, 403, 204, 204),
    # Events: public only on a published timeline.
    ("events/",                     "GET",    "draft",     HIDDEN, HIDDEN, SHOWN, SHOWN, SHOWN),
    ("events/",                     "GET",    "published", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
    ("events/",                     "POST",   "any",       401, 403, 201, 201, 201),
    ("events/{key}/",               "GET",    "draft",     404, 404, 200, 200, 200),
    ("events/{key}/",               "GET",    "published", 200, 200, 200, 200, 200),
    ("events/{key}/",               "PATCH",  "draft",     401, 403, 200, 200, 200),
    ("events/{key}/",               "PATCH",  "published", 401, 403, 200, 200, 200),
    ("events/{key}/",               "PUT",    "draft",     401, 403, 405, 405, 405),
    ("events/{key}/",               "PUT",    "published", 401, 403, 405, 405, 405),
    ("events/{key}/",               "DELETE", "draft",     401, 403, 403, 204, 204),
    ("events/{key}/",               "DELETE", "published", 401, 403, 403, 204, 204),
    # Timelines are read-only in the API; they are written and published in the admin.
    ("timelines/",                  "GET",    "draft",     HIDDEN, HIDDEN, SHOWN, SHOWN, SHOWN),
    ("timelines/",                  "GET",    "published", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN),
    ("timelines/",                  "POST",   "any",       401, 403, 405, 405, 405),
    ("timelines/{key}/",            "GET",    "draft",     404, 404, 200, 200, 200),
    ("timelines/{key}/",            "GET",    "published", 200, 200, 200, 200, 200),
    ("timelines/{key}/",            "PATCH",  "draft",     401, 403, 405, 405, 405),
    ("timelines/{key}/",            "PATCH",  "published", 401, 403, 405, 405, 405),
    ("timelines/{key}/",            "DELETE", "draft",     401, 403, 403, 405, 405),
    ("timelines/{key}/",            "DELETE", "published", 401, 403, 403, 405, 405),
    ("timelines/{key}/timelinejs/", "GET",    "draft",     404, 404, 200, 200, 200),
    ("timelines/{key}/timelinejs/", "GET",    "published", 200, 200, 200, 200, 200),
    ("timelines/{key}/timelinejs/", "POST",   "draft",     401, 403, 405, 405, 405),
    ("timelines/{key}/timelinejs/", "POST",   "published", 401, 403, 405, 405, 405),
]  # fmt: skip


RESOURCES = {"claims", "sources", "outlets", "events", "timelines"}


def write_body(path, method, obj):
    """A valid body for the write, naming the object's current version where it has one."""
    resource = path.split("/")[0]
    if method == "POST" and resource in RESOURCES and path == f"{resource}/":
        return {
            "claims": {"statement": "New claim", "language": "en"},
            "sources": {"title": "New source"},
            "outlets": {"name": "New outlet"},
            "events": {"title": "New event"},
            "timelines": {"title": "New story", "slug": "new-story"},
        }[resource]
    if path.endswith("verdict/"):
        return {"verdict": "mostly_false", "review_body": "Changed."}
    if path.endswith("rank/"):
        return {"rank": "deprecated", "reason": "Superseded."}
    if path == "dates/normalize/":
        return {"text": "W sierpniu", "anchor": "2018-09-20", "lang": "pl"}
    if method in ("PATCH", "PUT"):
        field = {"outlets": "name", "events": "title", "timelines": "title"}.get(resource, "title")
        body = {"summary" if resource == "claims" else field: "Changed"}
        if method == "PUT" and resource == "claims":
            body.update(statement="Changed", language="en")
        if hasattr(obj, "version"):
            body["version"] = obj.version
        return body
    return None


def snapshot():
    """Every row the API can write, as it stands."""
    return {
        model.__name__: list(model.all_objects.order_by("pk").values())
        for model in (Claim, Citation, Source, Outlet, Event, Timeline)
    }


def ask(api, user, method, url, body, obj):
    client = api(user)
    headers = {}
    if method == "DELETE" and hasattr(obj, "version"):
        headers["HTTP_IF_MATCH"] = f'"v{obj.version}-"'
    return getattr(client, method.lower())(url, body, format="json", **headers)


@pytest.mark.parametrize(
    "path, method, state, expected",
    [(path, method, state, cells) for path, method, state, *cells in API],
    ids=[f"{method} {path or '/'} {state}" for path, method, state, *_ in API],
)
def test_api_cell(request, api, world, path, method, state, expected):
    obj = world.get((path.split("/")[0], state))
    url = "/api/v1/" + path.replace(
        "{key}", str(getattr(obj, "slug", None) or obj.pk if obj else "")
    )
    answers = {}
    for persona, cell in zip(PERSONAS, expected, strict=True):
        user = request.getfixturevalue(persona) if persona != "anonymous" else None
        before = snapshot()
        # Each persona acts on the world as the fixture made it.
        savepoint = transaction.savepoint()
        try:
            response = ask(api, user, method, url, write_body(path, method, obj), obj)
            changed = snapshot() != before
            listed = None
            if cell in (SHOWN, HIDDEN):
                ids = {row.get("id") for row in response.json()["results"]}
                listed = SHOWN if obj is None or obj.pk in ids else HIDDEN
        finally:
            transaction.savepoint_rollback(savepoint)
        answers[persona] = (
            listed
            if cell in (SHOWN, HIDDEN) and response.status_code == 200
            else (response.status_code)
        )
        if method not in ("GET", "HEAD"):
            writes = response.status_code in (200, 201, 204) and path != "dates/normalize/"
            assert changed == writes, f"{persona}: {method} {url} {response.status_code}"
        else:
            assert not changed, f"{persona}: a read changed the database"
    assert answers == dict(zip(PERSONAS, expected, strict=True))


# The admin. Anonymous visitors and readers (not staff) are sent to the login page (302). Pages
# are named as Django names them: <app>_<model>_<page>. {key} is the object in that state.
LOGIN = 302
#  page                                  method  state        anonymous reader fact_checker editor staff
ADMIN = [
    ("index",                              "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("app_list:claims",                    "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("app_list:timeline",                  "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("app_list:auth",                      "GET",  "any",       LOGIN, LOGIN, 404, 404, 200),
    ("autocomplete:claims.claim.tags",     "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    # Claims, draft and published alike: editors alone delete; nobody writes history back.
    ("claims_claim_changelist",            "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_add",                   "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_add",                   "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_change",                "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_change",                "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_change",                "POST", "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_change",                "POST", "published", LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_rank",                  "GET",  "draft",     LOGIN, LOGIN, 403, 200, 200),
    ("claims_claim_rank",                  "POST", "published", LOGIN, LOGIN, 403, 200, 200),
    ("claims_claim_delete",                "GET",  "draft",     LOGIN, LOGIN, 403, 200, 200),
    ("claims_claim_delete",                "GET",  "published", LOGIN, LOGIN, 403, 200, 200),
    ("claims_claim_delete",                "POST", "draft",     LOGIN, LOGIN, 403, 302, 302),
    ("claims_claim_delete",                "POST", "published", LOGIN, LOGIN, 403, 302, 302),
    ("claims_claim_history",               "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_history",               "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_simple_history",        "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_simple_history",        "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("claims_claim_simple_history",        "POST", "draft",     LOGIN, LOGIN, 403, 403, 403),
    ("claims_claim_simple_history",        "POST", "published", LOGIN, LOGIN, 403, 403, 403),
    # The importer's candidates, the article import page.
    ("claims_candidateclaim_changelist",   "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_candidateclaim_add",          "GET",  "any",       LOGIN, LOGIN, 403, 403, 403),
    ("claims_candidateclaim_change",       "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_candidateclaim_change",       "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_candidateclaim_rank",         "GET",  "any",       LOGIN, LOGIN, 403, 200, 200),
    ("claims_candidateclaim_rank",         "POST", "any",       LOGIN, LOGIN, 403, 200, 200),
    ("claims_candidateclaim_delete",       "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
    ("claims_candidateclaim_delete",       "POST", "any",       LOGIN, LOGIN, 403, 403, 302),
    # A candidate's history is its claim's: the proxy's history pages send there.
    ("claims_candidateclaim_history",      "GET",  "any",       LOGIN, LOGIN, 302, 302, 302),
    ("claims_candidateclaim_simple_history", "GET", "any",      LOGIN, LOGIN, 302, 302, 302),
    ("claims_candidateclaim_simple_history", "POST", "any",     LOGIN, LOGIN, 403, 403, 403),
    ("claims_candidateclaim_accept",       "GET",  "any",       LOGIN, LOGIN, 405, 405, 405),
    ("claims_candidateclaim_accept",       "POST", "any",       LOGIN, LOGIN, 302, 302, 302),
    ("claims_candidateclaim_discard",      "POST", "any",       LOGIN, LOGIN, 302, 302, 302),
    ("claims_claimlink_changelist",        "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_claimlink_add",               "GET",  "any",       LOGIN, LOGIN, 403, 403, 403),
    ("claims_claimlink_change",            "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_claimlink_change",            "POST", "any",       LOGIN, LOGIN, 403, 403, 403),
    ("claims_claimlink_delete",            "GET",  "any",       LOGIN, LOGIN, 403, 403, 403),
    ("claims_claimlink_delete",            "POST", "any",       LOGIN, LOGIN, 403, 403, 403),
    ("claims_claimlink_history",           "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_claimlink_simple_history",    "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_claimlink_simple_history",    "POST", "any",       LOGIN, LOGIN, 403, 403, 403),
    ("claims_claimlink_accept",            "GET",  "any",       LOGIN, LOGIN, 405, 405, 405),
    ("claims_claimlink_accept",            "POST", "any",       LOGIN, LOGIN, 302, 302, 302),
    ("claims_claimlink_reject",            "POST", "any",       LOGIN, LOGIN, 302, 302, 302),
    ("claims_import_article",              "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("claims_import_article",              "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
    # Plain newsroom records.
    *[
        row
        for model in ("citation", "source", "outlet", "tag")
        for row in [
            (f"claims_{model}_changelist",     "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
            (f"claims_{model}_add",            "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
            (f"claims_{model}_add",            "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
            (f"claims_{model}_change",         "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
            (f"claims_{model}_change",         "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
            (f"claims_{model}_delete",         "GET",  "any",       LOGIN, LOGIN, 403, 200, 200),
            (f"claims_{model}_delete",         "POST", "any",       LOGIN, LOGIN, 403, 302, 302),
            (f"claims_{model}_history",        "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
            (f"claims_{model}_simple_history", "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
            (f"claims_{model}_simple_history", "POST", "any",       LOGIN, LOGIN, 403, 403, 403),
        ]
    ],
    # Events, and the dates needing a fact-checker's eye.
    ("timeline_event_changelist",          "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_add",                 "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_add",                 "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_change",              "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_change",              "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_change",              "POST", "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_change",              "POST", "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_delete",              "GET",  "draft",     LOGIN, LOGIN, 403, 200, 200),
    ("timeline_event_delete",              "GET",  "published", LOGIN, LOGIN, 403, 200, 200),
    ("timeline_event_delete",              "POST", "draft",     LOGIN, LOGIN, 403, 302, 302),
    ("timeline_event_delete",              "POST", "published", LOGIN, LOGIN, 403, 302, 302),
    ("timeline_event_history",             "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_history",             "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_simple_history",      "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_simple_history",      "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_simple_history",      "POST", "draft",     LOGIN, LOGIN, 403, 403, 403),
    ("timeline_event_simple_history",      "POST", "published", LOGIN, LOGIN, 403, 403, 403),
    ("timeline_datereviewevent_changelist", "GET", "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_datereviewevent_add",       "GET",  "any",       LOGIN, LOGIN, 403, 403, 403),
    ("timeline_datereviewevent_change",    "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_datereviewevent_change",    "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_datereviewevent_delete",    "GET",  "any",       LOGIN, LOGIN, 403, 200, 200),
    ("timeline_datereviewevent_delete",    "POST", "any",       LOGIN, LOGIN, 403, 302, 302),
    ("timeline_datereviewevent_history",   "GET",  "any",       LOGIN, LOGIN, 302, 302, 302),
    ("timeline_datereviewevent_simple_history", "GET", "any",   LOGIN, LOGIN, 302, 302, 302),
    ("timeline_datereviewevent_simple_history", "POST", "any",  LOGIN, LOGIN, 403, 403, 403),
    ("timeline_datereviewevent_choose_reference", "GET", "any", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_choose_reference",    "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_choose_reference",    "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_event_choose_reference",    "POST", "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_dateflag_changelist",       "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_dateflag_add",              "GET",  "any",       LOGIN, LOGIN, 403, 403, 403),
    ("timeline_dateflag_change",           "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_dateflag_change",           "POST", "any",       LOGIN, LOGIN, 403, 403, 403),
    ("timeline_dateflag_delete",           "GET",  "any",       LOGIN, LOGIN, 403, 403, 403),
    ("timeline_dateflag_delete",           "POST", "any",       LOGIN, LOGIN, 403, 403, 403),
    ("timeline_dateflag_history",          "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    # Timelines: fact-checkers edit them; publishing is the editors' (see the action tests).
    ("timeline_timeline_changelist",       "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_add",              "GET",  "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_add",              "POST", "any",       LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_change",           "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_change",           "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_change",           "POST", "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_change",           "POST", "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_delete",           "GET",  "draft",     LOGIN, LOGIN, 403, 200, 200),
    ("timeline_timeline_delete",           "GET",  "published", LOGIN, LOGIN, 403, 200, 200),
    ("timeline_timeline_delete",           "POST", "draft",     LOGIN, LOGIN, 403, 302, 302),
    ("timeline_timeline_delete",           "POST", "published", LOGIN, LOGIN, 403, 302, 302),
    ("timeline_timeline_history",          "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_history",          "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_simple_history",   "GET",  "draft",     LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_simple_history",   "GET",  "published", LOGIN, LOGIN, 200, 200, 200),
    ("timeline_timeline_simple_history",   "POST", "draft",     LOGIN, LOGIN, 403, 403, 403),
    ("timeline_timeline_simple_history",   "POST", "published", LOGIN, LOGIN, 403, 403, 403),
    # Accounts, groups, tokens and the login log: superusers only.
    *[
        row
        for model in ("auth_user", "auth_group", "authtoken_tokenproxy")
        for row in [
            (f"{model}_changelist",            "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_add",                   "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_add",                   "POST", "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_change",                "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_change",                "POST", "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_delete",                "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_delete",                "POST", "any",       LOGIN, LOGIN, 403, 403, 302),
            (f"{model}_history",               "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
        ]
    ],
    ("auth_user_password_change",          "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
    ("auth_user_password_change",          "POST", "any",       LOGIN, LOGIN, 403, 403, 200),
    *[
        row
        for model in ("axes_accessattempt", "axes_accesslog", "axes_accessfailurelog")
        for row in [
            (f"{model}_changelist",            "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_add",                   "GET",  "any",       LOGIN, LOGIN, 403, 403, 403),
            (f"{model}_change",                "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
            # Every field is read-only: a superuser's save writes nothing.
            (f"{model}_change",                "POST", "any",       LOGIN, LOGIN, 403, 403, 302),
            (f"{model}_delete",                "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
            (f"{model}_delete",                "POST", "any",       LOGIN, LOGIN, 403, 403, 302),
            (f"{model}_history",               "GET",  "any",       LOGIN, LOGIN, 403, 403, 200),
        ]
    ],
]  # fmt: skip

# Admin addresses that are not pages about records: signing in and out, the JavaScript
# catalogue, and the redirect to a record's public page.
NOT_RECORD_PAGES = {
    "login",
    "logout",
    "password_change",
    "password_change_done",
    "jsi18n",
    "view_on_site",
}


@pytest.fixture
def admin_world(world, editor):
    """The API's world plus one row for every other model the admin shows."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from rest_framework.authtoken.models import Token, TokenProxy

    candidate = ClaimFactory(is_candidate=True)
    CitationFactory(claim=candidate)
    unreadable = EventFactory(date_text="kiedyś tam")
    Event.objects.filter(pk=unreadable.pk).update(date_status="unparsed")
    account = User.objects.create_user("someone-else", password="x" * 20)
    Token.objects.create(user=account)
    seen = {"username": "someone-else", "ip_address": "192.0.2.1", "user_agent": "test"}
    first, second = sorted((world[("claims", "draft")], world[("claims", "published")]), key=pk)
    objects = {
        **{(kind, state): obj for (kind, state), obj in world.items()},
        ("claim", "draft"): world[("claims", "draft")],
        ("claim", "published"): world[("claims", "published")],
        ("event", "draft"): world[("events", "draft")],
        ("event", "published"): world[("events", "published")],
        ("timeline", "draft"): world[("timelines", "draft")],
        ("timeline", "published"): world[("timelines", "published")],
        ("candidateclaim", "any"): CandidateClaim.objects.get(pk=candidate.pk),
        ("claimlink", "any"): ClaimLink.objects.create(claim=first, other=second, score=0.7),
        ("citation", "any"): world[("claims", "published")].citations.get(),
        # Nothing cites these, so the admin lets them be deleted (it refuses while a protected
        # reference remains, even though deleting only moves a row to the bin).
        ("source", "any"): SourceFactory(outlet=None),
        ("outlet", "any"): OutletFactory(),
        ("tag", "any"): TagFactory(),
        ("datereviewevent", "any"): DateReviewEvent.objects.get(pk=unreadable.pk),
        ("dateflag", "any"): DateFlag.objects.create(
            event=unreadable, kind=DateFlag.Kind.UNDATED_SOURCE, detail="no publication date"
        ),
        ("user", "any"): account,
        ("group", "any"): Group.objects.get(name="editors"),
        ("tokenproxy", "any"): TokenProxy.objects.get(user=account),
        ("accessattempt", "any"): AccessAttempt.objects.create(
            **seen, failures_since_start=1, get_data="", post_data=""
        ),
        ("accesslog", "any"): AccessLog.objects.create(**seen),
        ("accessfailurelog", "any"): AccessFailureLog.objects.create(**seen),
    }
    return objects


def pk(obj):
    return obj.pk


def admin_url(page, obj):
    if page == "index":
        return reverse("admin:index")
    if page.startswith("app_list:"):
        return reverse("admin:app_list", args=[page.split(":")[1]])
    if page.startswith("autocomplete:"):
        app, model, field = page.split(":")[1].split(".")
        query = f"app_label={app}&model_name={model}&field_name={field}&term=a"
        return reverse("admin:autocomplete") + "?" + query
    if page == "claims_import_article":
        return reverse("admin:claims_import_article")
    if page.endswith(("_changelist", "_add")):
        return reverse(f"admin:{page}")
    if page.endswith("_simple_history"):
        version = obj.history.earliest("history_date").history_id
        return reverse(f"admin:{page}", args=[obj.pk, version])
    return reverse(f"admin:{page}", args=[obj.pk])


def admin_snapshot():
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from rest_framework.authtoken.models import Token

    models = (Claim, Citation, Source, Outlet, Tag, Event, Timeline)
    rows = {model.__name__: list(model.all_objects.order_by("pk").values()) for model in models}
    for model in (User, Group, Token, AccessAttempt, AccessLog, AccessFailureLog, ClaimLink):
        rows[model.__name__] = list(model.objects.order_by("pk").values())
    return rows


def admin_object(page, state, objects):
    if page.startswith(("index", "app_list", "autocomplete", "claims_import")):
        return None
    model = page.split("_")[1] if page.count("_") >= 2 else None
    if page.startswith(("auth_user_password", "auth_user")):
        model = "user"
    return objects.get((model, state)) or objects.get((model, "any"))


@pytest.mark.parametrize(
    "page, method, state, expected",
    [(page, method, state, cells) for page, method, state, *cells in ADMIN],
    ids=[f"{method} {page} {state}" for page, method, state, *_ in ADMIN],
)
def test_admin_cell(request, client, admin_world, page, method, state, expected):
    obj = admin_object(page, state, admin_world)
    url = admin_url(page, obj)
    body = {"post": "yes"} if page.endswith("_delete") else {}
    answers = {}
    for persona in PERSONAS:
        client.logout()
        if persona != "anonymous":
            client.force_login(request.getfixturevalue(persona))
        before = admin_snapshot()
        savepoint = transaction.savepoint()
        try:
            response = client.post(url, body) if method == "POST" else client.get(url)
            changed = admin_snapshot() != before
        finally:
            transaction.savepoint_rollback(savepoint)
        answers[persona] = response.status_code
        where = f"{persona}: {method} {url} {response.status_code}"
        if persona in ("anonymous", "reader"):
            assert response["Location"].startswith(reverse("admin:login")), where
        if persona in ("anonymous", "reader") or response.status_code in (403, 404, 405):
            assert not changed, where
        elif method == "POST" and page.endswith(("_delete", "_accept", "_discard", "_reject")):
            assert changed, where
        elif response.status_code == 200:
            # Reads, and forms sent empty: they come back with errors and write nothing.
            assert not changed, where
    assert answers == dict(zip(PERSONAS, expected, strict=True))


# Public pages do not depend on who asks: a draft is not there, even for an editor.
#  path                            state        anonymous reader fact_checker editor staff
PAGES = [
    ("claims/{claims}/",             "draft",     404, 404, 404, 404, 404),
    ("claims/{claims}/",             "published", 200, 200, 200, 200, 200),
    ("sources/{sources}/",           "draft",     404, 404, 404, 404, 404),
    ("sources/{sources}/",           "published", 200, 200, 200, 200, 200),
    ("timelines/{timelines}/",       "draft",     404, 404, 404, 404, 404),
    ("timelines/{timelines}/",       "published", 200, 200, 200, 200, 200),
    ("timelines/{timelines}/feed/",  "draft",     404, 404, 404, 404, 404),
    ("timelines/{timelines}/feed/",  "published", 200, 200, 200, 200, 200),
]  # fmt: skip


@pytest.mark.parametrize(
    "path, state, expected",
    [(path, state, cells) for path, state, *cells in PAGES],
    ids=[f"{path} {state}" for path, state, *_ in PAGES],
)
def test_public_page_cell(request, client, world, path, state, expected):
    from django.core.cache import cache

    resource = path.split("{")[1].split("}")[0]
    obj = world[(resource, state)]
    url = "/" + path.replace(f"{{{resource}}}", str(getattr(obj, "slug", None) or obj.pk))
    answers = {}
    for persona in PERSONAS:
        cache.clear()
        client.logout()
        if persona != "anonymous":
            client.force_login(request.getfixturevalue(persona))
        answers[persona] = client.get(url).status_code
    assert answers == dict(zip(PERSONAS, expected, strict=True))


# Nothing is missing from the tables


def route_names(patterns, prefix=""):
    names = set()
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            names |= route_names(pattern.url_patterns)
        elif pattern.name:
            names.add(pattern.name)
    return names


def test_every_api_endpoint_has_rows_in_the_table(world):
    covered = set()
    for path, *_ in API:
        url = "/api/v1/" + path.replace("{key}", "1")
        covered.add(resolve(url).url_name)

    assert route_names(api_urls.urlpatterns) - covered == set()


def test_every_admin_page_has_rows_in_the_table():
    covered = {page.split(":")[0] for page, *_ in ADMIN}

    assert route_names(admin.site.get_urls()) - covered - NOT_RECORD_PAGES == set()


def test_every_write_method_an_endpoint_offers_has_a_row():
    """An endpoint that starts accepting PUT (or anything else) needs its cells too."""
    rows = {(resolve("/api/v1/" + path.replace("{key}", "1")).url_name, m) for path, m, *_ in API}
    for pattern in api_urls.router.urls:
        view = pattern.callback
        for method in set(getattr(view, "actions", {})) - {"head", "options"}:
            assert (pattern.name, method.upper()) in rows, (pattern.name, method)


# Through relations: a public object never names a private one


def test_a_public_event_does_not_reveal_the_draft_claims_and_timelines_it_is_on(api, world):
    event = world[("events", "published")]
    draft = world[("claims", "draft")]
    event.claims.add(draft, world[("claims", "published")])
    world[("timelines", "draft")].events.add(event)

    body = api().get(f"/api/v1/events/{event.pk}/").json()

    assert body["claims"] == [world[("claims", "published")].pk]
    assert body["timelines"] == ["published-story"]


def test_a_published_claim_does_not_reveal_its_private_events(api, world):
    claim = world[("claims", "published")]
    claim.events.add(world[("events", "draft")], world[("events", "published")])

    body = api().get(f"/api/v1/claims/{claim.pk}/").json()

    assert body["events"] == [world[("events", "published")].pk]


@pytest.mark.parametrize(
    "query",
    ["review_status=draft", "event={private_event}", "timeline=draft-story", "source={private}"],
)
def test_filters_do_not_let_the_public_find_drafts(api, world, query):
    world[("claims", "draft")].events.add(world[("events", "draft")])
    query = query.format(
        private_event=world[("events", "draft")].pk, private=world[("sources", "draft")].pk
    )

    body = api().get(f"/api/v1/claims/?{query}").json()

    assert body["results"] == []


def test_the_csv_export_holds_no_draft(api, world):
    response = api().get("/api/v1/claims/", {"format": "csv"})
    text = b"".join(response.streaming_content).decode()

    assert world[("claims", "draft")].statement not in text
    assert world[("claims", "published")].statement in text


def test_people_are_named_only_to_the_newsroom(api, world, editor, reader):
    claim = world[("claims", "published")]
    Claim.objects.filter(pk=claim.pk).update(created_by=editor, reviewed_by=editor)

    public = api(reader).get(f"/api/v1/claims/{claim.pk}/").json()
    newsroom = api(editor).get(f"/api/v1/claims/{claim.pk}/").json()

    assert (public["created_by"], public["reviewed_by"]) == (None, None)
    assert (newsroom["created_by"], newsroom["reviewed_by"]) == ("editor", "editor")


# No mass assignment: what the workflow owns cannot be written as a field


CLAIM_OWNED = {
    "review_status": "published",
    "verdict": "true",
    "rating": 5,
    "created_by": 1,
    "reviewed_by": 1,
    "reviewed_at": "2018-01-01T00:00:00Z",
    "published_at": "2018-01-01T00:00:00Z",
    "deleted_at": "2018-01-01T00:00:00Z",
    "deleted_by": 1,
    "is_candidate": True,
    "id": 999,
    "created_at": "2000-01-01T00:00:00Z",
    "updated_at": "2000-01-01T00:00:00Z",
}
EVENT_OWNED = {
    "date_status": "confirmed",
    "date_start": "2017-01-01",
    "date_end": "2017-12-31",
    "date_granularity": "year",
    "deleted_at": "2018-01-01T00:00:00Z",
    "created_by": 1,
    "id": 999,
}
SOURCE_OWNED = {"text_hash": "0" * 64, "deleted_at": "2018-01-01T00:00:00Z", "id": 999}


@pytest.mark.parametrize("field, value", CLAIM_OWNED.items())
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_claim_fields_the_workflow_owns_cannot_be_written(api, world, editor, method, field, value):
    claim = world[("claims", "draft")]
    before = snapshot()
    client = api(editor)
    if method == "POST":
        response = client.post(
            "/api/v1/claims/", {"statement": "S", "language": "en", field: value}, format="json"
        )
    else:
        response = client.patch(
            f"/api/v1/claims/{claim.pk}/", {field: value, "version": claim.version}, format="json"
        )

    assert response.status_code == 400
    assert field in response.json()
    assert snapshot() == before


@pytest.mark.parametrize("field, value", EVENT_OWNED.items())
def test_event_fields_the_workflow_owns_cannot_be_written(api, world, fact_checker, field, value):
    event = world[("events", "draft")]
    before = snapshot()

    response = api(fact_checker).patch(
        f"/api/v1/events/{event.pk}/", {field: value, "version": event.version}, format="json"
    )

    assert response.status_code == 400
    assert field in response.json()
    assert snapshot() == before


@pytest.mark.parametrize("field, value", SOURCE_OWNED.items())
def test_source_fields_the_record_owns_cannot_be_written(api, world, fact_checker, field, value):
    source = world[("sources", "draft")]
    before = snapshot()

    response = api(fact_checker).patch(
        f"/api/v1/sources/{source.pk}/", {field: value, "version": source.version}, format="json"
    )

    assert response.status_code == 400
    assert field in response.json()
    assert snapshot() == before


def test_a_fact_checker_cannot_publish_through_a_verdict_body(api, world, fact_checker):
    claim = world[("claims", "draft")]

    response = api(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/verdict/",
        {"verdict": "true", "review_status": "published"},
        format="json",
    )

    assert response.status_code == 403
    claim.refresh_from_db()
    assert (claim.review_status, claim.verdict) == ("draft", "false")


# The admin's own ways to publish or restore are the editors'


def changelist_action(client, page, action, obj):
    return client.post(
        reverse(f"admin:{page}_changelist")
        + ("?bin=deleted" if action == "restore_selected" else ""),
        {"action": action, "_selected_action": [obj.pk], "index": 0},
    )


@pytest.mark.parametrize(
    "persona, published", [("fact_checker", False), ("editor", True), ("staff", True)]
)
def test_only_editors_publish_claims_from_the_admin_list(
    client, request, world, persona, published
):
    claim = world[("claims", "draft")]
    client.force_login(request.getfixturevalue(persona))

    changelist_action(client, "claims_claim", "publish_selected", claim)

    claim.refresh_from_db()
    assert (claim.review_status == "published") is published


@pytest.mark.parametrize(
    "persona, published", [("fact_checker", False), ("editor", True), ("staff", True)]
)
def test_only_editors_publish_timelines_from_the_admin_list(
    client, request, world, persona, published
):
    timeline = world[("timelines", "draft")]
    client.force_login(request.getfixturevalue(persona))

    changelist_action(client, "timeline_timeline", "publish_selected", timeline)

    timeline.refresh_from_db()
    assert timeline.is_published is published


def test_a_fact_checker_cannot_publish_a_timeline_through_its_form(client, world, fact_checker):
    timeline = world[("timelines", "draft")]
    client.force_login(fact_checker)

    client.post(
        reverse("admin:timeline_timeline_change", args=[timeline.pk]),
        {
            "title": timeline.title,
            "slug": timeline.slug,
            "is_published": "on",
            "Timeline_events-TOTAL_FORMS": "0",
            "Timeline_events-INITIAL_FORMS": "0",
        },
    )

    timeline.refresh_from_db()
    assert timeline.is_published is False


def test_a_fact_checker_cannot_give_a_verdict_through_the_claim_form(client, world, fact_checker):
    claim = world[("claims", "draft")]
    client.force_login(fact_checker)

    client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        {
            "statement": claim.statement,
            "language": claim.language,
            "verdict": "true",
            "review_body": "Mine.",
            "expected_version": claim.version,
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
        },
    )

    claim.refresh_from_db()
    assert (claim.verdict, claim.review_body) == ("false", "")


@pytest.mark.parametrize("persona, restored", [("fact_checker", False), ("editor", True)])
def test_only_editors_restore_from_the_bin(client, request, world, persona, restored):
    from claims import services

    claim = world[("claims", "published")]
    services.move_to_bin(obj=claim, by=request.getfixturevalue("editor"))
    client.force_login(request.getfixturevalue(persona))

    changelist_action(client, "claims_claim", "restore_selected", claim)

    assert (Claim.all_objects.get(pk=claim.pk).deleted_at is None) is restored


def test_a_fact_checker_cannot_republish_a_withdrawn_claim_by_reverting_its_history(
    client, world, fact_checker, editor
):
    """simple-history's revert form saved the whole past row for anyone who could view it."""
    from claims import services

    claim = world[("claims", "published")]
    published_version = claim.history.first()
    services.send_back_to_review(claim=claim, by=editor)
    client.force_login(fact_checker)

    response = client.post(
        reverse("admin:claims_claim_simple_history", args=[claim.pk, published_version.history_id]),
        {
            "statement": claim.statement,
            "language": claim.language,
            "expected_version": claim.version + 1,
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.review_status == "in_review"
