"""Placing an order for a basket, in one transaction, from a request or from anywhere else.

``place_order_for_basket`` is the one way an online order gets written: the checkout's
"place order" button calls it, and so may a payment webhook (see /work/brief/checkout-seam.md).
It re-asks the strategy about every line (certified today, in stock there), computes the
shipping charge and total, writes the order with Oscar's ``OrderCreator`` (whose stock
allocation is conditional: ``partner.StockRecord.allocate``), records the payment source and
submits the basket, all or nothing. Calling it twice for the same basket returns the same order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from oscar.apps.order.exceptions import UnableToPlaceOrder
from oscar.core.loading import get_class, get_model

from marketplace.checkout.addresses import vietnam
from marketplace.order.statuses import INITIAL
from marketplace.partner.strategy import Selector

logger = logging.getLogger("oscar.checkout")

Order = get_model("order", "Order")
ShippingAddress = get_model("order", "ShippingAddress")
PaymentEventQuantity = get_model("order", "PaymentEventQuantity")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderNumberGenerator = get_class("order.utils", "OrderNumberGenerator")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Repository = get_class("shipping.repository", "Repository")
Applicator = get_class("offer.applicator", "Applicator")

#: Payment source type codes. Names are stored in English and translated where shown.
COD_SOURCE = "cod"
COD_SOURCE_NAME = gettext_noop("Cash on delivery / at pick-up")


class PlacementRefused(UnableToPlaceOrder):
    """The basket cannot become an order now (not certified, not enough stock…); nothing was written."""


def basket_refusals(basket) -> list[str]:
    """What stops this basket from being ordered now, line by line, in the strategy's words."""
    refusals = []
    for line in basket.all_lines():
        info = basket.strategy.fetch_for_line(line)
        permitted, reason = info.availability.is_purchase_permitted(line.quantity)
        if not permitted:
            refusals.append(
                _("“%(title)s” cannot be ordered: %(reason)s.")
                % {"title": line.product.get_title(), "reason": reason}
            )
    return refusals


def cod_source_type() -> Model:
    source_type, _created = SourceType.objects.get_or_create(
        code=COD_SOURCE, defaults={"name": COD_SOURCE_NAME}
    )
    return source_type


def cod_source(amount: Decimal, currency: str) -> Model:
    """Cash to be collected on delivery or at the counter: allocated, nothing debited yet."""
    return Source(
        source_type=cod_source_type(), currency=currency, amount_allocated=amount, amount_debited=Decimal(0)
    )


def _address(value: Model | dict | None) -> Model | None:
    if value is None:
        return None
    if isinstance(value, ShippingAddress):
        address = value
    else:
        fields = dict(value)
        country = fields.pop("country_id", None) or fields.pop("country", None)
        address = ShippingAddress(**fields)
        address.country_id = getattr(country, "pk", country)
    if not address.country_id:
        address.country = vietnam()  # the one country the marketplace ships to
    return address


def address_fields(address: Model | None) -> dict[str, Any] | None:
    """A JSON-friendly copy of an (unsaved) order address, to keep beside a payment."""
    if address is None:
        return None
    fields: dict[str, Any] = {}
    for field in ShippingAddress._meta.concrete_fields:
        if field.primary_key or field.name in {"search_text"}:
            continue
        value = getattr(address, field.attname)
        fields[field.attname] = str(value) if field.name == "phone_number" and value else value
    return fields


def _shipping_method(basket, code: str | None, address, user, request):
    methods = Repository().get_shipping_methods(
        basket=basket, user=user, shipping_addr=address, request=request
    )
    for method in methods:
        if code is None or method.code == code:
            return method
    raise PlacementRefused(_("The chosen delivery method is no longer available. Please choose again."))


def place_order_for_basket(
    basket,
    *,
    user=None,
    guest_email: str = "",
    shipping_address: Model | dict | None = None,
    shipping_method_code: str | None = None,
    payment_source: Model | None = None,
    payment_events: Iterable[Model] = (),
    order_number: str | None = None,
    request=None,
    send_email: bool = True,
) -> Model:
    """Write the order for ``basket`` (open or frozen) and submit the basket; return the order.

    - ``shipping_address``: an unsaved ``order.ShippingAddress`` or its fields (``address_fields``);
      required when a line is delivered; for pick-up-only baskets, the contact
      (``marketplace.checkout.addresses.pickup_contact_address``).
    - ``payment_source``: an unsaved ``payment.Source`` (its ``order`` is set here); default: cash
      on delivery / at pick-up for the whole total, nothing debited.
    - Raises ``PlacementRefused`` (a line not certified or out of stock, no valid shipping method)
      or ``partner.exceptions.NotEnoughStock`` (another buyer took the last units first);
      in both cases nothing was written and the basket is as it was.
    - Idempotent: if the basket's order exists already, it is returned unchanged.
    """
    if user is None and request is not None:
        user = request.user
    number = str(order_number or OrderNumberGenerator().order_number(basket))
    existing = Order.objects.filter(number=number).first()
    if existing is not None:
        return existing
    if not basket.has_strategy:
        basket.strategy = Selector().strategy(request=request, user=user)
    # Fresh offers and lines: the basket may come from another request or from no request at all.
    basket.reset_offer_applications()
    Applicator().apply(basket, user, request)
    if basket.is_empty:
        raise PlacementRefused(_("Your basket is empty."))
    refusals = basket_refusals(basket)
    if refusals:
        raise PlacementRefused(" ".join(refusals))
    address = _address(shipping_address)
    if basket.is_shipping_required() and address is None:
        raise PlacementRefused(_("Please give a delivery address."))
    method = _shipping_method(basket, shipping_method_code, address, user, request)
    charge = method.calculate(basket)
    total = OrderTotalCalculator(request).calculate(basket, charge)
    order_fields: dict[str, Any] = {}
    if not (user and user.is_authenticated):
        order_fields["guest_email"] = guest_email
    try:
        with transaction.atomic():
            if address is not None:
                address.save()
            order = OrderCreator().place_order(
                basket=basket,
                total=total,
                shipping_method=method,
                shipping_charge=charge,
                user=user,
                shipping_address=address,
                order_number=number,
                status=INITIAL,
                request=request,
                **order_fields,
            )
            source = payment_source or cod_source(order.total_incl_tax, order.currency)
            source.order = order
            source.save()
            for event in payment_events:
                event.order = order
                event.save()
                for line in order.lines.all():
                    PaymentEventQuantity.objects.create(event=event, line=line, quantity=line.quantity)
            basket.submit()
    except IntegrityError:
        # The same basket placed at the same moment by another request (a retried webhook).
        existing = Order.objects.filter(number=number).first()
        if existing is None:
            raise
        return existing
    logger.info("Order #%s placed for basket #%s (%s)", order.number, basket.id, method.code)
    if send_email:
        send_confirmation(order, request)
    return order


def order_status_path(order) -> str | None:
    try:
        if order.user_id:
            return reverse("customer:order", kwargs={"order_number": order.number})
        return reverse(
            "customer:anon-order", kwargs={"order_number": order.number, "hash": order.verification_hash()}
        )
    except NoReverseMatch:
        return None


def send_confirmation(order, request=None) -> None:
    """Oscar's ORDER_PLACED message (themes/…/communication/emails/commtype_order_placed_*)."""
    path = order_status_path(order)
    context: dict[str, Any] = {
        "user": order.user,
        "order": order,
        "lines": order.lines.select_related("partner", "product"),
        "request": request,
        "shop_name": settings.OSCAR_SHOP_NAME,
    }
    if path:
        context["status_path"] = path
        context["status_url"] = settings.SITE_URL.rstrip("/") + path
    OrderDispatcher(logger=logger).send_order_placed_email_for_user(order, context)
