"""Oscar's range "file of SKUs or UPCs" is a CSV upload too: the same spreadsheet caps apply."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Range = get_model("offer", "Range")
RangeProductFileUpload = get_model("offer", "RangeProductFileUpload")


def test_a_file_of_skus_past_the_row_cap_is_refused_and_not_processed(settings):
    settings.LANGUAGE_CODE = "en"
    settings.OCOP_SPREADSHEET_MAX_ROWS = 10
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    product_range = Range.objects.create(name="Tết")
    skus = SimpleUploadedFile("skus.txt", "".join(f"SKU-{n}\n" for n in range(50)).encode())
    with translation.override("en"):
        response = client.post(
            reverse("dashboard:range-products", kwargs={"pk": product_range.pk}),
            {
                "action": "add_products",
                "upload_type": "included",
                "file_upload": skus,
            },
        )
    assert response.status_code == 200
    assert "more than 10 rows" in " ".join(response.context["form"].errors["file_upload"])
    assert not RangeProductFileUpload.objects.exists()
