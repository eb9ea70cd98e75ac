"""Oscar's order dashboard, forked only for a formula-safe CSV export (see views.py)."""

import oscar.apps.dashboard.orders.apps as apps


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    name = "marketplace.dashboard.orders"
