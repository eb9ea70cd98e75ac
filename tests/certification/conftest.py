import datetime
from decimal import Decimal

import pytest

from catalogue.certification import vietnam_today
from tests.factories import CertificateFactory, ProductFactory, StockRecordFactory
from tests.i18n import speak


@pytest.fixture
def client(client):
    """These tests read English messages; the site's default language is Vietnamese."""
    return speak(client, "en")


@pytest.fixture
def make_product(db):
    """A registry product with one certificate; ``days_left`` counts from today in Vietnam."""

    def make(*, stars=4, status="active", issued_days_ago=100, days_left=200, price=150000, stock=10):
        product = ProductFactory()
        today = vietnam_today()
        CertificateFactory(
            product=product,
            stars=stars,
            status=status,
            issued_on=today - datetime.timedelta(days=issued_days_ago),
            expires_on=today + datetime.timedelta(days=days_left),
            status_changed_on=today - datetime.timedelta(days=3) if status != "active" else None,
        )
        if price is not None:
            StockRecordFactory(product=product, price=Decimal(price), num_in_stock=stock)
        return product

    return make
