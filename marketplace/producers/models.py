"""Who works for which producer: a user is a producer's user through a ``ProducerMembership``.

Oscar's dashboard (and the desk's booth access) still read the producer's partner's ``users``;
``marketplace.producers.membership`` keeps the two in step, so always add and remove members
through it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProducerMembership(models.Model):
    """One user working for one registry producer, as its owner or a member."""

    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="producer_memberships",
    )
    producer = models.ForeignKey(
        "catalogue.Producer",
        verbose_name=_("producer"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("producer membership")
        verbose_name_plural = _("producer memberships")
        ordering = ["producer__name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["user", "producer"], name="producer_membership_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.producer} ({self.role})"
