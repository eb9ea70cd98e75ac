"""Two producers, each with its own user and certified product, for the portal's tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from marketplace.producers.membership import Role, add_member
from tests.factories import ProducerFactory, UserFactory, make_certified_product
from tests.i18n import speak


@dataclass
class Side:
    producer: Any
    user: Any
    product: Any
    client: Client


def _side(name: str, title: str) -> Side:
    producer = ProducerFactory(name=name)
    user = UserFactory(email=f"{producer.slug}@example.vn")
    add_member(producer, user, Role.OWNER)
    product = make_certified_product(producer=producer, title=title, price=120000, num_in_stock=8)
    client = speak(Client(), "en")
    client.force_login(user)
    return Side(producer, user, product, client)


@pytest.fixture
def side_a(db) -> Side:
    return _side("HTX Miến dong A", "Miến dong A")


@pytest.fixture
def side_b(db) -> Side:
    return _side("HTX Chè B", "Chè B")


@pytest.fixture
def client() -> Client:
    """Browses in English, so assertions on texts survive the Vietnamese catalogue."""
    return speak(Client(), "en")
