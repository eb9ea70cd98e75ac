"""Celery tasks of the registry mirror (scheduled in settings.CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings

logger = logging.getLogger(__name__)


@shared_task(name="catalogue.tasks.sync_registry")
def sync_registry(full: bool = False) -> int | None:
    """Pull the registry at OCOP_REGISTRY_URL; returns the RegistrySync id (None: no registry set)."""
    from catalogue.registry.sync import sync_from_url

    if not settings.OCOP_REGISTRY_URL:
        logger.info("OCOP_REGISTRY_URL is empty: registry sync skipped")
        return None
    sync = sync_from_url(settings.OCOP_REGISTRY_URL, full=full)
    logger.info("Registry sync %s: %s", sync.pk, sync.status)
    return sync.pk


@shared_task(name="catalogue.tasks.send_certificate_notices")
def send_certificate_notices() -> int:
    """Email producers about certificates expiring in 90/30 days or revoked (each once)."""
    from catalogue.notifications import send_certificate_notices as send

    return send()
