"""Keeping search in step: Celery tasks on product, certificate and sync changes; the rebuild."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from catalogue.registry.sync import sync_from_file
from marketplace.search import indexing
from marketplace.search.documents import alias_name, client
from marketplace.search.service import search_products
from tests.factories import make_certified_product
from tests.registry.conftest import record, write_json

pytestmark = pytest.mark.django_db


def titles(results) -> list[str]:
    return [p.title for p in results[0 : results.count()]]


def test_a_new_or_renamed_product_is_searchable_once_saved(backend, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        product = make_certified_product(title="Mật ong bạc hà Mèo Vạc")
    assert titles(search_products("mat ong bac ha")) == ["Mật ong bạc hà Mèo Vạc"]
    with django_capture_on_commit_callbacks(execute=True):
        product.title = "Mật ong hoa nhãn"
        product.save()
    assert titles(search_products("hoa nhan")) == ["Mật ong hoa nhãn"]
    assert titles(search_products("bac ha")) == []


def test_a_revoked_certificate_takes_the_product_out(backend, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        product = make_certified_product(title="Rượu ngô Na Hang")
    assert titles(search_products("ruou ngo")) == ["Rượu ngô Na Hang"]
    with django_capture_on_commit_callbacks(execute=True):
        product.certificates.update(status="revoked")
        product.certificates.get().save()
    assert titles(search_products("ruou ngo")) == []
    if backend == "elasticsearch":
        assert client().count(index=alias_name())["count"] == 0  # the index holds certified products only


def test_products_of_a_registry_sync_are_searchable_after_it(
    backend, tmp_path, django_capture_on_commit_callbacks
):
    feed = write_json(tmp_path / "r.json", [record(1, product_name="Miến dong Na Rì đặc biệt")])
    with django_capture_on_commit_callbacks(execute=True):
        sync = sync_from_file(feed, partial=True)
    assert sync.status == "succeeded"
    assert titles(search_products("mien dong dac biet")) == ["Miến dong Na Rì đặc biệt"]


def test_rebuild_swaps_the_alias_onto_a_full_new_index(backend):
    if backend != "elasticsearch":
        pytest.skip("the alias swap is an Elasticsearch matter")
    make_certified_product(title="Chè Shan tuyết Tà Xùa")
    indexing.rebuild()
    es = client()
    (first,) = es.indices.get_alias(name=alias_name())
    call_command("rebuild_search_index")
    (second,) = es.indices.get_alias(name=alias_name())
    assert second != first
    assert not es.indices.exists(index=first)
    assert titles(search_products("che shan tuyet")) == ["Chè Shan tuyết Tà Xùa"]


def test_rebuild_command_on_the_database_backend_folds_every_product(backend):
    if backend != "database":
        pytest.skip("database backend only")
    product = make_certified_product(title="Nước mắm Phú Quốc")
    type(product).objects.filter(pk=product.pk).update(search_text="")  # as a bulk import leaves it
    assert titles(search_products("nuoc mam")) == []
    call_command("rebuild_search_index")
    assert titles(search_products("nuoc mam")) == ["Nước mắm Phú Quốc"]
