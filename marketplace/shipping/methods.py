"""Shipping methods of the marketplace, in whole đồng.

Each producer ships its own lines, so delivery is charged per producer shipment; lines picked
up at a sales point cost nothing to ship. The fees come from settings (``OCOP_SHIPPING_*``).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.shipping.methods import Base
from oscar.apps.shipping.methods import NoShippingRequired as OscarNoShippingRequired
from oscar.core import prices

ZERO = Decimal("0")


@dataclass
class Shipment:
    """One producer's parcel: its lines, their value and what shipping it costs."""

    partner_name: str
    subtotal: Decimal
    fee: Decimal


class NoShippingRequired(OscarNoShippingRequired):
    """Everything is picked up at sales points: no address, no fee."""

    name = _("Pick up at the sales point")
    description = _("Free. Bring your order number; pay at the counter if you chose to pay at pick-up.")


class ProducerDelivery(Base):
    """Delivered by each producer: ``fee`` per producer, free for a producer's lines worth ``threshold``."""

    code = "standard"
    name = _("Standard delivery")
    fee_setting = "OCOP_SHIPPING_STANDARD_FEE"
    threshold_setting: str | None = "OCOP_SHIPPING_FREE_THRESHOLD"

    @property
    def fee(self) -> Decimal:
        return Decimal(getattr(settings, self.fee_setting))

    @property
    def threshold(self) -> Decimal | None:
        if not self.threshold_setting:
            return None
        return Decimal(getattr(settings, self.threshold_setting))

    def shipments(self, basket) -> list[Shipment]:
        """The parcels of ``basket``'s delivered lines, one per producer, with their fees."""
        groups: OrderedDict[int, Shipment] = OrderedDict()
        for line in basket.delivery_lines():
            partner = line.stockrecord.partner
            value = line.line_price_incl_tax_incl_discounts or ZERO
            shipment = groups.setdefault(partner.pk, Shipment(partner.name, ZERO, ZERO))
            shipment.subtotal += value
        for shipment in groups.values():
            free = self.threshold is not None and shipment.subtotal >= self.threshold
            shipment.fee = ZERO if free else self.fee
        return list(groups.values())

    def calculate(self, basket) -> prices.Price:
        total = sum((s.fee for s in self.shipments(basket)), ZERO)
        return prices.Price(
            currency=basket.currency or settings.OSCAR_DEFAULT_CURRENCY, excl_tax=total, tax=ZERO
        )


class StandardDelivery(ProducerDelivery):
    @property
    def description(self):
        return _("%(fee)s per producer, free for a producer's goods from %(threshold)s. 3–5 days.") % {
            "fee": _vnd(self.fee),
            "threshold": _vnd(self.threshold),
        }


class ExpressDelivery(ProducerDelivery):
    code = "express"
    name = _("Express delivery")
    fee_setting = "OCOP_SHIPPING_EXPRESS_FEE"
    threshold_setting = None

    @property
    def description(self):
        return _("%(fee)s per producer. 1–2 days.") % {"fee": _vnd(self.fee)}


def _vnd(amount: Decimal | None) -> str:
    from oscar.templatetags.currency_filters import currency

    return currency(amount, "VND")
