"""Fixtures for the site pages: areas, producers, products with certificates, the page tree."""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.models import Certificate, Producer, Product
from cms.demo import ensure_fair_index, ensure_home
from marketplace.areas.models import Area

ProductClass = get_model("catalogue", "ProductClass")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

_numbers = itertools.count(1)


@pytest.fixture
def son_la() -> Area:
    return Area.resolve("Sơn La", "Mộc Châu")


@pytest.fixture
def producer(son_la: Area) -> Producer:
    number = next(_numbers)
    partner = Partner.objects.create(name=f"HTX Chè {number}", code=f"htx-{number}")
    return Producer.objects.create(
        registration_no=f"5500{number:04d}",
        name=f"HTX Chè Mộc Châu {number}",
        legal_form="cooperative",
        area=son_la,
        partner=partner,
        slug=f"htx-che-{number}",
    )


@pytest.fixture
def make_product(producer: Producer):
    """A public product with a price and one certificate from ``issued`` to ``expires``."""

    def make(
        title: str,
        *,
        issued: datetime.date | None = None,
        expires: datetime.date | None = None,
        status: str = "active",
        price: int = 150_000,
    ) -> Product:
        number = next(_numbers)
        today = vietnam_today()
        product_class, _ = ProductClass.objects.get_or_create(
            slug="ocop-product", defaults={"name": "Sản phẩm OCOP", "track_stock": True}
        )
        product = Product.objects.create(
            title=title,
            product_class=product_class,
            is_public=True,
            registry_code=f"SL-{number:04d}",
            producer=producer,
        )
        Certificate.objects.create(
            certificate_no=f"GCN-{number:04d}",
            product=product,
            product_code=product.registry_code,
            product_name=title,
            producer=producer,
            stars=4,
            group="beverage",
            level="province",
            decision_no=f"{number}/QĐ-UBND",
            issued_on=issued or today - datetime.timedelta(days=100),
            expires_on=expires or today + datetime.timedelta(days=900),
            status=status,
        )
        StockRecord.objects.create(
            product=product,
            partner=producer.partner,
            partner_sku=f"sku-{number}",
            price=Decimal(price),
            num_in_stock=20,
        )
        return product

    return make


@pytest.fixture
def home(db):
    return ensure_home()


@pytest.fixture
def fair_index(home):
    return ensure_fair_index(home)


@pytest.fixture
def lang_son(db) -> Area:
    return Area.resolve("Lạng Sơn", "Thành phố Lạng Sơn")


@pytest.fixture
def sections(fair_index, son_la, lang_son):
    """Sơn La's and Lạng Sơn's sections of the fair index, each with its editor group."""
    from cms.demo import ensure_section
    from marketplace import roles

    result = {}
    for area in (son_la, lang_son):
        province = area.province
        section = ensure_section(fair_index, province)
        roles.ensure_province_editors(province, [section])
        result[province.slug] = section
    roles.ensure_moderation_workflow([fair_index])
    return result


@pytest.fixture
def make_user(db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def make(name: str, *groups: str, password: str = "pw-ocop-2026"):
        user = get_user_model().objects.create_user(
            username=f"{name}@example.vn", email=f"{name}@example.vn", password=password
        )
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return make
