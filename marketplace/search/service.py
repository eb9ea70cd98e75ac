"""Product search: one contract, the database backend for the embedded default.

Every query starts from ``Product.objects.browsable()``, which is narrowed to
products certified today (catalogue.certification), so a midnight expiry is
honoured at query time by any backend.
"""

from __future__ import annotations

from django.db.models import Min, Q, QuerySet
from oscar.core.loading import get_model

from marketplace.search.forms import SearchForm

Product = get_model("catalogue", "Product")

SORT_ORDERING = {
    SearchForm.NEWEST: ["-date_created"],
    SearchForm.PRICE_LOW_TO_HIGH: ["min_price", "title"],
    SearchForm.PRICE_HIGH_TO_LOW: ["-min_price", "title"],
    SearchForm.TITLE_A_TO_Z: ["title"],
}


def listing_queryset() -> QuerySet:
    """Certified-today products with what a product card shows, in a constant number of queries."""
    return (
        Product.objects.browsable()
        .with_current_certificate()
        .select_related("producer__area__parent__parent", "product_class")
        .prefetch_related("stockrecords", "images")
        .annotate(min_price=Min("stockrecords__price"))
    )


def search_products(query: str = "", *, categories=None, sort: str = SearchForm.RELEVANCY) -> QuerySet:
    products = listing_queryset()
    if categories is not None:
        products = products.filter(categories__in=categories).distinct()
    for word in query.split():
        products = products.filter(
            Q(title__icontains=word)
            | Q(producer__name__icontains=word)
            | Q(description__icontains=word)
            | Q(registry_code__iexact=word)
        )
    return products.order_by(*SORT_ORDERING.get(sort, ["-date_created"]))
