"""``{% card_payment_panel order %}``: the card payment of an order, with staff's refund form."""

from __future__ import annotations

from typing import Any

from django import template

from marketplace.payments.dashboard import RefundForm, can_refund
from marketplace.payments.models import StripePayment

register = template.Library()


@register.inclusion_tag("payments/dashboard/card_payment_panel.html", takes_context=True)
def card_payment_panel(context: template.Context, order: Any) -> dict[str, Any]:
    payment = StripePayment.objects.filter(order=order).first()
    request = context.get("request")
    user = getattr(request, "user", None)
    allowed = bool(payment and payment.refundable and user and can_refund(user))
    return {
        "payment": payment,
        "form": RefundForm(payment=payment) if allowed else None,
        "csrf_token": context.get("csrf_token"),
    }
