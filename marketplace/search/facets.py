"""Turning a backend's raw facet counts into labelled facets (same for every backend)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from oscar.core.loading import get_model
from oscar.templatetags.currency_filters import currency

from catalogue.models import OcopGroup, Stars
from marketplace.search.contract import PRICE_RANGES, Facet, FacetCounts, FacetValue, SearchFilters, price_key

MAX_PRODUCERS = 20


def price_label(low: int | None, high: int | None) -> str:
    if low is None:
        return _("Under %(price)s") % {"price": currency(high)}
    if high is None:
        return _("%(price)s and more") % {"price": currency(low)}
    return f"{currency(low)} – {currency(high)}"


def build_facets(counts: FacetCounts, filters: SearchFilters) -> list[Facet]:
    """Labelled facets; "pickup" has one value (the shopper's area) and shows even at zero."""
    Area = get_model("areas", "Area")
    Producer = get_model("catalogue", "Producer")

    def values(name: str, labels: dict[str, str], order: list[str]) -> list[FacetValue]:
        chosen = {str(v) for v in getattr(filters, name)}
        found = counts.get(name, {})
        return [
            FacetValue(key, labels.get(key, key), found.get(key, 0), key in chosen)
            for key in order
            if found.get(key) or key in chosen
        ]

    area_ids = {int(k) for k in (*counts.get("provinces", {}), *counts.get("areas", {}))}
    area_ids |= set(filters.provinces) | set(filters.areas)
    pickup_counts = counts.get("pickup", {})
    area_ids |= {int(k) for k in pickup_counts}
    area_names = {
        str(pk): name for pk, name in Area.objects.filter(pk__in=area_ids).values_list("pk", "name")
    }
    producer_counts = counts.get("producers", {})
    top = sorted(producer_counts, key=lambda k: -producer_counts[k])[:MAX_PRODUCERS]
    producer_ids = {int(k) for k in top} | set(filters.producers)
    producer_names = {
        str(pk): name for pk, name in Producer.objects.filter(pk__in=producer_ids).values_list("pk", "name")
    }

    def by_name(names: dict[str, str], keys) -> list[str]:
        return sorted({str(k) for k in keys}, key=lambda k: names.get(k, k))

    prices = [price_key(low, high) for low, high in PRICE_RANGES]
    chosen_price = price_key(*filters.price) if filters.price else None
    price_counts = counts.get("price", {})
    chosen_pickup = str(filters.pickup_area) if filters.pickup_area else None
    return [
        Facet(
            "pickup",
            _("Pick up near me"),
            [
                FacetValue(
                    key,
                    _("In stock at a sales point in %(area)s") % {"area": area_names.get(key, key)},
                    n,
                    key == chosen_pickup,
                )
                for key, n in pickup_counts.items()
            ],
        ),
        Facet(
            "stars",
            _("Stars"),
            values("stars", {str(s.value): str(s.label) for s in Stars}, [str(s) for s in (5, 4, 3)]),
        ),
        Facet(
            "group",
            _("Product group"),
            values("groups", {g.value: str(g.label) for g in OcopGroup}, list(OcopGroup.values)),
        ),
        Facet(
            "province",
            _("Province"),
            values(
                "provinces",
                area_names,
                by_name(area_names, [*counts.get("provinces", {}), *filters.provinces]),
            ),
        ),
        Facet(
            "area",
            _("Area"),
            values("areas", area_names, by_name(area_names, [*counts.get("areas", {}), *filters.areas])),
        ),
        Facet(
            "producer",
            _("Producer"),
            values("producers", producer_names, by_name(producer_names, producer_ids)),
        ),
        Facet(
            "price",
            _("Price"),
            [
                FacetValue(key, price_label(*rng), price_counts.get(key, 0), key == chosen_price)
                for key, rng in zip(prices, PRICE_RANGES, strict=True)
                if price_counts.get(key) or key == chosen_price
            ],
        ),
    ]
