"""Where to buy a product in person: live sales points with units of it free to sell right now.

Free units and "certified today" come from ``outlets.stock.available_stock`` (which asks catalogue's
rule); this module only joins them to the points' pages, opening hours and the shopper's area.
A constant four queries whatever the number of points: stock, points, hours, exceptions.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from outlets.hours import vietnam_now
from outlets.models import SalesPointPage
from outlets.stock import available_stock


@dataclass
class PointOffer:
    point: Any  # outlets.models.SalesPointPage
    record: Any  # partner.StockRecord (annotated .available)
    open_now: bool
    opening_text: str
    near: bool  # in the shopper's chosen pick-up area

    @property
    def available(self) -> int:
        return self.record.available

    @property
    def price(self):
        return self.record.price


def points_selling(product, near_area_id: int | None = None, at: datetime.datetime | None = None) -> list:
    """Offers of ``product`` at live sales points: the shopper's area first, then open now, then by name."""
    records = {r.partner_id: r for r in available_stock().filter(product=product)}
    if not records:
        return []
    points = (
        SalesPointPage.objects.live()
        .public()
        .filter(partner_id__in=list(records))
        .select_related("area__parent__parent")
        .prefetch_related("opening_hours", "holiday_hours")
    )
    now = vietnam_now(at)
    offers = []
    for point in points:
        status = point.opening_status(now)
        lineage = {a.pk for a in point.area.lineage()} if point.area_id else set()
        offers.append(
            PointOffer(
                point=point,
                record=records[point.partner_id],
                open_now=status.open_now,
                opening_text=status.text,
                near=bool(near_area_id and near_area_id in lineage),
            )
        )
    offers.sort(key=lambda o: (not o.near, not o.open_now, o.point.title))
    return offers
