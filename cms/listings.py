"""What the site's pages list: next fairs, certified products, sales points, stories.

Certification is never decided here: products go through ``Product.objects.browsable()``,
which applies the one "certified today" rule from ``catalogue.certification``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.apps import apps
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page

from cms.models.fairs import FairPage
from cms.models.news import NewsPage


def upcoming_fairs(now: datetime.datetime | None = None) -> QuerySet[FairPage]:
    """Published fairs that have not ended yet (ongoing ones included), soonest first."""
    now = now or timezone.now()
    return (
        FairPage.objects.live().public().filter(end__gte=now).select_related("area").order_by("start", "pk")
    )


def past_fairs(now: datetime.datetime | None = None) -> QuerySet[FairPage]:
    now = now or timezone.now()
    return (
        FairPage.objects.live().public().filter(end__lt=now).select_related("area").order_by("-start", "-pk")
    )


def latest_news() -> QuerySet[NewsPage]:
    return NewsPage.objects.live().public().order_by("-date", "-pk")


def certified_products() -> QuerySet:
    """Products a shopper may buy today (public, certified today)."""
    from catalogue.models import Product

    return Product.objects.browsable()


def newest_certified_products(limit: int) -> list:
    """The home page's default choice: newest certified-today products that have a price."""
    return list(
        certified_products()
        .filter(stockrecords__price__isnull=False)
        .distinct()
        .select_related("producer")
        .order_by("-date_created", "-pk")[:limit]
    )


def only_certified(products: Iterable) -> list:
    """Keep, in the editor's order, the chosen products still certified today."""
    chosen = [product for product in products if product is not None]
    if not chosen:
        return []
    allowed = set(certified_products().filter(pk__in=[p.pk for p in chosen]).values_list("pk", flat=True))
    seen: set[int] = set()
    kept = []
    for product in chosen:
        if product.pk in allowed and product.pk not in seen:
            seen.add(product.pk)
            kept.append(product)
    return kept


def sales_point_model() -> type[Page] | None:
    """outlets.SalesPointPage once the outlets app defines it; None until then."""
    try:
        model = apps.get_model("outlets", "SalesPointPage")
    except LookupError:
        return None
    return model if issubclass(model, Page) else None


def sales_points(limit: int) -> list[Page]:
    model = sales_point_model()
    if model is None:
        return []
    queryset = model.objects.live().public()
    if any(field.name == "area" for field in model._meta.get_fields()):
        queryset = queryset.select_related("area")
    return list(queryset.order_by("title")[:limit])


def sales_point_index() -> Page | None:
    try:
        model = apps.get_model("outlets", "SalesPointIndexPage")
    except LookupError:
        return None
    return model.objects.live().public().first() if issubclass(model, Page) else None
