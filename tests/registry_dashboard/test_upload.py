"""Staff upload a province's spreadsheet; a wrong or unreadable file is refused and changes nothing."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from catalogue.models import Product, RegistrySync
from catalogue.registry.sync import sync_from_file
from tests.registry.conftest import mirror_state, record, records, write_csv, write_json, write_xlsx

pytestmark = pytest.mark.django_db

UPLOAD = "ocop-dashboard:sync-run-upload"


@pytest.fixture
def three_listed(tmp_path, frozen) -> None:
    sync = sync_from_file(write_json(tmp_path / "all.json", records(3)))
    assert sync.status == RegistrySync.Status.SUCCEEDED


def upload(path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def test_a_csv_upload_runs_a_sync_and_shows_it(staff_client, tmp_path, frozen):
    path = write_csv(tmp_path / "Bac-Kan 2026.csv", records(4))
    response = staff_client.post(reverse(UPLOAD), {"file": upload(path)})
    sync = RegistrySync.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("ocop-dashboard:sync-detail", kwargs={"pk": sync.pk})
    assert sync.status == RegistrySync.Status.SUCCEEDED and sync.created_count == 4
    assert sync.full and sync.province_scoped
    assert sync.source.startswith("Bac-Kan_2026.csv") and "/tmp" not in sync.source
    assert Product.objects.certified_today().count() == 4


def test_an_xlsx_upload_works_too(staff_client, tmp_path, frozen):
    path = write_xlsx(tmp_path / "register.xlsx", records(2))
    staff_client.post(reverse(UPLOAD), {"file": upload(path)})
    assert RegistrySync.objects.get().created_count == 2


def test_a_partial_update_withdraws_nothing(staff_client, three_listed, tmp_path):
    path = write_csv(tmp_path / "one.csv", [record(1, stars=5)])
    staff_client.post(reverse(UPLOAD), {"file": upload(path), "partial": "on"})
    sync = RegistrySync.objects.latest("pk")
    assert sync.status == RegistrySync.Status.SUCCEEDED and not sync.full
    assert Product.objects.certified_today().count() == 3


def test_a_full_spreadsheet_withdraws_what_it_no_longer_lists(staff_client, three_listed, tmp_path, settings):
    settings.OCOP_SYNC_MAX_DELIST_SHARE = 0.5
    path = write_csv(tmp_path / "two.csv", records(2))
    staff_client.post(reverse(UPLOAD), {"file": upload(path)})
    assert RegistrySync.objects.latest("pk").status == RegistrySync.Status.SUCCEEDED
    assert Product.objects.certified_today().count() == 2


def _refused(response, text: str) -> None:
    assert response.status_code == 400
    errors = response.context["upload_form"].errors["file"]
    assert any(text in e for e in errors), errors
    assert text in response.content.decode()


def test_a_text_file_is_refused_and_nothing_changes(staff_client, three_listed, tmp_path):
    before, syncs = mirror_state(), RegistrySync.objects.count()
    path = tmp_path / "register.txt"
    path.write_text("Số giấy chứng nhận\nBK-1\n", encoding="utf-8")
    _refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "Upload a .csv or .xlsx file.")
    assert RegistrySync.objects.count() == syncs and mirror_state() == before


def test_a_csv_with_wrong_headers_is_refused_and_nothing_changes(staff_client, three_listed, tmp_path):
    before, syncs = mirror_state(), RegistrySync.objects.count()
    path = tmp_path / "wrong.csv"
    path.write_text("Certificate,Product\nBK-2025-0001,Miến\n", encoding="utf-8")
    _refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "lacks the column(s)")
    assert RegistrySync.objects.count() == syncs and mirror_state() == before


def test_a_damaged_xlsx_is_refused(staff_client, three_listed, tmp_path):
    syncs = RegistrySync.objects.count()
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    _refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "cannot be read")
    assert RegistrySync.objects.count() == syncs


def test_a_csv_that_is_not_utf8_is_refused(staff_client, tmp_path, frozen):
    path = write_csv(tmp_path / "r.csv", records(1), bom=False)
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    _refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "not UTF-8")
    assert RegistrySync.objects.count() == 0


def test_a_file_over_the_size_limit_is_refused(staff_client, tmp_path, frozen, settings):
    settings.OCOP_UPLOAD_MAX_BYTES = 100
    path = write_csv(tmp_path / "big.csv", records(5))
    _refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "larger than")
    assert RegistrySync.objects.count() == 0


def test_no_file_is_a_form_error(staff_client):
    response = staff_client.post(reverse(UPLOAD), {"partial": "on"})
    assert response.status_code == 400
    assert "file" in response.context["upload_form"].errors
