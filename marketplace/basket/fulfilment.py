"""Where each basket line comes from: delivered by its producer, or picked up at a sales point.

A line's stock record says it: the producer's own record means delivery by the producer; a
record held by a sales point's partner means pick-up there. Changing the choice swaps the
line's stock record, after the strategy (certified today, in stock there) says yes.

Sales points are reached through their stock holder (``partner.sales_point``, the relation the
outlets app declares): the basket sits below outlets and never imports its pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import Model
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")


class FulfilmentRefused(Exception):
    """The chosen place cannot serve this line; the basket was left as it was."""


def sales_point_partner_ids(partner_ids: Iterable[int | None]) -> set[int]:
    """Those of ``partner_ids`` that are sales points' stock holders (one query)."""
    ids = {pk for pk in partner_ids if pk is not None}
    if not ids:
        return set()
    return set(Partner.objects.filter(pk__in=ids, sales_point__isnull=False).values_list("pk", flat=True))


def sales_point_of(partner_id: int | None):
    """The sales point page whose partner is ``partner_id``, or None (a producer)."""
    if partner_id is None:
        return None
    partner = Partner.objects.filter(pk=partner_id).select_related("sales_point").first()
    try:
        return partner.sales_point if partner is not None else None
    except ObjectDoesNotExist:
        return None


def hours_summary(point) -> list[str]:
    """The point's week in a few lines, equal consecutive days grouped: "Thứ Hai – Thứ Sáu: 07:30–11:30"."""
    rows: list[tuple[list[int], str]] = []
    for weekday, _name, slots in point.schedule().week():
        text = ", ".join(f"{o:%H:%M}–{c:%H:%M}" for o, c in slots) or _("closed")
        if rows and rows[-1][1] == text:
            rows[-1][0].append(weekday)
        else:
            rows.append(([weekday], text))
    if all(text == _("closed") for _days, text in rows):
        return []
    lines = []
    for days, text in rows:
        label = str(WEEKDAYS[days[0]])
        if len(days) > 1:
            label = f"{label} – {WEEKDAYS[days[-1]]}"
        lines.append(f"{label}: {text}")
    return lines


@dataclass
class Option:
    """One choice in a line's "how do you get it" select."""

    stockrecord: Model
    kind: str  # "delivery" or "pickup"
    label: str
    available: int
    point: object | None = None
    selected: bool = False


@dataclass
class LineFulfilment:
    line: Model
    options: list[Option] = field(default_factory=list)

    @property
    def current(self) -> Option | None:
        return next((o for o in self.options if o.selected), None)


def producer_record(product) -> Model | None:
    producer = getattr(product, "producer", None)
    if producer is None or producer.partner_id is None:
        return None
    return StockRecord.objects.filter(product=product, partner_id=producer.partner_id).first()


def line_options(line, strategy) -> LineFulfilment:
    """Delivery by the producer and every live sales point with free stock of the line's product.

    The strategy decides what is for sale (certified today, in stock); the line's own current
    choice is always listed so the select shows it even when it ran out.
    """
    product = line.product
    result = LineFulfilment(line)
    delivery = producer_record(product)
    if delivery is not None:
        info = strategy.fetch_for_product(product, delivery)
        if info.availability.is_available_to_buy or delivery.pk == line.stockrecord_id:
            result.options.append(
                Option(
                    delivery,
                    "delivery",
                    _("Home delivery (sent by the producer)"),
                    getattr(info.availability, "num_available", 0) or 0,
                    selected=delivery.pk == line.stockrecord_id,
                )
            )
    records = (
        StockRecord.objects.filter(product=product, partner__sales_point__live=True)
        .select_related("partner__sales_point")
        .order_by("partner__sales_point__title")
    )
    for record in records:
        point = record.partner.sales_point
        info = strategy.fetch_for_product(product, record)
        available = getattr(info.availability, "num_available", 0) or 0
        if not info.availability.is_available_to_buy and record.pk != line.stockrecord_id:
            continue
        result.options.append(
            Option(
                record,
                "pickup",
                _("Pick up at %(point)s (%(n)s left)") % {"point": point.title, "n": available},
                available,
                point=point,
                selected=record.pk == line.stockrecord_id,
            )
        )
    return result


def _options_of(line) -> list[dict]:
    return [{"option": a.option, "value": a.value} for a in line.attributes.all()]


def change_line_stockrecord(basket, line, stockrecord) -> Model:
    """Serve ``line`` from ``stockrecord`` instead; merges into an existing line of that record.

    Refuses (``FulfilmentRefused``, basket unchanged) when the product is not for sale there
    for the line's (merged) quantity. Returns the line that now holds the quantity.
    """
    if stockrecord.product_id != line.product_id:
        raise FulfilmentRefused(_("That place does not sell this product."))
    if stockrecord.pk == line.stockrecord_id:
        return line
    product = line.product
    options = _options_of(line)
    reference = basket._create_line_reference(product, stockrecord, options)
    target = basket.lines.filter(line_reference=reference).exclude(pk=line.pk).first()
    quantity = line.quantity + (target.quantity if target else 0)
    info = basket.strategy.fetch_for_product(product, stockrecord)
    permitted, reason = info.availability.is_purchase_permitted(quantity)
    if not permitted or not info.price.exists:
        raise FulfilmentRefused(
            _("“%(title)s” cannot be served from there: %(reason)s")
            % {"title": product.get_title(), "reason": reason or _("not for sale there")}
        )
    with transaction.atomic():
        if target is not None:
            target.quantity = quantity
            target.save(update_fields=["quantity", "date_updated"])
            line.delete()
            line = target
        else:
            line.stockrecord = stockrecord
            line.line_reference = reference
            line.price_currency = info.price.currency
            line.price_excl_tax = info.price.excl_tax
            line.price_incl_tax = info.price.incl_tax if info.price.is_tax_known else None
            line.save()
    basket.reset_offer_applications()
    basket._lines = None  # the basket's cached lines are stale now
    return line
