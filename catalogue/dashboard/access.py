"""Who sees which registry page. Imported by settings (menu ``access_fn``): no model imports at load.

The signature is Oscar's ``access_fn(user, url_name, url_args, url_kwargs)``.
"""

from __future__ import annotations

from typing import Any

PARTNER_DASHBOARD_ACCESS = "partner.dashboard_access"

# For Oscar's ``permissions_required``: a tuple is "any of these lists".
STAFF = ["is_staff"]
STAFF_OR_PARTNER_USER = (["is_staff"], [PARTNER_DASHBOARD_ACCESS])


def is_registry_staff(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_staff)


def holds_certificates(user: Any) -> bool:
    """Staff, or a user of a producer's partner (the Oscar partner holding the producer's stock)."""
    if is_registry_staff(user):
        return True
    if not (user.is_authenticated and user.is_active and user.has_perm(PARTNER_DASHBOARD_ACCESS)):
        return False
    # Local: settings import this module (menu access_fn), before the app registry is ready.
    from catalogue.models import Producer

    return Producer.objects.filter(partner__users=user).exists()


def staff_menu(user: Any, url_name: str | None = None, url_args: Any = None, url_kwargs: Any = None) -> bool:
    return is_registry_staff(user)


def certificates_menu(
    user: Any, url_name: str | None = None, url_args: Any = None, url_kwargs: Any = None
) -> bool:
    return holds_certificates(user)
