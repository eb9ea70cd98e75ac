"""Oscar's partners dashboard, forked: linking and unlinking a user to a partner is POST only
(views.py); Oscar's loader finds the views here because ``marketplace.dashboard`` is forked too."""

from oscar.apps.dashboard.partners import apps


class PartnersDashboardConfig(apps.PartnersDashboardConfig):
    name = "marketplace.dashboard.partners"
