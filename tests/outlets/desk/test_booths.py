"""Fair booths: the fair's own stock holder and channel, stock brought from and returned to producers."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import GroupPagePermission

from cms.models import FairIndexPage, FairPage
from cms.models.fairs import FairProducer
from marketplace.areas.models import Area
from outlets.booths import TransferRefused, ensure_booth, transfer_to_booth
from outlets.models import InStoreSale, StockAdjustment
from tests.factories import ProducerFactory, UserFactory

StockRecord = get_model("partner", "StockRecord")
Order = get_model("order", "Order")


@pytest.fixture
def fair_index(home) -> FairIndexPage:
    index = FairIndexPage(title="Hội chợ", slug="hoi-cho-booth")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def fair(fair_index) -> FairPage:
    start = timezone.now() - datetime.timedelta(hours=2)
    page = FairPage(
        title="Hội chợ OCOP Bắc Kạn 2026",
        area=Area.resolve("Bắc Kạn"),
        start=start,
        end=start + datetime.timedelta(days=3),
        venue="Quảng trường 3/2",
    )
    fair_index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def producer_user(db):
    return UserFactory(username="htx", email="htx@example.vn")


@pytest.fixture
def producer(fair, producer_user):
    producer = ProducerFactory(name="HTX Miến dong Côn Minh")
    producer.partner.users.add(producer_user)
    FairProducer.objects.create(page=fair, producer=producer, booth="A12")
    return producer


@pytest.fixture
def product(producer, certified_product):
    """20 units at the producer, 45.000 ₫."""
    return certified_product(producer=producer, title="Miến dong Côn Minh", price=45000, num_in_stock=20)


@pytest.fixture
def organiser(fair_index):
    """An editor of the fairs (Wagtail page permission), like a province's trade department."""
    group = Group.objects.create(name="Ban tổ chức hội chợ")
    GroupPagePermission.objects.create(
        group=group, page=fair_index, permission=Permission.objects.get(codename="change_page")
    )
    user = UserFactory(username="bantochuc")
    user.groups.add(group)
    return user


def booth_url(fair, name, *args):
    return reverse(f"outlets-desk:booth-{name}", args=[fair.pk, *args])


def test_a_fair_gets_one_partner_and_one_fair_channel(fair):
    booth = ensure_booth(fair)
    assert ensure_booth(fair).pk == booth.pk
    channel = booth.partner.sales_channel
    assert channel.kind == "fair" and channel.name == fair.title
    fair.title = "Hội chợ OCOP Bắc Kạn mùa thu"
    fair.save_revision().publish()
    channel.refresh_from_db()
    assert channel.name == "Hội chợ OCOP Bắc Kạn mùa thu"


def test_producer_brings_sells_and_takes_back_stock(client, fair, producer_user, product):
    client.force_login(producer_user)
    source = StockRecord.objects.get(product=product, partner=product.producer.partner)
    response = client.post(booth_url(fair, "transfer"), {"record": source.pk, "quantity": 6})
    assert response.status_code == 302
    booth = fair.booth
    at_booth = StockRecord.objects.get(product=product, partner=booth.partner)
    source.refresh_from_db()
    assert (source.num_in_stock, at_booth.num_in_stock) == (14, 6)
    moves = StockAdjustment.objects.filter(reason="transfer").order_by("pk")
    assert [(m.stockrecord_id, m.delta, m.booth_id) for m in moves] == [
        (source.pk, -6, booth.pk),
        (at_booth.pk, 6, booth.pk),
    ]

    response = client.post(
        booth_url(fair, "sell"), {f"qty-{at_booth.pk}": 2, "payment_method": "cash", "sell": "1"}
    )
    assert response.status_code == 302
    order = Order.objects.get()
    assert order.channel.kind == "fair" and order.channel.partner_id == booth.partner_id
    assert InStoreSale.objects.get(order=order).booth == booth
    assert "90.000" in client.get(response["Location"]).content.decode()
    assert "90.000" in client.get(booth_url(fair, "today")).content.decode()

    response = client.post(booth_url(fair, "return"), {"all": "1"})
    assert response.status_code == 302
    source.refresh_from_db()
    at_booth.refresh_from_db()
    assert (source.num_in_stock, at_booth.num_in_stock) == (18, 0)
    assert StockAdjustment.objects.filter(reason="return").count() == 2


def test_a_transfer_beyond_the_producers_free_stock_changes_nothing(fair, producer_user, product):
    booth = ensure_booth(fair)
    with pytest.raises(TransferRefused):
        transfer_to_booth(booth, product, 21, user=producer_user)
    source = StockRecord.objects.get(product=product, partner=product.producer.partner)
    assert source.num_in_stock == 20
    assert not StockRecord.objects.filter(partner=booth.partner, num_in_stock__gt=0).exists()
    assert not StockAdjustment.objects.exists()


PAGES = ["stock", "sell", "transfer", "return", "today", "history"]


@pytest.mark.parametrize("name", PAGES)
def test_who_may_open_the_booth_desk(client, fair, organiser, producer_user, product, point, manager, name):
    url = booth_url(fair, name)
    client.force_login(organiser)
    assert client.get(url).status_code == 200
    client.force_login(producer_user)
    assert client.get(url).status_code == 200
    not_at_this_fair = ProducerFactory().partner.users.create(username="htx-khac")
    for outsider in (manager, UserFactory(username="nguoila"), not_at_this_fair):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        assert client.post(url, {}).status_code == 404


def test_a_producer_sees_only_their_own_products_at_the_booth(
    client, fair, organiser, producer_user, product, certified_product
):
    other = ProducerFactory(name="HTX Chè Shan tuyết")
    FairProducer.objects.create(page=fair, producer=other)
    other_product = certified_product(producer=other, title="Chè Shan tuyết Bắc Kạn", num_in_stock=5)
    booth = ensure_booth(fair)
    transfer_to_booth(booth, product, 3, user=organiser)
    transfer_to_booth(booth, other_product, 2, user=organiser)
    client.force_login(producer_user)
    page = client.get(booth_url(fair, "stock")).content.decode()
    assert "Miến dong Côn Minh" in page and "Chè Shan tuyết Bắc Kạn" not in page
    client.force_login(organiser)
    page = client.get(booth_url(fair, "stock")).content.decode()
    assert "Miến dong Côn Minh" in page and "Chè Shan tuyết Bắc Kạn" in page


def test_the_fair_page_links_to_the_booth_desk_for_its_users_only(client, fair, producer_user, producer):
    link = booth_url(fair, "stock")
    assert link not in client.get(fair.url).content.decode()
    client.force_login(producer_user)
    assert link in client.get(fair.url).content.decode()
