"""URL map: Wagtail owns the site root; the Oscar storefront lives under /shop/."""

from django.apps import apps
from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PagesSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import serve as wagtail_serve

from catalogue.feeds import CertifiedProductsFeed
from catalogue.pagecache import cached_page
from catalogue.robots import robots_txt
from catalogue.sitemaps import CertifiedProductSitemap, ProducerSitemap
from cms.areas import AreaSitemap

sitemaps = {"pages": PagesSitemap, "products": CertifiedProductSitemap, "areas": AreaSitemap}
sitemaps["producers"] = ProducerSitemap

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("cms-admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt),
    path("shop/feeds/products.xml", CertifiedProductsFeed(), name="product-feed"),
    path("", include("catalogue.urls")),
    # Registry pages in Oscar's dashboard look (staff: syncs, expiry; producers: certificates, stamps).
    path("shop/dashboard/registry/", include("catalogue.dashboard.urls")),
    path("shop/desk/", include("outlets.desk.urls")),  # sales-point managers' stock desk
    path("shop/producer/", include("marketplace.producers.urls")),  # the producer portal
    # Card payments: Stripe's webhook, the card page and its return, staff refunds.
    path("shop/payments/", include("marketplace.payments.urls")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    # Media files are served by Django only when no front server does it (small deployments).
    from django.views.static import serve

    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += [
    # The home page (Wagtail), served from the anonymous page cache (catalogue/pagecache.py).
    path("", cached_page(wagtail_serve), {"path": ""}),
    path("", include("cms.urls")),  # page sub-URLs ending in a file name (fairs' calendar.ics)
    path("", include(wagtail_urls)),
]
