"""Template helpers of the basket, checkout, emails and order history: how each line is fulfilled."""

from __future__ import annotations

from dataclasses import dataclass, field

from django import template

from marketplace.basket.fulfilment import hours_summary, sales_point_of

register = template.Library()


@dataclass
class Fulfilment:
    """Delivery by the producer (``pickup`` False) or pick-up at ``point`` with its address and hours."""

    pickup: bool
    partner_name: str = ""
    point: object | None = None
    hours: list[str] = field(default_factory=list)

    @property
    def address(self) -> str:
        return getattr(self.point, "address", "") if self.point else ""

    @property
    def phone(self) -> str:
        return getattr(self.point, "phone", "") if self.point else ""

    @property
    def url(self) -> str:
        return self.point.url if self.point is not None and self.point.live else ""


def fulfilment_for_partner(partner_id: int | None, partner_name: str = "") -> Fulfilment:
    point = sales_point_of(partner_id)
    if point is None:
        return Fulfilment(pickup=False, partner_name=partner_name)
    return Fulfilment(pickup=True, partner_name=point.title, point=point, hours=hours_summary(point))


@register.simple_tag
def line_fulfilment(line) -> Fulfilment:
    """``{% line_fulfilment line as f %}`` for a basket line or an order line."""
    if hasattr(line, "order_id"):  # an order line keeps the partner even if the stock record goes
        return fulfilment_for_partner(line.partner_id, line.partner_name)
    record = line.stockrecord
    return fulfilment_for_partner(
        record.partner_id if record else None, record.partner.name if record else ""
    )
