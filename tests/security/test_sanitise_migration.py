"""Finding 1, existing data: the data migrations clean what was stored before the sanitiser."""

from __future__ import annotations

import datetime
import importlib

import pytest
from django.apps import apps
from django.db import connection

from catalogue.models import Producer, Product
from cms.demo import ensure_home, ensure_news, ensure_news_index
from cms.models import NewsPage
from tests.factories import ProducerFactory, make_certified_product

pytestmark = pytest.mark.django_db

UNSAFE = '<p><strong>Ngon</strong></p><script>alert(1)</script><img src=x onerror="alert(1)">'


def run(migration: str, function: str) -> None:
    module = importlib.import_module(migration)
    getattr(module, function)(apps, connection.schema_editor())


def test_the_catalogue_migration_cleans_stored_descriptions_and_stories():
    product = make_certified_product(title="Chè")
    producer = ProducerFactory()
    safe_story = "Đã đúng &amp; sạch."
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE catalogue_product SET description = %s, story = %s WHERE id = %s",
            [UNSAFE, safe_story, product.pk],
        )
        cursor.execute("UPDATE catalogue_producer SET story = %s WHERE id = %s", [UNSAFE, producer.pk])

    run("catalogue.migrations.0038_sanitised_rich_text", "sanitise_stored_text")

    product = Product.objects.get(pk=product.pk)
    assert product.description == "<p><strong>Ngon</strong></p>"
    assert product.story == safe_story
    assert Producer.objects.get(pk=producer.pk).story == "<p><strong>Ngon</strong></p>"


def test_the_cms_migration_cleans_live_page_rich_text():
    story = ensure_news(
        ensure_news_index(ensure_home()), title="Tin", date=datetime.date(2026, 11, 20), intro="Tóm tắt"
    )
    with connection.cursor() as cursor:
        cursor.execute("UPDATE cms_newspage SET body = %s WHERE page_ptr_id = %s", [UNSAFE, story.pk])

    run("cms.migrations.0005_sanitised_rich_text", "sanitise_stored_rich_text")

    assert NewsPage.objects.get(pk=story.pk).body == "<p><strong>Ngon</strong></p>"
