"""In-store sales at a sales point or a fair booth (written by ``outlets.sales``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from outlets.models.records import ImmutableRecord


class InStoreSale(ImmutableRecord):
    """Who sold an in-store order and how it was paid (the order's customer is anonymous)."""

    class Payment(models.TextChoices):
        CASH = "cash", _("Cash")
        CARD = "card", _("Card")
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")

    order = models.OneToOneField(
        "order.Order", verbose_name=_("order"), on_delete=models.PROTECT, related_name="in_store_sale"
    )
    point = models.ForeignKey(
        "outlets.SalesPointPage",
        verbose_name=_("sales point"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sales",
    )
    booth = models.ForeignKey(
        "outlets.FairBooth",
        verbose_name=_("fair booth"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sales",
    )
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("seller"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    payment_method = models.CharField(_("payment method"), max_length=20, choices=Payment.choices)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("in-store sale")
        verbose_name_plural = _("in-store sales")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Sold at exactly one place: a sales point or a fair booth.
            models.CheckConstraint(
                condition=models.Q(point__isnull=False, booth__isnull=True)
                | models.Q(point__isnull=True, booth__isnull=False),
                name="outlets_instoresale_one_place",
            )
        ]

    def __str__(self) -> str:
        return f"{self.point or self.booth} #{self.order_id}"
