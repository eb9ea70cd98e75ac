"""The search contract, run on both backends: accent-insensitivity, certified-today only,
facets, sorting, pagination; and a constant number of queries per listing page."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from marketplace.search.contract import SearchFilters
from marketplace.search.service import search_products, suggest
from tests.factories import AreaFactory, ProducerFactory, make_certified_product

pytestmark = pytest.mark.django_db


def titles(results) -> list[str]:
    return [p.title for p in results[0 : results.count()]]


@pytest.fixture
def shelf(reindex):
    bac_kan = AreaFactory(name="Bắc Kạn")
    na_ri = AreaFactory(name="Na Rì", kind="district", parent=bac_kan)
    thai_nguyen = AreaFactory(name="Thái Nguyên")
    htx_na_ri = ProducerFactory(name="HTX Miến dong Na Rì", area=na_ri)
    htx_tra = ProducerFactory(name="HTX Chè Tân Cương", area=thai_nguyen)
    products = {
        "mien": make_certified_product(title="Miến dong Phia Đén", producer=htx_na_ri, stars=4, price=60000),
        "tra": make_certified_product(
            title="Trà Shan tuyết", producer=htx_tra, stars=5, price=250000, group="beverage"
        ),
        "duong": make_certified_product(
            title="Đường phèn Quảng Ngãi", producer=htx_tra, stars=3, price=45000
        ),
        "expired": make_certified_product(title="Miến dong hết hạn", producer=htx_na_ri, expired=True),
        "future": make_certified_product(title="Miến dong ngày mai", producer=htx_na_ri, not_yet_valid=True),
    }
    reindex()
    return products


def test_unaccented_words_find_accented_titles(shelf, backend):
    assert titles(search_products("mien dong")) == ["Miến dong Phia Đén"]
    assert titles(search_products("MIẾN   Dong")) == ["Miến dong Phia Đén"]


def test_d_and_dd_both_match_the_letter_đ(shelf, backend):
    assert titles(search_products("duong phen")) == ["Đường phèn Quảng Ngãi"]
    assert titles(search_products("dduong")) == ["Đường phèn Quảng Ngãi"]
    assert titles(search_products("phia dden")) == ["Miến dong Phia Đén"]


def test_producer_and_place_names_are_searchable(shelf, backend):
    assert titles(search_products("bac kan")) == ["Miến dong Phia Đén"]
    assert sorted(titles(search_products("tan cuong"))) == ["Trà Shan tuyết", "Đường phèn Quảng Ngãi"]


def test_only_products_certified_today_are_found(shelf, backend):
    everything = titles(search_products())
    assert sorted(everything) == ["Miến dong Phia Đén", "Trà Shan tuyết", "Đường phèn Quảng Ngãi"]


def test_an_expiry_at_midnight_is_honoured_without_reindexing(shelf, backend):
    mien = shelf["mien"].certificates.get()
    # Looking at the day the certificate expires, with the index as it was built.
    day = mien.expires_on
    found = titles(search_products("mien", today=day))
    assert "Miến dong Phia Đén" not in found


def test_facets_count_stars_groups_places_producers_and_prices(shelf, backend):
    facets = {f.name: {v.label: v.count for v in f.values} for f in search_products().facets}
    stars = {f.name: {v.key: v.count for v in f.values} for f in search_products().facets}["stars"]
    assert stars == {"5": 1, "4": 1, "3": 1}
    assert facets["province"] == {"Bắc Kạn": 1, "Thái Nguyên": 2}
    assert facets["area"] == {"Na Rì": 1}
    assert facets["producer"] == {"HTX Chè Tân Cương": 2, "HTX Miến dong Na Rì": 1}
    assert sum(facets["group"].values()) == 3
    assert sorted(facets["price"].values()) == [1, 2]


def test_facet_filters_narrow_the_results(shelf, backend):
    five = titles(search_products(filters=SearchFilters(stars=[5])))
    assert five == ["Trà Shan tuyết"]
    drinks = titles(search_products(filters=SearchFilters(groups=["beverage"])))
    assert drinks == ["Trà Shan tuyết"]
    province = shelf["mien"].producer.area.parent
    assert titles(search_products(filters=SearchFilters(provinces=[province.pk]))) == ["Miến dong Phia Đén"]
    cheap = titles(search_products(filters=SearchFilters(price=(None, 100_000))))
    assert sorted(cheap) == ["Miến dong Phia Đén", "Đường phèn Quảng Ngãi"]
    by_producer = search_products(filters=SearchFilters(producers=[shelf["tra"].producer_id]))
    assert sorted(titles(by_producer)) == ["Trà Shan tuyết", "Đường phèn Quảng Ngãi"]


def test_sorting_by_price_and_stars(shelf, backend):
    assert titles(search_products(sort="price-asc")) == [
        "Đường phèn Quảng Ngãi",
        "Miến dong Phia Đén",
        "Trà Shan tuyết",
    ]
    assert titles(search_products(sort="price-desc"))[0] == "Trà Shan tuyết"
    assert titles(search_products(sort="stars")) == [
        "Trà Shan tuyết",
        "Miến dong Phia Đén",
        "Đường phèn Quảng Ngãi",
    ]


def test_pages_split_the_results(shelf, backend):
    results = search_products(sort="price-asc")
    assert results.count() == 3
    assert [p.title for p in results[0:2]] == ["Đường phèn Quảng Ngãi", "Miến dong Phia Đén"]
    assert [p.title for p in results[2:4]] == ["Trà Shan tuyết"]


def test_autocomplete_suggests_titles_for_a_prefix(shelf, backend, client):
    assert [s["title"] for s in suggest("mien d")] == ["Miến dong Phia Đén"]
    response = client.get(reverse("search:suggest"), {"q": "tra sh"})
    assert response.status_code == 200
    assert [s["title"] for s in response.json()["suggestions"]] == ["Trà Shan tuyết"]


def test_listing_page_shows_facets_and_filters(shelf, backend, client):
    response = client.get(reverse("search:search"), {"q": "mien dong"})
    body = response.content.decode()
    assert "Miến dong Phia Đén" in body
    assert "hết hạn" not in body
    assert "Bắc Kạn" in body  # province facet
    response = client.get(reverse("catalogue:index"), {"stars": "5"})
    body = response.content.decode()
    assert "Trà Shan tuyết" in body and "Miến dong Phia Đén" not in body
    assert '<input type="hidden" name="stars" value="5">' in body  # sorting keeps the facet


@pytest.mark.parametrize("page_size", [12, 48])
def test_queries_per_listing_page_do_not_grow_with_page_size(
    page_size, backend, reindex, client, settings, django_assert_max_num_queries
):
    settings.OSCAR_PRODUCTS_PER_PAGE = page_size
    for n in range(page_size):
        make_certified_product(title=f"Miến dong số {n}", stars=3 + n % 3, price=50000 + n * 1000)
    reindex()
    # The same bound for 12 and 48 cards: about 17 on the database (facets included), 8 on Elasticsearch.
    with django_assert_max_num_queries(18):
        response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    assert len(response.context["products"]) == page_size


def test_typos_are_tolerated_on_elasticsearch(shelf, backend):
    if backend != "elasticsearch":
        pytest.skip("typo tolerance is an Elasticsearch feature")
    assert titles(search_products("mein dong")) == ["Miến dong Phia Đén"]


def test_sorting_by_newest(shelf, backend):
    # The shelf was stocked in this order: miến, trà, đường (the expired and future ones are not listed).
    assert titles(search_products(sort="newest")) == [
        "Đường phèn Quảng Ngãi",
        "Trà Shan tuyết",
        "Miến dong Phia Đén",
    ]


@pytest.fixture
def pickup_shelf(shelf, reindex):
    """Na Rì's point: trà (free units), đường (sold out), the expired miến. Thái Nguyên's point: đường."""
    from tests.storefront.places import make_point, stock_at

    na_ri = shelf["mien"].producer.area
    thai_nguyen = shelf["tra"].producer.area
    point = make_point("Điểm bán OCOP Na Rì", na_ri)
    stock_at(point, shelf["tra"], quantity=3, price=260000)
    stock_at(point, shelf["duong"], quantity=0, price=50000)
    stock_at(point, shelf["expired"], quantity=5)
    stock_at(make_point("Điểm bán OCOP Thái Nguyên", thai_nguyen), shelf["duong"], quantity=2, price=50000)
    reindex()
    return {"na_ri": na_ri, "bac_kan": na_ri.parent, "thai_nguyen": thai_nguyen, **shelf}


def test_pickup_filter_keeps_products_with_free_units_at_a_point_in_the_area(pickup_shelf, backend):
    def near(area) -> list[str]:
        return sorted(titles(search_products(filters=SearchFilters(pickup_area=area.pk))))

    assert near(pickup_shelf["na_ri"]) == ["Trà Shan tuyết"]
    assert near(pickup_shelf["bac_kan"]) == ["Trà Shan tuyết"]  # a province covers its districts
    assert near(pickup_shelf["thai_nguyen"]) == ["Đường phèn Quảng Ngãi"]


def test_pickup_facet_counts_for_the_shoppers_area(pickup_shelf, backend):
    def pickup_facet(**kwargs) -> dict[str, tuple[str, int, bool]]:
        facet = next(f for f in search_products(**kwargs).facets if f.name == "pickup")
        return {v.key: (v.label, v.count, v.selected) for v in facet.values}

    bac_kan = pickup_shelf["bac_kan"]
    assert pickup_facet() == {}  # no area chosen: nothing to count
    with translation.override("en"):
        counts = pickup_facet(near_area=bac_kan.pk)
    assert counts == {str(bac_kan.pk): ("In stock at a sales point in Bắc Kạn", 1, False)}
    # Counted within the other filters, and shown even at zero.
    counts = pickup_facet(near_area=bac_kan.pk, filters=SearchFilters(stars=[3]))
    assert counts[str(bac_kan.pk)][1] == 0
    chosen = pickup_facet(filters=SearchFilters(pickup_area=bac_kan.pk))
    assert chosen[str(bac_kan.pk)][1:] == (1, True)


def test_pickup_follows_stock_changes_without_reindexing(pickup_shelf, backend):
    """Stock is read from the database at query time: a sale (a plain UPDATE, no signal) counts at once."""
    from oscar.core.loading import get_model

    StockRecord = get_model("partner", "StockRecord")
    area = pickup_shelf["thai_nguyen"]
    StockRecord.objects.filter(product=pickup_shelf["duong"], partner__sales_point__area=area).update(
        num_in_stock=0
    )
    assert titles(search_products(filters=SearchFilters(pickup_area=area.pk))) == []


def test_listing_page_carries_the_pickup_filter(pickup_shelf, backend, client):
    area = pickup_shelf["na_ri"]
    response = client.get(reverse("catalogue:index"), {"pickup": area.pk, "sort_by": "price-asc"})
    assert [p.title for p in response.context["products"]] == ["Trà Shan tuyết"]
    body = response.content.decode()
    assert f'<input type="hidden" name="pickup" value="{area.pk}">' in body  # sorting keeps it
