"""Template helpers of the site pages."""

from __future__ import annotations

import json

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# The characters that could close the <script> element or open a comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data: dict) -> SafeString:
    """A <script type="application/ld+json"> element, safe against markup in the data."""
    payload = json.dumps(data, ensure_ascii=False, cls=_Encoder).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


class _Encoder(json.JSONEncoder):
    def default(self, o: object) -> object:
        return str(o)
