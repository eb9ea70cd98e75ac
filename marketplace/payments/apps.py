from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    """Card payments through Stripe: PaymentIntents, the webhook, refunds from the dashboard."""

    name = "marketplace.payments"
    label = "payments"
    verbose_name = _("Card payments")
    default_auto_field = "django.db.models.BigAutoField"
