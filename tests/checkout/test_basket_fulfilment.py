"""Per line, the shopper chooses delivery by the producer or pick-up at a sales point that has it."""

from __future__ import annotations

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.checkout.conftest import stock_at
from tests.checkout.helpers import add

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")


def open_basket():
    return Basket.open.get()


def test_the_basket_offers_delivery_and_only_points_with_free_stock(shop, client, make_point):
    empty = make_point("Điểm bán OCOP Na Rì", slug="na-ri")
    stock_at(empty, shop.product, 0)
    add(client, shop.product, 2)
    html = client.get(reverse("basket:summary")).content.decode()
    assert "Home delivery (sent by the producer)" in html
    assert "Pick up at Điểm bán OCOP Chợ Mới (5 left)" in html
    assert "Na Rì (0 left)" not in html  # holds a record, but nothing free
    assert "Ba Bể" not in html  # holds no stock of it


def test_choosing_a_sales_point_swaps_the_lines_stock_record(shop, client):
    add(client, shop.product, 2)
    line = open_basket().lines.get()
    assert line.stockrecord == shop.producer_record
    response = client.post(
        reverse("basket:line-fulfilment", kwargs={"pk": line.pk}), {"stockrecord": shop.point_record.pk}
    )
    assert response.status_code == 302
    line.refresh_from_db()
    assert line.stockrecord == shop.point_record
    assert line.line_reference == f"{shop.product.pk}_{shop.point_record.pk}"
    assert line.quantity == 2
    basket = open_basket()
    assert not basket.is_shipping_required()  # everything is picked up now
    html = client.get(reverse("basket:summary")).content.decode()
    assert "Tổ 4, thị trấn Đồng Tâm" in html  # the point's address under the line


def test_a_point_without_enough_units_is_refused_and_the_basket_stays(shop, client):
    add(client, shop.product, 6)  # the point has 5
    line = open_basket().lines.get()
    response = client.post(
        reverse("basket:line-fulfilment", kwargs={"pk": line.pk}),
        {"stockrecord": shop.point_record.pk},
        follow=True,
    )
    assert "cannot be served from there" in response.content.decode()
    line.refresh_from_db()
    assert line.stockrecord == shop.producer_record and line.quantity == 6


def test_swapping_onto_an_existing_line_merges_the_quantities(shop, client):
    add(client, shop.product, 2)
    add(client, shop.product, 1, pickup_partner_id=shop.point.partner_id)
    basket = open_basket()
    assert basket.lines.count() == 2
    delivered = basket.lines.get(stockrecord=shop.producer_record)
    client.post(
        reverse("basket:line-fulfilment", kwargs={"pk": delivered.pk}), {"stockrecord": shop.point_record.pk}
    )
    line = open_basket().lines.get()
    assert (line.stockrecord, line.quantity) == (shop.point_record, 3)


def test_a_line_of_someone_elses_basket_cannot_be_changed(shop, client):
    other = type(client)()
    add(other, shop.product, 1)
    line = Basket.objects.get().lines.get()
    add(client, shop.product, 1)
    response = client.post(
        reverse("basket:line-fulfilment", kwargs={"pk": line.pk}), {"stockrecord": shop.point_record.pk}
    )
    assert response.status_code == 404
    line.refresh_from_db()
    assert line.stockrecord == shop.producer_record


def test_a_decertified_product_cannot_be_added(shop, client):
    shop.product.certificates.update(status="revoked")
    response = client.post(
        reverse("basket:add", kwargs={"pk": shop.product.pk}), {"quantity": 1}, follow=True
    )
    assert not Basket.objects.filter(lines__isnull=False).exists()
    assert "no valid OCOP certificate today" in response.content.decode()
