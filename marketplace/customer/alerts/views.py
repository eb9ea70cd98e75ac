"""Oscar's stock alert views; cancelling a signed-in shopper's alert answers POST only.

The by-key URL stays a GET: it is the link in the alert e-mail and carries the alert's secret key.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.http import url_has_allowed_host_and_scheme
from oscar.apps.customer.alerts.views import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.customer.alerts.views import ProductAlertCancelView as OscarProductAlertCancelView


class ProductAlertCancelView(OscarProductAlertCancelView):
    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if "pk" in kwargs and request.method not in ("POST", "OPTIONS"):
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def get_redirect_url(self, *args: object, **kwargs: object) -> str:
        # Oscar followed any ?next=, another site's included.
        next_url = self.request.GET.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={self.request.get_host()}):
            return next_url
        return self.alert.product.get_absolute_url()
