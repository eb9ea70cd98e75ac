"""Publishing a sales point re-syncs its Oscar partner (idempotent; save() does it too)."""

from django.dispatch import receiver
from wagtail.signals import page_published

from outlets.models import SalesPointPage
from outlets.partners import sync_partner


@receiver(page_published, sender=SalesPointPage)
def keep_partner_in_step(sender, instance: SalesPointPage, **kwargs) -> None:
    sync_partner(instance)
