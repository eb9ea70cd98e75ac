"""Staff refunds of card payments from Oscar's dashboard order page (its "Payment" tab)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import UserPassesTestMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from oscar.templatetags.currency_filters import currency

from marketplace.payments import gateway, services
from marketplace.payments.models import StripePayment


def can_refund(user: object) -> bool:
    """Staff who may change orders (Oscar's own permission for order actions)."""
    if not (getattr(user, "is_active", False) and getattr(user, "is_staff", False)):
        return False
    return bool(user.has_perm("order.change_order"))


class RefundForm(forms.Form):
    amount = forms.IntegerField(
        label=gettext_lazy("Amount to refund (đồng)"),
        min_value=1,
        help_text=gettext_lazy("Whole đồng; the whole remaining amount is filled in."),
    )

    def __init__(self, *args: object, payment: StripePayment, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.payment = payment
        self.fields["amount"].max_value = payment.refundable
        self.fields["amount"].widget.attrs["max"] = payment.refundable
        self.fields["amount"].initial = payment.refundable

    def clean_amount(self) -> int:
        amount = self.cleaned_data["amount"]
        if amount > self.payment.refundable:
            left = currency(self.payment.refundable, "VND")
            raise forms.ValidationError(_("At most %(amount)s can still be refunded.") % {"amount": left})
        return amount


class RefundView(UserPassesTestMixin, View):
    """POST only: refund part or all of a paid card payment, then back to the order page."""

    raise_exception = True  # signed-in non-staff get 403, not a login loop

    def test_func(self) -> bool:
        return can_refund(self.request.user)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        payment = get_object_or_404(StripePayment, pk=pk, order__isnull=False)
        target = reverse("dashboard:order-detail", kwargs={"number": payment.order.number}) + "#payment"
        form = RefundForm(request.POST, payment=payment)
        if not form.is_valid():
            for error in form.errors.get("amount", []):
                messages.error(request, error)
            return HttpResponseRedirect(target)
        amount = form.cleaned_data["amount"]
        try:
            services.refund(payment.pk, amount)
        except gateway.PaymentError as error:
            messages.error(request, _("The refund failed: %(error)s") % {"error": error})
        else:
            done = currency(amount, "VND")
            messages.success(request, _("Refunded %(amount)s to the card.") % {"amount": done})
        return HttpResponseRedirect(target)
