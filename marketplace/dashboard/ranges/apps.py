import oscar.apps.dashboard.ranges.apps as apps


class RangesDashboardConfig(apps.RangesDashboardConfig):
    name = "marketplace.dashboard.ranges"
