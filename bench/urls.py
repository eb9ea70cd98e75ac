"""The site's URLs plus the benchmark's ceiling: the smallest Django view, through the same middleware."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from marketplace.urls import urlpatterns as site_urlpatterns


def minimal(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("__bench/minimal/", minimal), *site_urlpatterns]
