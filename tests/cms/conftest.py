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
