"""A virtual fair's shop: its products, bought online only while the fair is on (Vietnam time)."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from oscar.core.loading import get_model

from catalogue.certification import VIETNAM
from catalogue.models import Producer
from cms.demo import ensure_fair
from tests.i18n import speak

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Partner = get_model("partner", "Partner")

START = datetime.datetime(2026, 7, 1, 8, 0, tzinfo=VIETNAM)
END = datetime.datetime(2026, 7, 10, 21, 0, tzinfo=VIETNAM)
SHOP = "/hoi-cho/hoi-cho-truc-tuyen/gian-hang/"


def move_to(product, producer: Producer):
    """Give ``product`` (and its stock) to another producer."""
    product.producer = producer
    product.save()
    product.stockrecords.update(partner=producer.partner)
    return product


@pytest.fixture
def virtual_fair(fair_index, producer, make_product, son_la):
    """Featured: a product of another producer; participant: ``producer`` (two products, one revoked)."""
    with time_machine.travel(START - datetime.timedelta(days=40), tick=False):
        other = Producer.objects.create(
            registration_no="55007777",
            name="HTX Mận Nà Ka",
            legal_form="cooperative",
            area=son_la,
            partner=Partner.objects.create(name="HTX Mận Nà Ka", code="htx-man-na-ka"),
            slug="htx-man-na-ka",
        )
        featured = move_to(make_product("Mận hậu Nà Ka"), other)
        make_product("Chè Shan tuyết", issued=START.date() - datetime.timedelta(days=100))
        make_product("Cà phê thu hồi", status="revoked")
        fair = ensure_fair(
            fair_index,
            title="Hội chợ trực tuyến",
            kind="virtual",
            start=START,
            end=END,
            venue="Trực tuyến",
            address="",
            area=None,
            organiser="Sở Công Thương",
            producers=[producer],
            products=[featured],
        )
    return fair


def shop(client):
    return speak(client, "en").get(SHOP)


def add_forms(html: str) -> int:
    return html.count('action="/shop/basket/add/')


def test_before_the_fair_the_shop_shows_products_and_when_it_opens(client, virtual_fair):
    with time_machine.travel(START - datetime.timedelta(minutes=1), tick=False):
        response = shop(client)
    html = response.content.decode()
    assert response.status_code == 200
    assert "The shop opens on 08:00 01/07/2026" in html
    # Featured first, then the participating producer's certified products; never a revoked one.
    assert html.index("Mận hậu Nà Ka") < html.index("Chè Shan tuyết")
    assert "Cà phê thu hồi" not in html
    assert "150.000" in html  # prices are shown
    assert add_forms(html) == 0


def test_while_the_fair_is_on_every_product_can_be_added_to_the_basket(client, virtual_fair):
    with time_machine.travel(START, tick=False):
        html = shop(client).content.decode()
        assert "The fair shop is open" in html
        assert add_forms(html) == 2
        product = virtual_fair.shown_products()[0]
        response = client.post(f"/shop/basket/add/{product.pk}/", {"quantity": 1})
        assert response.status_code == 302
        assert Basket.objects.filter(lines__product=product).count() == 1
    with time_machine.travel(END - datetime.timedelta(minutes=1), tick=False):
        assert add_forms(shop(client).content.decode()) == 2


def test_after_the_fair_has_ended_nothing_can_be_added(client, virtual_fair):
    with time_machine.travel(END, tick=False):
        html = shop(client).content.decode()
    assert "The fair has ended" in html
    assert "Chè Shan tuyết" in html
    assert add_forms(html) == 0


def test_fair_page_links_to_its_shop_and_only_virtual_fairs_have_one(
    client, virtual_fair, fair_index, son_la
):
    with time_machine.travel(START - datetime.timedelta(days=1), tick=False):
        html = speak(client, "en").get(virtual_fair.url).content.decode()
        assert f'href="{SHOP}"' in html and "The shop opens on 08:00 01/07/2026" in html
        assert "Mận hậu Nà Ka" in html and add_forms(html) == 0  # the page follows the shop's dates
    with time_machine.travel(START + datetime.timedelta(hours=1), tick=False):
        html = speak(client, "en").get(virtual_fair.url).content.decode()
        assert f'href="{SHOP}"' in html and "Shop at the fair" in html
        assert add_forms(html) == 1  # the featured product
        physical = ensure_fair(
            fair_index,
            title="Hội chợ Mộc Châu",
            kind="provincial",
            start=START,
            end=END,
            venue="Sân vận động",
            address="Mộc Châu",
            area=son_la,
            organiser="Sở Công Thương",
        )
        assert client.get(physical.url + "gian-hang/").status_code == 404
        assert "gian-hang/" not in client.get(physical.url).content.decode()


def test_shop_lists_approved_applicants_products(client, virtual_fair, make_user):
    from catalogue.models import Product
    from cms.models import FairApplication

    applicant = Producer.objects.create(
        registration_no="55008888",
        name="HTX Tỏi Phù Yên",
        legal_form="cooperative",
        area=virtual_fair.participants.first().producer.area,
        partner=Partner.objects.create(name="HTX Tỏi Phù Yên", code="htx-toi-phu-yen"),
        slug="htx-toi-phu-yen",
    )
    move_to(Product.objects.get(title="Chè Shan tuyết"), applicant)
    application = FairApplication.objects.create(fair=virtual_fair, producer=applicant)
    with time_machine.travel(START, tick=False):
        assert "Chè Shan tuyết" not in shop(client).content.decode()
        application.decide(FairApplication.Status.APPROVED, make_user("organiser"))
        assert "Chè Shan tuyết" in shop(client).content.decode()
