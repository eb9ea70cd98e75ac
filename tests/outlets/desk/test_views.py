"""The desk pages: what a manager does at the counter, and that other points stay closed."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model

from outlets.models import InStoreSale, StockAdjustment
from tests.factories import UserFactory

StockRecord = get_model("partner", "StockRecord")

PAGES = ["stock", "receive", "add", "sell", "today", "pickups", "history", "import"]


@pytest.mark.parametrize("name", PAGES)
def test_manager_opens_own_desk_pages(manager_client, point, stocked, name):
    stocked(3)
    assert manager_client.get(reverse(f"outlets-desk:{name}", args=[point.pk])).status_code == 200


@pytest.mark.parametrize("name", PAGES)
def test_other_points_desk_is_not_found(manager_client, other_point, name):
    url = reverse(f"outlets-desk:{name}", args=[other_point.pk])
    assert manager_client.get(url).status_code == 404
    assert manager_client.post(url, {}).status_code == 404


def test_other_points_records_and_receipts_are_not_found(
    manager_client, manager, other_point, certified_product
):
    product = certified_product(partner=other_point.partner, num_in_stock=4)
    record = StockRecord.objects.get(product=product, partner=other_point.partner)
    for name in ("record", "remove"):
        url = reverse(f"outlets-desk:{name}", args=[other_point.pk, record.pk])
        assert manager_client.post(url, {"count-physical": 0}).status_code == 404
    record.refresh_from_db()
    assert record.num_in_stock == 4


def test_anonymous_is_sent_to_login(client, point):
    response = client.get(reverse("outlets-desk:stock", args=[point.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_staff_sees_every_point(client, point, other_point):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse("outlets-desk:stock", args=[other_point.pk])).status_code == 200
    assert client.get(reverse("outlets-desk:index")).status_code == 200


def test_receive_then_sell_then_count(manager_client, point, stocked, manager):
    _product, record = stocked(0, price=50000)
    response = manager_client.post(
        reverse("outlets-desk:receive", args=[point.pk]),
        {"record": record.pk, "quantity": 10, "supplier": "HTX Chợ Mới", "note": "phiếu 12"},
    )
    assert response.status_code == 302
    response = manager_client.post(
        reverse("outlets-desk:sell", args=[point.pk]),
        {"query": record.partner_sku, "quantity": 3, "payment_method": "card", "sell": "1"},
    )
    assert response.status_code == 302
    receipt = manager_client.get(response["Location"])
    assert "150.000" in receipt.content.decode()
    record.refresh_from_db()
    assert record.num_in_stock == 7
    response = manager_client.post(
        reverse("outlets-desk:record", args=[point.pk, record.pk]), {"count-physical": 6, "count": "1"}
    )
    assert response.status_code == 302
    reasons = list(
        StockAdjustment.objects.filter(point=point)
        .order_by("pk")
        .values_list("reason", "delta", "quantity_after")
    )
    assert reasons == [("delivery", 10, 10), ("sale", -3, 7), ("count", -1, 6)]
    assert InStoreSale.objects.get().payment_method == "card"
    today = manager_client.get(reverse("outlets-desk:today", args=[point.pk])).content.decode()
    assert "150.000" in today


def test_sale_of_decertified_product_is_refused_with_form_error(manager_client, point, stocked):
    _product, record = stocked(5, expired=True, title="Chè Shan tuyết hết hạn")
    response = manager_client.post(
        reverse("outlets-desk:sell", args=[point.pk]),
        {"query": "Chè Shan tuyết hết hạn", "quantity": 1, "payment_method": "cash", "sell": "1"},
    )
    assert response.status_code == 200
    assert "certificate" in response.content.decode()
    record.refresh_from_db()
    assert record.num_in_stock == 5


def test_decertified_product_on_shelf_alert_and_removal(manager_client, point, stocked):
    _product, record = stocked(4, revoked=True, title="Miến dong thu hồi")
    page = manager_client.get(reverse("outlets-desk:stock", args=[point.pk])).content.decode()
    assert "still on the shelf" in page
    manager_client.post(reverse("outlets-desk:remove", args=[point.pk, record.pk]))
    record.refresh_from_db()
    assert record.num_in_stock == 0
    assert StockAdjustment.objects.get(stockrecord=record).reason == "removal"


def test_low_stock_alert(manager_client, point, stocked):
    _product, record = stocked(2, title="Mật ong bạc hà")
    record.low_stock_threshold = 5
    record.save()
    page = manager_client.get(reverse("outlets-desk:stock", args=[point.pk])).content.decode()
    assert "low stock (2 left)" in page


def test_add_certified_product_to_range(manager_client, point, certified_product):
    product = certified_product(title="Gạo nếp cái hoa vàng")  # stock at its producer only
    response = manager_client.post(
        reverse("outlets-desk:add", args=[point.pk]),
        {"product": product.pk, "price": 80000, "low_stock_threshold": 3},
    )
    assert response.status_code == 302
    record = StockRecord.objects.get(partner=point.partner, product=product)
    assert (record.num_in_stock, record.price, record.low_stock_threshold) == (0, 80000, 3)


def test_csv_count_preview_errors_then_apply(manager_client, point, stocked):
    _a, first = stocked(5)
    _b, second = stocked(5)
    url = reverse("outlets-desk:import", args=[point.pk])
    bad = f"sku,quantity\n{first.partner_sku},3\nNOPE,2\n{second.partner_sku},-1\n"
    response = manager_client.post(url, {"file": SimpleUploadedFile("count.csv", bad.encode())})
    page = response.content.decode()
    assert "Unknown SKU" in page and "whole number" in page
    first.refresh_from_db()
    assert first.num_in_stock == 5  # a preview changes nothing

    good = f"sku,quantity,note\n{first.partner_sku},3,kiểm kê\n{second.partner_sku},8,\n"
    preview = manager_client.post(url, {"file": SimpleUploadedFile("count.csv", good.encode())})
    assert "Apply this count" in preview.content.decode()
    response = manager_client.post(url, {"csv_text": good, "confirm": "1"})
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.num_in_stock, second.num_in_stock) == (3, 8)
    variances = set(StockAdjustment.objects.filter(reason="count").values_list("delta", flat=True))
    assert variances == {-2, 3}


def test_manager_reaches_desk_from_dashboard_and_account_menu(manager_client, point):
    desk = reverse("outlets-desk:index")
    assert desk in manager_client.get(reverse("dashboard:index")).content.decode()
    assert desk in manager_client.get("/shop/catalogue/").content.decode()


def test_shopper_has_no_desk_link(client, point):
    client.force_login(UserFactory())
    assert reverse("outlets-desk:index") not in client.get("/shop/catalogue/").content.decode()
    assert client.get(reverse("outlets-desk:index")).status_code == 404


def test_csv_count_past_the_row_cap_is_refused_and_changes_nothing(manager_client, point, stocked, settings):
    settings.OCOP_SPREADSHEET_MAX_ROWS = 3
    _a, first = stocked(5)
    url = reverse("outlets-desk:import", args=[point.pk])
    text = "sku,quantity\n" + f"{first.partner_sku},1\n" * 5
    response = manager_client.post(url, {"file": SimpleUploadedFile("count.csv", text.encode())})
    assert "more than 3 rows" in response.content.decode()
    response = manager_client.post(url, {"csv_text": text, "confirm": "1"})  # the hidden field too
    assert response.status_code == 200 and "more than 3 rows" in response.content.decode()
    first.refresh_from_db()
    assert first.num_in_stock == 5
