"""Oscar's dashboard, forked (as ``oscar_fork_app dashboard`` does) so that Oscar's class loader
looks for the dashboard sub-app forks beside it (``marketplace.dashboard.<app>``)."""

import oscar.apps.dashboard.apps as apps


class DashboardConfig(apps.DashboardConfig):
    name = "marketplace.dashboard"
