"""Product search: one entry point, two backends (Elasticsearch or the database), one contract.

``search_products`` returns a ``SearchResults`` (see results.py): the paginator pages it, and
``.facets`` gives pick-up, stars, group, province, area, producer and price counts. Only products
certified today appear, whichever backend answers (catalogue.certification).
"""

from __future__ import annotations

import datetime

from catalogue.listing import listing_queryset
from marketplace.search.backends import run_search, run_suggest
from marketplace.search.contract import SearchFilters, SearchRequest
from marketplace.search.forms import SearchForm
from marketplace.search.results import SearchResults

__all__ = ["listing_queryset", "search_products", "suggest"]


def search_products(
    query: str = "",
    *,
    categories=None,
    sort: str = SearchForm.RELEVANCY,
    filters: SearchFilters | None = None,
    today: datetime.date | None = None,
    near_area: int | None = None,
) -> SearchResults:
    """``near_area``: the shopper's pick-up area, for the "pickup" facet's count (the filter's own area
    counts when the filter is on)."""
    filters = filters or SearchFilters()
    category_ids = None if categories is None else [c.pk for c in categories]
    return run_search(
        SearchRequest(
            query=query or "",
            category_ids=category_ids,
            filters=filters,
            sort=sort or SearchForm.RELEVANCY,
            today=today,
            near_area=filters.pickup_area or near_area,
        )
    )


def suggest(prefix: str, limit: int = 8) -> list[dict]:
    """Autocomplete: titles (and links) of certified-today products for what was typed so far."""
    return run_suggest(prefix, limit)
