"""The demo is loaded once per module (it runs the whole command twice), inside a transaction
that is rolled back at the end, so the other tests never see it."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.db import transaction


@dataclass
class DemoRuns:
    first_output: str
    second_output: str
    counts_after_first: dict[str, int]
    counts_after_second: dict[str, int]


def demo_counts() -> dict[str, int]:
    """Rows a second run must not add to."""
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from wagtail.models import GroupPagePermission, Page

    from catalogue.models import Certificate, Producer, Product, ProductImage
    from marketplace.areas.models import Area

    StockRecord = apps.get_model("partner", "StockRecord")
    Partner = apps.get_model("partner", "Partner")
    return {
        "products": Product.objects.count(),
        "certificates": Certificate.objects.count(),
        "producers": Producer.objects.count(),
        "partners": Partner.objects.count(),
        "stock records": StockRecord.objects.count(),
        "images": ProductImage.objects.count(),
        "areas": Area.objects.count(),
        "users": get_user_model().objects.count(),
        "pages": Page.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory) -> DemoRuns:
    register = tmp_path_factory.mktemp("demo") / "register.json"
    with django_db_blocker.unblock(), transaction.atomic():
        first, second = io.StringIO(), io.StringIO()
        call_command("load_demo", register=str(register), stdout=first)
        after_first = demo_counts()
        call_command("load_demo", register=str(register), stdout=second)
        yield DemoRuns(first.getvalue(), second.getvalue(), after_first, demo_counts())
        transaction.set_rollback(True)
