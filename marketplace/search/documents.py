"""The Elasticsearch product document, its analysers and the index behind an alias.

The index holds products certified today, each with its certificates' validity windows, so that
every query can also filter on validity with today's Vietnam date: a certificate expiring at
midnight drops out before any reindex.
"""

from __future__ import annotations

import contextlib
import datetime
import time

from django.conf import settings
from elasticsearch_dsl import (
    Boolean,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Long,
    Nested,
    Text,
    analyzer,
    char_filter,
    connections,
    token_filter,
)

from marketplace.search.text import fold

# đ is not an accent to asciifolding in every engine: map it first, then fold accents.
_dd = char_filter("vi_dd", type="mapping", mappings=["đ => d", "Đ => d"])
folded = analyzer("vi_folded", tokenizer="standard", char_filter=[_dd], filter=["lowercase", "asciifolding"])
_edge = token_filter("vi_edge", type="edge_ngram", min_gram=1, max_gram=20)
prefixes = analyzer(
    "vi_prefix", tokenizer="standard", char_filter=[_dd], filter=["lowercase", "asciifolding", _edge]
)


class ProductDocument(Document):
    pk = Integer()  # a sortable tie-breaker (sorting on _id is off in Elasticsearch 8)
    title = Text(analyzer=folded, fields={"prefix": Text(analyzer=prefixes, search_analyzer=folded)})
    title_sort = Keyword()
    text = Text(analyzer=folded)  # title, producer, places, code, description: all searchable words
    registry_code = Keyword()
    url = Keyword(index=False)
    stars = Integer()
    group = Keyword()
    province_id = Integer()
    district_id = Integer()
    producer_id = Integer()
    category_ids = Integer(multi=True)
    price = Long()
    date_created = Date()
    certificates = Nested(
        properties={
            "issued_on": Date(),
            "expires_on": Date(),
            "status": Keyword(),
            "withdrawn": Boolean(),
        }
    )


def alias_name() -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-products"


def client():
    """The connection (made once per process from ``ELASTICSEARCH_URL``)."""
    try:
        return connections.get_connection("default")
    except KeyError:
        connections.create_connection("default", hosts=[settings.ELASTICSEARCH_URL], request_timeout=30)
        return connections.get_connection("default")


def reset_connection() -> None:
    """Forget the connection (tests point ELASTICSEARCH_URL at a fresh server)."""
    with contextlib.suppress(KeyError):
        connections.remove_connection("default")


def new_index() -> Index:
    """A fresh concrete index, named after the alias plus a timestamp (rebuilds swap the alias)."""
    index = Index(f"{alias_name()}-{time.strftime('%Y%m%d%H%M%S')}-{time.time_ns() % 1_000_000:06d}")
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(ProductDocument)
    index.create(using=client())
    return index


def ensure_alias() -> None:
    """Make sure the alias points at an index (the first incremental update creates one)."""
    es = client()
    if not es.indices.exists_alias(name=alias_name()):
        index = new_index()
        es.indices.put_alias(index=index._name, name=alias_name())


def _area_of(area, kind: str) -> int | None:
    while area is not None:
        if area.kind == kind:
            return area.pk
        area = area.parent
    return None


def document_for(product, certificates: list, current) -> dict:
    """The indexed form of a listing product (``current``: its certificate valid today)."""
    producer = product.producer
    area = producer.area if producer else None
    places = []
    node = area
    while node is not None:
        places.append(node.name)
        node = node.parent
    words = [product.title, product.registry_code or "", producer.name if producer else "", *places]
    words.append(product.description or "")
    return {
        "_id": product.pk,
        "pk": product.pk,
        "title": product.title,
        "title_sort": fold(product.title),
        "text": " ".join(w for w in words if w),
        "registry_code": product.registry_code,
        "url": product.get_absolute_url(),
        "stars": current.stars if current else None,
        "group": current.group if current else None,
        "province_id": _area_of(area, "province"),
        "district_id": _area_of(area, "district"),
        "producer_id": product.producer_id,
        "category_ids": [c.pk for c in product.categories.all()],
        "price": getattr(product, "min_price", None),
        "date_created": product.date_created,
        "certificates": [
            {
                "issued_on": c.issued_on,
                "expires_on": c.expires_on,
                "status": c.status,
                "withdrawn": c.withdrawn_on is not None,
            }
            for c in certificates
        ],
    }


def valid_on_query(day: datetime.date):
    """``catalogue.certification.valid_on_filter`` spoken to Elasticsearch (same four conditions)."""
    from elasticsearch_dsl import Q

    return Q(
        "nested",
        path="certificates",
        query=Q(
            "bool",
            filter=[
                Q("term", certificates__status="active"),
                Q("range", certificates__issued_on={"lte": day.isoformat()}),
                Q("range", certificates__expires_on={"gt": day.isoformat()}),
                Q("term", certificates__withdrawn=False),
            ],
        ),
    )
