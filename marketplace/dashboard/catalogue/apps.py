"""Oscar's catalogue dashboard, forked: staff only (permissions.py), and deleting a product a
certificate protects says why (views.py)."""

import oscar.apps.dashboard.catalogue.apps as apps

from marketplace.dashboard.permissions import staff_only


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    name = "marketplace.dashboard.catalogue"

    def configure_permissions(self) -> None:
        super().configure_permissions()
        self.permissions_map = staff_only(self.permissions_map)
