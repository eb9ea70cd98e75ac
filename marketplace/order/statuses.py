"""Order and line statuses of the marketplace (Oscar's status pipeline, in settings).

Stored in English as Oscar does; shown translated in the "order status" context
(``{% translate order.status context "order status" %}`` or ``LABELS``): "Pending" alone means
something else elsewhere (a sales point's appraisal).
Pick-up: Pending → Being prepared → Ready for pick-up → Collected → Completed.
Delivery: Pending → Being prepared → Shipped → Completed. Either can be Cancelled before the end.
"""

from django.utils.translation import pgettext_lazy

PENDING = "Pending"
BEING_PREPARED = "Being prepared"
READY_FOR_PICKUP = "Ready for pick-up"
SHIPPED = "Shipped"
COLLECTED = "Collected"
COMPLETED = "Completed"
CANCELLED = "Cancelled"

INITIAL = PENDING

PIPELINE: dict[str, tuple[str, ...]] = {
    PENDING: (BEING_PREPARED, CANCELLED, COMPLETED),
    BEING_PREPARED: (READY_FOR_PICKUP, SHIPPED, CANCELLED),
    READY_FOR_PICKUP: (COLLECTED, CANCELLED),
    SHIPPED: (COMPLETED, CANCELLED),
    COLLECTED: (COMPLETED,),
    COMPLETED: (),
    CANCELLED: (),
}

#: What shoppers and staff read for each status (literal calls, so makemessages finds them).
LABELS = {
    PENDING: pgettext_lazy("order status", "Pending"),
    BEING_PREPARED: pgettext_lazy("order status", "Being prepared"),
    READY_FOR_PICKUP: pgettext_lazy("order status", "Ready for pick-up"),
    SHIPPED: pgettext_lazy("order status", "Shipped"),
    COLLECTED: pgettext_lazy("order status", "Collected"),
    COMPLETED: pgettext_lazy("order status", "Completed"),
    CANCELLED: pgettext_lazy("order status", "Cancelled"),
}
