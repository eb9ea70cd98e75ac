"""The stock desk's pages, for a sales point or a fair's booth.

Every view starts from ``desk_for``: another holder's desk is a 404. The URL's ``kind``
("point" or "booth") says which holder ``pk`` names; the views are the same for both.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from marketplace.partner.strategy import Selector
from outlets import booths
from outlets import pickups as pickup_flow
from outlets.adjustments import add_stock, point_record, remove_from_shelf, set_stock
from outlets.desk.access import Desk, booth_fairs, desk_for, manageable_points
from outlets.desk.forms import (
    AddProductForm,
    CountForm,
    ImportForm,
    QuickEditForm,
    ReceiveForm,
    ReturnForm,
    SaleForm,
    Till,
    TransferForm,
    parse_count_csv,
)
from outlets.hours import vietnam_now
from outlets.models import InStoreSale, StockAdjustment
from outlets.sales import SaleLine, SaleRefused, sell_in_store

Order = get_model("order", "Order")
EXPIRY_WARNING_DAYS = 30


def _render(request: HttpRequest, template: str, desk: Desk, **context) -> HttpResponse:
    return render(request, f"outlets/desk/{template}", {"desk": desk, "point": desk.holder, **context})


def _point_only(desk: Desk) -> None:
    """Receiving deliveries, adding products, CSV counts and pick-ups are a sales point's business."""
    if desk.is_booth:
        raise Http404


@login_required
def index(request: HttpRequest) -> HttpResponse:
    points = list(manageable_points(request.user))
    fairs = booth_fairs(request.user)
    if len(points) == 1 and not fairs:
        return redirect("outlets-desk:stock", pk=points[0].pk)
    if len(fairs) == 1 and not points:
        return redirect("outlets-desk:booth-stock", pk=fairs[0].pk)
    if not points and not fairs:
        raise Http404
    return render(request, "outlets/desk/index.html", {"points": points, "fairs": fairs})


def _stock_rows(desk: Desk) -> list:
    """The point's records with their certificate state, for the list and the alerts."""
    today = vietnam_today()
    warn_until = today + datetime.timedelta(days=EXPIRY_WARNING_DAYS)
    rows = []
    for record in desk.records().order_by("product__title"):
        certificate = record.product.current_certificate
        record.certificate = certificate
        record.certified = certificate is not None
        record.expiring = bool(
            certificate and certificate.expires_on and certificate.expires_on <= warn_until
        )
        record.on_shelf = record.net_stock_level > 0
        record.low = record.is_below_threshold
        rows.append(record)
    return rows


@login_required
def stock(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    rows = _stock_rows(desk)
    alerts = {
        "low": [r for r in rows if r.low and r.certified],
        "expiring": [r for r in rows if r.expiring],
        "decertified": [r for r in rows if not r.certified and r.on_shelf],
    }
    return _render(request, "stock.html", desk, rows=rows, alerts=alerts, has_alerts=any(alerts.values()))


@login_required
def record_detail(request: HttpRequest, pk: int, record_pk: int, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    point = desk.holder
    record = get_object_or_404(desk.records(), pk=record_pk)
    edit_form = QuickEditForm(instance=record, prefix="edit")
    count_form = CountForm(prefix="count", initial={"physical": record.num_in_stock or 0})
    if request.method == "POST":
        if "edit" in request.POST:
            edit_form = QuickEditForm(request.POST, instance=record, prefix="edit")
            if edit_form.is_valid():
                edit_form.save()
                messages.success(request, _("Saved."))
                return redirect(desk.url("stock"))
        else:
            count_form = CountForm(request.POST, prefix="count")
            if count_form.is_valid():
                adjustment = set_stock(
                    point,
                    record,
                    count_form.cleaned_data["physical"],
                    user=request.user,
                    note=count_form.cleaned_data["note"],
                )
                messages.success(
                    request, _("Count recorded: variance %(delta)+d.") % {"delta": adjustment.delta}
                )
                return redirect(desk.url("stock"))
    history = StockAdjustment.objects.filter(stockrecord=record).select_related("user")[:50]
    return _render(
        request,
        "record.html",
        desk,
        record=record,
        edit_form=edit_form,
        count_form=count_form,
        history=history,
    )


@login_required
@require_POST
def remove(request: HttpRequest, pk: int, record_pk: int, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    record = get_object_or_404(desk.records(), pk=record_pk)
    if desk.is_booth:
        # At a fair, what may not be sold goes back to its producer rather than into a stockroom.
        booths.return_all(desk.holder, desk.records().filter(pk=record.pk), user=request.user)
    else:
        remove_from_shelf(desk.holder, record, user=request.user, note=_("Certificate not valid"))
    messages.success(
        request, _("%(product)s removed from the shelf.") % {"product": record.product.get_title()}
    )
    return redirect(desk.url("stock"))


@login_required
def receive(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    _point_only(desk)
    point = desk.holder
    form = ReceiveForm(point, request.POST or None, initial={"record": request.GET.get("record")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        adjustment = add_stock(
            point,
            data["record"],
            data["quantity"],
            user=request.user,
            supplier=data["supplier"],
            note=data["note"],
        )
        messages.success(
            request,
            _("Received %(n)s × %(product)s; in stock: %(after)s.")
            % {
                "n": data["quantity"],
                "product": data["record"].product.get_title(),
                "after": adjustment.quantity_after,
            },
        )
        return redirect(desk.url("stock"))
    return _render(request, "receive.html", desk, form=form)


@login_required
def add_product(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    _point_only(desk)
    point = desk.holder
    form = AddProductForm(point, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        record = point_record(
            point, data["product"], price=data["price"], low_stock_threshold=data["low_stock_threshold"]
        )
        messages.success(
            request, _("%(product)s added to this point's range.") % {"product": record.product.get_title()}
        )
        return redirect(desk.url("receive") + f"?record={record.pk}")
    return _render(request, "add.html", desk, form=form)


@login_required
def sell(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    """The till: find products (name, SKU, barcode), add lines, choose the payment, sell.

    The lines travel in the form (``Till``); "Add" and "Remove" re-render, "Sell" places one
    order for all lines in one transaction, or changes nothing and says why.
    """
    desk = desk_for(request, pk, kind)
    records = desk.records()
    strategy = Selector().strategy(pickup_partner_id=desk.holder.partner_id)
    data = request.POST if request.method == "POST" else None
    till = Till(records, strategy, data)
    form = SaleForm(records, data)
    if data is not None and form.is_valid():
        cleaned = form.cleaned_data
        quantity = cleaned["quantity"] or 1
        if "remove" in data:
            till.remove(_int(data["remove"]))
        record = None
        if "pick" in data:
            record = records.filter(pk=_int(data["pick"])).first()
        elif cleaned["query"]:
            record = form.find(cleaned["query"])
        if record is not None:
            refusal = till.add(record, quantity)
            if refusal:
                form.add_error("query", refusal)
        if "sell" in data and not form.errors:
            if not till.lines:
                form.add_error(None, _("Add at least one product."))
            else:
                try:
                    order = sell_in_store(
                        desk.holder,
                        request.user,
                        [SaleLine(line.record.product, line.quantity) for line in till.lines],
                        cleaned["payment_method"],
                    )
                except SaleRefused as error:
                    form.add_error(None, str(error))
                else:
                    messages.success(
                        request, _("Sale recorded: order %(number)s.") % {"number": order.number}
                    )
                    return redirect(desk.url("receipt", order.number))
        if not form.errors:
            # The line is on the till: an empty search box for the next scan.
            form = SaleForm(records, initial={"payment_method": cleaned["payment_method"]})
    return _render(
        request,
        "sell.html",
        desk,
        form=form,
        till=till,
        products=records.order_by("product__title"),
    )


def _int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _desk_orders(desk: Desk):
    """The holder's in-store orders; a producer at a fair sees those with their products."""
    sales = InStoreSale.objects.filter(**desk.holder.holder_fields())
    orders = Order.objects.filter(in_store_sale__in=sales)
    if desk.producer_ids is not None:
        orders = orders.filter(lines__product__producer_id__in=desk.producer_ids).distinct()
    return orders


@login_required
def receipt(request: HttpRequest, pk: int, number: str, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    order = get_object_or_404(_desk_orders(desk).select_related("in_store_sale__seller"), number=number)
    return _render(
        request, "receipt.html", desk, order=order, sale=order.in_store_sale, lines=order.lines.all()
    )


@login_required
def today(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    """The day's sales here: count, units, takings by payment method and by product."""
    desk = desk_for(request, pk, kind)
    now = vietnam_now()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    sales = list(
        InStoreSale.objects.filter(
            created_at__gte=start,
            created_at__lt=start + datetime.timedelta(days=1),
            order__in=_desk_orders(desk),
        )
        .select_related("order", "seller")
        .order_by("created_at")
    )
    lines = desk.scoped(get_model("order", "Line").objects.filter(order__in_store_sale__in=sales))
    amounts: dict[int, Decimal] = defaultdict(Decimal)
    for order_id, amount in lines.values_list("order_id", "line_price_incl_tax"):
        amounts[order_id] += amount
    by_method: dict[str, Decimal] = defaultdict(Decimal)
    for sale in sales:
        # A whole order's total (what was paid), or a producer's own lines of it.
        sale.amount = sale.order.total_incl_tax if desk.producer_ids is None else amounts[sale.order_id]
        by_method[sale.get_payment_method_display()] += sale.amount
    by_product = (
        lines.values("product_id", "title")
        .annotate(units=Sum("quantity"), amount=Sum("line_price_incl_tax"))
        .order_by("-amount", "title")
    )
    return _render(
        request,
        "today.html",
        desk,
        day=now.date(),
        sales=sales,
        by_method=dict(by_method),
        by_product=by_product,
        total=sum(by_method.values(), Decimal(0)),
        units=lines.aggregate(n=Sum("quantity"))["n"] or 0,
    )


@login_required
def pickups(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    """Online orders to be collected here (only their lines from this point's stock), with actions."""
    desk = desk_for(request, pk, kind)
    _point_only(desk)
    point = desk.holder
    active = list(
        pickup_flow.open_pickups(point)
        .select_related("shipping_address", "user")
        .prefetch_related("sources__source_type")
        .order_by("date_placed")[:100]
    )
    done = list(
        pickup_flow.pickup_orders(point).exclude(pk__in=[o.pk for o in active]).order_by("-date_placed")[:20]
    )
    for order in active:
        order.point_lines = pickup_flow.point_lines(point, order)
        order.status_here = pickup_flow.status_here(order.point_lines, order)
        order.desk_actions = pickup_flow.actions_for(order, order.point_lines)
        order.cash_due = pickup_flow.cash_due_here(order, order.point_lines)
    return _render(request, "pickups.html", desk, orders=active, done=done)


@login_required
@require_POST
def pickup_action(
    request: HttpRequest, pk: int, number: str, action: str, kind: str = "point"
) -> HttpResponse:
    desk = desk_for(request, pk, kind)
    _point_only(desk)
    order = get_object_or_404(pickup_flow.pickup_orders(desk.holder), number=number)
    try:
        order = pickup_flow.move(desk.holder, order, action, user=request.user)
    except pickup_flow.PickupRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Order %(number)s: %(status)s.")
            % {"number": order.number, "status": pickup_flow.status_label(order.status)},
        )
    return redirect(desk.url("pickups"))


@login_required
def history(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    adjustments = desk.scoped(
        StockAdjustment.objects.filter(stockrecord__partner_id=desk.holder.partner_id)
    ).select_related("product", "user", "order")[:200]
    return _render(request, "history.html", desk, adjustments=adjustments)


@login_required
def import_count(request: HttpRequest, pk: int, kind: str = "point") -> HttpResponse:
    desk = desk_for(request, pk, kind)
    _point_only(desk)
    point = desk.holder
    form = ImportForm(request.POST or None, request.FILES or None)
    rows = []
    if request.method == "POST" and form.is_valid():
        rows = parse_count_csv(point, form.cleaned_data["csv_text"])
        has_errors = any(row.errors for row in rows)
        if "confirm" in request.POST and not has_errors:
            with transaction.atomic():
                for row in rows:
                    set_stock(
                        point, row.record, row.quantity, user=request.user, note=row.note or _("CSV count")
                    )
            messages.success(request, _("Stock count imported: %(n)s products.") % {"n": len(rows)})
            return redirect(desk.url("stock"))
        form = ImportForm(initial={"csv_text": form.cleaned_data["csv_text"]})
        return _render(
            request, "import.html", desk, form=form, rows=rows, has_errors=has_errors, preview=True
        )
    return _render(request, "import.html", desk, form=form, rows=rows, preview=False)


# --- Fair booths: units come from the producers and go back after the fair ----------------


@login_required
def transfer(request: HttpRequest, pk: int, kind: str = "booth") -> HttpResponse:
    """Bring units from a participating producer's own stock to the booth."""
    desk = desk_for(request, pk, kind)
    if not desk.is_booth:
        raise Http404
    sources = booths.producer_records(list(desk.producers()))
    form = TransferForm(sources, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            record = booths.transfer_to_booth(
                desk.holder, data["record"].product, data["quantity"], user=request.user, note=data["note"]
            )
        except booths.TransferRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("%(n)s × %(product)s brought to the booth; at the booth: %(after)s.")
                % {
                    "n": data["quantity"],
                    "product": record.product.get_title(),
                    "after": record.num_in_stock,
                },
            )
            return redirect(desk.url("stock"))
    return _render(request, "transfer.html", desk, form=form, has_sources=sources.exists())


@login_required
def return_stock(request: HttpRequest, pk: int, kind: str = "booth") -> HttpResponse:
    """Give unsold units back to their producers: one product, or everything at once."""
    desk = desk_for(request, pk, kind)
    if not desk.is_booth:
        raise Http404
    records = desk.records().filter(num_in_stock__gt=0).order_by("product__title")
    data = request.POST if request.method == "POST" and "all" not in request.POST else None
    form = ReturnForm(records, data)
    if request.method == "POST" and "all" in request.POST:
        moved = booths.return_all(desk.holder, desk.records(), user=request.user)
        messages.success(request, _("%(n)s units returned to their producers.") % {"n": moved})
        return redirect(desk.url("stock"))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            booths.return_to_producer(
                desk.holder, data["record"], data["quantity"], user=request.user, note=data["note"]
            )
        except booths.TransferRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("%(n)s × %(product)s returned to the producer.")
                % {"n": data["quantity"], "product": data["record"].product.get_title()},
            )
            return redirect(desk.url("stock"))
    return _render(request, "return.html", desk, form=form, records=records)
