"""Oscar's partner models; the stock record refuses a negative quantity at the database level.

The desk decrements stock with a conditional UPDATE (see ``outlets.adjustments``); the
constraint is the last line of defence should any other code path try to oversell.
"""

from django.db import models
from oscar.apps.partner.abstract_models import AbstractStockRecord


class StockRecord(AbstractStockRecord):
    class Meta(AbstractStockRecord.Meta):
        constraints = [
            models.CheckConstraint(
                condition=models.Q(num_in_stock__gte=0) | models.Q(num_in_stock__isnull=True),
                name="stockrecord_num_in_stock_not_negative",
            ),
        ]


from oscar.apps.partner.models import *  # noqa: E402,F403  (Oscar's fork pattern)
