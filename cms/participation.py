"""Producers apply to exhibit at a fair (a route of the fair page, for signed-in producer users).

A producer user is a user in the ``users`` of a catalogue Producer's partner: the same link
that scopes Oscar's dashboard to the producer. The fair page's "apply" route calls ``apply``, so the
fair arrives as a ``Page`` (a ``cms.FairPage``): this module never imports the page model.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from catalogue.models import Producer
from cms.forms import FairApplicationForm
from cms.models.participation import FairApplication


def producers_of(user) -> QuerySet[Producer]:
    if not user.is_authenticated:
        return Producer.objects.none()
    return Producer.objects.filter(partner__users=user).order_by("name").distinct()


def apply(fair: Page, request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    producers = producers_of(request.user)
    existing = FairApplication.objects.filter(fair=fair, producer__in=producers).select_related("producer")
    context = {"page": fair, "self": fair, "applications": existing, "is_producer": producers.exists()}
    if not producers.exists() or not fair.registration_open():
        context["closed"] = not fair.registration_open()
        return TemplateResponse(request, "cms/fair_apply.html", context, status=403)
    form = FairApplicationForm(request.POST or None, producers=producers)
    if request.method == "POST" and form.is_valid():
        producer = form.cleaned_data["producer"]
        _application, created = FairApplication.objects.get_or_create(
            fair=fair,
            producer=producer,
            defaults={"message": form.cleaned_data["message"], "applied_by": request.user},
        )
        if created:
            messages.success(request, _("Your application was sent to the organiser."))
        else:
            messages.info(request, _("%(producer)s has already applied.") % {"producer": producer.name})
        return HttpResponseRedirect(fair.url + "apply/")
    context["form"] = form
    return TemplateResponse(request, "cms/fair_apply.html", context)
