"""What every page's header and footer need."""

from django.conf import settings
from django.http import HttpRequest


def site_chrome(request: HttpRequest) -> dict:
    return {
        "site_name": settings.OSCAR_SHOP_NAME,
        "card_payments_enabled": settings.CARD_PAYMENTS_ENABLED,
        # Shown in the footer when set (settings OCOP_CONTACT_EMAIL / OCOP_CONTACT_PHONE).
        "contact_email": getattr(settings, "OCOP_CONTACT_EMAIL", ""),
        "contact_phone": getattr(settings, "OCOP_CONTACT_PHONE", ""),
    }
