"""The result every search backend returns: a lazy, page-able ``SearchResults``.

Django's paginator pages it (``count()`` and slicing), each page is a list of listing-ready
``Product`` instances (from ``listing_queryset()``, so a page costs the same few queries whatever
the backend), and ``facets`` gives the counts for stars, group, province, area, producer, price
range and, when the shopper has chosen an area, what can be picked up at a sales point there
(labelled by ``marketplace.search.facets``). What goes in is ``marketplace.search.contract``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marketplace.search.contract import Facet, FacetCounts, SearchRequest
from marketplace.search.facets import build_facets


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
            self._facets = build_facets(self._facet_counts(), self.request.filters)
        return self._facets
