"""Oscar's order models; an order belongs to one sales channel (online, a sales point, a fair…)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.order.abstract_models import AbstractOrder


class Order(AbstractOrder):
    channel = models.ForeignKey(
        "channels.SalesChannel",
        verbose_name=_("sales channel"),
        on_delete=models.PROTECT,
        related_name="orders",
        null=True,  # orders placed before channels existed; OrderCreator always sets one
    )

    class Meta(AbstractOrder.Meta):
        pass


from oscar.apps.order.models import *  # noqa: E402,F403  (Oscar's fork pattern)
