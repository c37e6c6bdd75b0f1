"""The Celery application. Settings come from Django's, under the CELERY_ prefix."""

import os

from celery import Celery
from celery.signals import task_postrun, task_prerun

# Set before the app is created so that Celery installs its Django task class
# (which provides delay_on_commit).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("chronicle")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
@task_postrun.connect
def close_old_connections(sender, **kwargs):
    """What Django does around a request: drop a connection that is older than CONN_MAX_AGE or
    was broken by an error, and check the next one's health before use (CONN_HEALTH_CHECKS).
    A task run in-process (no broker) is part of its caller's work and leaves it alone."""
    if getattr(sender.request, "is_eager", False):
        return
    from django.db import close_old_connections

    close_old_connections()


@task_prerun.connect
def settle_owed_bump(sender, **kwargs):
    """A worker that could not tell the page cache about a change it wrote (Redis was cut off)
    tells it before its next task."""
    from timeline.pagecache import settle_owed_bump

    settle_owed_bump()
