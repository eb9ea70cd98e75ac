"""The till: several lines found by name, SKU or barcode, a running total, one sale or none."""

from __future__ import annotations

from django.urls import reverse
from oscar.core.loading import get_model

from outlets.models import InStoreSale, StockAdjustment

StockRecord = get_model("partner", "StockRecord")
Order = get_model("order", "Order")


def sell_url(point) -> str:
    return reverse("outlets-desk:sell", args=[point.pk])


def test_two_products_added_by_sku_and_barcode_then_sold_as_one_order(manager_client, point, stocked):
    _miến, miến = stocked(10, title="Miến dong Chợ Mới", price=45000)
    _chè, chè = stocked(4, title="Chè Shan tuyết Bắc Kạn", price=120000, upc="8936012345678")

    page = manager_client.post(
        sell_url(point), {"query": miến.partner_sku, "quantity": 2, "payment_method": "cash"}
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert f'name="qty-{miến.pk}" value="2"' in html
    assert "90.000" in html  # running total in đồng

    # The barcode scanner types the UPC and presses Enter (the "Add" button is the form's default).
    page = manager_client.post(
        sell_url(point),
        {f"qty-{miến.pk}": 2, "query": "8936012345678", "quantity": 1, "payment_method": "bank_transfer"},
    )
    html = page.content.decode()
    assert f'name="qty-{chè.pk}" value="1"' in html
    assert "210.000" in html
    assert not Order.objects.exists()  # nothing is sold until "Sell"

    response = manager_client.post(
        sell_url(point),
        {
            f"qty-{miến.pk}": 2,
            f"qty-{chè.pk}": 1,
            "query": "",
            "payment_method": "bank_transfer",
            "sell": "1",
        },
    )
    assert response.status_code == 302
    order = Order.objects.get()
    assert order.lines.count() == 2
    assert order.total_incl_tax == 210000
    assert InStoreSale.objects.get(order=order).payment_method == "bank_transfer"
    miến.refresh_from_db()
    chè.refresh_from_db()
    assert (miến.num_in_stock, chè.num_in_stock) == (8, 3)
    assert StockAdjustment.objects.filter(order=order, reason="sale").count() == 2

    receipt = manager_client.get(response["Location"]).content.decode()
    assert "Miến dong Chợ Mới" in receipt and "Chè Shan tuyết Bắc Kạn" in receipt
    assert "210.000" in receipt


def test_adding_more_than_in_stock_is_refused_with_a_message(manager_client, point, stocked):
    _product, record = stocked(2, title="Mật ong bạc hà")
    html = manager_client.post(
        sell_url(point), {"query": record.partner_sku, "quantity": 3, "payment_method": "cash"}
    ).content.decode()
    assert f'name="qty-{record.pk}"' not in html
    assert "Mật ong bạc hà" in html and "aria-invalid" in html


def test_a_sale_with_a_decertified_line_changes_nothing(manager_client, point, stocked):
    _good, good = stocked(5, title="Miến dong Chợ Mới")
    _bad, bad = stocked(5, title="Chè hết hạn", expired=True)
    response = manager_client.post(
        sell_url(point), {f"qty-{good.pk}": 2, f"qty-{bad.pk}": 1, "payment_method": "cash", "sell": "1"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "certificate" in html
    assert f'name="qty-{good.pk}" value="2"' in html  # the till keeps its lines
    good.refresh_from_db()
    bad.refresh_from_db()
    assert (good.num_in_stock, bad.num_in_stock) == (5, 5)
    assert not Order.objects.exists() and not StockAdjustment.objects.exists()


def test_several_name_matches_offer_a_choice_then_remove_a_line(manager_client, point, stocked):
    _a, first = stocked(5, title="Miến dong loại 1")
    _b, second = stocked(5, title="Miến dong loại 2")
    html = manager_client.post(
        sell_url(point), {"query": "Miến dong", "quantity": 1, "payment_method": "cash"}
    ).content.decode()
    assert f'name="pick" value="{first.pk}"' in html and f'name="pick" value="{second.pk}"' in html
    html = manager_client.post(
        sell_url(point), {"pick": second.pk, "quantity": 3, "payment_method": "cash"}
    ).content.decode()
    assert f'name="qty-{second.pk}" value="3"' in html
    html = manager_client.post(
        sell_url(point), {f"qty-{second.pk}": 3, "remove": second.pk, "payment_method": "cash"}
    ).content.decode()
    assert f'name="qty-{second.pk}"' not in html


def test_selling_an_empty_till_is_refused(manager_client, point):
    response = manager_client.post(sell_url(point), {"payment_method": "cash", "sell": "1"})
    assert response.status_code == 200
    assert not Order.objects.exists()
