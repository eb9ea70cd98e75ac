"""'Available for pick-up near me': choosing an area, the facet on listings, and the product page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from marketplace.areas.models import Area
from marketplace.search.pickup import SESSION_KEY
from tests.factories import make_certified_product
from tests.storefront.places import make_point, stock_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelves():
    moc_chau = Area.resolve("Sơn La", "Mộc Châu")
    hoi_an = Area.resolve("Quảng Nam", "Thành phố Hội An")
    che = make_certified_product(title="Chè Ô long Mộc Châu")
    den = make_certified_product(title="Đèn lồng Hội An")
    make_certified_product(title="Mận hậu chỉ bán trực tuyến")
    stock_at(make_point("Điểm bán OCOP Mộc Châu", moc_chau), che, quantity=4)
    stock_at(make_point("Điểm bán OCOP Hội An", hoi_an), den, quantity=2)
    return {"moc_chau": moc_chau, "hoi_an": hoi_an, "che": che, "den": den}


def test_the_chooser_offers_only_places_with_a_sales_point(client, shelves):
    response = client.get(reverse("search:pickup-area"))
    groups = response.context["form"].fields["area"].choices[1:]
    labels = [label for _province, options in groups for _pk, label in options]
    assert "Mộc Châu" in labels and "Thành phố Hội An" in labels and "All of Sơn La" in labels
    assert "Thái Nguyên" not in labels


def test_choosing_an_area_remembers_it_and_filters_the_listing(client, shelves):
    area = shelves["moc_chau"]
    response = client.post(
        reverse("search:pickup-area"),
        {"area": area.pk, "next": "/shop/catalogue/?sort_by=price-asc&page=2", "apply": "True"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/shop/catalogue/?sort_by=price-asc&pickup={area.pk}"
    assert client.session[SESSION_KEY] == area.pk

    listing = client.get(response["Location"])
    assert [p.title for p in listing.context["products"]] == ["Chè Ô long Mộc Châu"]
    facet = listing.context["pickup_facet"]
    assert facet["values"][0]["label"] == "In stock at a sales point in Mộc Châu"
    assert facet["values"][0]["count"] == 1 and facet["values"][0]["selected"]


def test_the_remembered_area_shows_the_facet_unselected_on_other_listings(client, shelves):
    province = shelves["moc_chau"].parent
    client.post(reverse("search:pickup-area"), {"area": province.pk})
    listing = client.get(reverse("catalogue:index"))
    assert len(listing.context["products"]) == 3  # not filtered until the shopper asks
    value = listing.context["pickup_facet"]["values"][0]
    assert value["label"] == "In stock at a sales point in Sơn La"
    assert (value["count"], value["selected"]) == (1, False)
    assert value["url"] == f"?pickup={province.pk}"


def test_forgetting_the_area_drops_the_filter(client, shelves):
    client.post(reverse("search:pickup-area"), {"area": shelves["hoi_an"].pk})
    response = client.post(reverse("search:pickup-area"), {"area": "", "next": "/shop/catalogue/?pickup=9"})
    assert response["Location"] == "/shop/catalogue/"
    assert SESSION_KEY not in client.session
    assert client.get(reverse("catalogue:index")).context["pickup_facet"] is None


def test_the_chooser_never_sends_the_shopper_off_site(client, shelves):
    response = client.post(
        reverse("search:pickup-area"), {"area": shelves["hoi_an"].pk, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/shop/catalogue/"


def test_an_area_without_points_is_refused(client, shelves):
    elsewhere = Area.resolve("Thái Nguyên")
    response = client.post(reverse("search:pickup-area"), {"area": elsewhere.pk})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert SESSION_KEY not in client.session


def test_the_product_page_puts_points_in_the_shoppers_area_first(client, shelves):
    che = shelves["che"]
    stock_at(make_point("Điểm bán A ở Hội An", shelves["hoi_an"]), che, quantity=3)
    client.post(reverse("search:pickup-area"), {"area": shelves["moc_chau"].pk})
    offers = client.get(che.get_absolute_url()).context["where_to_buy"]
    assert [(o.point.title, o.near) for o in offers] == [
        ("Điểm bán OCOP Mộc Châu", True),
        ("Điểm bán A ở Hội An", False),
    ]
