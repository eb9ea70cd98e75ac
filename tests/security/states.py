"""The POST rows' forms (``data=``) and what must stay unchanged when a POST is refused (``state=``).

Each form is built from ``world.ids``; each state is a snapshot of the rows the POST would change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from oscar.core.loading import get_model
from wagtail.models import Page

from catalogue.models import RegistrySync
from cms.models import FairApplication
from marketplace.payments.models import StripePayment
from outlets.models import StockAdjustment

StockRecord = get_model("partner", "StockRecord")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
Line = get_model("order", "Line")
Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")
WishListLine = get_model("wishlists", "Line")


def _record(pk: int) -> tuple:
    record = StockRecord.objects.filter(pk=pk).values_list("num_in_stock", "price", "num_allocated").first()
    return record or ()


def _adjustments(pk: int) -> int:
    return StockAdjustment.objects.filter(stockrecord_id=pk).count()


def _application(pk: int) -> tuple:
    return tuple(FairApplication.objects.filter(pk=pk).values_list("status", "decided_by", "booth").first())


def _sync(pk: int) -> tuple:
    return tuple(RegistrySync.objects.filter(pk=pk).values_list("status").first())


def _listing(product: int, partner: int) -> tuple:
    """What the portal may change: the texts, the listing, the producer's own stock record."""
    texts = tuple(Product.objects.filter(pk=product).values_list("description", "story", "is_public").first())
    record = (
        StockRecord.objects.filter(product_id=product, partner_id=partner)
        .values_list("pk", flat=True)
        .first()
    )
    return texts, _record(record), _adjustments(record)


def _page(pk: int) -> tuple:
    fields = ("title", "live", "latest_revision_id", "locked")
    return tuple(Page.objects.filter(pk=pk).values_list(*fields).first())


FORMS: dict[str, Callable[[dict], dict]] = {
    "sell": lambda ids: {f"qty-{ids['recordA']}": "1", "sell": "1", "payment_method": "cash"},
    "receive": lambda ids: {"record": ids["recordA"], "quantity": "5", "supplier": "HTX"},
    "count": lambda ids: {"count-physical": "1", "count-note": "kiểm kê"},
    "decide": lambda ids: {},
    "empty": lambda ids: {},
    "refund": lambda ids: {"amount": "1000", "reason": "hỏng"},
    "product": lambda ids: {"title": "Đã đổi tên", "is_public": ""},
    "cancel_line": lambda ids: {
        "line_action": "change_line_statuses",
        "selected_line": ids["lineB"],
        f"selected_line_qty_{ids['lineB']}": "1",
        "new_status": "Cancelled",
    },
    "order_status": lambda ids: {"order_action": "change_order_status", "new_status": "Cancelled"},
    "listing": lambda ids: {
        "description": "<p>Đổi</p>",
        "story": "<p>Đổi</p>",
        "price": "1000",
        "stock": "1",
    },
    "page_publish": lambda ids: {"title": "Đã đổi", "slug": "da-doi", "action-publish": "action-publish"},
}

STATES: dict[str, Callable[[dict], Any]] = {
    "stockA": lambda ids: (_record(ids["recordA"]), _adjustments(ids["recordA"])),
    "applicationA": lambda ids: _application(ids["applicationA"]),
    "applicationB": lambda ids: _application(ids["applicationB"]),
    "sync": lambda ids: _sync(ids["sync"]),
    "partnerA_users": lambda ids: sorted(
        Partner.objects.get(pk=ids["partnerA"]).users.values_list("pk", flat=True)
    ),
    "refund": lambda ids: _refund(ids["payment"]),
    "addressB": lambda ids: tuple(
        UserAddress.objects.filter(pk=ids["addressB"])
        .values_list("is_default_for_shipping", "is_default_for_billing")
        .first()
    ),
    "addressA": lambda ids: tuple(
        UserAddress.objects.filter(pk=ids["addressA"])
        .values_list("is_default_for_shipping", "is_default_for_billing")
        .first()
    ),
    "wishlists": lambda ids: WishListLine.objects.count(),
    "productB": lambda ids: tuple(
        Product.objects.filter(pk=ids["productB"]).values_list("title", "is_public")
    ),
    "lineB": lambda ids: (
        tuple(Line.objects.filter(pk=ids["lineB"]).values_list("status")),
        tuple(Order.objects.filter(number=ids["orderA"]).values_list("status")),
    ),
    "orderA": lambda ids: tuple(Order.objects.filter(number=ids["orderA"]).values_list("status")),
    "listingA": lambda ids: _listing(ids["productA"], ids["partnerA"]),
    "expiredA": lambda ids: _listing(ids["expired"], ids["partnerA"]),
    "fairB_page": lambda ids: _page(ids["fairB"]),
    "fairA_page": lambda ids: _page(ids["fairA"]),
}


def _refund(pk: int) -> tuple:
    return tuple(StripePayment.objects.filter(pk=pk).values_list("amount_refunded", "status"))
