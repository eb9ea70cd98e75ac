from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue import apps

from catalogue import pagecache
from marketplace.safety import images

# Storefront pages served from the anonymous page cache (catalogue.pagecache).
PAGE_CACHED_URLS = {"index", "category", "detail"}


class CatalogueConfig(apps.CatalogueConfig):
    name = "catalogue"
    verbose_name = _("Catalogue and OCOP certification")

    def ready(self) -> None:
        super().ready()
        pagecache.connect()
        images.install()  # Pillow's bomb limit at our cap; every new ImageField file re-encoded

    def get_url_decorator(self, pattern):
        decorator = super().get_url_decorator(pattern)
        if pattern.name and pattern.name.startswith("reviews-"):
            # Oscar's review pages (under the product's URL) show the product: same rule as its page.
            # Local: Oscar asks while the URLconf loads, and catalogue.apps loads before the models.
            from catalogue.views import certified_product_required

            if decorator is None:
                return certified_product_required
            return lambda view: decorator(certified_product_required(view))
        if pattern.name not in PAGE_CACHED_URLS:
            return decorator
        on_hit = pagecache.product_viewed_on_hit if pattern.name == "detail" else None
        cached = pagecache.cached_page(on_hit=on_hit)
        return cached if decorator is None else (lambda view: decorator(cached(view)))
