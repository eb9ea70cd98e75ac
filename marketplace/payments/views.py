"""The shopper's card payment: start (freeze the basket, create or re-use the PaymentIntent),
the card page (Stripe.js Payment Element), and the return page that asks Stripe for the outcome.

Whether the return page or the webhook learns first that the card was charged, both go through
``services.finalise``, which places the order once.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from oscar.core.loading import get_class

from marketplace.checkout.forms import CARD
from marketplace.checkout.placement import address_fields
from marketplace.checkout.session import submission_for_request
from marketplace.payments import gateway, services
from marketplace.payments.models import StripePayment

logger = logging.getLogger(__name__)

SESSION_KEY = "ocop_card_payment"
OrderNumberGenerator = get_class("order.utils", "OrderNumberGenerator")
CheckoutSessionData = get_class("checkout.utils", "CheckoutSessionData")
Selector = get_class("partner.strategy", "Selector")


def _require_cards() -> None:
    if not gateway.card_payments_enabled():
        raise Http404("card payments are not configured")


def _session_payment(request: HttpRequest) -> StripePayment | None:
    pk = request.session.get(SESSION_KEY)
    return StripePayment.objects.filter(pk=pk).select_related("basket", "order").first() if pk else None


def _checkout_data(submission: dict[str, Any], request: HttpRequest) -> dict[str, Any]:
    """What placing the order needs later, outside this request (JSON-friendly)."""
    user = request.user if request.user.is_authenticated else None
    return {
        "user_id": user.pk if user else None,
        "guest_email": (submission.get("order_kwargs") or {}).get("guest_email") or "",
        "shipping_address": address_fields(submission.get("shipping_address")),
        "shipping_method_code": getattr(submission.get("shipping_method"), "code", None),
    }


@require_POST
def start(request: HttpRequest) -> HttpResponse:
    """From the order preview: freeze the basket, get its PaymentIntent, go to the card page."""
    _require_cards()
    basket = request.basket
    session = CheckoutSessionData(request)
    if basket.is_empty or session.payment_method() != CARD:
        messages.error(request, _("Please review your order before paying by card."))
        return redirect("checkout:preview" if not basket.is_empty else "basket:summary")
    submission = submission_for_request(request)
    total = submission.get("order_total")
    if total is None or submission.get("shipping_method") is None:
        return redirect("checkout:index")
    order_number = OrderNumberGenerator().order_number(basket)
    try:
        payment = gateway.create_or_reuse_intent(
            basket, total.incl_tax, order_number, _checkout_data(submission, request)
        )
    except gateway.PaymentError as error:
        messages.error(request, str(error))
        return redirect("checkout:preview")
    # Oscar's way: a basket being paid for can no longer change (thawed again on cancel).
    basket.freeze()
    session.set_submitted_basket(basket)
    request.session[SESSION_KEY] = payment.pk
    return redirect("payments:card-pay")


def _done(request: HttpRequest, payment: StripePayment) -> HttpResponse:
    """The order exists: hand over to Oscar's thank-you page."""
    CheckoutSessionData(request).flush()
    request.session.pop(SESSION_KEY, None)
    request.session["checkout_order_id"] = payment.order_id
    return redirect("checkout:thank-you")


@require_GET
def pay(request: HttpRequest) -> HttpResponse:
    """The card page: Stripe.js's Payment Element for this basket's intent."""
    _require_cards()
    payment = _session_payment(request)
    if payment is None:
        return redirect("basket:summary")
    if payment.order_id:
        return _done(request, payment)
    try:
        intent = gateway.retrieve_intent(payment.intent_id)
    except gateway.PaymentError as error:
        messages.error(request, str(error))
        return redirect("checkout:preview")
    basket = payment.basket
    if basket is not None:
        basket.strategy = Selector().strategy(request=request, user=request.user)
    config = {
        "publishableKey": settings.STRIPE_PUBLISHABLE_KEY,
        "clientSecret": intent.client_secret,
        "returnUrl": request.build_absolute_uri(reverse("payments:card-return")),
        "confirmUrl": reverse("payments:card-confirm"),
        "locale": (get_language() or "vi")[:2],
        "messages": {
            "processing": _("Processing your payment…"),
            "failed": _("The card payment did not go through. Check the card details or try another card."),
        },
    }
    return render(
        request,
        "payments/card_page.html",
        {
            "payment": payment,
            "basket": basket,
            "stripe_js_url": settings.STRIPE_JS_URL,
            "card_config": config,
            "failure_message": payment.failure_message if payment.status == payment.Status.FAILED else "",
        },
    )


@require_POST
def confirm(request: HttpRequest) -> JsonResponse:
    """Server-side confirmation with a payment method made by Stripe.js (used when the loaded
    Stripe.js cannot confirm the Payment Element itself, as with localstripe's mock)."""
    _require_cards()
    payment = _session_payment(request)
    if payment is None or payment.order_id:
        return JsonResponse({"error": _("This payment is no longer open.")}, status=409)
    try:
        intent = gateway.confirm_on_server(payment.intent_id, request.POST.get("payment_method", ""))
    except gateway.PaymentError as error:
        return JsonResponse({"error": str(error)}, status=402)
    return JsonResponse({"status": intent.status})


@require_GET
def back(request: HttpRequest) -> HttpResponse:
    """Where Stripe sends the shopper back: ask Stripe (never the URL) how the payment went."""
    _require_cards()
    payment = _session_payment(request)
    if payment is None:
        # Another browser finished 3-D Secure: the intent id and its client secret identify it.
        intent_id = request.GET.get("payment_intent", "")
        candidate = StripePayment.objects.filter(intent_id=intent_id).first() if intent_id else None
        if candidate is not None:
            intent = gateway.retrieve_intent(candidate.intent_id)
            if intent.client_secret == request.GET.get("payment_intent_client_secret"):
                payment = candidate
        if payment is None:
            return redirect("basket:summary")
    if payment.order_id:
        return _done(request, payment)
    try:
        intent = gateway.retrieve_intent(payment.intent_id)
    except gateway.PaymentError as error:
        messages.error(request, str(error))
        return redirect("payments:card-pay")
    if intent.status == "succeeded":
        payment = services.finalise(intent) or payment
        if payment.order_id:
            return _done(request, payment)
        request.session.pop(SESSION_KEY, None)
        messages.error(request, payment.failure_message or _("Your order could not be placed."))
        return redirect("basket:summary")
    if intent.status == "processing":
        return render(request, "payments/card_processing.html", {"payment": payment}, status=202)
    if intent.status == "requires_payment_method":
        messages.error(request, _("The card payment did not go through. Try again or use another card."))
    return redirect("payments:card-pay")


@require_POST
def cancel(request: HttpRequest) -> HttpResponse:
    """Leave the card page: the basket opens again (the intent stays for a later try)."""
    _require_cards()
    payment = _session_payment(request)
    if payment is not None and payment.order_id is None and payment.basket is not None:
        payment.basket.thaw()
    request.session.pop(SESSION_KEY, None)
    return redirect("checkout:payment-method")
