"""Who may use Oscar's product and order dashboards: staff only.

Oscar lets any user with ``partner.dashboard_access`` into them, filtered to products and orders
touching their partner; but a product is shared by every holder of a stock record and an order
by every producer on it, so one producer or sales point could rename, unpublish or delete
another's product, or cancel another producer's line and the whole order. Producers work in
their portal and sales-point managers at their desk instead.
"""

from __future__ import annotations

# Oscar's ``DashboardPermission.partner_dashboard_access``; its module needs the app registry,
# and the dashboard apps configure their permissions while the registry is being filled.
PARTNER_ACCESS = ["partner.dashboard_access"]


def staff_only(permissions_map: dict) -> dict:
    """``permissions_map`` without the partner-access alternative of each "staff or partner" rule."""
    narrowed = {}
    for view_name, rule in permissions_map.items():
        if isinstance(rule, tuple):
            rule = tuple(part for part in rule if part != PARTNER_ACCESS)
            rule = rule[0] if len(rule) == 1 else rule
        narrowed[view_name] = rule
    return narrowed
