"""What the site's pages list besides products: next fairs, sales points, stories, index pages.

Product cards come from ``catalogue.listing`` (the one "certified today" rule applied there).
Page models that list (the home page, its blocks) import this module; it imports only the
models it lists, never the pages that list them. Sales points are looked up by name: they
belong to ``outlets``, which sits above the CMS.
"""

from __future__ import annotations

import datetime

from django.apps import apps
from django.db.models import Case, Exists, IntegerField, OuterRef, QuerySet, Value, When
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page

from cms.models.fairs import FairIndexPage, FairPage
from cms.models.news import NewsIndexPage, NewsPage
from cms.shopper import QUERY_PARAM, shopper_province
from marketplace.areas.models import Area, within


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
        nearby = Case(When(within(near), then=Value(0)), default=Value(1), output_field=IntegerField())
        queryset = queryset.annotate(farther=nearby).order_by("farther", "title")
    else:
        queryset = queryset.order_by("title")
    return list(queryset[:limit])


def sales_points_near_shopper(request: HttpRequest | None, count: int) -> dict:
    """The home page's sales points: those in the shopper's province first (``cms.shopper``)."""
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
    model = sales_point_model()
    if model is None:
        return []
    points = model.objects.live().public()
    has_points = Exists(points.filter(within(OuterRef("pk"))))
    return list(Area.objects.filter(parent=None, kind=Area.Kind.PROVINCE).filter(has_points).order_by("name"))


def fair_index() -> Page | None:
    return FairIndexPage.objects.live().public().first()


def news_index() -> Page | None:
    return NewsIndexPage.objects.live().public().first()


def sales_point_index() -> Page | None:
    try:
        model = apps.get_model("outlets", "SalesPointIndexPage")
    except LookupError:
        return None
    return model.objects.live().public().first() if issubclass(model, Page) else None
