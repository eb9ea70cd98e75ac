"""Every change to a holder's stock goes through here and leaves a ``StockAdjustment``.

A holder is a sales point or a fair booth (anything with ``partner_id`` and ``holder_fields()``).

Decrements are one conditional UPDATE (``... WHERE num_in_stock - num_allocated >= qty``):
two sellers of the last unit cannot both succeed, on any database, without a lock held
across the request. Sets (stock counts) lock the row first, then write the new quantity.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F, Model
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from outlets.models import FairBooth, SalesPointPage, StockAdjustment

StockRecord = get_model("partner", "StockRecord")
Reason = StockAdjustment.Reason
Holder = SalesPointPage | FairBooth


class InsufficientStock(Exception):
    """Fewer free units than asked for; nothing was changed."""


def _record_adjustment(holder, record, *, user, delta, reason, supplier="", note="", order=None):
    quantity = StockRecord.objects.values_list("num_in_stock", flat=True).get(pk=record.pk)
    record.num_in_stock = quantity
    return StockAdjustment.objects.create(
        **holder.holder_fields(),
        stockrecord=record,
        product_id=record.product_id,
        user=user,
        delta=delta,
        quantity_after=quantity or 0,
        reason=reason,
        supplier=supplier[:200],
        note=note[:500],
        order=order,
    )


def log_adjustment(
    holder: Holder, record: Model, *, user, delta: int, reason: str, note: str = "", order=None
):
    """Record a change made by Oscar itself (e.g. ``Line.consume_allocation``), inside its transaction."""
    return _record_adjustment(holder, record, user=user, delta=delta, reason=reason, note=note, order=order)


def add_stock(
    holder: Holder,
    record: Model,
    quantity: int,
    *,
    user,
    reason: str = Reason.DELIVERY,
    supplier: str = "",
    note: str = "",
) -> StockAdjustment:
    """Units arrive (a delivery, a correction upwards)."""
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    with transaction.atomic():
        StockRecord.objects.filter(pk=record.pk).update(
            num_in_stock=Coalesce(F("num_in_stock"), 0) + quantity
        )
        return _record_adjustment(
            holder, record, user=user, delta=quantity, reason=reason, supplier=supplier, note=note
        )


def take_stock(
    holder: Holder, record: Model, quantity: int, *, user, reason: str, note: str = "", order=None
) -> StockAdjustment:
    """Units leave; refuses (``InsufficientStock``) unless that many are free (not reserved)."""
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    with transaction.atomic():
        taken = StockRecord.objects.filter(
            pk=record.pk, num_in_stock__gte=Coalesce(F("num_allocated"), 0) + quantity
        ).update(num_in_stock=F("num_in_stock") - quantity)
        if not taken:
            raise InsufficientStock(_("Not enough stock: fewer than %(n)s free units.") % {"n": quantity})
        return _record_adjustment(
            holder, record, user=user, delta=-quantity, reason=reason, note=note, order=order
        )


def set_stock(
    holder: Holder, record: Model, physical: int, *, user, reason: str = Reason.COUNT, note: str = ""
) -> StockAdjustment | None:
    """A stock count: the shelf holds ``physical`` units; the variance is what gets recorded."""
    if physical < 0:
        raise ValueError("quantity cannot be negative")
    with transaction.atomic():
        current = (
            StockRecord.objects.select_for_update().values_list("num_in_stock", flat=True).get(pk=record.pk)
        )
        delta = physical - (current or 0)
        if delta == 0 and reason != Reason.COUNT:
            return None
        StockRecord.objects.filter(pk=record.pk).update(num_in_stock=physical)
        return _record_adjustment(holder, record, user=user, delta=delta, reason=reason, note=note)


def remove_from_shelf(holder: Holder, record: Model, *, user, note: str = "") -> StockAdjustment | None:
    """Take a product off the shelf (e.g. its certificate lapsed): its free units go to zero."""
    with transaction.atomic():
        current = StockRecord.objects.select_for_update().get(pk=record.pk)
        free = (current.num_in_stock or 0) - (current.num_allocated or 0)
        if free <= 0:
            return None
        return take_stock(holder, record, free, user=user, reason=Reason.REMOVAL, note=note)


def point_record(
    holder: Holder,
    product: Model,
    *,
    price: Decimal | None = None,
    low_stock_threshold: int | None = None,
) -> Model:
    """The holder's stock record of ``product``, created (at the producer's price) if missing."""
    record = StockRecord.objects.filter(partner_id=holder.partner_id, product=product).first()
    if record is not None:
        return record
    if price is None:
        producer_record = (
            StockRecord.objects.filter(product=product).exclude(price=None).order_by("pk").first()
        )
        price = producer_record.price if producer_record else None
    sku = product.upc or f"P{product.pk}"
    try:
        with transaction.atomic():  # a savepoint: a concurrent creator may win the (partner, sku) race
            return StockRecord.objects.create(
                partner_id=holder.partner_id,
                product=product,
                partner_sku=sku[:128],
                price_currency="VND",
                price=price,
                num_in_stock=0,
                low_stock_threshold=low_stock_threshold,
            )
    except IntegrityError:
        return StockRecord.objects.get(partner_id=holder.partner_id, product=product)
