"""Flash messages tagged "safe" (Oscar's basket and dashboard messages, our "Undo" form) keep
their links and forms on the storefront and in the dashboard, and nothing that runs code."""

from __future__ import annotations

import pytest
from django.contrib.messages import constants, get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.template.loader import render_to_string
from django.test import RequestFactory

HOSTILE = (
    '<p>Đã thêm <strong>Miến dong</strong> <a href="/shop/basket/" class="btn btn-primary">Xem giỏ</a>'
    '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    '<a href="javascript:alert(3)">x</a></p>'
    '<form class="d-inline" method="post" action="/shop/dashboard/partners/1/users/2/link/">'
    '<input type="hidden" name="csrfmiddlewaretoken" value="t0k3n">'
    '<input type="text" name="password"><button type="submit" class="btn btn-link">Hoàn tác</button></form>'
)


@pytest.mark.parametrize(
    "template", ["oscar/partials/alert_messages.html", "oscar/dashboard/partials/alert_messages.html"]
)
def test_a_safe_message_keeps_links_and_undo_forms_but_no_script(template):
    request = RequestFactory().get("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    request._messages.add(constants.SUCCESS, HOSTILE, extra_tags="safe noicon")
    request._messages.add(constants.INFO, "<b>plain</b> message")

    html = render_to_string(template, {"messages": get_messages(request)})

    assert "onerror" not in html and "<script" not in html and "javascript:" not in html
    assert '<a href="/shop/basket/" class="btn btn-primary">Xem giỏ</a>' in html
    assert '<input type="hidden" name="csrfmiddlewaretoken" value="t0k3n">' in html
    assert '<button type="submit" class="btn btn-link">Hoàn tác</button>' in html
    assert 'name="password"' not in html  # only hidden fields: a message is no login form
    assert "&lt;b&gt;plain&lt;/b&gt; message" in html  # untagged messages stay escaped text
