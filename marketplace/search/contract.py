"""What every search backend takes and gives back: filters in, a page-able result with facets out.

Both backends (database, Elasticsearch) return a ``SearchResults``: Django's paginator pages it
(``count()`` and slicing), each page is a list of listing-ready ``Product`` instances (from
``listing_queryset()``, so a page costs the same few queries whatever the backend), and
``facets`` gives the counts for stars, group, province, area, producer, price range and, when the
shopper has chosen an area, what can be picked up at a sales point there.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
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


class SearchResults(Sequence):
    """Lazy results: counting and slicing ask the backend, facets are computed once on demand."""

    def __init__(
        self,
        *,
        count: Callable[[], int],
        page: Callable[[int, int], list],
        facet_counts: Callable[[], FacetCounts],
        request: SearchRequest,
        backend: str,
    ) -> None:
        self._count, self._page, self._facet_counts = count, page, facet_counts
        self.request = request
        self.backend = backend
        self._total: int | None = None
        self._facets: list[Facet] | None = None

    def count(self) -> int:  # type: ignore[override]  (the paginator's contract, not Sequence.count)
        if self._total is None:
            self._total = self._count()
        return self._total

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.count())
            if step != 1:
                raise ValueError("SearchResults slices have no step")
            return self._page(start, max(stop - start, 0)) if stop > start else []
        if index < 0:
            index += self.count()
        page = self._page(index, 1)
        if not page:
            raise IndexError(index)
        return page[0]

    @property
    def facets(self) -> list[Facet]:
        if self._facets is None:
            from marketplace.search.facets import build_facets

            self._facets = build_facets(self._facet_counts(), self.request.filters)
        return self._facets
