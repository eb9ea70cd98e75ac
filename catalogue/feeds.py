"""An Atom feed of certified products, newest first, for aggregators and partner sites."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from marketplace.search.service import listing_queryset


class CertifiedProductsFeed(Feed):
    feed_type = Atom1Feed
    title = _("New certified OCOP products")
    subtitle = _("Products whose OCOP certificate is valid today")
    link = "/shop/"

    def items(self):
        return listing_queryset().order_by("-date_created")[:50]

    def item_title(self, product) -> str:
        certificate = product.current_certificate
        return f"{product.title} ({certificate.stars}★ OCOP)" if certificate else product.title

    def item_description(self, product) -> str:
        return product.description

    def item_updateddate(self, product):
        return product.date_updated
