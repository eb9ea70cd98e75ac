"""Oscar's product delete view, refusing with a reason when something keeps the product.

A registry certificate protects its product (``on_delete=PROTECT``: the register keeps pointing at
what was certified and sold), and so do stock movements at sales points. Oscar's view let the
``ProtectedError`` through as a 500; here staff read why and land back on the product, nothing
deleted. Only ``ProductDeleteView`` is overridden; Oscar's loader finds the other views in Oscar.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.admin.utils import NestedObjects
from django.db import router, transaction
from django.db.models import Model, ProtectedError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from oscar.apps.dashboard.catalogue import views

from catalogue.models import Certificate


def protectors(product: Model) -> set[Model]:
    """What would stop ``product`` (or its variants) being deleted, found the way Django's admin does."""
    collector = NestedObjects(using=router.db_for_write(type(product)))
    collector.collect([product])
    return set(collector.protected)


def refusal(product: Model, protected: set[Model]) -> str:
    if any(isinstance(obj, Certificate) for obj in protected):
        return _(
            "“%(title)s” has an OCOP certificate from the registry and cannot be deleted; the register "
            "keeps pointing at it. To take it off the shop, untick “Is public” instead."
        ) % {"title": product.get_title()}
    return _(
        "“%(title)s” cannot be deleted: stock movements or sales refer to it. "
        "To take it off the shop, untick “Is public” instead."
    ) % {"title": product.get_title()}


class ProductDeleteView(views.ProductDeleteView):
    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        product = self.get_object()
        protected = protectors(product)
        if protected:  # say so before asking "are you sure?"
            return self.refuse(product, protected)
        return super().get(request, *args, **kwargs)

    def delete(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            with transaction.atomic():  # the last variant's parent is changed after the delete
                return super().delete(request, *args, **kwargs)
        except ProtectedError as error:
            return self.refuse(self.get_object(), set(error.protected_objects))

    def refuse(self, product: Model, protected: set[Model]) -> HttpResponse:
        messages.error(self.request, refusal(product, protected))
        return redirect("dashboard:catalogue-product", pk=product.pk)
