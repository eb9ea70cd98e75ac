"""Oscar's order dashboard, forked: staff only (permissions.py), and a formula-safe CSV export
(views.py)."""

import oscar.apps.dashboard.orders.apps as apps

from marketplace.dashboard.permissions import staff_only


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    name = "marketplace.dashboard.orders"

    def configure_permissions(self) -> None:
        super().configure_permissions()
        self.permissions_map = staff_only(self.permissions_map)
