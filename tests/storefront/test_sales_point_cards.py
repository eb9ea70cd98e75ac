"""A sales point page prices its product cards from that point's own stock record."""

from __future__ import annotations

import pytest

from marketplace.areas.models import Area
from tests.factories import make_certified_product
from tests.storefront.places import make_point, stock_at

pytestmark = pytest.mark.django_db


def test_cards_show_the_points_price_not_the_producers(client):
    product = make_certified_product(title="Mật ong hoa nhãn", price=200000)
    point = make_point("Điểm bán OCOP Hưng Yên", Area.resolve("Hưng Yên", "Thành phố Hưng Yên"))
    stock_at(point, product, quantity=3, price=185000)

    body = client.get(point.url).content.decode()

    card = body[body.index('id="outlets-stock-title"') :]
    assert "185.000" in card
    assert "200.000" not in card
