"""Celery tasks keeping search up to date (eager without a broker, so dev needs no worker)."""

from __future__ import annotations

from celery import shared_task
from elastic_transport import TransportError

from catalogue.models import RegistrySync
from marketplace.search import indexing

# An unreachable Elasticsearch is retried (with a worker); the database stays the truth meanwhile.
RETRY = {"autoretry_for": (TransportError,), "retry_backoff": True, "max_retries": 6}


@shared_task(name="search.update_products", ignore_result=True, **RETRY)
def update_products(product_ids: list[int]) -> None:
    indexing.update_products(product_ids)


@shared_task(name="search.update_after_sync", ignore_result=True, **RETRY)
def update_after_sync(sync_id: int) -> None:
    sync = RegistrySync.objects.filter(pk=sync_id).first()
    if sync is not None:
        indexing.update_products(indexing.products_of_sync(sync))


@shared_task(name="search.refresh_validity", ignore_result=True, **RETRY)
def refresh_validity() -> None:
    """Nightly, just after midnight in Vietnam: add products certified from today, drop expired ones.

    Queries already filter on validity, so this only keeps the index small and complete.
    """
    indexing.update_products(indexing.products_changing_validity_today())
