"""Loading one page of products, in the order a backend ranked them, in constant queries."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Exists, Min, OuterRef, QuerySet
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Option = get_model("catalogue", "Option")


def listing_queryset() -> QuerySet:
    """Certified-today products with what a product card shows, in a constant number of queries."""
    return (
        Product.objects.browsable()
        .with_current_certificate()
        .select_related("producer__area__parent__parent", "product_class")
        .prefetch_related("stockrecords", "images")
        .annotate(
            min_price=Min("stockrecords__price"),
            # Oscar's product.has_options reads these instead of a query per card.
            has_product_class_options=Exists(Option.objects.filter(productclass=OuterRef("product_class"))),
            has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
        )
    )


def products_in_order(ids: Sequence[int]) -> list:
    """The listing products for ``ids`` (still certified today), in that order."""
    if not ids:
        return []
    found = {p.pk: p for p in listing_queryset().filter(pk__in=list(ids))}
    return [found[pk] for pk in ids if pk in found]
