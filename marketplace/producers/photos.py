"""Photos of a producer's products: the services the portal's views call.

- ``add_photo`` checks the upload with ``marketplace.safety.images`` (JPEG, PNG, WebP or HEIC, the
  size and pixel caps read from the header, no bomb, nothing damaged), stores it re-encoded
  (upright, without EXIF/GPS; HEIC as JPEG) at the end of the product's photos;
- ``reorder_photos``, ``set_main_photo``, ``update_alt_text``, ``delete_photo`` manage them.

Conventions:

- The main photo is the one at ``display_order`` 0 (Oscar's ``Product.primary_image``); the
  orders stay 0, 1, 2… with no gap after every call.
- The alt text is Oscar's ``ProductImage.caption``: Oscar's templates never show the caption,
  and the theme's product card and gallery use it as the ``<img alt>`` (the product's title when
  empty, for photos added before it was required). Here it is required, 200 characters at most.
- Each function runs in one transaction with the product's row locked (two uploads at once
  cannot take the same place) and changes nothing when it raises.
- Refusals a producer can correct raise ``ValidationError`` with a translatable message: a file
  the safety module refuses, a missing alt text, a list of ids that is not exactly the photos.
- An ``image_id`` that is not one of ``product``'s photos (another product's, or gone) raises
  ``ProductImage.DoesNotExist``: the view answers 404, as for any object of another producer.
- Who may change a product is the view's business (the product of the user's producer); these
  functions trust the ``product`` they are given. ``user``, when given, is named in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.safety.images import sanitised_image

if TYPE_CHECKING:
    from catalogue.models import Product
    from catalogue.models import ProductImage as ProductImageModel

logger = logging.getLogger(__name__)

ProductImage = get_model("catalogue", "ProductImage")

ALT_TEXT_MAX_LENGTH: int = ProductImage._meta.get_field("caption").max_length


def clean_alt_text(alt_text: str | None) -> str:
    """The alt text stripped; ``ValidationError`` when empty or too long."""
    text = " ".join((alt_text or "").split())
    if not text:
        raise ValidationError(
            _("Describe the photo in a few words (alt text), for shoppers who cannot see it."),
            code="alt_text_required",
        )
    if len(text) > ALT_TEXT_MAX_LENGTH:
        raise ValidationError(
            _("The photo's description is %(length)d characters long: at most %(limit)d, please.")
            % {"length": len(text), "limit": ALT_TEXT_MAX_LENGTH},
            code="alt_text_too_long",
        )
    return text


def photos_of(product: Product) -> list[ProductImageModel]:
    """The product's photos, main first."""
    return list(ProductImage.objects.filter(product=product).order_by("display_order", "pk"))


def get_photo(product: Product, image_id: int | str) -> ProductImageModel:
    """One of the product's photos; ``ProductImage.DoesNotExist`` for any other id."""
    try:
        pk = int(image_id)
    except (TypeError, ValueError):
        raise ProductImage.DoesNotExist(f"No photo {image_id!r} of product {product.pk}") from None
    return ProductImage.objects.get(product=product, pk=pk)


def _lock(product: Product) -> None:
    """Lock the product's row until the transaction ends (a no-op on SQLite, which locks it all)."""
    type(product)._default_manager.select_for_update().filter(pk=product.pk).values_list("pk").get()


def _renumber(images: Sequence[ProductImageModel]) -> None:
    """Give ``images`` the orders 0, 1, 2… in this order, writing only those that change."""
    changed = []
    for position, image in enumerate(images):
        if image.display_order != position:
            image.display_order = position
            changed.append(image)
    if changed:
        ProductImage.objects.bulk_update(changed, ["display_order"])


def _log(action: str, product: Product, image: Any, user: Any) -> None:
    logger.info(
        "Product photo %s: product %s, image %s, user %s",
        action,
        product.pk,
        getattr(image, "pk", image),
        getattr(user, "pk", None),
    )


def add_photo(
    product: Product, uploaded_file: UploadedFile | None, alt_text: str, *, user: Any = None
) -> ProductImageModel:
    """Store the upload as the product's last photo (its main one if it is the first).

    ``ValidationError`` (nothing stored) when the alt text is missing or too long, no file was
    sent, or the safety module refuses the file: not JPEG/PNG/WebP/HEIC, over the size or pixel
    cap, a decompression bomb, damaged.
    """
    alt = clean_alt_text(alt_text)
    if not uploaded_file:
        raise ValidationError(_("Choose a photo to upload."), code="required")
    # Checked and re-encoded before the transaction: no row is locked while pixels are decoded.
    cleaned = sanitised_image(uploaded_file, uploaded_file.name or "photo")
    with transaction.atomic():
        _lock(product)
        images = photos_of(product)
        _renumber(images)
        image = ProductImage(product=product, caption=alt, display_order=len(images))
        image.original = cleaned
        try:
            image.save()
        except BaseException:
            if image.original.name and image.original._committed:
                image.original.storage.delete(image.original.name)  # the row is not there: nor the file
            raise
    _log("added", product, image, user)
    return image


def reorder_photos(product: Product, ordered_ids: Sequence[int | str], *, user: Any = None) -> None:
    """Put the product's photos in this order; the first becomes the main one.

    ``ValidationError`` (nothing changes) unless ``ordered_ids`` names each of the product's
    photos exactly once.
    """
    try:
        wanted = [int(pk) for pk in ordered_ids]
    except (TypeError, ValueError):
        wanted = []
    with transaction.atomic():
        _lock(product)
        images = {image.pk: image for image in photos_of(product)}
        if len(wanted) != len(set(wanted)) or set(wanted) != set(images):
            raise ValidationError(
                _("The photos have changed since the page was opened. Reload it and try again."),
                code="photos_changed",
            )
        _renumber([images[pk] for pk in wanted])
    _log("reordered", product, wanted, user)


def set_main_photo(product: Product, image_id: int | str, *, user: Any = None) -> ProductImageModel:
    """Make this photo the main one (order 0); the others keep their order after it.

    ``ProductImage.DoesNotExist`` when it is not one of the product's photos.
    """
    with transaction.atomic():
        _lock(product)
        main = get_photo(product, image_id)
        others = [image for image in photos_of(product) if image.pk != main.pk]
        _renumber([main, *others])
    _log("made main", product, main, user)
    return main


def update_alt_text(
    product: Product, image_id: int | str, alt_text: str, *, user: Any = None
) -> ProductImageModel:
    """Change a photo's alt text.

    ``ValidationError`` when it is missing or too long; ``ProductImage.DoesNotExist`` when the
    photo is not one of the product's.
    """
    alt = clean_alt_text(alt_text)
    with transaction.atomic():
        _lock(product)
        image = get_photo(product, image_id)
        if image.caption != alt:
            image.caption = alt
            image.save(update_fields=["caption"])
    _log("described", product, image, user)
    return image


def delete_photo(product: Product, image_id: int | str, *, user: Any = None) -> None:
    """Delete a photo, its file and its thumbnails; the next one up becomes main if it was.

    ``ProductImage.DoesNotExist`` when the photo is not one of the product's.
    """
    with transaction.atomic():
        _lock(product)
        image = get_photo(product, image_id)
        storage, name = image.original.storage, image.original.name
        # Oscar's post_delete receiver removes the thumbnails (and the file, with
        # OSCAR_DELETE_IMAGE_FILES); the file goes once the deletion is committed in any case.
        ProductImage.objects.filter(pk=image.pk).delete()
        _renumber(photos_of(product))
        if name:
            transaction.on_commit(lambda: storage.delete(name))
    _log("deleted", product, image_id, user)
