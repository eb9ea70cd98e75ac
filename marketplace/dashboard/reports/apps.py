"""Oscar's reports dashboard, forked only for formula-safe CSV downloads (see reports.py)."""

import oscar.apps.dashboard.reports.apps as apps


class ReportsDashboardConfig(apps.ReportsDashboardConfig):
    name = "marketplace.dashboard.reports"
