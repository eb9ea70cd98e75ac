"""Public URLs of the certification mirror (outside /shop/, short enough for a QR stamp) and the
producer pages (under /shop/, beside Oscar's catalogue)."""

from django.urls import path

from catalogue import verification
from catalogue.views import ProducerDetailView

app_name = "ocop"

urlpatterns = [
    path("verify/<str:certificate_no>/", verification.verify, name="verify"),
    path("verify/<str:certificate_no>/qr.svg", verification.verify_qr, name="verify-qr"),
    path("shop/nha-san-xuat/<slug:slug>/", ProducerDetailView.as_view(), name="producer"),
]
