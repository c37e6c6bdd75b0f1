import pytest
from django.db import OperationalError

from claims.models import Outlet

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_is_ready_when_the_database_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["database"] is True


def test_readyz_names_a_broker_that_does_not_answer(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": True, "broker": False}
    assert response["Retry-After"]


def test_readyz_names_a_database_that_does_not_answer(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] is False


@pytest.mark.urls("tests.failing_urls")
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("path", "kind"), [("/boom/", "text/html"), ("/api/boom/", "json")])
def test_a_lost_database_gives_503_with_retry_after_and_no_half_written_rows(client, path, kind):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert kind in response["Content-Type"]
    assert "Traceback" not in response.content.decode()
    assert not Outlet.objects.filter(name="Half-written").exists()
