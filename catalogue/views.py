"""Oscar's catalogue views, forked only where the certification rule changes them."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView

from catalogue.certification import vietnam_today


class ProductDetailView(OscarProductDetailView):
    """A product page, only while the product is certified today.

    Otherwise the page answers 410 Gone and says why (expired on …, revoked on …),
    with certified products of the same group; staff still see the page itself.
    """

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.object = product = self.get_object()
        if product.registry_code and not product.is_certified_today and not request.user.is_staff:
            return self.not_listed(request, product)
        return super().get(request, *args, **kwargs)

    def not_listed(self, request: HttpRequest, product) -> HttpResponse:
        from marketplace.search.service import listing_queryset

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
