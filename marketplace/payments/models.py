"""What the marketplace knows of each Stripe PaymentIntent, and which Stripe events it has handled.

Both tables carry the unique keys that make the flows idempotent: one row per PaymentIntent
(so a retried checkout re-uses its intent and an order is placed once per intent), and one row
per webhook event id (so Stripe's retries and duplicate deliveries change nothing).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class StripePayment(models.Model):
    """One PaymentIntent: the frozen basket it pays for, and the order once placed."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting payment")
        SUCCEEDED = "succeeded", _("Paid")
        FAILED = "failed", _("Failed")
        CANCELED = "canceled", _("Canceled")

    intent_id = models.CharField(_("PaymentIntent"), max_length=255, unique=True)
    # The key sent to Stripe when creating the intent; unique so a retry finds the same row.
    idempotency_key = models.CharField(max_length=255, unique=True)
    basket = models.ForeignKey(
        "basket.Basket", null=True, blank=True, on_delete=models.SET_NULL, related_name="stripe_payments"
    )
    order_number = models.CharField(_("Order number"), max_length=128, db_index=True)
    order = models.OneToOneField(
        "order.Order", null=True, blank=True, on_delete=models.SET_NULL, related_name="stripe_payment"
    )
    # Whole đồng: VND is a zero-decimal currency at Stripe, so this is exactly Stripe's `amount`.
    amount = models.PositiveBigIntegerField(_("Amount (đồng)"))
    currency = models.CharField(max_length=3, default="vnd")
    amount_refunded = models.PositiveBigIntegerField(_("Refunded (đồng)"), default=0)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    failure_message = models.TextField(blank=True)
    # What placing the order needs outside the shopper's request (shipping choice, addresses…).
    checkout_data = models.JSONField(default=dict, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("card payment")
        verbose_name_plural = _("card payments")
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.intent_id} ({self.amount} {self.currency.upper()}, {self.status})"

    @property
    def refundable(self) -> int:
        """Đồng that can still be refunded."""
        if self.status != self.Status.SUCCEEDED:
            return 0
        return max(self.amount - self.amount_refunded, 0)


class StripeEvent(models.Model):
    """A webhook event already handled: the unique id turns a second delivery into a no-op."""

    event_id = models.CharField(max_length=255, unique=True)
    type = models.CharField(max_length=128)
    intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    received = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")
        ordering = ["-received"]

    def __str__(self) -> str:
        return f"{self.event_id} {self.type}"
