"""``{% admin_init "InlinePanel" options_json|from_json %}``: Wagtail's inline initialisers as
inert elements, for the admin templates we override (see ``cms/admin_init.py``)."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.utils.safestring import SafeString

from cms.admin_init import admin_init_element

register = template.Library()


@register.simple_tag
def admin_init(call: str, *args: Any) -> SafeString:
    return admin_init_element(call, *args)


@register.filter
def from_json(text: str) -> Any:
    """The value of the JSON text Wagtail's context hands its inline script (``options_json``)."""
    return json.loads(text)
