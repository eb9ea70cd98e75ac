"""Oscar's order list, with its CSV download safe to open in a spreadsheet.

Only ``OrderListView`` is overridden; Oscar's loader finds every other view in Oscar's module.
"""

from __future__ import annotations

from typing import Any

from oscar.apps.dashboard.orders import views

from marketplace.safety.exports import safe_cell


class OrderListView(views.OrderListView):
    def get_row_values(self, order) -> dict[str, Any]:
        # Names and e-mails are the shopper's own text: "=HYPERLINK(…)" must not run in Excel.
        return {column: safe_cell(value) for column, value in super().get_row_values(order).items()}
