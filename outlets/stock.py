"""What a sales point can sell now: its stock of products certified today.

The certification rule is catalogue's (``Product.objects.certified_today()``);
this module only adds "held by this partner, with units free to sell".
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, F, OuterRef, QuerySet
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def sellable_products() -> QuerySet:
    """Public products certified today (the one rule, imported, not rewritten)."""
    return Product.objects.certified_today().filter(is_public=True)


def available_stock(partner_ids: Iterable[int] | None = None) -> QuerySet:
    """Stock records with units free to sell (in stock minus allocated) of certified products."""
    records = (
        StockRecord.objects.annotate(available=F("num_in_stock") - Coalesce(F("num_allocated"), 0))
        .filter(available__gt=0, product__in=sellable_products())
        .select_related("product", "partner")
    )
    if partner_ids is not None:
        records = records.filter(partner_id__in=list(partner_ids))
    return records


def points_with_product(points: QuerySet, product: object) -> QuerySet:
    """Narrow sales points to those holding ``product`` with units free to sell (certified today)."""
    return points.filter(Exists(available_stock().filter(partner=OuterRef("partner"), product=product)))
