"""Oscar's search app, forked: the storefront's product search and browsing.

Oscar 4.2 browses through haystack; we keep haystack configured (Oscar imports it) but serve
listings from our own service (``service.py``): Elasticsearch when ``ELASTICSEARCH_URL`` is set,
the database otherwise, behind the same contract.
"""

from django.urls import path
from oscar.apps.search import apps


class SearchConfig(apps.SearchConfig):
    name = "marketplace.search"

    def ready(self) -> None:
        super().ready()
        from marketplace.search import signals

        signals.connect()

    def get_urls(self):
        from marketplace.search.views import suggest

        urls = super().get_urls()
        return [*urls, path("suggest/", suggest, name="suggest")]
