"""Provinces' spreadsheets (CSV with or without BOM, XLSX) give the same mirror as the JSON feed."""

from __future__ import annotations

import unicodedata

import pytest
from django.core.management import CommandError, call_command

from catalogue.models import Certificate, Product, RegistrySync
from catalogue.registry.sync import sync_from_file, sync_from_url
from tests.registry.conftest import TODAY, mirror_state, producer, record, write_csv, write_json, write_xlsx

pytestmark = pytest.mark.django_db


def sample() -> list[dict]:
    """Spreadsheets carry no updated_at: compare on records without it."""
    rows = [
        record(1, stars=3, level="district"),
        record(2, group="beverage", subgroup="Rượu", status="revoked", status_changed_on="2026-10-01"),
        record(3, group="tourism", subgroup="", decision_no="", producer_no=2),
        record(4, group="handicraft", producer_data=producer(3, legal_form="household", commune="")),
        record(
            5, product_name=unicodedata.normalize("NFD", "Trà hoa vàng Ba Chẽ"), expires_on=TODAY.isoformat()
        ),
    ]
    for row in rows:
        row["updated_at"] = None
    return rows


@pytest.fixture
def json_state(tmp_path, frozen):
    sync = sync_from_file(write_json(tmp_path / "r.json", sample()))
    assert sync.status == RegistrySync.Status.SUCCEEDED and sync.rejected_count == 0
    return mirror_state()


def _reset():
    from catalogue.models import Producer

    Certificate.objects.all().delete()
    Product.objects.all().delete()
    partners = [p.partner for p in Producer.objects.select_related("partner")]
    Producer.objects.all().delete()
    for partner in partners:
        partner.delete()


@pytest.mark.parametrize("bom", [True, False])
def test_csv_with_or_without_bom_and_shuffled_columns_gives_the_same_result_as_json(
    tmp_path, json_state, bom
):
    _reset()
    sync = sync_from_file(write_csv(tmp_path / "r.csv", sample(), bom=bom))
    assert sync.status == RegistrySync.Status.SUCCEEDED, sync.errors
    assert sync.rejected_count == 0 and sync.created_count == 5
    assert mirror_state() == json_state


def test_xlsx_first_sheet_gives_the_same_result_as_json(tmp_path, json_state):
    _reset()
    sync = sync_from_file(write_xlsx(tmp_path / "r.xlsx", sample()))
    assert sync.status == RegistrySync.Status.SUCCEEDED, sync.errors
    assert sync.created_count == 5
    assert mirror_state() == json_state


def test_spreadsheet_bad_rows_are_reported_by_certificate_number(tmp_path, frozen):
    rows = sample()
    path = write_csv(tmp_path / "r.csv", [r for i, r in enumerate(rows) if i != 1], shuffle=False)
    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write(",".join(["x"] * 18) + "\n")  # a row of rubbish
    sync = sync_from_file(path)
    assert sync.status == RegistrySync.Status.SUCCEEDED
    assert sync.created_count == 4 and sync.rejected_count == 1
    assert sync.errors[0]["record"] == "x"


def test_spreadsheet_missing_a_column_fails_and_changes_nothing(tmp_path, frozen):
    path = tmp_path / "r.csv"
    path.write_text("Số giấy chứng nhận,Tên sản phẩm\nA,B\n", encoding="utf-8")
    sync = sync_from_file(path)
    assert sync.status == RegistrySync.Status.FAILED
    assert "Mã sản phẩm" in sync.errors[0]["reason"]
    assert Certificate.objects.count() == 0


def test_a_provincial_spreadsheet_only_withdraws_within_its_provinces(tmp_path, registry, frozen):
    lang_son = producer(7, province="Lạng Sơn", district="Bắc Sơn", commune="Vũ Lễ")
    registry.records = [record(1), record(2), record(3, producer_data=lang_son)]
    sync_from_url(registry.url)

    # Bắc Kạn's sheet lists only certificate 1: 2 (Bắc Kạn) is withdrawn, 3 (Lạng Sơn) is not its business.
    sync = sync_from_file(write_csv(tmp_path / "bac-kan.csv", [record(1)]))
    assert sync.status == RegistrySync.Status.HELD  # 1 of 3 listed = 33% > 20%
    assert sync.changes["provinces"] == ["Bắc Kạn"]
    assert sync.changes["withdrawn"] == ["BK-2025-0002"]

    partial = sync_from_file(write_csv(tmp_path / "bac-kan.csv", [record(1)]), partial=True)
    assert partial.status == RegistrySync.Status.SUCCEEDED and not partial.full
    assert Certificate.objects.filter(withdrawn_on__isnull=False).count() == 0


def test_command_prints_a_summary_and_fails_loudly(tmp_path, registry, frozen, capsys):
    registry.records = [record(1), record(2, stars=9)]
    call_command("sync_registry", "--url", registry.url)
    out = capsys.readouterr().out
    assert "1 new" in out and "1 rejected" in out
    assert "BK-2025-0002" in out and "Listed: 1" in out

    path = write_json(tmp_path / "demo.json", [record(1), record(3)])
    call_command("sync_registry", "--file", str(path), "--demo", "--partial")
    assert RegistrySync.objects.latest("pk").source_kind == "demo"

    registry.break_page, registry.break_mode = 0, "500"
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("sync_registry", "--url", registry.url)
