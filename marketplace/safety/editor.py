"""Wagtail's Draftail editor, hardened for what reaches it other than from the editor itself.

Draftail posts its content as JSON (contentstate); Wagtail's widget crashed (a 500) on anything
else. This widget reads what it is given:

- contentstate JSON: converted as Wagtail does;
- HTML or plain text (a script, an import, a browser without JavaScript): sanitised, then read
  through Wagtail's own HTML converter, so only what the enabled features allow is kept;
- JSON that is not readable contentstate: a form error (``forms.RichTextFormField``), and
  nothing is saved.

Set as the default editor in ``settings.WAGTAILADMIN_RICH_TEXT_EDITORS``.
"""

from __future__ import annotations

import json
from typing import Any

from django import forms
from wagtail.admin.rich_text import DraftailRichTextArea

from marketplace.safety.forms import UnreadableEditorContent
from marketplace.safety.html import sanitise_wagtail_html

# What a broken contentstate can raise inside Wagtail's exporter.
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError)


class SanitisingDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data: Any, files: Any, name: str) -> str | None:
        posted = forms.HiddenInput.value_from_datadict(self, data, files, name)
        if posted is None:
            return None
        try:
            json.loads(posted)
        except ValueError:
            html = sanitise_wagtail_html(posted)
            return self.converter.to_database_format(self.converter.from_database_format(html))
        try:
            return self.converter.to_database_format(posted)
        except _UNREADABLE:
            return UnreadableEditorContent(posted)
