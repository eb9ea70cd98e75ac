"""The database backend: accent-insensitive through ``Product.search_text`` (SQLite and PostgreSQL).

Every query starts from ``Product.objects.browsable()``, narrowed by catalogue.certification to
products certified today, so a midnight expiry is honoured with no reindex.
"""

from __future__ import annotations

from django.db.models import (
    Case,
    CharField,
    Count,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from oscar.apps.catalogue.managers import ProductQuerySet as OscarProductQuerySet
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.listing import products_in_order
from catalogue.models import certified_on
from marketplace.search.contract import PRICE_RANGES, FacetCounts, SearchRequest, price_key
from marketplace.search.pickup import pickup_product_ids
from marketplace.search.results import SearchResults
from marketplace.search.text import fold, fold_words

Product = get_model("catalogue", "Product")
Certificate = get_model("catalogue", "Certificate")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")

AREA = "producer__area"


def _area_at(kind: str) -> Case:
    """The producer's area of ``kind`` (province or district), whatever level its own area is."""
    return Case(
        When(**{f"{AREA}__kind": kind}, then=f"{AREA}_id"),
        When(**{f"{AREA}__parent__kind": kind}, then=f"{AREA}__parent_id"),
        When(**{f"{AREA}__parent__parent__kind": kind}, then=f"{AREA}__parent__parent_id"),
        default=None,
        output_field=IntegerField(),
    )


def annotated(request: SearchRequest) -> QuerySet:
    today = request.today or vietnam_today()
    current = (
        Certificate.objects.valid_on(today).filter(product=OuterRef("pk")).order_by("-stars", "-issued_on")
    )
    cheapest = StockRecord.objects.filter(product=OuterRef("pk"), price__isnull=False).order_by("price")
    # Oscar's browsable() conditions, certified on the request's day (today unless a test says).
    products = OscarProductQuerySet.browsable(Product.objects.all()).filter(certified_on(today))
    return products.annotate(
        current_stars=Subquery(current.values("stars")[:1]),
        current_group=Subquery(current.values("group")[:1]),
        province_id=_area_at("province"),
        district_id=_area_at("district"),
        min_price=Subquery(cheapest.values("price")[:1]),
    )


def filtered(request: SearchRequest) -> QuerySet:
    products = annotated(request)
    if request.category_ids is not None:
        products = products.filter(
            pk__in=ProductCategory.objects.filter(category_id__in=request.category_ids).values("product_id")
        )
    for word in fold_words(request.query):
        products = products.filter(search_text__contains=word)
    f = request.filters
    if f.stars:
        products = products.filter(current_stars__in=f.stars)
    if f.groups:
        products = products.filter(current_group__in=f.groups)
    if f.provinces:
        products = products.filter(province_id__in=f.provinces)
    if f.areas:
        products = products.filter(district_id__in=f.areas)
    if f.producers:
        products = products.filter(producer_id__in=f.producers)
    if f.price:
        products = products.filter(_price_in(*f.price))
    if f.pickup_area:
        products = products.filter(pk__in=pickup_product_ids(f.pickup_area))
    return products


def ordered(products: QuerySet, request: SearchRequest) -> QuerySet:
    sort = request.sort
    if sort == "newest":
        return products.order_by("-date_created", "-pk")
    if sort == "price-asc":
        return products.order_by("min_price", "title", "pk")
    if sort == "price-desc":
        return products.order_by("-min_price", "title", "pk")
    if sort == "stars":
        return products.order_by("-current_stars", "-date_created", "-pk")
    if sort == "title-asc":
        return products.order_by("title", "pk")
    # Relevance: the title (search_text starts with it) beginning with the query first.
    phrase = fold(request.query)
    if phrase:
        products = products.annotate(
            title_hit=Case(When(search_text__startswith=phrase, then=Value(1)), default=Value(0))
        )
        return products.order_by("-title_hit", "-current_stars", "-date_created", "-pk")
    return products.order_by("-current_stars", "-date_created", "-pk")


def _price_in(low: int | None, high: int | None, field: str = "min_price") -> Q:
    cond = Q()
    if low is not None:
        cond &= Q(**{f"{field}__gte": low})
    if high is not None:
        cond &= Q(**{f"{field}__lt": high})
    return cond


def facet_counts(products: QuerySet, near_area: int | None = None) -> FacetCounts:
    products = products.order_by()
    counts: FacetCounts = {}
    for name, column in (
        ("stars", "current_stars"),
        ("groups", "current_group"),
        ("provinces", "province_id"),
        ("areas", "district_id"),
        ("producers", "producer_id"),
    ):
        counts[name] = {
            str(key): n for key, n in products.values_list(column).annotate(n=Count("pk")) if key is not None
        }
    # The range is worked out inside the cheapest-price subquery, so it runs once per product
    # (a CASE over the annotation would repeat the subquery in every WHEN).
    bucket = Case(
        *(When(_price_in(lo, hi, "price"), then=Value(price_key(lo, hi))) for lo, hi in PRICE_RANGES),
        default=None,
        output_field=CharField(),
    )
    cheapest_bucket = (
        StockRecord.objects.filter(product=OuterRef("pk"), price__isnull=False)
        .order_by("price")
        .annotate(bucket=bucket)
        .values("bucket")[:1]
    )
    by_bucket = (
        products.annotate(price_bucket=Subquery(cheapest_bucket))
        .values_list("price_bucket")
        .annotate(n=Count("pk"))
    )
    counts["price"] = {key: n for key, n in by_bucket if key is not None and n}
    counts["pickup"] = (
        {str(near_area): products.filter(pk__in=pickup_product_ids(near_area)).count()} if near_area else {}
    )
    return counts


def search(request: SearchRequest) -> SearchResults:
    products = ordered(filtered(request), request)

    def page(start: int, size: int) -> list:
        return products_in_order(list(products.values_list("pk", flat=True)[start : start + size]))

    return SearchResults(
        count=products.count,
        page=page,
        facet_counts=lambda: facet_counts(filtered(request), request.near_area),
        request=request,
        backend="database",
    )


def suggest(prefix: str, limit: int = 8) -> list[dict]:
    """Titles of certified-today products containing every word typed (accent-insensitive)."""
    words = fold_words(prefix)
    if not words:
        return []
    products = Product.objects.browsable()
    for word in words:
        products = products.filter(search_text__contains=word)
    phrase = " ".join(words)
    products = products.annotate(
        title_hit=Case(When(search_text__startswith=phrase, then=Value(1)), default=Value(0))
    ).order_by("-title_hit", "title")
    return [
        {"id": p.pk, "title": p.title, "url": p.get_absolute_url()}
        for p in products.only("pk", "title", "slug")[:limit]
    ]
