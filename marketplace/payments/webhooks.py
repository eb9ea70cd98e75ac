"""Stripe's webhook endpoint: verify the signature, then handle each event once."""

from __future__ import annotations

import logging

import stripe
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from marketplace.payments import services

logger = logging.getLogger(__name__)


@csrf_exempt  # Stripe cannot send a CSRF token; the signature is the proof instead.
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """200 when handled or already handled; 400 (and nothing changes) when the call is not Stripe's."""
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        return HttpResponse("Webhook secret not configured.", status=503, content_type="text/plain")
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(request.body, signature, secret)
    except ValueError:
        return HttpResponse("Invalid payload.", status=400, content_type="text/plain")
    except stripe.SignatureVerificationError:
        return HttpResponse("Invalid signature.", status=400, content_type="text/plain")
    new = services.handle_event(event)
    logger.info("Stripe event %s %s: %s", event["id"], event["type"], "handled" if new else "duplicate")
    return HttpResponse("ok" if new else "duplicate", content_type="text/plain")
