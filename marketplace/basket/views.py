"""Oscar's basket views, plus the per-line choice between delivery and pick-up."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from oscar.apps.basket.views import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.basket.views import BasketView as OscarBasketView
from oscar.core.loading import get_model

from marketplace.basket.fulfilment import FulfilmentRefused, change_line_stockrecord, line_options

Line = get_model("basket", "Line")
StockRecord = get_model("partner", "StockRecord")


class BasketView(OscarBasketView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Each line carries its choices (delivery, or the sales points holding it) for the select.
        for form in context["formset"].forms:
            if form.instance.pk:
                form.instance.fulfilment = line_options(form.instance, self.request.strategy)
        return context


class LineFulfilmentView(View):
    """POST ``stockrecord``: serve this basket line from that place (producer or sales point)."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        basket = request.basket
        line = get_object_or_404(Line, pk=pk, basket_id=basket.id) if basket.id else None
        if line is None:
            return redirect("basket:summary")
        record = StockRecord.objects.filter(
            pk=request.POST.get("stockrecord") or 0, product_id=line.product_id
        ).first()
        if record is None:
            messages.error(request, _("Please choose where to get this product."))
            return redirect("basket:summary")
        try:
            change_line_stockrecord(basket, line, record)
        except FulfilmentRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request, _("Updated: how you get “%(title)s”.") % {"title": line.product.get_title()}
            )
        return redirect("basket:summary")
