"""The producer portal's pages, at /shop/producer/ (namespace "producers").

Every view starts from ``portal_for``: without a membership, or on another producer's product,
the answer is a 404. Views stay thin; ``listings`` does the work.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required as django_login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.producers import listings as service
from marketplace.producers.access import ChooseProducer, Portal, portal_for, producer_choices
from marketplace.producers.forms import ListingForm

# The storefront's sign-in (settings.LOGIN_URL is Django's default /accounts/login/, not ours).
login_required = django_login_required(login_url=reverse_lazy("customer:login"))


def _render(request: HttpRequest, template: str, portal: Portal, **context) -> HttpResponse:
    return render(
        request, f"producers/{template}", {"portal": portal, "producer": portal.producer, **context}
    )


def _portal_or_choose(request: HttpRequest) -> Portal | HttpResponse:
    try:
        portal = portal_for(request)
    except ChooseProducer:
        return redirect("producers:choose")
    if "producer" in request.GET:
        # The choice is remembered: drop it from the address.
        return redirect(request.path)
    return portal


@login_required
def home(request: HttpRequest) -> HttpResponse:
    portal = _portal_or_choose(request)
    if isinstance(portal, HttpResponse):
        return portal
    rows = service.listings(portal.producer)
    return _render(
        request,
        "home.html",
        portal,
        counts=service.summary(rows),
        expiring=service.expiring_certificates(portal.producer),
        warning_days=service.EXPIRY_WARNING_DAYS,
    )


@login_required
def choose(request: HttpRequest) -> HttpResponse:
    return render(request, "producers/choose.html", {"choices": producer_choices(request)})


@login_required
def listing_list(request: HttpRequest) -> HttpResponse:
    portal = _portal_or_choose(request)
    if isinstance(portal, HttpResponse):
        return portal
    return _render(request, "listings.html", portal, rows=service.listings(portal.producer))


@login_required
def listing_edit(request: HttpRequest, pk: int) -> HttpResponse:
    portal = _portal_or_choose(request)
    if isinstance(portal, HttpResponse):
        return portal
    product = portal.product(pk)
    listing = service.listing_of(product, portal.producer)
    form = ListingForm(request.POST or None, listing=listing)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            service.update_listing(
                portal.producer,
                product,
                user=request.user,
                description=data["description"],
                story=data["story"],
                price=data["price"],
                stock=data["stock"],
                note=data["note"],
            )
        except service.ListingRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("%(product)s saved.") % {"product": product.get_title()})
            return redirect("producers:listing", pk=product.pk)
    return _render(
        request,
        "listing.html",
        portal,
        listing=listing,
        form=form,
        history=service.stock_history(portal.producer, product),
    )


@login_required
@require_POST
def listing_pause(request: HttpRequest, pk: int) -> HttpResponse:
    portal = _portal_or_choose(request)
    if isinstance(portal, HttpResponse):
        return portal
    product = portal.product(pk)
    service.pause(portal.producer, product)
    messages.success(
        request, _("%(product)s is paused: shoppers no longer see it.") % {"product": product.get_title()}
    )
    return redirect("producers:listing", pk=product.pk)


@login_required
@require_POST
def listing_resume(request: HttpRequest, pk: int) -> HttpResponse:
    portal = _portal_or_choose(request)
    if isinstance(portal, HttpResponse):
        return portal
    product = portal.product(pk)
    try:
        service.resume(portal.producer, product)
    except service.ListingRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("%(product)s is on sale again.") % {"product": product.get_title()})
    return redirect("producers:listing", pk=product.pk)
