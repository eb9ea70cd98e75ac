"""Oscar's catalogue dashboard, forked only so that deleting a protected product says why (views.py)."""

import oscar.apps.dashboard.catalogue.apps as apps


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    name = "marketplace.dashboard.catalogue"
