"""Wagtail's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``): every upload re-encoded without EXIF/GPS.

Wagtail itself refuses files over ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and images over
``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` from the header (both set from the OCOP_IMAGE_* caps); this
form then stores the upright, re-encoded copy, so the size and hash Wagtail records are its own.
Used by the add, edit, multiple-upload and chooser-upload views alike.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.images.forms import BaseImageForm

from marketplace.safety.images import sanitised_image


class SafeImageForm(BaseImageForm):
    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):  # an edit without a new file
            return upload
        try:
            cleaned = sanitised_image(upload, upload.name)
        except ValidationError as error:
            raise ValidationError(error.messages) from error
        return cleaned
