"""The producer portal at /shop/producer/: a producer's own listings, and nobody else's."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.models import Certificate, Product
from marketplace.producers.listings import listing_of, listings
from marketplace.producers.membership import add_member
from outlets.models import StockAdjustment
from tests.factories import (
    PartnerFactory,
    ProductFactory,
    StockRecordFactory,
    UserFactory,
    make_certified_product,
)

pytestmark = pytest.mark.django_db

StockRecord = get_model("partner", "StockRecord")


def edit_data(**changes) -> dict:
    data = {
        "description": "<p>Sợi dai</p>",
        "story": "<p>Truyện</p>",
        "price": "120000",
        "stock": "8",
        "note": "",
    }
    data.update(changes)
    return data


def test_anonymous_is_sent_to_the_storefront_sign_in(client):
    response = client.get(reverse("producers:home"))
    assert response.status_code == 302
    assert response["Location"].startswith("/shop/accounts/login/")


def test_a_user_without_a_membership_gets_404(client):
    client.force_login(UserFactory())
    assert client.get(reverse("producers:home")).status_code == 404
    assert client.get(reverse("producers:listings")).status_code == 404


def test_home_shows_the_producer_counts_and_expiring_certificates(side_a):
    certificate = Certificate.objects.get(product=side_a.product)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=vietnam_today() + datetime.timedelta(days=40)
    )
    paused = make_certified_product(producer=side_a.producer, title="Tạm dừng A")
    Product.objects.filter(pk=paused.pk).update(is_public=False)
    page = side_a.client.get(reverse("producers:home")).content.decode()
    assert side_a.producer.name in page
    assert certificate.certificate_no in page
    assert "<strong>1</strong> paused" in page
    # No photo: the certified, stocked product is still missing something.
    assert "<strong>1</strong> missing something" in page


def test_the_list_shows_only_own_products_with_price_stock_and_what_is_missing(side_a, side_b):
    ProductFactory(producer=side_a.producer, title="Chưa có chứng nhận A")
    page = side_a.client.get(reverse("producers:listings")).content.decode()
    assert "Miến dong A" in page and "Chưa có chứng nhận A" in page
    assert "Chè B" not in page
    assert "120.000" in page and "₫" in page
    assert "Missing before it can sell: a photo" in page
    assert "a valid certificate, a price, online stock, a photo" in page


def test_certificate_states_follow_the_catalogue_rule(side_a):
    expiring = make_certified_product(producer=side_a.producer, title="Sắp hết hạn")
    Certificate.objects.filter(product=expiring).update(
        expires_on=vietnam_today() + datetime.timedelta(days=12)
    )
    expired = make_certified_product(producer=side_a.producer, title="Hết hạn", expired=True)
    revoked = make_certified_product(producer=side_a.producer, title="Thu hồi", revoked=True)
    states = {
        p.title: (listing_of(p, side_a.producer).certificate_state, listing_of(p, side_a.producer).days_left)
        for p in Product.objects.filter(pk__in=[side_a.product.pk, expiring.pk, expired.pk, revoked.pk])
    }
    assert states == {
        "Miến dong A": ("valid", states["Miến dong A"][1]),
        "Sắp hết hạn": ("expiring", 12),
        "Hết hạn": ("expired", None),
        "Thu hồi": ("revoked", None),
    }
    page = side_a.client.get(reverse("producers:listings")).content.decode()
    assert "Expires in 12 days" in page and "Expired" in page and "Revoked" in page


def test_editing_the_story_shows_it_sanitised_on_the_public_product_page(side_a, client):
    url = reverse("producers:listing", args=[side_a.product.pk])
    story = '<p>Làm từ <strong>dong riềng</strong></p><script>alert(1)</script><a href="javascript:x">x</a>'
    response = side_a.client.post(url, edit_data(story=story))
    assert response.status_code == 302
    product = Product.objects.get(pk=side_a.product.pk)
    assert "<strong>dong riềng</strong>" in product.story
    assert "script" not in product.story and "javascript" not in product.story
    page = client.get(product.get_absolute_url()).content.decode()
    assert "<strong>dong riềng</strong>" in page
    assert "alert(1)" not in page


def test_producer_b_gets_404_on_a_product_of_a(side_a, side_b):
    for name in ("producers:listing", "producers:listing-pause", "producers:listing-resume"):
        url = reverse(name, args=[side_a.product.pk])
        assert side_b.client.post(url, edit_data(story="B")).status_code == 404
    assert side_b.client.get(reverse("producers:listing", args=[side_a.product.pk])).status_code == 404
    product = Product.objects.get(pk=side_a.product.pk)
    assert product.is_public and product.story != "B"


def test_pause_hides_the_product_from_the_storefront_and_resume_brings_it_back(side_a, client):
    public_url = side_a.product.get_absolute_url()
    assert client.get(public_url).status_code == 200
    assert side_a.client.get(reverse("producers:listing-pause", args=[side_a.product.pk])).status_code == 405
    side_a.client.post(reverse("producers:listing-pause", args=[side_a.product.pk]))
    assert not Product.objects.get(pk=side_a.product.pk).is_public
    assert client.get(public_url).status_code in (404, 410)
    assert "Miến dong A" not in client.get(reverse("catalogue:index")).content.decode()
    side_a.client.post(reverse("producers:listing-resume", args=[side_a.product.pk]))
    assert Product.objects.get(pk=side_a.product.pk).is_public
    assert client.get(public_url).status_code == 200


def test_an_uncertified_product_cannot_be_resumed(side_a):
    expired = make_certified_product(producer=side_a.producer, title="Hết hạn", expired=True)
    Product.objects.filter(pk=expired.pk).update(is_public=False)
    response = side_a.client.post(reverse("producers:listing-resume", args=[expired.pk]), follow=True)
    assert "no certificate valid today" in response.content.decode()
    assert not Product.objects.get(pk=expired.pk).is_public
    # Saving the form never makes it public either.
    side_a.client.post(reverse("producers:listing", args=[expired.pk]), edit_data(is_public="on"))
    assert not Product.objects.get(pk=expired.pk).is_public


def test_a_stock_change_is_recorded_with_who_before_and_after(side_a):
    url = reverse("producers:listing", args=[side_a.product.pk])
    side_a.client.post(url, edit_data(stock="3", note="bán ở chợ phiên"))
    record = StockRecord.objects.get(product=side_a.product, partner=side_a.producer.partner)
    assert record.num_in_stock == 3
    adjustment = StockAdjustment.objects.get(stockrecord=record)
    assert (adjustment.user, adjustment.delta, adjustment.quantity_after) == (side_a.user, -5, 3)
    assert adjustment.quantity_after - adjustment.delta == 8  # before
    assert adjustment.note == "bán ở chợ phiên"
    assert adjustment.point is None and adjustment.booth is None
    # Saving again with the same stock records nothing new.
    side_a.client.post(url, edit_data(stock="3"))
    assert StockAdjustment.objects.filter(stockrecord=record).count() == 1
    assert "bán ở chợ phiên" in side_a.client.get(url).content.decode()


def test_price_and_stock_of_a_product_with_no_stock_record_yet(side_a):
    product = make_certified_product(producer=side_a.producer, title="Mới")
    StockRecord.objects.filter(product=product).delete()
    url = reverse("producers:listing", args=[product.pk])
    assert side_a.client.post(url, edit_data(price="", stock="")).status_code == 302
    assert not StockRecord.objects.filter(product=product).exists()
    side_a.client.post(url, edit_data(price="95000", stock="4"))
    record = StockRecord.objects.get(product=product, partner=side_a.producer.partner)
    assert (record.price, record.num_in_stock) == (Decimal(95000), 4)


@pytest.mark.parametrize(
    "changes",
    [
        {"price": "0"},
        {"price": "-5"},
        {"price": "12.5"},
        {"price": "abc"},
        {"price": ""},
        {"stock": "-1"},
        {"stock": ""},
    ],
)
def test_bad_input_changes_nothing(side_a, changes):
    url = reverse("producers:listing", args=[side_a.product.pk])
    before = Product.objects.values_list("description", "story").get(pk=side_a.product.pk)
    response = side_a.client.post(url, edit_data(story="<p>Mới</p>", **changes))
    assert response.status_code == 200
    assert "text-danger" in response.content.decode()
    assert Product.objects.values_list("description", "story").get(pk=side_a.product.pk) == before
    record = StockRecord.objects.get(product=side_a.product, partner=side_a.producer.partner)
    assert (record.price, record.num_in_stock) == (Decimal(120000), 8)
    assert not StockAdjustment.objects.exists()


def test_registry_fields_cannot_be_posted(side_a):
    url = reverse("producers:listing", args=[side_a.product.pk])
    side_a.client.post(url, edit_data(title="Tên khác", stars="5", producer=str(side_a.producer.pk + 1)))
    product = Product.objects.get(pk=side_a.product.pk)
    assert product.title == "Miến dong A" and product.producer == side_a.producer
    assert Certificate.objects.get(product=product).stars == 4


def test_stock_held_elsewhere_is_not_the_online_stock(side_a):
    StockRecordFactory(product=side_a.product, partner=PartnerFactory(), num_in_stock=99, price=1000)
    row = next(r for r in listings(side_a.producer) if r.product.pk == side_a.product.pk)
    assert (row.record.partner_id, row.stock, row.price) == (side_a.producer.partner_id, 8, Decimal(120000))


def test_a_user_of_two_producers_chooses_one(side_a, side_b):
    add_member(side_b.producer, side_a.user)
    response = side_a.client.get(reverse("producers:listings"))
    assert response.status_code == 302 and response["Location"] == reverse("producers:choose")
    choose = side_a.client.get(reverse("producers:choose")).content.decode()
    assert side_a.producer.name in choose and side_b.producer.name in choose
    response = side_a.client.get(reverse("producers:home") + f"?producer={side_b.producer.pk}")
    assert response.status_code == 302
    page = side_a.client.get(reverse("producers:listings")).content.decode()
    assert "Chè B" in page and "Miến dong A" not in page
    # The chosen producer is B: A's product is not reachable until A is chosen again.
    assert side_a.client.get(reverse("producers:listing", args=[side_a.product.pk])).status_code == 404
    assert side_a.client.get(reverse("producers:home") + "?producer=999999").status_code == 404
