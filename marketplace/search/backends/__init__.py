"""The search backends: Elasticsearch when ``ELASTICSEARCH_URL`` is set, the database otherwise."""

from __future__ import annotations

from django.conf import settings

from marketplace.search.backends import database, elastic
from marketplace.search.contract import SearchRequest
from marketplace.search.results import SearchResults


def elasticsearch_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def run_search(request: SearchRequest) -> SearchResults:
    if elasticsearch_enabled():
        return elastic.search(request)
    return database.search(request)


def run_suggest(prefix: str, limit: int = 8) -> list[dict]:
    if elasticsearch_enabled():
        return elastic.suggest(prefix, limit)
    return database.suggest(prefix, limit)
