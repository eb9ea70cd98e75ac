"""The producer portal's photo pipeline (issue 12, "Photos"): what a producer and a shopper notice.

A phone's HEIC photo is stored as a JPEG, upright, without its GPS position; a bomb, a GIF or a
PDF named .jpg is refused with a clear message and nothing is stored (no row, no file); photos
are reordered, the main one chosen, described and deleted, never another product's; the
storefront shows WebP renditions with their width, height and alt text.

Each test gets its own MEDIA_ROOT (``tmp_path``), so the files it stores can be counted.
"""

from __future__ import annotations

import io
import re
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from PIL import Image

from marketplace.producers import photos
from tests.factories import make_certified_product

pytestmark = pytest.mark.django_db

ProductImage = get_model("catalogue", "ProductImage")
GPS_IFD = 0x8825
ORIENTATION = 0x0112
RED = (200, 30, 30)


@pytest.fixture(autouse=True)
def english(settings: Any):
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def stored_files(media: Path) -> list[Path]:
    """Originals in storage (sorl's thumbnail cache aside)."""
    return [p for p in media.rglob("*") if p.is_file() and "cache" not in p.relative_to(media).parts]


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)})
    return exif


def jpeg(size: tuple[int, int] = (40, 20), orientation: int = 1) -> bytes:
    """A red JPEG taken by a phone at a GPS position, with this EXIF orientation."""
    output = io.BytesIO()
    Image.new("RGB", size, RED).save(output, format="JPEG", exif=exif_with_gps(orientation))
    return output.getvalue()


def heic(size: tuple[int, int] = (40, 20), orientation: int = 1) -> bytes:
    """A red HEIC as phones take them (pillow-heif's encoder), GPS and orientation in its EXIF."""
    output = io.BytesIO()
    Image.new("RGB", size, RED).save(output, format="HEIF", exif=exif_with_gps(orientation).tobytes())
    return output.getvalue()


def heic_bomb(width: int = 12000, height: int = 12000) -> bytes:
    """A tiny HEIC whose header (``ispe`` box) claims width×height pixels."""
    data = heic((64, 64))
    at = data.index(b"ispe")
    return data[: at + 8] + width.to_bytes(4, "big") + height.to_bytes(4, "big") + data[at + 16 :]


def png_bomb(width: int = 11000, height: int = 11000) -> bytes:
    """A valid grey PNG of 121 Mpx, about 100 KB on disk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * width
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def gif() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (20, 20), RED).save(output, format="GIF")
    return output.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'


def upload(content: bytes, name: str = "photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def add(product: Any, content: bytes | None = None, alt: str = "Gói miến dong 500 g", name: str = "") -> Any:
    name = name or f"photo-{uuid.uuid4().hex[:8]}.jpg"
    return photos.add_photo(product, upload(content or jpeg(), name), alt)


def order_of(product: Any) -> list[int]:
    return list(
        ProductImage.objects.filter(product=product).order_by("display_order").values_list("pk", flat=True)
    )


def displayed_orders(product: Any) -> list[int]:
    return list(
        ProductImage.objects.filter(product=product)
        .order_by("display_order")
        .values_list("display_order", flat=True)
    )


def opened(image: Any) -> Image.Image:
    image.original.open("rb")
    try:
        stored = Image.open(io.BytesIO(image.original.read()))
        stored.load()
    finally:
        image.original.close()
    return stored


def assert_no_gps(stored: Image.Image) -> None:
    exif = stored.getexif()
    assert GPS_IFD not in exif and not exif.get_ifd(GPS_IFD)
    assert 0x010F not in exif  # nor the camera
    assert ORIENTATION not in exif


# --- What is stored ------------------------------------------------------------------------


def test_a_phones_heic_photo_is_stored_as_an_upright_jpeg_without_gps(media):
    product = make_certified_product()
    image = add(product, heic((40, 20), orientation=6), name="IMG_0042.HEIC")
    assert image.original.name.endswith("IMG_0042.jpg")
    stored = opened(ProductImage.objects.get(pk=image.pk))
    assert stored.format == "JPEG"
    assert stored.size == (20, 40)  # the phone held it upright: it comes out tall
    assert stored.getpixel((10, 20))[0] > 150  # still the red photo
    assert_no_gps(stored)
    assert (image.original.width, image.original.height) == (20, 40)
    assert len(stored_files(media)) == 1


def test_the_gps_position_of_a_jpeg_is_gone_from_the_stored_file():
    product = make_certified_product()
    raw = Image.open(io.BytesIO(jpeg()))
    assert raw.getexif().get_ifd(GPS_IFD)  # the upload had it
    stored = opened(add(product, jpeg()))
    assert stored.format == "JPEG"
    assert_no_gps(stored)


def test_orientation_6_is_applied_a_tall_photo_comes_out_tall():
    product = make_certified_product()
    stored = opened(add(product, jpeg((40, 20), orientation=6)))
    assert stored.size == (20, 40)


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        pytest.param(png_bomb(), "poster.png", "more than 40 megapixels", id="png-bomb"),
        pytest.param(heic_bomb(), "bomb.heic", "more than 40 megapixels", id="heic-bomb"),
        pytest.param(heic_bomb(8000, 6000), "bomb.heic", "megapixels", id="heic-48-megapixels"),
        pytest.param(gif(), "photo.gif", "not a JPEG, PNG, WebP or HEIC image", id="gif"),
        pytest.param(gif(), "photo.jpg", "not a JPEG, PNG, WebP or HEIC image", id="gif-named-jpg"),
        pytest.param(PDF, "photo.jpg", "not a JPEG, PNG, WebP or HEIC image", id="pdf-named-jpg"),
        pytest.param(SVG, "photo.svg", "not a JPEG, PNG, WebP or HEIC image", id="svg"),
        pytest.param(jpeg()[:300], "cut.jpg", "not a JPEG, PNG, WebP or HEIC image", id="truncated-jpeg"),
        pytest.param(heic()[:-40], "cut.heic", "not a JPEG, PNG, WebP or HEIC image", id="truncated-heic"),
    ],
)
def test_a_bomb_a_wrong_type_or_a_damaged_file_is_refused_and_nothing_is_stored(
    media, content, name, message
):
    product = make_certified_product()
    with pytest.raises(ValidationError) as refused:
        photos.add_photo(product, upload(content, name), "Ảnh sản phẩm")
    assert any(message in m for m in refused.value.messages), refused.value.messages
    assert not ProductImage.objects.exists()
    assert stored_files(media) == []


def test_an_oversized_file_is_refused(settings, media):
    settings.OCOP_IMAGE_MAX_BYTES = 1000
    with pytest.raises(ValidationError, match="larger than"):
        add(make_certified_product(), jpeg((400, 400)))
    assert not ProductImage.objects.exists() and stored_files(media) == []


@pytest.mark.parametrize("alt", ["", "   ", None])
def test_alt_text_is_required(media, alt):
    with pytest.raises(ValidationError, match="alt text"):
        photos.add_photo(make_certified_product(), upload(jpeg()), alt)
    assert not ProductImage.objects.exists() and stored_files(media) == []


def test_alt_text_longer_than_200_characters_is_refused():
    with pytest.raises(ValidationError, match="at most 200"):
        add(make_certified_product(), alt="x" * 201)


def test_no_file_is_refused():
    with pytest.raises(ValidationError, match="Choose a photo"):
        photos.add_photo(make_certified_product(), None, "Ảnh")


# --- Order, main photo, alt text, deletion -------------------------------------------------


def test_the_first_photo_is_the_main_one_and_the_next_ones_go_to_the_end():
    product = make_certified_product()
    first = add(product, alt="  Gói   miến  ")
    second = add(product)
    third = add(product)
    assert first.caption == "Gói miến"  # spaces tidied
    assert order_of(product) == [first.pk, second.pk, third.pk]
    assert displayed_orders(product) == [0, 1, 2]
    assert product.primary_image().pk == first.pk


def test_reorder_puts_the_photos_in_the_given_order():
    product = make_certified_product()
    a, b, c = add(product), add(product), add(product)
    photos.reorder_photos(product, [str(c.pk), a.pk, b.pk])
    assert order_of(product) == [c.pk, a.pk, b.pk]
    assert displayed_orders(product) == [0, 1, 2]
    assert product.primary_image().pk == c.pk


def test_reorder_refuses_a_list_that_is_not_exactly_the_products_photos():
    product = make_certified_product()
    a, b = add(product), add(product)
    foreign = add(make_certified_product())
    for wrong in ([b.pk], [b.pk, a.pk, foreign.pk], [b.pk, foreign.pk], [b.pk, b.pk], [b.pk, "x"], []):
        with pytest.raises(ValidationError, match="Reload"):
            photos.reorder_photos(product, wrong)
        assert order_of(product) == [a.pk, b.pk]
    assert order_of(foreign.product) == [foreign.pk]


def test_set_main_photo_moves_it_first_and_keeps_the_others_order():
    product = make_certified_product()
    a, b, c = add(product), add(product), add(product)
    photos.set_main_photo(product, c.pk)
    assert order_of(product) == [c.pk, a.pk, b.pk]
    assert product.primary_image().pk == c.pk
    assert displayed_orders(product) == [0, 1, 2]


def test_update_alt_text():
    product = make_certified_product()
    image = add(product, alt="Ảnh")
    photos.update_alt_text(product, image.pk, "Hai gói miến dong trên mẹt tre")
    assert ProductImage.objects.get(pk=image.pk).caption == "Hai gói miến dong trên mẹt tre"
    with pytest.raises(ValidationError, match="alt text"):
        photos.update_alt_text(product, image.pk, " ")
    assert ProductImage.objects.get(pk=image.pk).caption == "Hai gói miến dong trên mẹt tre"


def test_delete_closes_up_the_order_and_removes_the_file(media, django_capture_on_commit_callbacks):
    product = make_certified_product()
    a, b, c = add(product), add(product), add(product)
    path = Path(a.original.path)
    assert path.exists() and len(stored_files(media)) == 3
    with django_capture_on_commit_callbacks(execute=True):
        photos.delete_photo(product, a.pk)
    assert order_of(product) == [b.pk, c.pk]
    assert displayed_orders(product) == [0, 1]
    assert product.primary_image().pk == b.pk  # the next one became the main photo
    assert not path.exists() and len(stored_files(media)) == 2


def test_another_products_photo_is_refused_by_every_function(media, django_capture_on_commit_callbacks):
    mine = make_certified_product()
    add(mine)
    other = make_certified_product()
    theirs_first, theirs = add(other, alt="Của họ"), add(other, alt="Của họ")
    for call in (
        lambda: photos.set_main_photo(mine, theirs.pk),
        lambda: photos.update_alt_text(mine, theirs.pk, "Đổi tên"),
        lambda: photos.delete_photo(mine, theirs.pk),
        lambda: photos.delete_photo(mine, 999_999),
        lambda: photos.set_main_photo(mine, "not-a-number"),
    ):
        with pytest.raises(ProductImage.DoesNotExist), django_capture_on_commit_callbacks(execute=True):
            call()
    assert order_of(other) == [theirs_first.pk, theirs.pk]
    assert ProductImage.objects.get(pk=theirs.pk).caption == "Của họ"
    assert Path(theirs.original.path).exists() and len(stored_files(media)) == 3


# --- The storefront ---------------------------------------------------------------------------


def imgs(html: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'(\w+)="([^"]*)"', tag)) for tag in re.findall(r"<img\b[^>]*>", html)]


def product_photos(html: str) -> list[dict[str, str]]:
    return [img for img in imgs(html) if "/media/" in img.get("src", "")]


def test_the_product_page_shows_webp_renditions_with_width_height_and_alt_text(client):
    product = make_certified_product()
    add(product, jpeg((1200, 900)), alt="Gói miến dong 500 g")
    add(product, heic((300, 400)), alt="Sợi miến phơi trên giàn")
    html = client.get(product.get_absolute_url()).content.decode()
    shown = product_photos(html)
    assert shown, html
    for img in shown:
        assert img["src"].endswith(".webp"), img
        assert int(img["width"]) > 0 and int(img["height"]) > 0
    big = [img for img in shown if img.get("class") == "img-fluid" and int(img["width"]) > 200]
    assert [(img["alt"], img["width"], img["height"]) for img in big] == [
        ("Gói miến dong 500 g", "880", "660"),  # within 880×800, proportions kept
        ("Sợi miến phơi trên giàn", "300", "400"),  # never enlarged
    ]
    assert "loading" not in big[0] and big[1]["loading"] == "lazy"


def test_the_product_card_shows_a_webp_rendition_with_width_height_and_alt_text(client, settings, media):
    product = make_certified_product()
    add(product, jpeg((1200, 900)), alt="Gói miến dong 500 g")
    html = client.get(reverse("catalogue:index")).content.decode()
    [card] = [img for img in product_photos(html) if img.get("alt") == "Gói miến dong 500 g"]
    assert card["src"].endswith(".webp")
    assert (card["width"], card["height"]) == ("480", "480")  # cropped to the card's square
    with Image.open(media / card["src"].removeprefix(settings.MEDIA_URL)) as rendition:
        assert rendition.format == "WEBP" and rendition.size == (480, 480)


def test_refusals_are_in_vietnamese_for_a_vietnamese_producer():
    product = make_certified_product()
    with translation.override("vi"):
        with pytest.raises(ValidationError) as wrong_type:
            photos.add_photo(product, upload(gif(), "anh.gif"), "Ảnh")
        with pytest.raises(ValidationError) as no_alt:
            photos.add_photo(product, upload(jpeg()), "")
    assert wrong_type.value.messages == ["Tệp không phải ảnh JPEG, PNG, WebP hay HEIC, hoặc đã bị hỏng."]
    assert "văn bản thay thế" in no_alt.value.messages[0]
