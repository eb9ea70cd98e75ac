"""A visitor who opens a back office signed out lands on a sign-in page that exists and comes back."""

from __future__ import annotations

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/shop/desk/", "/shop/producer/", "/shop/dashboard/", "/cms-admin/"])
def test_a_signed_out_visitor_is_sent_to_a_real_sign_in_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    sign_in = client.get(response.headers["Location"])
    assert sign_in.status_code == 200
    assert 'type="password"' in sign_in.content.decode()
    assert f"next={url}" in response.headers["Location"]
