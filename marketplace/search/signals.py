"""Signal receivers: after a change commits, queue the products it touches for reindexing.

Product saves also refresh ``search_text`` at once, so the database backend never lags.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from oscar.core.loading import get_model

from marketplace.search.indexing import search_text_for
from marketplace.search.tasks import update_after_sync, update_products

Product = get_model("catalogue", "Product")
Producer = get_model("catalogue", "Producer")
Certificate = get_model("catalogue", "Certificate")
RegistrySync = get_model("catalogue", "RegistrySync")
StockRecord = get_model("partner", "StockRecord")

SYNC_DONE = {"succeeded", "confirmed"}


def queue_products(ids) -> None:
    ids = sorted({pk for pk in ids if pk})
    if not ids:
        return
    transaction.on_commit(lambda: update_products.delay(ids))


def product_search_text(sender, instance, **kwargs) -> None:
    instance.search_text = search_text_for(instance)


def product_saved(sender, instance, **kwargs) -> None:
    queue_products([instance.pk])


def producer_saved(sender, instance, **kwargs) -> None:
    queue_products(instance.products.values_list("pk", flat=True))


def certificate_changed(sender, instance, **kwargs) -> None:
    queue_products([instance.product_id])


def stock_changed(sender, instance, **kwargs) -> None:
    queue_products([instance.product_id])


def sync_saved(sender, instance, **kwargs) -> None:
    if instance.status in SYNC_DONE and instance.finished_at:
        pk = instance.pk
        transaction.on_commit(lambda: update_after_sync.delay(pk))


def connect() -> None:
    pre_save.connect(product_search_text, sender=Product, dispatch_uid="search-product-text")
    post_save.connect(product_saved, sender=Product, dispatch_uid="search-product")
    post_delete.connect(product_saved, sender=Product, dispatch_uid="search-product-delete")
    post_save.connect(producer_saved, sender=Producer, dispatch_uid="search-producer")
    post_save.connect(certificate_changed, sender=Certificate, dispatch_uid="search-certificate")
    post_save.connect(stock_changed, sender=StockRecord, dispatch_uid="search-stock")
    post_delete.connect(stock_changed, sender=StockRecord, dispatch_uid="search-stock-delete")
    post_save.connect(sync_saved, sender=RegistrySync, dispatch_uid="search-sync")
