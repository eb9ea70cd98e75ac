"""Each sales point holds its stock as an Oscar ``Partner``; this keeps the two in step.

Oscar scopes its dashboard by ``partner.users``, so the point's managers are
copied there. Everything here is idempotent: call it as often as you like.

The sales point page calls ``sync_partner`` when saved, so the page arrives as a ``Page``
(an ``outlets.SalesPointPage``): this module never imports the page model.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Model
from oscar.core.loading import get_model
from wagtail.models import Page

from marketplace.channels.models import SalesChannel

PARTNER_NAME_MAX = 128  # Oscar's Partner.name


def partner_code(page: Page) -> str:
    """Stable across renames and slug changes: the page's primary key."""
    return f"sp-{page.pk}"


def sync_partner(page: Page) -> Model:
    """Create the point's Partner if missing; copy its name and managers onto it."""
    Partner = get_model("partner", "Partner")
    if page.pk is None:
        raise ValueError("Save the sales point before syncing its partner.")
    code = partner_code(page)
    name = page.title[:PARTNER_NAME_MAX]
    with transaction.atomic():
        partner = None
        if page.partner_id:
            partner = Partner.objects.filter(pk=page.partner_id).first()
        if partner is None:
            # A revision published from before the link existed must not make a second partner.
            partner, _created = Partner.objects.get_or_create(code=code, defaults={"name": name})
        wanted = {"name": name, "code": code}
        changed = [field for field, value in wanted.items() if getattr(partner, field) != value]
        for field in changed:
            setattr(partner, field, wanted[field])
        if changed:
            partner.save(update_fields=changed)
        if page.partner_id != partner.pk:
            # A queryset update: no second page save, no new revision.
            type(page).objects.filter(pk=page.pk).update(partner=partner)
            page.partner = partner
        manager_ids = set(
            type(page)
            .managers.through.objects.filter(salespointpage_id=page.pk)
            .values_list("user_id", flat=True)
        )
        if set(partner.users.values_list("pk", flat=True)) != manager_ids:
            partner.users.set(manager_ids)
        sync_channel(page, partner)
    return partner


def sync_channel(page: Page, partner: Model | None = None) -> Model:
    """The point's own sales channel (kind sales_point, same partner): in-store orders go there."""
    partner = partner or page.partner
    wanted = {
        "code": partner_code(page),
        "name": page.title[:200],
        "kind": SalesChannel.Kind.SALES_POINT,
        "area_id": page.area_id,
    }
    channel = SalesChannel.objects.filter(partner=partner).first()
    if channel is None:
        channel = SalesChannel.objects.create(partner=partner, **wanted)
        return channel
    changed = [field for field, value in wanted.items() if getattr(channel, field) != value]
    for field in changed:
        setattr(channel, field, wanted[field])
    if changed:
        channel.save(update_fields=changed)
    return channel
