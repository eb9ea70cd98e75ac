"""A fair's booth as a stock holder (its stock and sales run through ``outlets.booths``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class FairBooth(models.Model):
    """A fair's stock holder and sales channel: booth sales are in-store sales at the fair.

    Created with the fair's Oscar ``Partner`` and ``SalesChannel`` (kind fair) by
    ``outlets.booths.ensure_booth``, on publish or when the booth desk is first opened.
    Producers transfer units from their own stock to it and take back what is unsold.
    """

    fair = models.OneToOneField(
        "cms.FairPage", verbose_name=_("fair"), on_delete=models.CASCADE, related_name="booth"
    )
    partner = models.OneToOneField(
        "partner.Partner", verbose_name=_("stock holder"), on_delete=models.PROTECT, related_name="fair_booth"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    holder_kind = "booth"

    class Meta:
        verbose_name = _("fair booth")
        verbose_name_plural = _("fair booths")

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return self.fair.title

    @property
    def address(self) -> str:
        return ", ".join(part for part in (self.fair.venue, self.fair.address) if part)

    @property
    def phone(self) -> str:
        return ""

    @property
    def url(self) -> str:
        return self.fair.url

    @property
    def area_id(self) -> int | None:
        return self.fair.area_id

    def holder_fields(self) -> dict:
        return {"booth": self}
