"""Oscar's catalogue views, forked only where the certification rule changes them, and producer pages."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.generic import DetailView
from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView

from catalogue.attributes import product_facts
from catalogue.certification import vietnam_today
from catalogue.models import Producer, Product
from catalogue.structured_data import as_json_ld, producer_data, product_json_ld, product_open_graph, summary
from marketplace.search.contract import SearchFilters
from marketplace.search.pickup import remembered_area_id
from marketplace.search.service import listing_queryset, search_products
from outlets.where_to_buy import points_selling


def shown_to(product: Product, request: HttpRequest) -> bool:
    """A product page is public only while the product is certified today; staff may preview it.

    Whatever created the product (registry sync, Oscar's dashboard, a variant): the certificate
    decides, never a field the dashboard can fill in.
    """
    return product.is_certified_today or request.user.is_staff


class ProductDetailView(OscarProductDetailView):
    """A product page, only while the product is certified today.

    A product that never had a certificate (created in the dashboard, a variant) was never OCOP:
    404. One whose certificate lapsed answers 410 Gone and says why (expired on …, revoked on …),
    with certified products of the same group. Staff see the page itself, marked as a preview.
    Everything the page shows is fetched up front (a constant number of queries).
    """

    def get_queryset(self):
        return (
            Product.objects.with_current_certificate()
            .prefetch_attribute_values()
            .select_related("producer__area__parent__parent", "product_class", "parent")
            .prefetch_related("images", "stockrecords")
        )

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.object = product = self.get_object()
        # Before Oscar's redirect to the right slug: an unlisted product's URL names nothing.
        if not shown_to(product, request):
            if product.latest_certificate is None:
                raise Http404
            return self.not_listed(request, product)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        ctx = super().get_context_data(**kwargs)
        product = self.object
        request = self.request
        purchase_info = request.strategy.fetch_for_product(product)
        certificate = product.current_certificate
        ctx["certificate"] = certificate
        ctx["staff_preview"] = certificate is None  # only staff get this far without one
        ctx["facts"] = product_facts(product)
        # Where to buy in person: only while certified today (available_stock asks the rule too).
        ctx["where_to_buy"] = points_selling(product, remembered_area_id(request)) if certificate else []
        ctx["json_ld"] = product_json_ld(product, request, purchase_info, certificate)
        ctx["open_graph"] = product_open_graph(product, request, purchase_info, settings.OSCAR_SHOP_NAME)
        ctx["canonical_url"] = request.build_absolute_uri(product.get_absolute_url())
        ctx["meta_description"] = product.meta_description or summary(product, 160)
        return ctx

    def not_listed(self, request: HttpRequest, product) -> HttpResponse:
        certificate = product.latest_certificate
        alternatives = (
            listing_queryset()
            .filter(categories__in=product.categories.all())
            .exclude(pk=product.pk)
            .distinct()
        )
        context = {
            "product": product,
            "certificate": certificate,
            "state": certificate.state_on(vietnam_today()) if certificate else "unknown",
            "alternatives": alternatives[:8],
        }
        return TemplateResponse(request, "ocop/catalogue/not_listed.html", context, status=410)


def certified_product_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For the pages under a product's URL (Oscar's reviews): 404 unless the product page is shown."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        product = get_object_or_404(Product.objects.with_current_certificate(), pk=kwargs["product_pk"])
        if not shown_to(product, request):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


class ProducerDetailView(DetailView):
    """A producer (chủ thể OCOP): its story, its area and all its products certified today.

    The products come through the search service (the listing's rule and order: most stars first),
    so a producer page and the producer facet always agree.
    """

    template_name = "ocop/catalogue/producer.html"
    context_object_name = "producer"

    def get_object(self, queryset=None) -> Producer:
        return get_object_or_404(
            Producer.objects.select_related("area__parent__parent"), slug=self.kwargs["slug"]
        )

    def get_context_data(self, **kwargs) -> dict:
        ctx = super().get_context_data(**kwargs)
        producer = self.object
        results = search_products(filters=SearchFilters(producers=[producer.pk]), sort="stars")
        page = Paginator(results, settings.OSCAR_PRODUCTS_PER_PAGE).get_page(self.request.GET.get("page"))
        stars = sorted(
            {p.current_certificate.stars for p in page.object_list if p.current_certificate}, reverse=True
        )
        ctx.update(
            products=page.object_list,
            page_obj=page,
            paginator=page.paginator,
            is_paginated=page.has_other_pages(),
            product_count=page.paginator.count,
            top_stars=stars[0] if stars else None,
            json_ld=as_json_ld(producer_data(producer, self.request)),
            canonical_url=self.request.build_absolute_uri(producer.get_absolute_url()),
        )
        return ctx
