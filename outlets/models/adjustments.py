"""The stock desk's log: every change of a holder's stock (written by ``outlets.adjustments``)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from outlets.models.records import ImmutableRecord


class StockAdjustment(ImmutableRecord):
    """One change of a holder's stock: who, when, by how much, why, and the quantity after it.

    The holder is the stock record's partner (a sales point, a fair booth, or a producer
    when units go to or come back from a fair); ``point``/``booth`` name the place involved.
    """

    class Reason(models.TextChoices):
        DELIVERY = "delivery", _("Delivery received")
        COUNT = "count", _("Stock count")
        SALE = "sale", _("In-store sale")
        PICKUP = "pickup", _("Handed over (click and collect)")
        REMOVAL = "removal", _("Removed from shelf")
        CORRECTION = "correction", _("Correction")
        TRANSFER = "transfer", _("Transfer to a fair")
        RETURN = "return", _("Returned from a fair")

    point = models.ForeignKey(
        "outlets.SalesPointPage",
        verbose_name=_("sales point"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="adjustments",
    )
    booth = models.ForeignKey(
        "outlets.FairBooth",
        verbose_name=_("fair booth"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="adjustments",
    )
    stockrecord = models.ForeignKey(
        "partner.StockRecord", verbose_name=_("stock record"), on_delete=models.PROTECT, related_name="+"
    )
    product = models.ForeignKey(
        "catalogue.Product", verbose_name=_("product"), on_delete=models.PROTECT, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    delta = models.IntegerField(_("change"))
    quantity_after = models.IntegerField(_("quantity after"))
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    supplier = models.CharField(_("supplier or producer"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    order = models.ForeignKey(
        "order.Order",
        verbose_name=_("order"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("stock adjustment")
        verbose_name_plural = _("stock adjustments")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.product} {self.delta:+d} → {self.quantity_after}"
