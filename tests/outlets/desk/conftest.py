"""A point managed by one manager, another point (not theirs), and stock at the first."""

from __future__ import annotations

import pytest
from oscar.core.loading import get_model

from marketplace.roles import SALES_POINT_MANAGERS, role_group
from tests.factories import UserFactory

StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def manager(db):
    user = UserFactory(username="quanly", email="quanly@example.vn")
    user.groups.add(role_group(SALES_POINT_MANAGERS))
    return user


@pytest.fixture
def point(make_point, manager):
    return make_point("Điểm bán OCOP Chợ Mới", managers=[manager])


@pytest.fixture
def other_point(make_point):
    other = UserFactory(username="khac")
    return make_point("Điểm bán OCOP Ba Bể", slug="ba-be", managers=[other])


@pytest.fixture
def stocked(point, certified_product):
    """``stocked(quantity, **product_fields)``: a certified product with units at ``point``."""

    def make(quantity: int = 5, **fields):
        product = certified_product(partner=point.partner, num_in_stock=quantity, **fields)
        return product, StockRecord.objects.get(product=product, partner=point.partner)

    return make


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client
