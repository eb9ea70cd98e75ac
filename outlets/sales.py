"""The in-store sale: an Oscar order in the holder's own channel, paid at the counter.

The holder is a sales point or a fair booth: a booth sale is the same flow, in the fair's channel.

The strategy decides what may be sold (certified today, in stock here); this module
never repeats that rule. Stock leaves the shelf in the same transaction as the order
is written, through the conditional decrement of ``outlets.adjustments``: if two
sellers race for the last unit, one order is rolled back entirely.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _
from oscar.apps.shipping.methods import NoShippingRequired
from oscar.core.loading import get_class, get_model

from marketplace.channels.models import SalesChannel
from marketplace.partner.strategy import Selector
from outlets.adjustments import Holder, InsufficientStock, take_stock
from outlets.booths import sync_channel as sync_booth_channel
from outlets.models import FairBooth, InStoreSale, StockAdjustment
from outlets.partners import sync_channel

Basket = get_model("basket", "Basket")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")
OscarOrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")

COMPLETED = "Completed"


class SaleRefused(Exception):
    """The sale cannot go through (not certified, not enough stock); nothing was written."""


@dataclass
class SaleLine:
    product: Model
    quantity: int


class InStoreOrderCreator(OscarOrderCreator):
    """Oscar's order creator, but the units leave the shelf now instead of being allocated."""

    def __init__(self, holder: Holder, seller):
        super().__init__()
        self.holder = holder
        self.seller = seller

    def create_order_model(self, *args, **kwargs):
        self.order = super().create_order_model(*args, **kwargs)
        return self.order

    def create_line_models(self, order, basket_line, extra_line_fields=None):
        fields = {"num_allocated": 0, **(extra_line_fields or {})}
        return super().create_line_models(order, basket_line, fields)

    def update_stock_records(self, line):
        take_stock(
            self.holder,
            line.stockrecord,
            line.quantity,
            user=self.seller,
            reason=StockAdjustment.Reason.SALE,
            order=self.order,
        )


def payment_source_type(method: str) -> Model:
    """Oscar's payment source type for cash / card / bank transfer (created on first use)."""
    label = InStoreSale.Payment(method).label
    source_type, _created = SourceType.objects.get_or_create(
        code=method.replace("_", "-"), defaults={"name": label}
    )
    return source_type


def holder_channel(holder: Holder) -> Model:
    """The holder's own sales channel (a sales point's, or the fair's), created if missing."""
    channel = SalesChannel.objects.filter(partner_id=holder.partner_id).first()
    if channel is not None:
        return channel
    if isinstance(holder, FairBooth):
        return sync_booth_channel(holder)
    return sync_channel(holder)


def sell_in_store(holder: Holder, seller, lines: Iterable[SaleLine], payment_method: str) -> Model:
    """Place a completed order in the holder's channel, take the units off its shelf, record the payment."""
    lines = [line for line in lines if line.quantity > 0]
    if not lines:
        raise SaleRefused(_("Nothing to sell."))
    strategy = Selector().strategy(pickup_partner_id=holder.partner_id)
    for line in lines:
        info = strategy.fetch_for_product(line.product)
        allowed, reason = info.availability.is_purchase_permitted(line.quantity)
        if not allowed or info.stockrecord is None:
            raise SaleRefused(f"{line.product.get_title()}: {reason or _('not for sale here')}")
    channel = holder_channel(holder)
    try:
        with transaction.atomic():
            # Never visible to other requests while open: the whole sale is one transaction.
            basket = Basket.objects.create(owner=seller)
            basket.strategy = strategy
            for line in lines:
                basket.add_product(line.product, line.quantity)
            shipping_method = NoShippingRequired()
            shipping_charge = shipping_method.calculate(basket)
            total = OrderTotalCalculator().calculate(basket, shipping_charge)
            order = InStoreOrderCreator(holder, seller).place_order(
                basket,
                total,
                shipping_method,
                shipping_charge,
                user=None,
                status=COMPLETED,
                channel=channel,
            )
            basket.submit()
            Source.objects.create(
                order=order,
                source_type=payment_source_type(payment_method),
                currency=order.currency,
                amount_allocated=order.total_incl_tax,
                amount_debited=order.total_incl_tax,
            )
            InStoreSale.objects.create(
                order=order, seller=seller, payment_method=payment_method, **holder.holder_fields()
            )
    except InsufficientStock as error:
        raise SaleRefused(str(error)) from error
    return order
