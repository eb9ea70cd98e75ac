import oscar.apps.dashboard.apps as apps


class DashboardConfig(apps.DashboardConfig):
    """Oscar's dashboard, forked so that its sub-apps forked here (``ranges``) are found by Oscar."""

    name = "marketplace.dashboard"
