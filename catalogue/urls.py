"""Public URLs of the certification mirror (outside /shop/, short enough for a QR stamp)."""

from django.urls import path

from catalogue import verification

app_name = "ocop"

urlpatterns = [
    path("verify/<str:certificate_no>/", verification.verify, name="verify"),
    path("verify/<str:certificate_no>/qr.svg", verification.verify_qr, name="verify-qr"),
]
