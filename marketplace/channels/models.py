"""Where a sale happens: the online store, each sales point, each fair, external marketplaces.

Every order and every imported external sale points at one channel, so reports can
count sales per channel against the province's targets.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SalesChannel(models.Model):
    class Kind(models.TextChoices):
        ONLINE = "online", _("This online store")
        SALES_POINT = "sales_point", _("Sales point")
        FAIR = "fair", _("Fair")
        MARKETPLACE = "marketplace", _("E-commerce marketplace")
        MODERN_TRADE = "modern_trade", _("Supermarket or convenience store")
        LIVESTREAM = "livestream", _("Livestream selling")

    #: The code of the one channel every storefront order belongs to.
    ONLINE_CODE = "online"

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    # Sales points and fairs sell from their own stock holder.
    partner = models.OneToOneField(
        "partner.Partner",
        verbose_name=_("stock holder"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sales_channel",
    )
    area = models.ForeignKey(
        "areas.Area", verbose_name=_("area"), null=True, blank=True, on_delete=models.PROTECT
    )
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("sales channel")
        verbose_name_plural = _("sales channels")
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def online(cls) -> SalesChannel:
        return cls.objects.get(code=cls.ONLINE_CODE)
