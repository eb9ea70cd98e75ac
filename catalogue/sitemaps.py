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


class ProducerSitemap(Sitemap):
    """Producers with at least one product certified today (their page lists those products)."""

    changefreq = "weekly"
    priority = 0.6
    limit = 5000

    def items(self):
        Producer = get_model("catalogue", "Producer")
        listed = Product.objects.browsable().values("producer_id")
        return Producer.objects.filter(pk__in=listed).order_by("pk").only("pk", "slug")
