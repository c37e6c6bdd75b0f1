"""The API under /api/v1/: resources, the date normaliser, the OpenAPI schema and its docs."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from claims.api import ClaimViewSet, OutletViewSet, SourceViewSet
from config.api import not_found
from timeline.api import DateNormaliseApi, EventViewSet, TimelineViewSet

app_name = "api"

router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")
router.register("sources", SourceViewSet, basename="source")
router.register("outlets", OutletViewSet, basename="outlet")
router.register("events", EventViewSet, basename="event")
router.register("timelines", TimelineViewSet, basename="timeline")

urlpatterns = [
    path("dates/normalize/", DateNormaliseApi.as_view(), name="dates-normalize"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file: the CSP allows no inline script.
    # (Redoc is not offered: it injects inline styles, which the CSP blocks.)
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
    # Last: an address under the API that names nothing answers JSON, like every other API
    # error, not the site's HTML page. Only paths ending in a slash, so that Django still
    # redirects "/api/v1/claims" to "/api/v1/claims/".
    re_path(r"^.*/$", not_found, name="not-found"),
]
