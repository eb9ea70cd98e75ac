"""Uploaded images: size and pixel caps checked from the header, then re-encoded without EXIF/GPS.

- ``check_image`` refuses a file over ``OCOP_IMAGE_MAX_BYTES`` or ``OCOP_IMAGE_MAX_PIXELS``, of a
  format other than JPEG/PNG/WebP/HEIC (HEIF, phones' photos), or damaged, before any pixel is
  decoded (Pillow reads the size from the header; ``verify`` checks the data without decoding it).
  Only those four parsers are tried: a GIF, SVG or PDF, whatever its name, is never parsed.
- ``sanitised_image`` re-encodes it: the camera's orientation applied (``exif_transpose``), then
  saved without EXIF (GPS, camera, dates) in the same format, PNG and WebP transparency kept;
  a HEIC photo is stored as JPEG (``.jpg``), since browsers do not show HEIC.
- ``SafeImageFormField`` / ``SafeImageField``: a form and a model field doing both, with clear
  messages; ``install`` registers the HEIC reader (pillow-heif), sets Pillow's own bomb limit and
  re-encodes every other ImageField's new file on save (the last line, for paths that bypass our
  forms). Like the bomb limit, the reader is Pillow's global state: set once, from
  ``catalogue.apps``' ``ready``.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import models
from django.db.models.signals import pre_save
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

# What is stored, by format: its MIME type and file extension.
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
# What is accepted (Pillow's format names, in the order Pillow tries them), and stored as what.
ACCEPTED = ("JPEG", "PNG", "WEBP", "HEIF")
STORED_AS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "HEIF": "JPEG"}


def max_bytes() -> int:
    return getattr(settings, "OCOP_IMAGE_MAX_BYTES", 10 * 1024 * 1024)


def max_pixels() -> int:
    return getattr(settings, "OCOP_IMAGE_MAX_PIXELS", 40_000_000)


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int


def _too_many_pixels(width: int | None = None, height: int | None = None) -> ValidationError:
    limit = max_pixels() / 1_000_000
    if width and height:
        return ValidationError(
            _(
                "The image is %(width)s×%(height)s pixels (%(mpx).0f megapixels): the limit is "
                "%(limit).0f megapixels. Make it smaller and upload it again."
            )
            % {"width": width, "height": height, "mpx": width * height / 1_000_000, "limit": limit},
            code="pixels",
        )
    return ValidationError(
        _("The image has more than %(limit).0f megapixels. Make it smaller and upload it again.")
        % {"limit": limit},
        code="pixels",
    )


def _unreadable() -> ValidationError:
    return ValidationError(
        _("The file is not a JPEG, PNG, WebP or HEIC image, or it is damaged."), code="invalid_image"
    )


def _size(file: BinaryIO) -> int:
    size = getattr(file, "size", None)
    if isinstance(size, int):
        return size
    position = file.tell()
    file.seek(0, io.SEEK_END)
    size = file.tell()
    file.seek(position)
    return size


def check_image(file: BinaryIO) -> ImageInfo:
    """Refuse (``ValidationError``) an image past the caps or damaged, decoding no pixel."""
    size = _size(file)
    if size > max_bytes():
        raise ValidationError(
            _("The image is larger than %(size)s.") % {"size": filesizeformat(max_bytes())}, code="size"
        )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own cap decides
            with Image.open(file, formats=ACCEPTED) as image:
                width, height = image.size
                kind = image.format
                if kind not in ACCEPTED:
                    raise _unreadable()
                if width * height > max_pixels():
                    raise _too_many_pixels(width, height)
                image.verify()
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels() from exc
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise _unreadable() from exc
    finally:
        file.seek(0)
    return ImageInfo(format=kind, width=width, height=height)


def sanitised_image(file: BinaryIO, name: str) -> SimpleUploadedFile:
    """The image checked, turned upright and re-encoded without EXIF/GPS (HEIC as JPEG)."""
    info = check_image(file)
    stored_as = STORED_AS[info.format]
    try:
        with Image.open(file, formats=ACCEPTED) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)  # applies and drops the orientation tag
    except (OSError, SyntaxError, ValueError) as exc:
        raise _unreadable() from exc
    finally:
        file.seek(0)
    options: dict[str, Any] = {}
    if icc := image.info.get("icc_profile"):
        options["icc_profile"] = icc  # colours, not personal data
    if stored_as == "JPEG":
        if upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
        options.update(quality=90, optimize=True)
    elif stored_as == "PNG":
        if "transparency" in upright.info:
            options["transparency"] = upright.info["transparency"]
        options["optimize"] = True
    else:  # WEBP
        options.update(quality=90, lossless=bool(image.info.get("lossless")))
    output = io.BytesIO()
    upright.save(output, format=stored_as, **options)  # no exif= : nothing of it is written
    stem = Path(name).stem or "image"
    cleaned = SimpleUploadedFile(
        f"{stem}{EXTENSIONS[stored_as]}", output.getvalue(), content_type=FORMATS[stored_as]
    )
    cleaned.ocop_sanitised = True  # type: ignore[attr-defined]
    return cleaned


class SafeImageFormField(forms.ImageField):
    """An image upload checked against the caps before Django opens it, stored re-encoded."""

    def to_python(self, data: Any) -> Any:
        if data in self.empty_values:
            return None
        check_image(data)  # clear messages first; Django's own check then finds nothing new
        checked = super().to_python(data)
        return sanitised_image(checked, checked.name)


class SafeImageField(models.ImageField):
    """A model ImageField whose form field is ``SafeImageFormField``."""

    def formfield(self, **kwargs: Any) -> Any:
        return super().formfield(**{"form_class": SafeImageFormField, **kwargs})


def _sanitise_new_images(sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """Before any model with an ImageField is saved: a new, not yet stored image is re-encoded."""
    if raw:  # fixtures
        return
    for field in instance._meta.concrete_fields:
        if not isinstance(field, models.ImageField):
            continue
        value = getattr(instance, field.attname)
        if not value or getattr(value, "_committed", True):
            continue
        upload = value.file
        # Only what a user sent: renditions and thumbnails made from stored originals are ours.
        if not isinstance(upload, UploadedFile) or getattr(upload, "ocop_sanitised", False):
            continue
        cleaned = sanitised_image(upload, value.name)
        setattr(instance, field.attname, cleaned)
        field.update_dimension_fields(instance, force=True)


def install() -> None:
    """The HEIC reader, Pillow's bomb error at our cap (at twice MAX_IMAGE_PIXELS), the save hook."""
    # Registered here rather than left to whoever imports pillow-heif first (Willow does, for
    # Wagtail): the photo pipeline relies on it. Depth maps and auxiliary images are not read.
    register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)
    Image.MAX_IMAGE_PIXELS = max_pixels() // 2
    pre_save.connect(_sanitise_new_images, dispatch_uid="ocop-safety-images")
