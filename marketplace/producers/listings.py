"""A producer's listings: what the portal shows of each product, and the changes it may make.

The registry owns a product's name, stars, certificate, validity, group and producer: nothing
here writes them. A producer writes the description and story, the price and the online stock
(its own partner's stock record), and pauses or resumes the listing (Oscar's ``is_public``);
a product that is not certified today (``catalogue``'s rule) is never made public here.

Online stock changes go through ``outlets.adjustments`` like the desk's: each leaves a
``StockAdjustment`` on the producer's stock record (who, change, quantity after), with neither
a sales point nor a booth (the holder is the producer itself).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import Count, Model, Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.models import Certificate, Producer, Product
from outlets.adjustments import Reason, point_record, set_stock
from outlets.models import StockAdjustment

StockRecord = get_model("partner", "StockRecord")

#: Certificates expiring this soon are flagged on the home page and the list.
EXPIRY_WARNING_DAYS = 90

MISSING_LABELS = {
    "certificate": gettext_lazy("a valid certificate"),
    "price": gettext_lazy("a price"),
    "stock": gettext_lazy("online stock"),
    "photo": gettext_lazy("a photo"),
}


class ListingRefused(Exception):
    """The change is not allowed (e.g. making an uncertified product public); nothing changed."""


@dataclass(frozen=True)
class ProducerStock:
    """The producer as a stock holder for ``outlets.adjustments``: its partner, no place."""

    partner_id: int

    def holder_fields(self) -> dict:
        return {}


@dataclass
class Listing:
    """One product as its producer sees it in the portal."""

    product: Product
    record: Model | None  # the producer's own stock record, if any
    photos: int
    certificate: Certificate | None  # valid today, else the latest one
    certificate_state: str  # valid, expiring, expired, revoked, suspended, withdrawn, not_yet_valid, none
    days_left: int | None  # for a valid certificate
    missing: list[str] = field(default_factory=list)

    @property
    def listed(self) -> bool:
        return self.product.is_public

    @property
    def selling(self) -> bool:
        return self.listed and not self.missing

    @property
    def missing_labels(self) -> list[str]:
        return [str(MISSING_LABELS[key]) for key in self.missing]

    @property
    def price(self) -> Decimal | None:
        return self.record.price if self.record else None

    @property
    def stock(self) -> int | None:
        return self.record.num_in_stock if self.record else None

    @property
    def free_stock(self) -> int:
        return self.record.net_stock_level if self.record else 0


def _certificate_state(product: Product, today: datetime.date) -> tuple[Certificate | None, str, int | None]:
    current = product.current_certificate
    if current is not None:
        days_left = (current.expires_on - today).days
        state = "expiring" if days_left <= EXPIRY_WARNING_DAYS else "valid"
        return current, state, days_left
    latest = product.latest_certificate
    if latest is None:
        return None, "none", None
    return latest, latest.state_on(today), None


def listing_of(product: Product, producer: Producer, photos: int | None = None) -> Listing:
    today = vietnam_today()
    record = None
    if producer.partner_id:
        record = next((r for r in product.stockrecords.all() if r.partner_id == producer.partner_id), None)
    if photos is None:
        photos = product.images.count()
    certificate, state, days_left = _certificate_state(product, today)
    missing = []
    if state not in ("valid", "expiring"):
        missing.append("certificate")
    if record is None or record.price is None:
        missing.append("price")
    if record is None or record.net_stock_level <= 0:
        missing.append("stock")
    if not photos:
        missing.append("photo")
    return Listing(product, record, photos, certificate, state, days_left, missing)


def listings(producer: Producer) -> list[Listing]:
    """Every product of ``producer``, by title, in a constant number of queries."""
    own_records = StockRecord.objects.filter(partner_id=producer.partner_id)
    products = (
        Product.objects.filter(producer=producer)
        .with_current_certificate()
        .prefetch_related(Prefetch("stockrecords", queryset=own_records))
        .annotate(photo_count=Count("images", distinct=True))
        .order_by("title", "pk")
    )
    return [listing_of(product, producer, product.photo_count) for product in products]


def summary(rows: list[Listing]) -> dict[str, int]:
    return {
        "selling": sum(1 for row in rows if row.selling),
        "paused": sum(1 for row in rows if not row.listed),
        "missing": sum(1 for row in rows if row.listed and row.missing),
    }


def expiring_certificates(producer: Producer, days: int = EXPIRY_WARNING_DAYS):
    """The producer's certificates valid today that expire within ``days`` days, soonest first."""
    return (
        Certificate.objects.expiring_within(days)
        .filter(producer=producer)
        .select_related("product")
        .order_by("expires_on", "certificate_no")
    )


def stock_history(producer: Producer, product: Product, limit: int = 20):
    """The last changes of the producer's own stock of ``product``."""
    return (
        StockAdjustment.objects.filter(stockrecord__partner_id=producer.partner_id, product=product)
        .select_related("user")
        .order_by("-created_at", "-pk")[:limit]
    )


@transaction.atomic
def update_listing(
    producer: Producer,
    product: Product,
    *,
    user: Model,
    description: str,
    story: str,
    price: int | None,
    stock: int | None,
    note: str = "",
) -> StockAdjustment | None:
    """Save what the producer writes; returns the stock adjustment if the online stock changed.

    ``price``/``stock`` None leave them as they are. The texts are sanitised by their model fields.
    """
    if product.producer_id != producer.pk:
        raise ListingRefused(_("This product is not yours."))
    product.description = description
    product.story = story
    product.save(update_fields=["description", "story", "date_updated"])
    if price is None and stock is None:
        return None
    if not producer.partner_id:
        raise ListingRefused(_("Your producer has no stock holder on the marketplace yet."))
    holder = ProducerStock(producer.partner_id)
    record = point_record(holder, product, price=Decimal(price) if price is not None else None)
    if price is not None and record.price != Decimal(price):
        record.price, record.price_currency = Decimal(price), "VND"
        record.save(update_fields=["price", "price_currency", "date_updated"])
    if stock is None:
        return None
    return set_stock(
        holder,
        record,
        stock,
        user=user,
        reason=Reason.CORRECTION,
        note=note or _("Online stock set in the producer portal"),
    )


def pause(producer: Producer, product: Product) -> None:
    """Take the listing off the storefront (always allowed)."""
    if product.producer_id != producer.pk:
        raise ListingRefused(_("This product is not yours."))
    _set_public(product, False)


def resume(producer: Producer, product: Product) -> None:
    """Put the listing back on the storefront; refused unless the product is certified today."""
    if product.producer_id != producer.pk:
        raise ListingRefused(_("This product is not yours."))
    if not Product.objects.filter(pk=product.pk).certified_today().exists():
        raise ListingRefused(
            _("%(product)s has no certificate valid today: it cannot be put on sale.")
            % {"product": product.get_title()}
        )
    _set_public(product, True)


def _set_public(product: Product, public: bool) -> None:
    # save(), not update(): the search index listens to the product's post_save.
    if product.is_public != public:
        product.is_public = public
        product.save(update_fields=["is_public", "date_updated"])
