"""The checkout, end to end with the test client: cash on delivery, pick-up, refusals, history."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model

from tests.checkout.helpers import ADDRESS, add, place, to_preview
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")


def test_cash_on_delivery_order_is_placed_online_with_its_source_and_email(shop, vi_client):
    add(vi_client, shop.product, 2)
    preview = to_preview(vi_client).content.decode()
    assert "Thanh toán khi nhận hàng" in preview  # the payment choice, in Vietnamese
    response = place(vi_client)
    assert response.status_code == 302 and response.url == reverse("checkout:thank-you")

    order = Order.objects.get()
    assert order.channel.kind == "online"
    assert order.status == "Pending"
    assert order.guest_email == "lan@example.vn"
    assert order.shipping_code == "standard" and order.shipping_incl_tax == Decimal(30000)
    assert order.total_incl_tax == Decimal(2 * 90000 + 30000)
    assert order.shipping_address.phone_number.as_national.replace(" ", "") == "0912345678"
    source = order.sources.get()
    assert source.source_type.code == "cod"
    assert (source.amount_allocated, source.amount_debited) == (order.total_incl_tax, 0)
    shop.producer_record.refresh_from_db()
    assert shop.producer_record.num_allocated == 2
    assert Basket.objects.get().status == "Submitted"

    thanks = vi_client.get(response.url).content.decode()
    assert order.number in thanks and "Cảm ơn" in thanks
    assert "Số tiền cần trả khi nhận hàng hoặc tại điểm nhận: 210.000" in thanks

    [email] = mail.outbox
    assert email.to == ["lan@example.vn"]
    assert order.number in email.subject
    assert "Miến dong Na Rì × 2" in email.body
    assert "Giao tận nơi" in email.body and "HTX" in email.body  # delivered, by its producer
    assert "210.000" in email.body


def test_pick_up_only_checkout_asks_a_contact_not_an_address(shop, vi_client):
    add(vi_client, shop.product, 2, pickup_partner_id=shop.point.partner_id)
    vi_client.post(reverse("checkout:index"), {"username": "lan@example.vn", "options": "anonymous"})
    form = vi_client.get(reverse("checkout:shipping-address")).content.decode()
    assert 'name="phone_number"' in form and 'name="line1"' not in form
    to_preview(vi_client, email=None, contact={"name": "Nguyễn Thị Lan", "phone_number": "0912 345 678"})
    assert place(vi_client).status_code == 302

    order = Order.objects.get()
    assert order.shipping_code == "no-shipping-required" and order.shipping_incl_tax == 0
    assert order.total_incl_tax == Decimal(180000)
    assert order.shipping_address.first_name == "Nguyễn Thị Lan"
    assert str(order.shipping_address.phone_number) == "+84912345678"
    line = order.lines.get()
    assert line.partner_id == shop.point.partner_id and line.status == "Pending"
    shop.point_record.refresh_from_db()
    assert shop.point_record.num_allocated == 2
    # The stock desk's pick-up list (outlets.desk.views.pickups) finds it by the line's stock record.
    assert (
        Order.objects.filter(
            lines__stockrecord__partner_id=shop.point.partner_id, channel__kind="online"
        ).get()
        == order
    )

    body = mail.outbox[0].body
    assert "Nhận tại: Điểm bán OCOP Chợ Mới" in body
    assert "Tổ 4, thị trấn Đồng Tâm, huyện Chợ Mới" in body
    assert "07:30–17:00" in body  # opening hours


def test_a_product_decertified_before_placing_is_refused_and_the_basket_kept(shop, client):
    add(client, shop.product, 1)
    to_preview(client)
    shop.product.certificates.update(status="revoked")
    response = place(client)
    assert response.status_code == 302 and response.url == reverse("basket:summary")
    page = client.get(response.url).content.decode()
    assert "no valid OCOP certificate today" in page
    assert not Order.objects.exists()
    basket = Basket.objects.get()
    assert basket.status == "Open" and basket.lines.get().quantity == 1
    shop.producer_record.refresh_from_db()
    assert not shop.producer_record.num_allocated


def test_the_address_needs_a_phone_number(shop, client):
    add(client, shop.product, 1)
    client.post(reverse("checkout:index"), {"username": "lan@example.vn", "options": "anonymous"})
    response = client.post(reverse("checkout:shipping-address"), {**ADDRESS, "phone_number": ""})
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()


def test_order_history_shows_the_order_and_each_lines_fulfilment(shop, client):
    user = UserFactory()
    client.force_login(user)
    add(client, shop.product, 1)
    add(client, shop.product, 1, pickup_partner_id=shop.point.partner_id)
    to_preview(client, email=None)
    place(client)
    order = Order.objects.get(user=user)
    listing = client.get(reverse("customer:order-list")).content.decode()
    assert order.number in listing
    detail = client.get(reverse("customer:order", kwargs={"order_number": order.number})).content.decode()
    assert "Điểm bán OCOP Chợ Mới" in detail and "Tổ 4, thị trấn Đồng Tâm" in detail
    assert "sent by" in detail  # the delivered line
    assert "Pending" in detail
