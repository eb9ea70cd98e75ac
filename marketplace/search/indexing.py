"""Keeping search data in step with products: the folded column and the Elasticsearch index.

``update_products(ids)`` is what the Celery task runs after product, certificate, stock and
registry-sync changes; ``rebuild()`` is what ``manage.py rebuild_search_index`` runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from django.db.models import Prefetch, Q
from elasticsearch.helpers import bulk
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.listing import listing_queryset
from marketplace.search.backends import elasticsearch_enabled
from marketplace.search.documents import alias_name, client, document_for, ensure_alias, new_index
from marketplace.search.text import fold

Product = get_model("catalogue", "Product")
Certificate = get_model("catalogue", "Certificate")

CHUNK = 500


def search_text_for(product) -> str:
    """Title first (the database backend ranks titles starting with the query first)."""
    producer = product.producer
    words = [product.title, product.registry_code or ""]
    if producer is not None:
        words.append(producer.name)
        area = producer.area
        while area is not None:
            words.append(area.name)
            area = area.parent
    words.append(product.description or "")
    return fold(" ".join(words))


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def refresh_search_text(ids: Iterable[int]) -> int:
    """Recompute ``Product.search_text`` (bulk-created products get theirs here)."""
    count = 0
    for chunk in _chunks(ids):
        # Written chunk by chunk, so memory stays flat however many products a sync touched.
        changed = []
        for product in Product.objects.filter(pk__in=chunk).select_related("producer__area__parent__parent"):
            text = search_text_for(product)
            if product.search_text != text:
                product.search_text = text
                changed.append(product)
        Product.objects.bulk_update(changed, ["search_text"], batch_size=CHUNK)
        count += len(changed)
    return count


def _documents(products) -> list[dict]:
    return [document_for(p, p.all_certificates, p.current_certificate) for p in products]


def _indexable(ids: list[int] | None = None):
    products = listing_queryset().prefetch_related(
        "categories", Prefetch("certificates", queryset=Certificate.objects.all(), to_attr="all_certificates")
    )
    return products if ids is None else products.filter(pk__in=ids)


def _bulk(actions: list[dict], index: str) -> None:
    if actions:
        bulk(client(), actions, index=index, refresh=False)


def update_products(ids: Iterable[int]) -> None:
    """Bring these products up to date: folded text, and in the index (only if certified today)."""
    ids = list(ids)
    refresh_search_text(ids)
    if not elasticsearch_enabled():
        return
    ensure_alias()
    alias = alias_name()
    for chunk in _chunks(ids):
        docs = _documents(_indexable(chunk))
        listed = {d["_id"] for d in docs}
        deletes = [{"_op_type": "delete", "_id": pk} for pk in chunk if pk not in listed]
        bulk(client(), [*docs, *deletes], index=alias, raise_on_error=False, refresh=False)
    client().indices.refresh(index=alias)


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Refresh every folded text; with Elasticsearch, fill a new index and swap the alias onto it.

    The alias keeps pointing at the old index until the new one is full: no empty search meanwhile.
    """
    all_ids = list(Product.objects.values_list("pk", flat=True))
    refresh_search_text(all_ids)
    if not elasticsearch_enabled():
        return Product.objects.browsable().count()
    es = client()
    alias = alias_name()
    index = new_index()
    total = 0
    certified = list(Product.objects.browsable().values_list("pk", flat=True).order_by("pk"))
    for chunk in _chunks(certified):
        docs = _documents(_indexable(chunk))
        _bulk(docs, index._name)
        total += len(docs)
        if progress:
            progress(len(chunk))
    es.indices.refresh(index=index._name)
    old = list(es.indices.get_alias(name=alias).keys()) if es.indices.exists_alias(name=alias) else []
    if es.indices.exists(index=alias) and not old:
        es.indices.delete(index=alias)  # a stray concrete index squatting on the alias name
    actions = [{"remove": {"index": name, "alias": alias}} for name in old]
    actions.append({"add": {"index": index._name, "alias": alias}})
    es.indices.update_aliases(actions=actions)
    for name in old:
        es.indices.delete(index=name)
    return total


def products_of_sync(sync) -> list[int]:
    """Products a registry sync touched: their certificates were seen, created or withdrawn in it."""
    since = sync.started_at
    return list(
        Product.objects.filter(
            Q(date_created__gte=since)
            | Q(certificates__last_seen_at__gte=since)
            | Q(certificates__withdrawn_on__gte=since.date())
        )
        .values_list("pk", flat=True)
        .distinct()
    )


def products_changing_validity_today() -> list[int]:
    """Products whose certificate starts or ends today (the nightly pass adds/removes them)."""
    today = vietnam_today()
    return list(
        Certificate.objects.filter(Q(issued_on=today) | Q(expires_on=today))
        .values_list("product_id", flat=True)
        .distinct()
    )
