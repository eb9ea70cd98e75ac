"""Celery tasks of the registry mirror (scheduled in settings.CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings

from catalogue.models import RegistrySync
from catalogue.notifications import send_certificate_notices as send
from catalogue.registry import progress
from catalogue.registry.sync import run_queued_sync, sync_from_url

logger = logging.getLogger(__name__)


@shared_task(name="catalogue.tasks.sync_registry")
def sync_registry(full: bool = False) -> int | None:
    """Pull the registry at OCOP_REGISTRY_URL; returns the RegistrySync id (None: no registry set)."""
    if not settings.OCOP_REGISTRY_URL:
        logger.info("OCOP_REGISTRY_URL is empty: registry sync skipped")
        return None
    sync = sync_from_url(settings.OCOP_REGISTRY_URL, full=full)
    logger.info("Registry sync %s: %s", sync.pk, sync.status)
    return sync.pk


@shared_task(name="catalogue.tasks.run_registry_upload")
def run_registry_upload(sync_id: int) -> str:
    """Import a spreadsheet staff uploaded (a queued RegistrySync); returns its final status."""
    sync = RegistrySync.objects.defer("pending_records").get(pk=sync_id)
    if sync.status != RegistrySync.Status.QUEUED:  # delivered twice (acks_late): already done
        return sync.status
    sync = run_queued_sync(sync, progress=progress.counter(sync_id))
    progress.forget(sync_id)
    logger.info("Registry upload %s: %s", sync.pk, sync.status)
    return sync.status


@shared_task(name="catalogue.tasks.send_certificate_notices")
def send_certificate_notices() -> int:
    """Email producers about certificates expiring in 90/30 days or revoked (each once)."""
    return send()
