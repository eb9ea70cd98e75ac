"""Oscar's checkout, for a marketplace of producers and sales points.

- Address step: a Vietnamese address with a phone when something is delivered; when every
  line is picked up at a sales point, only who collects it (name and phone).
- Payment method step: cash on delivery / at pick-up always; card when Stripe is configured
  (its handling lives in ``marketplace.payments``, reached through ``OCOP_CARD_PAYMENT_HANDLER``).
- Placing the order goes through ``marketplace.checkout.placement.place_order_for_basket``: if a
  line lost its certificate or its last units meanwhile, the shopper is back at the basket with
  the reason and the basket as it was.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views import generic
from oscar.apps.checkout import exceptions
from oscar.apps.checkout.views import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.checkout.views import IndexView as OscarIndexView
from oscar.apps.checkout.views import PaymentDetailsView as OscarPaymentDetailsView
from oscar.apps.checkout.views import ShippingAddressView as OscarShippingAddressView
from oscar.apps.checkout.views import ShippingMethodView as OscarShippingMethodView
from oscar.apps.checkout.views import ThankYouView as OscarThankYouView
from oscar.apps.payment.exceptions import UnableToTakePayment

from marketplace.checkout.forms import CARD, COD, PaymentMethodForm, PickupContactForm, payment_choices
from marketplace.checkout.placement import PlacementRefused, cod_source, place_order_for_basket
from marketplace.checkout.session import CheckoutSessionMixin  # Oscar's views get it through get_class too
from marketplace.partner.exceptions import NotEnoughStock


def payment_method_label(code: str | None) -> str:
    return dict(payment_choices()).get(code or "", "")


class IndexView(OscarIndexView):
    template_name = "oscar/checkout/gateway.html"


class ShippingAddressView(OscarShippingAddressView):
    """The delivery address; for a pick-up-only basket, the name and phone of who collects it."""

    # Oscar skips this step when nothing ships; we still need a contact for the sales point.
    skip_conditions: list[str] = []

    def pickup_only(self) -> bool:
        return not self.request.basket.is_shipping_required()

    def get_form_class(self):
        return PickupContactForm if self.pickup_only() else super().get_form_class()

    def get_template_names(self) -> list[str]:
        if self.pickup_only():
            return ["oscar/checkout/pickup_contact.html"]
        return super().get_template_names()

    def get_initial(self):
        if not self.pickup_only():
            return super().get_initial()
        contact = self.checkout_session.pickup_contact()
        if contact:
            return contact
        user = self.request.user
        return {"name": user.get_full_name()} if user.is_authenticated else {}

    def post(self, request, *args, **kwargs):
        if self.pickup_only():
            return generic.FormView.post(self, request, *args, **kwargs)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if isinstance(form, PickupContactForm):
            phone = form.cleaned_data["phone_number"]
            self.checkout_session.set_pickup_contact(form.cleaned_data["name"], phone.as_international)
            return redirect(self.get_success_url())
        return super().form_valid(form)


class ShippingMethodView(OscarShippingMethodView):
    template_name = "oscar/checkout/shipping_methods.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        basket = self.request.basket
        context["method_rows"] = [
            {
                "method": m,
                "charge": m.calculate(basket),
                "shipments": getattr(m, "shipments", lambda b: [])(basket),
            }
            for m in context["methods"]
        ]
        return context


class PaymentMethodView(CheckoutSessionMixin, generic.FormView):
    """Choose how to pay: cash on delivery / at pick-up, or card when Stripe is configured."""

    template_name = "oscar/checkout/payment_method.html"
    form_class = PaymentMethodForm
    pre_conditions = [
        "check_basket_is_not_empty",
        "check_basket_is_valid",
        "check_user_email_is_captured",
        "check_shipping_data_is_captured",
    ]
    skip_conditions = ["skip_unless_payment_is_required"]
    success_url = reverse_lazy("checkout:payment-details")

    def get_initial(self):
        method = self.checkout_session.payment_method()
        return {"method": method if method in dict(payment_choices()) else COD}

    def form_valid(self, form) -> HttpResponse:
        self.checkout_session.pay_by(form.cleaned_data["method"])
        return redirect(self.get_success_url())


class PaymentDetailsView(OscarPaymentDetailsView):
    """Payment details (card only) and the order preview with its "Place order" button."""

    def get(self, request, *args, **kwargs):
        # Cash needs no details: straight to the preview. Card details are the Stripe seam's.
        if not self.preview and self.checkout_session.payment_method() != CARD:
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def check_payment_data_is_captured(self, request) -> None:
        if self.checkout_session.payment_method() not in dict(payment_choices()):
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:payment-method"), message=_("Please choose how you will pay.")
            )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        method = self.checkout_session.payment_method()
        context["payment_method"] = method
        context["payment_method_label"] = payment_method_label(method)
        context["pickup_only"] = not self.request.basket.is_shipping_required()
        return context

    def handle_payment(self, order_number, total, **kwargs) -> None:
        method = self.checkout_session.payment_method()
        if method == CARD:
            handler_path = getattr(settings, "OCOP_CARD_PAYMENT_HANDLER", "")
            if not (settings.CARD_PAYMENTS_ENABLED and handler_path):
                raise UnableToTakePayment(_("Card payment is not available. Please choose cash."))
            # The Stripe seam: records its own Source/events on the view, or raises Oscar's
            # RedirectRequired / UnableToTakePayment / PaymentError.
            import_string(handler_path)(self, order_number, total, **kwargs)
            return
        # Cash on delivery / at pick-up: the whole total is due, nothing taken yet.
        self.add_payment_source(cod_source(total.incl_tax, total.currency))

    def handle_order_placement(
        self,
        order_number,
        user,
        basket,
        shipping_address,
        shipping_method,
        shipping_charge,
        billing_address,
        order_total,
        surcharges=None,
        **kwargs,
    ):
        sources = list(self._payment_sources or [])
        try:
            order = place_order_for_basket(
                basket,
                user=user,
                guest_email=kwargs.get("guest_email") or "",
                shipping_address=shipping_address,
                shipping_method_code=shipping_method.code,
                payment_source=sources[0] if sources else None,
                payment_events=self._payment_events or (),
                order_number=order_number,
                request=self.request,
            )
        except (PlacementRefused, NotEnoughStock) as refusal:
            # Nothing was written: back to the basket, as it was, with the reason.
            self.restore_frozen_basket()
            messages.error(self.request, str(refusal))
            return redirect("basket:summary")
        for source in sources[1:]:
            source.order = order
            source.save()
        return self.handle_successful_order(order)

    def send_order_placed_email(self, order) -> None:
        # place_order_for_basket has sent it already (the same email whoever places the order).
        return None


class ThankYouView(OscarThankYouView):
    template_name = "oscar/checkout/thank_you.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = context["order"]
        # A card-paid order owes nothing at the door; a cash one owes its whole total.
        paid = sum((source.amount_debited for source in order.sources.all()), Decimal(0))
        context["amount_due"] = max(order.total_incl_tax - paid, Decimal(0))
        return context
