"""How the marketplace prices and sells a product, in Oscar's strategy pattern.

Each mixin answers one question:
- which stock record: the producer's own (delivery by the producer) unless the
  shopper chose a sales point for pick-up, or a basket line names one;
- which price: the stock record's, in whole đồng, no tax added (VAT is included
  in Vietnamese shelf prices);
- is it for sale: only while the product is certified today *and* in stock.

Basket, checkout, templates and the in-store sale all ask the strategy, so the
"certified today" rule reaches them without being repeated.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.partner import availability, prices
from oscar.apps.partner import strategy as oscar_strategy

#: Session key holding the Partner id of the sales point a shopper picks up from.
PICKUP_PARTNER_SESSION_KEY = "ocop_pickup_partner_id"


class NotCertified(availability.Unavailable):
    """The product has no OCOP certificate valid today: it must not be sold."""

    code = "not-certified"
    message = _("Not for sale: no valid OCOP certificate today")

    def is_purchase_permitted(self, quantity: int) -> tuple[bool, str]:
        return False, _("no valid OCOP certificate today")


class ProducerOrPickupStockRecord:
    """Choose the stock record of the place the shopper buys from."""

    pickup_partner_id: int | None = None

    def select_stockrecord(self, product):
        # Iterate the (usually prefetched) records rather than filtering, to avoid a query per product.
        records = list(product.stockrecords.all())
        if not records:
            return None
        if self.pickup_partner_id is not None:
            for record in records:
                if record.partner_id == self.pickup_partner_id:
                    return record
            return None
        producer = getattr(product, "producer", None)
        producer_partner_id = producer.partner_id if producer else None
        for record in records:
            if record.partner_id == producer_partner_id:
                return record
        return None


class WholeDongPrice(oscar_strategy.NoTax):
    """Prices are in VND, whole đồng, tax included."""

    def pricing_policy(self, product, stockrecord):
        if not stockrecord or stockrecord.price is None:
            return prices.Unavailable()
        return prices.FixedPrice(
            currency=stockrecord.price_currency,
            excl_tax=stockrecord.price.quantize(Decimal("1")),
            tax=Decimal("0"),
        )


class CertifiedAndInStock(oscar_strategy.StockRequired):
    """For sale only while certified today (the registry's word) and in stock."""

    def availability_policy(self, product, stockrecord):
        if not product.is_certified_today:
            return NotCertified()
        return super().availability_policy(product, stockrecord)


class MarketplaceStrategy(
    ProducerOrPickupStockRecord, CertifiedAndInStock, WholeDongPrice, oscar_strategy.Structured
):
    def __init__(self, request=None, pickup_partner_id: int | None = None):
        super().__init__(request)
        if pickup_partner_id is None and request is not None and hasattr(request, "session"):
            pickup_partner_id = request.session.get(PICKUP_PARTNER_SESSION_KEY)
        self.pickup_partner_id = pickup_partner_id

    def fetch_for_line(self, line, stockrecord=None):
        # A basket line keeps the stock record it was added from (the producer's, or a pick-up point's).
        return self.fetch_for_product(line.product, stockrecord or line.stockrecord)


class Selector:
    """Oscar asks this for the strategy of each request (see oscar.apps.partner.strategy.Selector)."""

    def strategy(self, request=None, user=None, **kwargs) -> MarketplaceStrategy:
        return MarketplaceStrategy(request, pickup_partner_id=kwargs.get("pickup_partner_id"))
