"""Filters that show user-written text: the only way rich text reaches a page (never ``|safe``).

Text is sanitised again on render, so rows stored before the sanitiser (or by a path that
bypassed it) are harmless too:

- ``{{ product.description|sanitised_html }}``: storefront rich text (descriptions, stories,
  flat pages); plain text keeps its paragraphs.
- ``{{ page.body|sanitised_richtext }}``: Wagtail rich text (fields and blocks), with page
  links and images expanded as ``|richtext`` does.
- ``{{ producer.story|plain_text|truncatewords:60 }}``: the words only, for teasers and meta tags.
- ``{{ message|message_html }}``: a flash message a view tagged "safe" (Oscar's basket and
  dashboard messages, with links and "Undo" forms).
"""

from __future__ import annotations

from django import template
from django.utils.functional import Promise
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import RichText, expand_db_html

from marketplace.safety.html import (
    has_blocks,
    html_to_text,
    sanitise_html,
    sanitise_message_html,
    sanitise_rendered_html,
    sanitise_wagtail_html,
)

register = template.Library()


def _source(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, RichText):
        return value.source or ""
    if isinstance(value, Promise | str):
        return str(value)
    raise TypeError(f"expected text or RichText, got {type(value).__name__}")


@register.filter(is_safe=True)
def sanitised_html(value: object) -> SafeString:
    clean = sanitise_html(_source(value))
    if clean and not has_blocks(clean):
        # Plain text (a story typed without formatting): blank lines make paragraphs.
        clean = linebreaks(clean)
    return mark_safe(clean)


@register.filter(is_safe=True)
def sanitised_richtext(value: object) -> SafeString:
    # Sanitising the stored format first keeps the expansion's input to numeric ids and known
    # link/embed types; the second pass covers what expansion produced (and adds rel to links).
    stored = sanitise_wagtail_html(_source(value))
    return mark_safe(sanitise_rendered_html(expand_db_html(stored)))


@register.filter
def plain_text(value: object) -> str:
    return html_to_text(_source(value))


@register.filter(is_safe=True)
def message_html(value: object) -> SafeString:
    return mark_safe(sanitise_message_html(str(value)))
