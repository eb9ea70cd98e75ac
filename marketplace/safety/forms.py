"""The form field of our rich-text model fields and blocks (see ``editor`` for the widget)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _


class UnreadableEditorContent(str):
    """Posted editor JSON that could not be read; ``RichTextFormField`` turns it into an error."""


class RichTextFormField(forms.CharField):
    """A rich-text form field that refuses unreadable editor content instead of failing."""

    default_error_messages = {
        "unreadable": _("The editor's content could not be read. Reload the page and try again."),
    }

    def clean(self, value: Any) -> Any:
        if isinstance(value, UnreadableEditorContent):
            raise forms.ValidationError(self.error_messages["unreadable"], code="unreadable")
        return super().clean(value)
