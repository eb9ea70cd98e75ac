"""Wagtail's admin without inline scripts, so that it runs under the nonce policy of every page.

Wagtail 8 follows its choosers, inline panels and date pickers with an inline initialiser,
``<script>new PageChooser("id_page", {…})</script>``, written by templates and by
``BaseChooser.render``, neither of which sees the request, so no nonce can reach them
(wagtail/wagtail#1288, #12940). Here each becomes an inert element holding the name and JSON
arguments of the call::

    <ocop-admin-init hidden data-call="PageChooser" data-args='["id_page", {…}]'></ocop-admin-init>

which ``cms/static/cms/js/admin-init.js`` (on every admin page, ``cms/wagtail_hooks.py``) turns
into the call, for allowed names only. The templates (``themes/default/templates/wagtailadmin/``)
use the ``admin_init`` tag; ``BaseChooser.render`` has no template, so it is replaced, once, at
start-up (``CmsConfig.ready``).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

logger = logging.getLogger(__name__)

# Inside data-args='…': the JSON keeps its double quotes, as the inline script had them, because
# Wagtail's inline panels find "__prefix__" in a new form's HTML by the quote that ends the string.
_ATTRIBUTE_ESCAPES = {ord("&"): "&amp;", ord("'"): "&#x27;", ord("<"): "&lt;", ord(">"): "&gt;"}


def admin_init_element(call: str, *args: Any) -> SafeString:
    """The element that makes admin-init.js call ``call(*args)`` (``new call(*args)`` for a class)."""
    if not call.isidentifier():
        raise ValueError(f"not an initialiser name: {call!r}")
    data = json.dumps(list(args)).translate(_ATTRIBUTE_ESCAPES)
    return mark_safe(f"<ocop-admin-init hidden data-call=\"{call}\" data-args='{data}'></ocop-admin-init>")


_wagtail_render = BaseChooser.render


def _js_init_call(widget: BaseChooser, id_: str, name: str, value_data: Any) -> tuple[str, list[Any]] | None:
    """What Wagtail's ``render_js_init`` writes as a script, as (name, arguments); None if unknown."""
    render_js_init = type(widget).render_js_init
    if render_js_init is BaseChooser.render_js_init:
        return widget.js_constructor, [id_, widget.get_js_init_options(id_, name, value_data)]
    if render_js_init is AdminTaskChooser.render_js_init:
        return "createTaskChooser", [id_]
    return None


def _render_without_inline_script(
    self: BaseChooser, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
) -> SafeString:
    """Wagtail's ``BaseChooser.render``, its ``<script>`` replaced by an ``<ocop-admin-init>``."""
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    call = _js_init_call(self, id_, name, value_data)
    if call is None:
        # A chooser with its own render_js_init (JavaScript we cannot read): Wagtail's inline
        # script, which the policy blocks. tests/security/test_csp_policy.py catches it.
        logger.warning("%s has its own render_js_init: its inline script is blocked", type(self).__name__)
        return _wagtail_render(self, name, value, attrs, renderer)
    widget_html = self.render_html(name, value_data, attrs)
    return mark_safe(widget_html + admin_init_element(call[0], *call[1]))


def make_wagtail_admin_scripts_inert() -> None:
    """Replace ``BaseChooser.render`` by ``_render_without_inline_script`` (idempotent)."""
    BaseChooser.render = _render_without_inline_script
