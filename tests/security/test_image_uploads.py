"""Image uploads (issue 10, finding 8): 40 Mpx and 10 MB caps read from the header, and originals
stored re-encoded, upright and without EXIF/GPS, in Oscar's product images and in Wagtail."""

from __future__ import annotations

import io
import os
import zlib
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import FileField
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from PIL import Image
from wagtail.images import get_image_model

from tests.factories import ProductFactory, UserFactory, make_certified_product

pytestmark = pytest.mark.django_db

ProductImage = get_model("catalogue", "ProductImage")
WagtailImage = get_image_model()
GPS_IFD = 0x8825
ORIENTATION = 0x0112


@pytest.fixture(autouse=True)
def english(settings: Any):
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


def huge_png(width: int = 11000, height: int = 11000) -> bytes:
    """A valid grey PNG of width×height (121 Mpx): about 100 KB on disk, written without Pillow."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * width
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def jpeg_with_gps_rotated() -> bytes:
    """A 40×20 JPEG taken "rotated" (EXIF orientation 6) with a GPS position in its EXIF."""
    image = Image.new("RGB", (40, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)})
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue()


def noisy_png_over_10_mb() -> bytes:
    """A PNG of random pixels: about 12 MB, well under 40 Mpx."""
    image = Image.frombytes("RGB", (2000, 2000), os.urandom(2000 * 2000 * 3))
    output = io.BytesIO()
    image.save(output, format="PNG", compress_level=0)
    data = output.getvalue()
    assert len(data) > 11 * 1024 * 1024
    return data


def stored_has_no_gps_and_is_upright(field_file: Any) -> None:
    field_file.open("rb")
    with Image.open(field_file) as stored:
        exif = stored.getexif()
        assert GPS_IFD not in exif and not exif.get_ifd(GPS_IFD)
        assert ORIENTATION not in exif
        assert stored.size == (20, 40)  # turned upright: width and height swapped
        assert stored.format == "JPEG"
        assert stored.getpixel((10, 20))[0] > 150  # still the red photo
    field_file.close()


# --- Oscar's dashboard: the product's image formset ---------------------------------


@pytest.fixture
def staff_client() -> Client:
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def product_form_data(client: Client, url: str) -> dict:
    """Everything the product page would post back as it stands (main form and formsets)."""
    context = client.get(url).context
    data: dict = {}
    forms = [context["form"]]
    totals = {}
    for name in ("category_formset", "image_formset", "recommended_formset", "stockrecord_formset"):
        formset = context[name]
        forms.append(formset.management_form)
        existing = [f for f in formset.forms if f.instance.pk]
        forms.extend(existing)
        totals[f"{formset.prefix}-TOTAL_FORMS"] = str(len(existing))  # no extra forms
    for form in forms:
        for bound in form:
            value = bound.value()
            if value is None or isinstance(bound.field, FileField):
                continue
            if isinstance(value, (list, tuple)):
                data[bound.html_name] = [str(v) for v in value]
            elif isinstance(value, bool):
                if value:
                    data[bound.html_name] = "on"
            else:
                data[bound.html_name] = str(value)
    return {**data, **totals}


def post_product_image(client: Client, product: Any, content: bytes, name: str):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    data = product_form_data(client, url)
    index = int(data["images-TOTAL_FORMS"])
    data["images-TOTAL_FORMS"] = str(index + 1)
    data[f"images-{index}-original"] = SimpleUploadedFile(name, content)
    data[f"images-{index}-display_order"] = str(index)
    return client.post(url, data)


def image_errors(response) -> list[str]:
    formset = response.context["image_formset"]
    return [message for form in formset.forms for message in form.errors.get("original", [])]


def all_errors(response) -> list:
    context = response.context
    names = ("category_formset", "image_formset", "recommended_formset", "stockrecord_formset")
    return [
        context["form"].errors,
        *(context[n].errors for n in names),
        *(context[n].non_form_errors() for n in names),
    ]


def test_oscar_refuses_a_121_megapixel_png_before_decoding_it(staff_client):
    product = ProductFactory()
    response = post_product_image(staff_client, product, huge_png(), "poster.png")
    assert response.status_code == 200
    errors = image_errors(response)
    assert any("more than 40 megapixels" in e for e in errors), errors
    assert not ProductImage.objects.exists()


def test_oscar_refuses_a_12_mb_image(staff_client):
    product = ProductFactory()
    response = post_product_image(staff_client, product, noisy_png_over_10_mb(), "big.png")
    assert any("larger than 10.0\xa0MB" in e for e in image_errors(response))
    assert not ProductImage.objects.exists()


def test_oscar_refuses_a_damaged_image(staff_client):
    product = ProductFactory()
    broken = jpeg_with_gps_rotated()[:300]
    response = post_product_image(staff_client, product, broken, "broken.jpg")
    assert image_errors(response)
    assert not ProductImage.objects.exists()


def test_oscar_stores_a_photo_upright_without_gps(staff_client):
    product = make_certified_product()
    response = post_product_image(staff_client, product, jpeg_with_gps_rotated(), "field.jpg")
    assert response.status_code == 302, all_errors(response)
    stored_has_no_gps_and_is_upright(ProductImage.objects.get(product=product).original)


# --- Wagtail's image library -------------------------------------------------------------


def test_wagtail_refuses_a_121_megapixel_png(staff_client):
    response = staff_client.post(
        reverse("wagtailimages:add"),
        {"title": "Poster", "file": SimpleUploadedFile("poster.png", huge_png())},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any("too many pixels" in e and "40000000" in e for e in errors), errors
    assert not WagtailImage.objects.exists()


def test_wagtail_refuses_a_12_mb_image(staff_client):
    response = staff_client.post(
        reverse("wagtailimages:add"),
        {"title": "Big", "file": SimpleUploadedFile("big.png", noisy_png_over_10_mb())},
    )
    assert "This file is too big" in " ".join(response.context["form"].errors["file"])
    assert not WagtailImage.objects.exists()


def test_wagtail_stores_a_photo_upright_without_gps(staff_client):
    response = staff_client.post(
        reverse("wagtailimages:add"),
        {"title": "Field", "file": SimpleUploadedFile("field.jpg", jpeg_with_gps_rotated())},
    )
    assert response.status_code == 302, response.context["form"].errors
    image = WagtailImage.objects.get()
    assert (image.width, image.height) == (20, 40)
    stored_has_no_gps_and_is_upright(image.file)
    assert image.file_size == image.file.size  # Wagtail's metadata is the stored copy's


def test_an_image_saved_outside_any_form_is_re_encoded_too():
    product = ProductFactory()
    image = ProductImage(product=product, display_order=0)
    image.original = SimpleUploadedFile("field.jpg", jpeg_with_gps_rotated())
    image.save()
    stored_has_no_gps_and_is_upright(ProductImage.objects.get().original)
