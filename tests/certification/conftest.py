import datetime
from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.models import Certificate, Producer
from tests.i18n import speak

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def client(client):
    """These tests read English messages; the site's default language is Vietnamese."""
    return speak(client, "en")


@pytest.fixture
def make_product(db):
    """A registry product with one certificate; ``days_left`` counts from today in Vietnam."""
    counter = iter(range(1, 10_000))

    def make(*, stars=4, status="active", issued_days_ago=100, days_left=200, price=150000, stock=10):
        n = next(counter)
        partner = Partner.objects.create(name=f"HTX số {n}", code=f"p{n}")
        producer = Producer.objects.create(
            registration_no=f"47000{n:05d}",
            name=f"HTX số {n}",
            legal_form="cooperative",
            partner=partner,
            slug=f"htx-{n}",
        )
        product_class, _ = ProductClass.objects.get_or_create(name="OCOP", defaults={"track_stock": True})
        product = Product.objects.create(
            title=f"Miến dong {n}", product_class=product_class, registry_code=f"BK-{n}", producer=producer
        )
        today = vietnam_today()
        Certificate.objects.create(
            certificate_no=f"BK-2024-{n:04d}",
            product=product,
            product_code=product.registry_code,
            product_name=product.title,
            producer=producer,
            stars=stars,
            group="food",
            level="province",
            decision_no="1234/QĐ-UBND",
            issued_on=today - datetime.timedelta(days=issued_days_ago),
            expires_on=today + datetime.timedelta(days=days_left),
            status=status,
            status_changed_on=today - datetime.timedelta(days=3) if status != "active" else None,
        )
        if price is not None:
            StockRecord.objects.create(
                product=product,
                partner=partner,
                partner_sku=f"SKU{n}",
                price=Decimal(price),
                num_in_stock=stock,
            )
        return product

    return make
