"""Area landing pages: a province or a district, with its producers, products, sales points and fairs.

``/vung/`` lists the provinces, ``/vung/<province>/`` and ``/vung/<province>/<district>/`` show one
area (ASCII slugs from ``marketplace.areas``). Areas are data: a merged area's page leads to the
area it was merged into. A province's page covers its districts and communes, a district's page
its communes. Each page costs a constant number of queries, whatever the number of producers.
Products are listed only while certified today (``listing_queryset`` applies the catalogue's rule).
"""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _

from catalogue.listing import listing_queryset
from catalogue.models import Producer, Product
from cms import listings
from marketplace.areas.models import Area, within

PRODUCTS_PER_PAGE = 24
PRODUCERS_SHOWN = 60


def _province(slug: str) -> Area:
    province = (
        Area.objects.filter(parent=None, kind=Area.Kind.PROVINCE, slug=slug)
        .select_related("merged_into__parent")
        .first()
    )
    if province is None:
        raise Http404(_("No such province."))
    return province


def _district(province: Area, slug: str) -> Area:
    district = (
        Area.objects.filter(parent=province, slug=slug)
        .exclude(kind=Area.Kind.COMMUNE)
        .select_related("parent", "merged_into__parent")
        .first()
    )
    if district is None:
        raise Http404(_("No such district."))
    return district


def area_index(request: HttpRequest) -> HttpResponse:
    """Every current province, with its districts."""
    provinces = list(
        Area.objects.filter(parent=None, kind=Area.Kind.PROVINCE, merged_into=None).order_by("name")
    )
    districts = (
        Area.objects.filter(parent__in=provinces, merged_into=None)
        .exclude(kind=Area.Kind.COMMUNE)
        .select_related("parent")
        .order_by("name")
    )
    by_province: dict[int, list[Area]] = {}
    for district in districts:
        by_province.setdefault(district.parent_id, []).append(district)
    rows = [(province, by_province.get(province.pk, [])) for province in provinces]
    return render(request, "cms/area_index.html", {"rows": rows})


def province_view(request: HttpRequest, province: str) -> HttpResponse:
    area = _province(province)
    if area.merged_into_id:
        return HttpResponsePermanentRedirect(area.merged_into.get_absolute_url())
    return _area_page(request, area, province=area)


def district_view(request: HttpRequest, province: str, district: str) -> HttpResponse:
    parent = _province(province)
    area = _district(parent, district)
    if area.merged_into_id:
        return HttpResponsePermanentRedirect(area.merged_into.get_absolute_url())
    return _area_page(request, area, province=parent)


def area_producers(area: Area) -> QuerySet[Producer]:
    """Producers located in ``area``, with how many of their products are certified today."""
    certified = Product.objects.certified_today().filter(producer=OuterRef("pk"))
    return (
        Producer.objects.filter(within(area, "area"))
        .annotate(
            certified_count=Count("products", filter=Q(products__in=Product.objects.certified_today())),
            has_certified=Exists(certified),
        )
        .select_related("area__parent__parent")
        .order_by("-has_certified", "name")
    )


def area_products(area: Area) -> QuerySet[Product]:
    return listing_queryset().filter(within(area, "producer__area")).order_by("title", "pk")


def area_sales_points(area: Area) -> list:
    model = listings.sales_point_model()
    if model is None:
        return []
    return list(
        model.objects.live()
        .public()
        .filter(within(area, "area"))
        .select_related("area__parent__parent")
        .order_by("title")
    )


def _area_page(request: HttpRequest, area: Area, *, province: Area) -> HttpResponse:
    producers = area_producers(area)
    products = Paginator(area_products(area), PRODUCTS_PER_PAGE).get_page(request.GET.get("page"))
    fairs = list(listings.upcoming_fairs().filter(within(province)).select_related("area__parent__parent"))
    districts = []
    if area.kind == Area.Kind.PROVINCE:
        districts = list(
            area.children.filter(merged_into=None).exclude(kind=Area.Kind.COMMUNE).order_by("name")
        )
    context = {
        "area": area,
        "province": province,
        "is_province": area.kind == Area.Kind.PROVINCE,
        "districts": districts,
        "producers": list(producers[:PRODUCERS_SHOWN]),
        "producer_count": producers.count(),
        "products": products,
        "sales_points": area_sales_points(area),
        "fairs": fairs,
        "fair_index": listings.fair_index(),
        "sales_point_index": listings.sales_point_index(),
    }
    return render(request, "cms/area_page.html", context)


class AreaSitemap(Sitemap):
    """Provinces, and the districts that have producers or sales points."""

    changefreq = "weekly"
    priority = 0.5

    def items(self) -> list[Area]:
        current = Area.objects.filter(merged_into=None)
        has_content = Exists(Producer.objects.filter(Q(area=OuterRef("pk")) | Q(area__parent=OuterRef("pk"))))
        model = listings.sales_point_model()
        if model is not None:
            has_content |= Exists(model.objects.live().public().filter(area=OuterRef("pk")))
        districts = (
            current.filter(parent__isnull=False, parent__parent=None)
            .exclude(kind=Area.Kind.COMMUNE)
            .filter(has_content)
            .select_related("parent")
            .order_by("parent__name", "name")
        )
        provinces = current.filter(parent=None, kind=Area.Kind.PROVINCE).order_by("name")
        return [*provinces, *districts]

    def location(self, area: Area) -> str:
        return area.get_absolute_url()
