"""Fair booths: each fair holds stock as its own Oscar ``Partner`` and sells in its own channel.

Booth sales use the in-store sale of ``outlets.sales`` unchanged. The booth's units come from
the producers' own stock (a transfer) and go back to them after the fair (a return); both
sides of a move are one transaction with two ``StockAdjustment`` rows, and the side that gives
units uses the conditional decrement, so no stock can go negative or be moved twice.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Model, Q, QuerySet
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from cms.models.participation import FairApplication
from marketplace.channels.models import SalesChannel
from outlets.adjustments import InsufficientStock, add_stock, point_record, take_stock
from outlets.models import FairBooth, StockAdjustment
from outlets.stock import available_stock

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Producer = get_model("catalogue", "Producer")
PARTNER_NAME_MAX = 128  # Oscar's Partner.name
Reason = StockAdjustment.Reason


class TransferRefused(Exception):
    """The move cannot happen (no producer stock, not enough units); nothing was changed."""


def booth_code(fair: Model) -> str:
    """Stable across renames: the fair page's primary key."""
    return f"fair-{fair.pk}"


def ensure_booth(fair: Model) -> FairBooth:
    """The fair's booth with its Partner and its SalesChannel (kind fair); idempotent."""
    if fair.pk is None:
        raise ValueError("Save the fair before giving it a booth.")
    name = fair.title[:PARTNER_NAME_MAX]
    with transaction.atomic():
        booth = FairBooth.objects.select_related("partner").filter(fair_id=fair.pk).first()
        if booth is None:
            partner, _created = Partner.objects.get_or_create(code=booth_code(fair), defaults={"name": name})
            booth, _created = FairBooth.objects.get_or_create(fair_id=fair.pk, defaults={"partner": partner})
        booth.fair = fair
        if booth.partner.name != name:
            booth.partner.name = name
            booth.partner.save(update_fields=["name"])
        sync_channel(booth)
    return booth


def sync_channel(booth: FairBooth) -> Model:
    """The fair's sales channel: booth orders are counted there."""
    wanted = {
        "code": booth_code(booth.fair),
        "name": booth.fair.title[:200],
        "kind": SalesChannel.Kind.FAIR,
        "area_id": booth.fair.area_id,
    }
    channel = SalesChannel.objects.filter(partner_id=booth.partner_id).first()
    if channel is None:
        return SalesChannel.objects.create(partner_id=booth.partner_id, **wanted)
    changed = [field for field, value in wanted.items() if getattr(channel, field) != value]
    for field in changed:
        setattr(channel, field, wanted[field])
    if changed:
        channel.save(update_fields=changed)
    return channel


def participating_producers(fair: Model) -> QuerySet:
    """Producers listed on the fair by its editor, or whose application the organiser approved."""
    return Producer.objects.filter(
        Q(fair_links__page_id=fair.pk)
        | Q(fair_applications__fair_id=fair.pk, fair_applications__status=FairApplication.Status.APPROVED)
    ).distinct()


def producer_records(producers: QuerySet | list) -> QuerySet:
    """What the producers could bring to a fair: their own free stock of products certified today."""
    partner_ids = [p.partner_id for p in producers if p.partner_id]
    return (
        available_stock(partner_ids)
        .filter(product__producer__partner_id__in=partner_ids)
        .order_by("product__title")
    )


def _producer_record(product: Model) -> Model:
    producer = product.producer
    record = None
    if producer is not None and producer.partner_id:
        record = StockRecord.objects.filter(partner_id=producer.partner_id, product=product).first()
    if record is None:
        raise TransferRefused(
            _("%(product)s: the producer holds no stock of it on the marketplace.")
            % {"product": product.get_title()}
        )
    return record


def transfer_to_booth(booth: FairBooth, product: Model, quantity: int, *, user, note: str = "") -> Model:
    """Move ``quantity`` free units from the producer's stock to the booth; returns the booth's record."""
    source = _producer_record(product)
    fair = booth.fair.title
    try:
        with transaction.atomic():
            take_stock(
                booth,
                source,
                quantity,
                user=user,
                reason=Reason.TRANSFER,
                note=note or _("To %(fair)s") % {"fair": fair},
            )
            target = point_record(booth, product, price=source.price)
            add_stock(
                booth,
                target,
                quantity,
                user=user,
                reason=Reason.TRANSFER,
                supplier=product.producer.name,
                note=note,
            )
    except InsufficientStock as error:
        raise TransferRefused(f"{product.get_title()}: {error}") from error
    return target


def return_to_producer(booth: FairBooth, record: Model, quantity: int, *, user, note: str = "") -> Model:
    """Move ``quantity`` free units of the booth's ``record`` back to its producer's stock."""
    if record.partner_id != booth.partner_id:
        raise ValueError("not this booth's stock record")
    target = _producer_record(record.product)
    fair = booth.fair.title
    try:
        with transaction.atomic():
            take_stock(booth, record, quantity, user=user, reason=Reason.RETURN, note=note)
            add_stock(
                booth,
                target,
                quantity,
                user=user,
                reason=Reason.RETURN,
                note=note or _("From %(fair)s") % {"fair": fair},
            )
    except InsufficientStock as error:
        raise TransferRefused(f"{record.product.get_title()}: {error}") from error
    return target


def return_all(booth: FairBooth, records: QuerySet, *, user) -> int:
    """After the fair: every free unit of ``records`` goes back to its producer. Returns units moved."""
    moved = 0
    with transaction.atomic():
        for record in records.select_for_update(of=("self",)).select_related("product__producer"):
            free = (record.num_in_stock or 0) - (record.num_allocated or 0)
            if free > 0:
                return_to_producer(booth, record, free, user=user)
                moved += free
    return moved
