"""Products as a listing shows them (a product card): certified today, loaded in constant queries.

Every page and backend that shows product cards loads them here, in the order it chose:
search backends (ranked ids), the home page (newest), fairs and sales points (the editor's or
the shelf's order). Certification is the catalogue's one rule (``Product.objects.browsable()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db.models import Exists, Min, OuterRef, QuerySet
from oscar.core.loading import get_model

from catalogue.models import Option, Product

# Partner sits above the catalogue: its model is looked up by name, Oscar's way, not imported.
StockRecord = get_model("partner", "StockRecord")


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


def only_certified(products: Iterable) -> list:
    """Keep, in the editor's order, the chosen products still certified today (each once),
    loaded with what a product card shows in a constant number of queries."""
    chosen = [product.pk for product in products if product is not None]
    return products_in_order(list(dict.fromkeys(chosen)))


def newest_certified_products(limit: int) -> list:
    """The home page's default choice: newest certified-today products that have a price."""
    # Ids first, with no aggregate: the newest few are found by the date index, not by pricing all.
    priced = StockRecord.objects.filter(product=OuterRef("pk"), price__isnull=False)
    ids = Product.objects.browsable().filter(Exists(priced)).order_by("-date_created", "-pk")
    return products_in_order(list(ids.values_list("pk", flat=True)[:limit]))
