"""Oscar's partner models; stock never goes negative and is never over-allocated.

The desk decrements stock with a conditional UPDATE (see ``outlets.adjustments``) and the
checkout allocates with one too (``StockRecord.allocate`` below): two buyers of the last unit
cannot both succeed, whatever the database's isolation. The constraint is the last line of
defence should any other code path try to oversell.
"""

from django.db import models
from django.db.models import F
from django.db.models.functions import Coalesce
from oscar.apps.partner.abstract_models import AbstractStockRecord

from marketplace.partner.exceptions import NotEnoughStock


class StockRecord(AbstractStockRecord):
    class Meta(AbstractStockRecord.Meta):
        constraints = [
            models.CheckConstraint(
                condition=models.Q(num_in_stock__gte=0) | models.Q(num_in_stock__isnull=True),
                name="stockrecord_num_in_stock_not_negative",
            ),
        ]

    def allocate(self, quantity: int) -> None:
        """Reserve ``quantity`` units for an order, only if that many are free; else ``NotEnoughStock``.

        Oscar's version adds to ``num_allocated`` unconditionally, which oversells under
        concurrency. Here the check and the write are one UPDATE, so the row lock of the first
        buyer makes the second one re-read the row and fail cleanly.
        """
        if not self.can_track_allocations:
            return
        self.pre_save_signal()
        allocated = self.__class__.objects.filter(
            pk=self.pk, num_in_stock__gte=Coalesce(F("num_allocated"), 0) + quantity
        ).update(num_allocated=Coalesce(F("num_allocated"), 0) + quantity)
        self.refresh_from_db(fields=["num_in_stock", "num_allocated"])
        if not allocated:
            free = (self.num_in_stock or 0) - (self.num_allocated or 0)
            raise NotEnoughStock(self.product.get_title(), free, quantity)
        self.post_save_signal()

    allocate.alters_data = True


from oscar.apps.partner.models import *  # noqa: E402,F403  (Oscar's fork pattern)
