"""URLs that fail on purpose, for testing how failures reach the user."""

from django.db import OperationalError
from django.urls import include, path

from claims.models import Outlet


def write_then_lose_the_database(request):
    Outlet.objects.create(name="Half-written")
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [
    path("boom/", write_then_lose_the_database),
    path("api/boom/", write_then_lose_the_database),
    path("", include("config.urls")),
]
