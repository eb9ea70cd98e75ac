"""Model fields and blocks whose rich text is stored sanitised, whatever path writes it.

Sanitising in the field (not in a form) covers every writer at once: Oscar's dashboard, the
Wagtail admin, the Django admin, the demo loader, the registry sync and any later API.
``pre_save`` cleans the instance on ``save()`` and ``bulk_create()``; ``get_db_prep_save``
cleans what ``QuerySet.update()`` and ``bulk_update()`` send. Lookups are left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.db import models
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText

from marketplace.safety.forms import RichTextFormField
from marketplace.safety.html import sanitise_html, sanitise_wagtail_html


class _SanitisedOnSave:
    sanitise: Callable[[str | None], str]

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        value = super().pre_save(model_instance, add)  # type: ignore[misc]
        if isinstance(value, str):
            value = type(self).sanitise(value)
            setattr(model_instance, self.attname, value)  # type: ignore[attr-defined]
        return value

    def get_db_prep_save(self, value: Any, connection: Any) -> Any:
        if isinstance(value, str):
            value = type(self).sanitise(value)
        return super().get_db_prep_save(value, connection)  # type: ignore[misc]


class SanitisedHTMLField(_SanitisedOnSave, models.TextField):
    """User-written rich text shown on the storefront (``sanitise_html``'s allow-list)."""

    sanitise = staticmethod(sanitise_html)


class SanitisedRichTextField(_SanitisedOnSave, RichTextField):
    """Wagtail rich text, stored in Wagtail's format with page links and images kept."""

    sanitise = staticmethod(sanitise_wagtail_html)

    def formfield(self, **kwargs: Any) -> forms.Field:
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})


class SanitisedRichTextBlock(blocks.RichTextBlock):
    """A StreamField rich-text block stored sanitised (StreamFields save through ``get_prep_value``)."""

    def get_prep_value(self, value: RichText) -> str:
        return sanitise_wagtail_html(super().get_prep_value(value))

    @cached_property
    def field(self) -> forms.Field:
        # Imported here as Wagtail's own block does: the admin's widgets need the app registry,
        # and this module is imported while models load.
        from wagtail.admin.rich_text import get_rich_text_editor_widget

        return RichTextFormField(
            widget=get_rich_text_editor_widget(self.editor, features=self.features), **self.field_options
        )
