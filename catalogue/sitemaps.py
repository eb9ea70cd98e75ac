"""Certified products in the sitemap: a decertified product leaves it at midnight by itself."""

from django.contrib.sitemaps import Sitemap
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")


class CertifiedProductSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8
    limit = 5000

    def items(self):
        return Product.objects.browsable().order_by("pk").only("pk", "slug", "date_updated")

    def lastmod(self, product):
        return product.date_updated
