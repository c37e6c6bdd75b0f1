"""The Celery application. Settings come from Django's, under the CELERY_ prefix."""

import os

from celery import Celery

# Set before the app is created so that Celery installs its Django task class
# (which provides delay_on_commit).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("chronicle")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
