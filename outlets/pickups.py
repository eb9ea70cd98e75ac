"""Click and collect at a sales point: online orders whose lines are reserved on this point's shelf.

The desk moves this point's lines along Oscar's status pipeline (``marketplace.order.statuses``,
the same for orders and lines): Pending → Being prepared → Ready for pick-up (the shopper gets
an email) → Collected, or Cancelled. The order's own status follows when all its lines agree
(an order can mix pick-up lines with lines the producer delivers). Handing over consumes the
lines' allocations (Oscar's ``Line.consume_allocation``, which consumes the stock record's) and
writes a ``StockAdjustment`` naming the order; cancelling releases them. The order row is locked
for each move, so two clicks on "Handed over" cannot take the units twice.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.db.models import Model, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from oscar.core.loading import get_class, get_model

from marketplace.channels.models import SalesChannel
from marketplace.checkout.placement import COD_SOURCE
from marketplace.order import statuses
from outlets.adjustments import log_adjustment
from outlets.models import SalesPointPage, StockAdjustment

Order = get_model("order", "Order")
EventHandler = get_class("order.processing", "EventHandler")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")

#: The event code of the "ready for collection" email (templates: commtype_pickup_ready_*).
READY_EVENT_CODE = "PICKUP_READY"
OPEN = (statuses.PENDING, statuses.BEING_PREPARED, statuses.READY_FOR_PICKUP)


def status_label(status: str) -> str:
    """A stored (English) status as the user reads it (the checkout's "order status" context)."""
    return pgettext("order status", status)


class PickupRefused(Exception):
    """The move is not possible from the order's current status, or its units are not reserved."""


# action -> (status it leads to, button label)
ACTIONS: dict[str, tuple[str, str]] = {
    "prepare": (statuses.BEING_PREPARED, gettext_lazy("Prepare")),
    "ready": (statuses.READY_FOR_PICKUP, gettext_lazy("Ready for collection")),
    "handover": (statuses.COLLECTED, gettext_lazy("Handed over")),
    "cancel": (statuses.CANCELLED, gettext_lazy("Cancel")),
}


def pickup_orders(point: SalesPointPage) -> QuerySet:
    """Online orders with at least one line from this point's stock."""
    return Order.objects.filter(
        lines__stockrecord__partner_id=point.partner_id, channel__kind=SalesChannel.Kind.ONLINE
    ).distinct()


def open_pickups(point: SalesPointPage) -> QuerySet:
    """Orders with lines still to prepare, wait or hand over at this point (oldest first)."""
    Line = get_model("order", "Line")
    waiting = Line.objects.filter(stockrecord__partner_id=point.partner_id).filter(
        Q(status__in=OPEN) | Q(status="", order__status__in=OPEN)
    )
    return pickup_orders(point).filter(lines__in=waiting).distinct()


def point_lines(point: SalesPointPage, order: Model) -> list:
    return list(order.lines.filter(stockrecord__partner_id=point.partner_id).select_related("stockrecord"))


def status_here(lines: list, order: Model) -> str:
    """Where this point's lines stand (they move together; lines of old orders may have no status)."""
    return next((line.status for line in lines if line.status), order.status)


def actions_for(order: Model, lines: list) -> list[tuple[str, str]]:
    """The desk's buttons allowed by the pipeline from the status of this point's lines."""
    allowed = order.pipeline.get(status_here(lines, order), ())
    return [(name, label) for name, (status, label) in ACTIONS.items() if status in allowed]


def move(point: SalesPointPage, order: Model, action: str, *, user) -> Model:
    """Apply a desk action to this point's lines (and the order); ``PickupRefused``: nothing changed."""
    if action not in ACTIONS:
        raise PickupRefused(_("Unknown action."))
    new_status = ACTIONS[action][0]
    with transaction.atomic():
        # The view found the order among this point's; lock its row (no DISTINCT with FOR UPDATE).
        order = Order.objects.select_for_update().get(pk=order.pk)
        lines = point_lines(point, order)
        current = status_here(lines, order)
        if new_status not in order.pipeline.get(current, ()):
            raise PickupRefused(
                _("Order %(number)s is “%(status)s”: it cannot move to “%(new)s”.")
                % {"number": order.number, "status": status_label(current), "new": status_label(new_status)}
            )
        handler = EventHandler(user)
        if action == "handover":
            _hand_over(point, order, lines, user)
        elif action == "cancel":
            handler.cancel_stock_allocations(order, lines, [line.quantity for line in lines])
        for line in lines:
            if line.status:
                line.set_status(new_status)  # Oscar's pipeline check and signal, line by line
            else:
                line.status = new_status
                line.save(update_fields=["status"])
        _order_follows(order, new_status, action)
        handler.create_note(
            order, _("%(status)s at %(point)s") % {"status": status_label(new_status), "point": point}
        )
        if action == "ready":
            # Sent once the status is committed: a rolled-back move must not tell the shopper to come.
            transaction.on_commit(lambda: send_ready_email(point, order, lines))
    return order


def _order_follows(order: Model, new_status: str, action: str) -> None:
    """The order takes the lines' status once all its lines agree; preparing starts the order's work."""
    others = {line.status for line in order.lines.all()} - {new_status}
    target = new_status if not others else (statuses.BEING_PREPARED if action == "prepare" else None)
    if target and target != order.status and target in order.available_statuses():
        order.set_status(target)


def _hand_over(point: SalesPointPage, order: Model, lines: list, user) -> None:
    """The reserved units leave the shelf: consume each line's allocation and log it."""
    for line in lines:
        if not line.is_allocation_consumption_possible(line.quantity):
            raise PickupRefused(
                _("%(product)s: the units of this order are not reserved on the shelf.")
                % {"product": line.title}
            )
        line.consume_allocation(line.quantity)
        log_adjustment(
            point,
            line.stockrecord,
            user=user,
            delta=-line.quantity,
            reason=StockAdjustment.Reason.PICKUP,
            order=order,
        )
    _take_cash_at_counter(point, order, lines)


def _cash_source(order: Model) -> Model | None:
    # Iterates (prefetched) sources: the desk lists many orders.
    return next((s for s in order.sources.all() if s.source_type.code == COD_SOURCE), None)


def cash_due_here(order: Model, lines: list) -> Decimal:
    """What the counter collects for this point's lines: nothing for an order paid by card online;
    delivered lines of a mixed order stay owed to the courier."""
    source = _cash_source(order)
    if source is None:
        return Decimal(0)
    return max(min(sum((line.line_price_incl_tax for line in lines), Decimal(0)), source.balance), Decimal(0))


def _take_cash_at_counter(point: SalesPointPage, order: Model, lines: list) -> None:
    """Pay at pick-up: the cash is debited on the order's cash-on-delivery source."""
    amount = cash_due_here(order, lines)
    if amount > 0:
        _cash_source(order).debit(amount, reference=str(point)[:128])


def send_ready_email(point: SalesPointPage, order: Model, lines: list) -> None:
    """Tell the shopper the order waits at the point (Oscar's communication event and dispatcher)."""
    dispatcher = OrderDispatcher()
    context = {
        "order": order,
        "point": point,
        "lines": lines,
        "opening": point.opening_status(),
    }
    messages = dispatcher.dispatcher.get_messages(READY_EVENT_CODE, context)
    dispatcher.dispatch_order_messages(order, messages, READY_EVENT_CODE)
