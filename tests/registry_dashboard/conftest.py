"""Users of the registry pages (staff, shopper, a producer's user) and English answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from marketplace.roles import PRODUCERS, role_group
from tests.factories import ProducerFactory, UserFactory
from tests.registry.conftest import frozen, registry  # noqa: F401  (shared fixtures)


@pytest.fixture(autouse=True)
def english(settings: Any) -> Iterator[None]:
    """Messages asserted in English (the msgids); no registry configured unless a test sets one."""
    settings.LANGUAGE_CODE = "en"
    settings.OCOP_REGISTRY_URL = ""
    settings.OCOP_REGISTRY_TOKEN = ""
    settings.OCOP_REGISTRY_BACKOFF = 0
    settings.OCOP_REGISTRY_RETRIES = 1
    with translation.override("en"):
        yield


def _client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff_client(db: None) -> Client:
    return _client_for(UserFactory(is_staff=True))


@pytest.fixture
def shopper_client(db: None) -> Client:
    return _client_for(UserFactory())


@pytest.fixture
def producer(db: None) -> Any:
    """A registry producer whose Oscar partner has one user, in the Producers role group."""
    producer = ProducerFactory(name="HTX Chè Shan tuyết Tà Xùa")
    user = UserFactory(email="htx-taxua@example.vn")
    user.groups.add(role_group(PRODUCERS))
    producer.partner.users.add(user)
    producer.user = user
    return producer


@pytest.fixture
def producer_client(producer: Any) -> Client:
    return _client_for(producer.user)
