"""Producers' applications to exhibit at a fair, decided by the organiser in the Wagtail admin.

An approved application is shown on the fair page next to the participants the editor
listed; it is not copied into the page's revisions, so a later draft cannot drop it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FairApplicationQuerySet(models.QuerySet):
    def approved(self) -> FairApplicationQuerySet:
        return self.filter(status=FairApplication.Status.APPROVED)

    def pending(self) -> FairApplicationQuerySet:
        return self.filter(status=FairApplication.Status.PENDING)


class FairApplication(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the organiser")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    fair = models.ForeignKey(
        "cms.FairPage", verbose_name=_("fair"), on_delete=models.CASCADE, related_name="applications"
    )
    producer = models.ForeignKey(
        "catalogue.Producer",
        verbose_name=_("producer"),
        on_delete=models.CASCADE,
        related_name="fair_applications",
    )
    message = models.TextField(_("message to the organiser"), blank=True, max_length=2000)
    booth = models.CharField(_("booth"), max_length=60, blank=True)
    # Changed only by ``decide``, which records the decider: no admin form offers it.
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applied by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    applied_at = models.DateTimeField(_("applied"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = FairApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("fair application")
        verbose_name_plural = _("fair applications")
        ordering = ["-applied_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["fair", "producer"], name="cms_one_application_per_fair"),
        ]

    def __str__(self) -> str:
        return f"{self.producer} → {self.fair}"

    def decide(self, status: str, user) -> None:
        """Approve or decline, recording who decided and when: the only way the status changes."""
        if status not in (self.Status.APPROVED, self.Status.DECLINED):
            raise ValueError(f"Not a decision: {status!r}")
        self.status = status
        self.decided_by = user
        self.decided_at = timezone.now()
        self.save(update_fields=["status", "decided_by", "decided_at"])
