"""The Elasticsearch backend (elasticsearch-dsl): folded analysers, typo tolerance, facets.

Every query filters on the indexed certificate windows with today's Vietnam date, and the page
is then loaded from ``listing_queryset()`` (itself certified-today), so an expiry at midnight is
honoured before any reindex.
"""

from __future__ import annotations

from collections.abc import Callable

from elasticsearch_dsl import A, Q, Search

from catalogue.certification import vietnam_today
from catalogue.listing import products_in_order
from marketplace.search.contract import PRICE_RANGES, FacetCounts, SearchRequest, price_key
from marketplace.search.documents import alias_name, client, valid_on_query
from marketplace.search.pickup import pickup_product_ids
from marketplace.search.results import SearchResults
from marketplace.search.text import fold

SORTS = {
    "newest": ["-date_created", "-pk"],
    "price-asc": [{"price": {"order": "asc", "missing": "_last"}}, "title_sort", "pk"],
    "price-desc": [{"price": {"order": "desc", "missing": "_last"}}, "title_sort", "pk"],
    "stars": ["-stars", "-date_created", "-pk"],
    "title-asc": ["title_sort", "pk"],
}
RELEVANCE = ["_score", "-stars", "-date_created", "-pk"]
FACET_FIELDS = {
    "stars": "stars",
    "groups": "group",
    "provinces": "province_id",
    "areas": "district_id",
    "producers": "producer_id",
}


def text_query(query: str, *, fuzzy: bool) -> Q:
    """Every word in the title or any searchable text (title prefixes too); ``fuzzy``: one typo each.

    Fuzzy matching is only a fallback when the exact words find nothing: folded Vietnamese words
    are short and close (duong/dong), so typo tolerance would otherwise add wrong products.
    """
    words = fold(query)
    typos = {"fuzziness": "AUTO", "prefix_length": 1} if fuzzy else {}
    return Q(
        "bool",
        should=[
            Q(
                "multi_match",
                query=words,
                fields=["title^3", "text"],
                operator="and",
                **typos,
            ),
            Q("match", **{"title.prefix": {"query": words, "operator": "and", "boost": 2}}),
        ],
        minimum_should_match=1,
    )


def base_search(request: SearchRequest, ids_for: Callable[[int], list[int]] | None = None) -> Search:
    day = request.today or vietnam_today()
    s = Search(using=client(), index=alias_name()).filter(valid_on_query(day))
    if request.category_ids is not None:
        s = s.filter("terms", category_ids=list(request.category_ids))
    f = request.filters
    if f.stars:
        s = s.filter("terms", stars=f.stars)
    if f.groups:
        s = s.filter("terms", group=f.groups)
    if f.provinces:
        s = s.filter("terms", province_id=f.provinces)
    if f.areas:
        s = s.filter("terms", district_id=f.areas)
    if f.producers:
        s = s.filter("terms", producer_id=f.producers)
    if f.price:
        low, high = f.price
        bounds = {k: v for k, v in (("gte", low), ("lt", high)) if v is not None}
        s = s.filter("range", price=bounds)
    if f.pickup_area:
        # Stock is not indexed (see marketplace.search.pickup): the database gives the id set.
        s = s.filter("terms", pk=(ids_for or pickup_ids)(f.pickup_area))
    if request.query.strip():
        exact = s.query(text_query(request.query, fuzzy=False))
        s = exact if exact.extra(size=0).count() else s.query(text_query(request.query, fuzzy=True))
    sort = SORTS.get(request.sort) or (RELEVANCE if request.query.strip() else RELEVANCE[1:])
    return s.sort(*sort)


def pickup_ids(area_id: int) -> list[int]:
    return sorted(set(pickup_product_ids(area_id).values_list("product_id", flat=True)))


def _with_aggs(s: Search, near_area: int | None, ids_for: Callable[[int], list[int]]) -> Search:
    if near_area:
        s.aggs.bucket("pickup", A("filter", terms={"pk": ids_for(near_area)}))
    for name, field in FACET_FIELDS.items():
        s.aggs.bucket(name, A("terms", field=field, size=200))
    s.aggs.bucket(
        "price",
        A(
            "range",
            field="price",
            ranges=[
                {
                    "key": price_key(lo, hi),
                    **({"from": lo} if lo is not None else {}),
                    **({"to": hi} if hi is not None else {}),
                }
                for lo, hi in PRICE_RANGES
            ],
        ),
    )
    return s


def _counts(response, near_area: int | None = None) -> FacetCounts:
    counts: FacetCounts = {}
    aggs = response.aggregations
    counts["pickup"] = {str(near_area): aggs.pickup.doc_count} if near_area else {}
    for name in FACET_FIELDS:
        counts[name] = {str(b.key): b.doc_count for b in getattr(aggs, name).buckets}
    counts["price"] = {b.key: b.doc_count for b in aggs.price.buckets if b.doc_count}
    return counts


def search(request: SearchRequest) -> SearchResults:
    found: dict[int, list[int]] = {}

    def ids_for(area_id: int) -> list[int]:
        # One database query per area and search, though filter and facet count both use it.
        if area_id not in found:
            found[area_id] = pickup_ids(area_id)
        return found[area_id]

    s = base_search(request, ids_for)
    summary: dict = {}

    def run_summary():
        # One request gives the total and every facet's counts.
        if not summary:
            counting = s.extra(size=0, track_total_hits=True)
            response = _with_aggs(counting, request.near_area, ids_for).execute()
            summary["total"] = response.hits.total.value
            summary["counts"] = _counts(response, request.near_area)
        return summary

    def page(start: int, size: int) -> list:
        response = s.extra(from_=start, size=size, _source=False).execute()
        return products_in_order([int(hit.meta.id) for hit in response.hits])

    return SearchResults(
        count=lambda: run_summary()["total"],
        page=page,
        facet_counts=lambda: run_summary()["counts"],
        request=request,
        backend="elasticsearch",
    )


def suggest(prefix: str, limit: int = 8) -> list[dict]:
    """Titles for the search box as the shopper types: word prefixes, one typo allowed per word."""
    words = fold(prefix)
    if not words:
        return []
    s = (
        Search(using=client(), index=alias_name())
        .filter(valid_on_query(vietnam_today()))
        .query(
            Q(
                "bool",
                should=[
                    Q("match", **{"title.prefix": {"query": words, "operator": "and", "boost": 2}}),
                    Q("match", title={"query": words, "operator": "and", "fuzziness": "AUTO"}),
                ],
                minimum_should_match=1,
            )
        )
        .source(["title", "url"])
        .extra(size=limit)
    )
    return [{"id": int(h.meta.id), "title": h.title, "url": h.url} for h in s.execute().hits]
