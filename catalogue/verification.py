"""Public verification of an OCOP certificate: what a shopper's phone opens from the QR stamp."""

from __future__ import annotations

import io

import qrcode
import qrcode.image.svg
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control

from catalogue.certification import vietnam_today
from catalogue.models import Certificate


def _find(certificate_no: str) -> Certificate | None:
    number = certificate_no.strip()
    return (
        Certificate.objects.select_related("product", "producer__area__parent__parent")
        .filter(certificate_no=number)
        .first()
    )


@cache_control(max_age=60)
def verify(request: HttpRequest, certificate_no: str) -> HttpResponse:
    certificate = _find(certificate_no)
    state = certificate.state_on(vietnam_today()) if certificate else "unknown"
    product = certificate.product if certificate else None
    listed = bool(product and product.is_certified_today and product.is_public)
    product_url = request.build_absolute_uri(product.get_absolute_url()) if listed else None
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "certificate_no": certificate.certificate_no if certificate else certificate_no.strip(),
                "status": state,
                "stars": certificate.stars if certificate else None,
                "product_code": certificate.product_code if certificate else None,
                "listed": listed,
                "product_url": product_url,
                "expires_on": certificate.expires_on.isoformat() if certificate else None,
            },
            status=200 if certificate else 404,
            json_dumps_params={"ensure_ascii": False},
        )
    context = {
        "certificate": certificate,
        "certificate_no": certificate_no.strip(),
        "state": state,
        "product": product,
        "listed": listed,
    }
    return render(request, "ocop/verify.html", context, status=200 if certificate else 404)


def verification_url(request: HttpRequest, certificate_no: str) -> str:
    return request.build_absolute_uri(reverse("ocop:verify", args=[certificate_no]))


@cache_control(max_age=86400)
def verify_qr(request: HttpRequest, certificate_no: str) -> HttpResponse:
    """An SVG QR code pointing at the verification page, drawn here (no third-party service)."""
    image = qrcode.make(
        verification_url(request, certificate_no),
        image_factory=qrcode.image.svg.SvgPathImage,
        box_size=10,
        border=2,
    )
    buffer = io.BytesIO()
    image.save(buffer)
    return HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
