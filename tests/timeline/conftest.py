"""Fixtures for the date pipeline: real Celery workers on the test database and Redis, a broker
moved elsewhere, and the roles transactional tests need."""

import os
import signal
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection

from claims.roles import ensure_roles
from config.celery import app

PROJECT_ROOT = Path(settings.BASE_DIR)
READY_TIMEOUT = 60


class WorkerProcess:
    """`celery -A config worker` with its pool, in a process group of its own."""

    def __init__(self, env, log_path, *, beat=False, schedule_path=None):
        self.log_path = log_path
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--concurrency=1",
            "--pool=prefork",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            f"--hostname=test-{uuid.uuid4().hex[:8]}@%h",
        ]
        if beat:
            command += ["--beat", f"--schedule={schedule_path}"]
        self._log = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self):
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if " ready." in self.log():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"The worker did not start:\n{self.log()[-3000:]}")

    def kill(self):
        """SIGKILL to the main process and its pool: no chance to acknowledge or clean up."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()


def worker_database_url() -> str:
    """DATABASE_URL for the database pytest-django created, which the worker must use."""
    db = connection.settings_dict
    credentials = db["USER"] or ""
    if db["PASSWORD"]:
        credentials += f":{db['PASSWORD']}"
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or 5432
    return f"postgres://{credentials}@{host}:{port}/{db['NAME']}"


@pytest.fixture
def restored_roles(transactional_db):
    """Content types, permissions and the role groups, made again if missing.

    Transactional tests end with a flush that empties every table, including what the
    migrations filled; after a flush that skipped post_migrate (serialized_rollback) even the
    permissions are gone, which the personas' own check does not repair.
    """
    ContentType.objects.clear_cache()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    ensure_roles()


@pytest.fixture
def start_worker(transactional_db, tmp_path):
    """Start real workers: `start_worker(beat=False, **env)` returns a ready WorkerProcess.

    The worker reads the test database (rows must be committed: use transactional_db) and the
    broker at REDIS_URL, emptied first so no message from an earlier run is picked up. Extra
    keyword arguments become environment variables (DATES_BATCH_SIZE=...). Every worker is
    stopped before the database is flushed.
    """
    _empty_broker()
    workers = []

    def start(*, beat=False, **extra_env):
        env = {
            **os.environ,
            "DATABASE_URL": worker_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "PYTHONUNBUFFERED": "1",
            **{key: str(value) for key, value in extra_env.items()},
        }
        number = len(workers) + 1
        worker = WorkerProcess(
            env,
            tmp_path / f"worker-{number}.log",
            beat=beat,
            schedule_path=tmp_path / f"beat-schedule-{number}",
        )
        workers.append(worker)
        worker.wait_ready()
        return worker

    yield start
    for worker in workers:
        worker.stop()
    _empty_broker()


def _empty_broker():
    app.control.purge()
    # Messages a killed worker held are kept apart until restored; drop those too.
    with app.connection_for_write() as conn:
        conn.default_channel.client.delete("unacked", "unacked_index", "unacked_mutex")


@pytest.fixture
def broker_at():
    """`with broker_at(url):` points this process's Celery app at another broker (publishing
    for real, not in-process), with fresh connection pools, and back afterwards."""

    @contextmanager
    def pointed_at(url):
        conf = app.conf
        saved = conf.broker_url, conf.task_always_eager, app._pool, app.amqp._producer_pool
        conf.broker_url, conf.task_always_eager = url, False
        app._pool = app.amqp._producer_pool = None
        try:
            yield
        finally:
            if app._pool is not None:
                app._pool.force_close_all()
            conf.broker_url, conf.task_always_eager, app._pool, app.amqp._producer_pool = saved

    return pointed_at
