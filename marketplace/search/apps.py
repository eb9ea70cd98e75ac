"""Oscar's search app, forked: the storefront's product search and browsing.

Oscar 4.2 browses through haystack; we keep haystack configured (Oscar imports it) but serve
listings from our own service (``service.py``): Elasticsearch when ``ELASTICSEARCH_URL`` is set,
the database otherwise, behind the same contract.
"""

from django.urls import path
from oscar.apps.search import apps

from catalogue.pagecache import cached_page


class SearchConfig(apps.SearchConfig):
    name = "marketplace.search"

    def ready(self) -> None:
        super().ready()
        # Local: signals looks up models, which exist only once the app registry is ready.
        from marketplace.search import signals

        signals.connect()

    def get_urls(self):
        # Local: the views import models, and this module loads before the app registry is ready.
        from marketplace.search.views import pickup_area, suggest

        urls = super().get_urls()
        return [
            *urls,
            path("suggest/", suggest, name="suggest"),
            path("pickup-area/", pickup_area, name="pickup-area"),
        ]

    def get_url_decorator(self, pattern):
        # The results page is served from the anonymous page cache (catalogue.pagecache).
        decorator = super().get_url_decorator(pattern)
        if pattern.name != "search":
            return decorator
        return cached_page if decorator is None else (lambda view: decorator(cached_page(view)))
