"""Publishing a sales point re-syncs its Oscar partner; publishing a fair re-syncs its booth's names.

A fair's booth (partner + channel) is created lazily, when its desk is first opened, so fairs
nobody sells at leave no empty stock holders behind.
"""

from django.dispatch import receiver
from wagtail.signals import page_published

from cms.models.fairs import FairPage
from outlets.booths import ensure_booth
from outlets.models import FairBooth, SalesPointPage
from outlets.partners import sync_partner


@receiver(page_published, sender=SalesPointPage)
def keep_partner_in_step(sender, instance: SalesPointPage, **kwargs) -> None:
    sync_partner(instance)


@receiver(page_published, sender=FairPage)
def keep_booth_in_step(sender, instance: FairPage, **kwargs) -> None:
    """A renamed fair renames its stock holder and channel."""
    if FairBooth.objects.filter(fair_id=instance.pk).exists():
        ensure_booth(instance)
