"""An uploaded spreadsheet is imported by a Celery task; the sync's page shows its progress."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from kombu import pools as kombu_pools

from catalogue.models import Certificate, RegistrySync
from catalogue.registry import progress
from tests.factories import UserFactory
from tests.registry.conftest import records, write_csv, write_xlsx
from tests.services import free_port

UPLOAD = "ocop-dashboard:sync-run-upload"


def detail(sync: RegistrySync) -> str:
    return reverse("ocop-dashboard:sync-detail", kwargs={"pk": sync.pk})


@pytest.mark.django_db
def test_an_upload_is_stored_on_a_sync_and_imported_by_the_task(staff_client, tmp_path, frozen):
    path = write_xlsx(tmp_path / "Bac-Kan.xlsx", records(4))
    response = staff_client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(path.name, path.read_bytes())})
    sync = RegistrySync.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(sync)
    assert sync.status == RegistrySync.Status.SUCCEEDED  # eager Celery: done within the request
    assert sync.rows_total == 4 and sync.created_count == 4
    assert sync.upload.name.endswith(".xlsx") and sync.upload.storage.exists(sync.upload.name)
    page = staff_client.get(detail(sync)).content.decode()
    assert 'http-equiv="refresh"' not in page  # finished: nothing to wait for


@pytest.mark.django_db
def test_a_queued_and_a_running_sync_show_their_progress_and_refresh(staff_client, tmp_path):
    sync = RegistrySync.objects.create(
        source_kind=RegistrySync.Source.FILE, source="r.csv", status=RegistrySync.Status.QUEUED, rows_total=4
    )
    page = staff_client.get(detail(sync)).content.decode()
    assert "waiting for the background worker" in page and 'http-equiv="refresh"' in page
    RegistrySync.objects.filter(pk=sync.pk).update(status=RegistrySync.Status.RUNNING)
    progress.counter(sync.pk)(2)
    page = staff_client.get(detail(sync)).content.decode()
    assert "2 of 4 rows processed" in page and 'max="4" value="2"' in page


# --- Through a real worker ----------------------------------------------------------------


@pytest.fixture
def redis_url() -> Iterator[str]:
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if (
                subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).stdout.strip()
                == b"PONG"
            ):
                break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def celery_worker_on_redis(redis_url, settings) -> Iterator[None]:
    """A Celery worker (in a thread, solo pool) consuming from a fresh Redis; tasks not eager."""
    from celery.contrib.testing.worker import start_worker

    from marketplace.celery import app

    # Read before the Django setting changes: Celery loads its conf from the settings lazily.
    previous = {key: app.conf[key] for key in ("broker_url", "result_backend", "task_always_eager")}
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.update(broker_url=redis_url, result_backend=redis_url, task_always_eager=False)
    _drop_connections(app)  # a pool made earlier in the session would publish to the old broker
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield
    finally:
        app.conf.update(previous)
        _drop_connections(app)


def _drop_connections(app) -> None:
    if app._pool is not None:
        app._pool.force_close_all()
    # kombu keeps producer pools per connection in a global registry: a closed one must not be
    # handed to the next test (eager tasks acquire a producer too).
    kombu_pools.reset()
    app._pool = None
    app.amqp._producer_pool = None
    app.__dict__.pop("backend", None)  # the result backend is cached per app too


@pytest.mark.services
@pytest.mark.django_db(
    transaction=True, serialized_rollback=True
)  # the worker's own connection; keeps data-migration rows
def test_the_upload_runs_on_a_real_celery_worker(celery_worker_on_redis, tmp_path):
    # Not frozen in time: the worker's timers need a moving clock (the records are valid anyway).
    client = Client()
    client.force_login(UserFactory(is_staff=True))
    path = write_csv(tmp_path / "Bac-Kan.csv", records(3))
    response = client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(path.name, path.read_bytes())})
    sync = RegistrySync.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(sync)
    for _ in range(200):  # what staff see: the page until the sync has finished
        sync.refresh_from_db()
        if sync.status not in (RegistrySync.Status.QUEUED, RegistrySync.Status.RUNNING):
            break
        time.sleep(0.1)
    assert sync.status == RegistrySync.Status.SUCCEEDED, sync.errors
    assert Certificate.objects.count() == 3
    assert 'http-equiv="refresh"' not in client.get(detail(sync)).content.decode()
