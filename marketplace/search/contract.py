"""What every search backend takes and gives back: filters in, a page-able result with facets out.

This module owns the plain shapes: the request (``SearchRequest``, ``SearchFilters``), the price
ranges, the raw facet counts a backend computes (``FacetCounts``) and the labelled facets
(``Facet``, ``FacetValue``). The page-able result both backends return, ``SearchResults``, is in
``marketplace.search.results`` (it labels its facets with ``marketplace.search.facets``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# Price ranges offered as a facet, in whole đồng: (lower bound included, upper bound excluded).
PRICE_RANGES: list[tuple[int | None, int | None]] = [
    (None, 100_000),
    (100_000, 300_000),
    (300_000, 1_000_000),
    (1_000_000, None),
]


def price_key(low: int | None, high: int | None) -> str:
    return f"{low or ''}-{high or ''}"


def parse_price(key: str) -> tuple[int | None, int | None] | None:
    """``"100000-300000"`` → (100000, 300000); an open end is empty; garbage → None."""
    low, sep, high = (key or "").partition("-")
    if not sep:
        return None
    try:
        return (int(low) if low else None, int(high) if high else None)
    except ValueError:
        return None


@dataclass
class SearchFilters:
    """Facet selections (each list: any of these values)."""

    stars: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    provinces: list[int] = field(default_factory=list)  # Area ids (kind province)
    areas: list[int] = field(default_factory=list)  # Area ids (district level)
    producers: list[int] = field(default_factory=list)
    price: tuple[int | None, int | None] | None = None
    # Area id: only products with free units at a live sales point in this area (marketplace.search.pickup).
    pickup_area: int | None = None

    def is_empty(self) -> bool:
        return not (
            self.stars
            or self.groups
            or self.provinces
            or self.areas
            or self.producers
            or self.price
            or self.pickup_area
        )


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str  # the query-string parameter
    label: str
    values: list[FacetValue]


@dataclass
class SearchRequest:
    query: str = ""
    category_ids: list[int] | None = None
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: str = "relevancy"
    today: datetime.date | None = None  # Vietnam date; None: today
    # The shopper's pick-up area: the "pickup" facet counts what can be picked up there.
    near_area: int | None = None


# Raw facet counts a backend computes: facet name → {key: count}.
FacetCounts = dict[str, dict[str, int]]
