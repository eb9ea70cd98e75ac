"""The stock desk's pages. Every view starts from ``point_for``: another point's desk is a 404."""

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
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from outlets.adjustments import add_stock, point_record, remove_from_shelf, set_stock
from outlets.desk.access import manageable_points, point_for
from outlets.desk.forms import (
    AddProductForm,
    CountForm,
    ImportForm,
    QuickEditForm,
    ReceiveForm,
    SaleForm,
    parse_count_csv,
    point_records,
)
from outlets.hours import vietnam_now
from outlets.models import InStoreSale, StockAdjustment
from outlets.sales import SaleLine, SaleRefused, sell_in_store

Order = get_model("order", "Order")
EXPIRY_WARNING_DAYS = 30


def _render(request: HttpRequest, template: str, point, **context) -> HttpResponse:
    return render(request, f"outlets/desk/{template}", {"point": point, **context})


@login_required
def index(request: HttpRequest) -> HttpResponse:
    points = list(manageable_points(request.user))
    if len(points) == 1:
        return redirect("outlets-desk:stock", pk=points[0].pk)
    if not points:
        raise Http404
    return render(request, "outlets/desk/index.html", {"points": points})


def _stock_rows(point) -> list:
    """The point's records with their certificate state, for the list and the alerts."""
    today = vietnam_today()
    warn_until = today + datetime.timedelta(days=EXPIRY_WARNING_DAYS)
    rows = []
    for record in point_records(point).order_by("product__title"):
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
def stock(request: HttpRequest, pk: int) -> HttpResponse:
    point = point_for(request, pk)
    rows = _stock_rows(point)
    alerts = {
        "low": [r for r in rows if r.low and r.certified],
        "expiring": [r for r in rows if r.expiring],
        "decertified": [r for r in rows if not r.certified and r.on_shelf],
    }
    return _render(request, "stock.html", point, rows=rows, alerts=alerts, has_alerts=any(alerts.values()))


@login_required
def record_detail(request: HttpRequest, pk: int, record_pk: int) -> HttpResponse:
    point = point_for(request, pk)
    record = get_object_or_404(point_records(point), pk=record_pk)
    edit_form = QuickEditForm(instance=record, prefix="edit")
    count_form = CountForm(prefix="count", initial={"physical": record.num_in_stock or 0})
    if request.method == "POST":
        if "edit" in request.POST:
            edit_form = QuickEditForm(request.POST, instance=record, prefix="edit")
            if edit_form.is_valid():
                edit_form.save()
                messages.success(request, _("Saved."))
                return redirect("outlets-desk:stock", pk=point.pk)
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
                return redirect("outlets-desk:stock", pk=point.pk)
    history = StockAdjustment.objects.filter(point=point, stockrecord=record).select_related("user")[:50]
    return _render(
        request,
        "record.html",
        point,
        record=record,
        edit_form=edit_form,
        count_form=count_form,
        history=history,
    )


@login_required
@require_POST
def remove(request: HttpRequest, pk: int, record_pk: int) -> HttpResponse:
    point = point_for(request, pk)
    record = get_object_or_404(point_records(point), pk=record_pk)
    remove_from_shelf(point, record, user=request.user, note=_("Certificate not valid"))
    messages.success(
        request, _("%(product)s removed from the shelf.") % {"product": record.product.get_title()}
    )
    return redirect("outlets-desk:stock", pk=point.pk)


@login_required
def receive(request: HttpRequest, pk: int) -> HttpResponse:
    point = point_for(request, pk)
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
        return redirect("outlets-desk:stock", pk=point.pk)
    return _render(request, "receive.html", point, form=form)


@login_required
def add_product(request: HttpRequest, pk: int) -> HttpResponse:
    point = point_for(request, pk)
    form = AddProductForm(point, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        record = point_record(
            point, data["product"], price=data["price"], low_stock_threshold=data["low_stock_threshold"]
        )
        messages.success(
            request, _("%(product)s added to this point's range.") % {"product": record.product.get_title()}
        )
        return redirect(reverse("outlets-desk:receive", args=[point.pk]) + f"?record={record.pk}")
    return _render(request, "add.html", point, form=form)


@login_required
def sell(request: HttpRequest, pk: int) -> HttpResponse:
    point = point_for(request, pk)
    form = SaleForm(point, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            order = sell_in_store(
                point, request.user, [SaleLine(form.record.product, data["quantity"])], data["payment_method"]
            )
        except SaleRefused as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Sale recorded: order %(number)s.") % {"number": order.number})
            return redirect("outlets-desk:receipt", pk=point.pk, number=order.number)
    products = point_records(point).order_by("product__title")
    return _render(request, "sell.html", point, form=form, products=products)


def _point_orders(point):
    return Order.objects.filter(in_store_sale__point=point)


@login_required
def receipt(request: HttpRequest, pk: int, number: str) -> HttpResponse:
    point = point_for(request, pk)
    order = get_object_or_404(_point_orders(point).select_related("in_store_sale__seller"), number=number)
    return _render(
        request, "receipt.html", point, order=order, sale=order.in_store_sale, lines=order.lines.all()
    )


@login_required
def today(request: HttpRequest, pk: int) -> HttpResponse:
    point = point_for(request, pk)
    now = vietnam_now()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    sales = (
        InStoreSale.objects.filter(
            point=point, created_at__gte=start, created_at__lt=start + datetime.timedelta(days=1)
        )
        .select_related("order", "seller")
        .order_by("created_at")
    )
    by_method: dict[str, Decimal] = defaultdict(Decimal)
    for sale in sales:
        by_method[sale.get_payment_method_display()] += sale.order.total_incl_tax
    units = (
        get_model("order", "Line")
        .objects.filter(order__in_store_sale__in=sales)
        .aggregate(n=Sum("quantity"))["n"]
        or 0
    )
    return _render(
        request,
        "today.html",
        point,
        day=now.date(),
        sales=sales,
        by_method=dict(by_method),
        total=sum(by_method.values(), Decimal(0)),
        units=units,
    )


@login_required
def pickups(request: HttpRequest, pk: int) -> HttpResponse:
    """Online orders to be collected here: lines from this point's stock, in the online channel."""
    from marketplace.channels.models import SalesChannel

    point = point_for(request, pk)
    orders = (
        Order.objects.filter(
            lines__stockrecord__partner_id=point.partner_id, channel__kind=SalesChannel.Kind.ONLINE
        )
        .distinct()
        .order_by("-date_placed")
        .prefetch_related("lines")[:100]
    )
    return _render(request, "pickups.html", point, orders=orders)


@login_required
def history(request: HttpRequest, pk: int) -> HttpResponse:
    point = point_for(request, pk)
    adjustments = StockAdjustment.objects.filter(point=point).select_related("product", "user", "order")[:200]
    return _render(request, "history.html", point, adjustments=adjustments)


@login_required
def import_count(request: HttpRequest, pk: int) -> HttpResponse:
    point = point_for(request, pk)
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
            return redirect("outlets-desk:stock", pk=point.pk)
        form = ImportForm(initial={"csv_text": form.cleaned_data["csv_text"]})
        return _render(
            request, "import.html", point, form=form, rows=rows, has_errors=has_errors, preview=True
        )
    return _render(request, "import.html", point, form=form, rows=rows, preview=False)
