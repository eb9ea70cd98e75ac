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
        FairPage.objects.live()
        .public()
        .filter(end__gt=now)
        .select_related("area__parent__parent")
        .order_by("start", "pk")
    )


def past_fairs(now: datetime.datetime | None = None) -> QuerySet[FairPage]:
    now = now or timezone.now()
    return (
        FairPage.objects.live()
        .public()
        .filter(end__lte=now)
        .select_related("area__parent__parent")
        .order_by("-start", "-pk")
    )


def latest_news() -> QuerySet[NewsPage]:
    return NewsPage.objects.live().public().order_by("-date", "-pk")


def certified_products() -> QuerySet:
    """Products a shopper may buy today (public, certified today)."""
    from catalogue.models import Product

    return Product.objects.browsable()


def newest_certified_products(limit: int) -> list:
    """The home page's default choice: newest certified-today products that have a price."""
    from django.db.models import Exists, OuterRef

    from catalogue.models import Product
    from marketplace.search.backends.database import StockRecord
    from marketplace.search.backends.listing import products_in_order

    # Ids first, with no aggregate: the newest few are found by the date index, not by pricing all.
    priced = StockRecord.objects.filter(product=OuterRef("pk"), price__isnull=False)
    ids = Product.objects.browsable().filter(Exists(priced)).order_by("-date_created", "-pk")
    return products_in_order(list(ids.values_list("pk", flat=True)[:limit]))


def only_certified(products: Iterable) -> list:
    """Keep, in the editor's order, the chosen products still certified today (each once),
    loaded with what a product card shows in a constant number of queries."""
    from marketplace.search.backends.listing import products_in_order

    chosen = [product.pk for product in products if product is not None]
    return products_in_order(list(dict.fromkeys(chosen)))


def sales_point_model() -> type[Page] | None:
    """outlets.SalesPointPage once the outlets app defines it; None until then."""
    try:
        model = apps.get_model("outlets", "SalesPointPage")
    except LookupError:
        return None
    return model if issubclass(model, Page) else None


def sales_points(limit: int, near=None) -> list[Page]:
    """Live sales points; with ``near`` (a province), the ones in that province first."""
    model = sales_point_model()
    if model is None:
        return []
    queryset = model.objects.live().public().select_related("area__parent__parent")
    if near is not None:
        from django.db.models import Case, IntegerField, Q, Value, When

        in_province = Q(area=near) | Q(area__parent=near) | Q(area__parent__parent=near)
        nearby = Case(When(in_province, then=Value(0)), default=Value(1), output_field=IntegerField())
        queryset = queryset.annotate(farther=nearby).order_by("farther", "title")
    else:
        queryset = queryset.order_by("title")
    return list(queryset[:limit])


def sales_points_near_shopper(request, count: int) -> dict:
    """The home page's sales points: those in the shopper's province first (``cms.shopper``)."""
    from cms.shopper import QUERY_PARAM, shopper_province

    province = shopper_province(request)
    return {
        "sales_points": sales_points(count, near=province),
        "sales_point_index": sales_point_index(),
        "shopper_province": province,
        "province_choices": provinces_with_sales_points(),
        "province_param": QUERY_PARAM,
    }


def provinces_with_sales_points() -> list:
    """Provinces that have at least one live sales point (the home page's "near you" choice)."""
    from django.db.models import Exists, OuterRef, Q

    from marketplace.areas.models import Area

    model = sales_point_model()
    if model is None:
        return []
    points = model.objects.live().public()
    has_points = Exists(
        points.filter(
            Q(area=OuterRef("pk")) | Q(area__parent=OuterRef("pk")) | Q(area__parent__parent=OuterRef("pk"))
        )
    )
    return list(Area.objects.filter(parent=None, kind=Area.Kind.PROVINCE).filter(has_points).order_by("name"))


def fair_index() -> Page | None:
    from cms.models import FairIndexPage

    return FairIndexPage.objects.live().public().first()


def sales_point_index() -> Page | None:
    try:
        model = apps.get_model("outlets", "SalesPointIndexPage")
    except LookupError:
        return None
    return model.objects.live().public().first() if issubclass(model, Page) else None
