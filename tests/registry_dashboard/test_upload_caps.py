"""Spreadsheet bombs (issue 10, finding 7): refused before parsing, quickly, changing nothing.

The zip bomb is real: a workbook whose shared strings inflate to hundreds of MB, written
streamed into a temporary folder (deflate squeezes it to about a megabyte).
"""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from catalogue.models import Certificate, RegistrySync
from catalogue.registry.sync import sync_from_file
from tests.registry.conftest import mirror_state, records, write_csv, write_json, write_xlsx

pytestmark = pytest.mark.django_db

UPLOAD = "ocop-dashboard:sync-run-upload"
BOMB_BYTES = 300 * 1024 * 1024
SST = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


@pytest.fixture
def three_listed(tmp_path, frozen) -> dict:
    sync = sync_from_file(write_json(tmp_path / "all.json", records(3)))
    assert sync.status == RegistrySync.Status.SUCCEEDED
    return mirror_state()


def rewrite_member(source: Path, target: Path, name: str, head: bytes, filler: bytes, size: int, tail: bytes):
    """A copy of the workbook ``source`` whose member ``name`` is head + filler*… + tail (streamed)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename != name:
                new.writestr(item, old.read(item.filename))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with new.open(info, "w", force_zip64=True) as stream:
            stream.write(head)
            chunk = filler * (1024 * 1024 // len(filler))
            for _ in range(size // len(chunk)):
                stream.write(chunk)
            stream.write(tail)
    return target


@pytest.fixture
def zip_bomb(tmp_path, frozen) -> Path:
    """A 2-record register whose sharedStrings.xml inflates to 300 MB."""
    valid = write_xlsx(tmp_path / "valid.xlsx", records(2))
    return rewrite_member(
        valid,
        tmp_path / "Bac-Kan.xlsx",
        "xl/sharedStrings.xml",
        SST + b"<si><t>",
        b"A",
        BOMB_BYTES,
        b"</t></si></sst>",
    )


def upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def refused(response, text: str) -> None:
    assert response.status_code == 400
    errors = response.context["upload_form"].errors["file"]
    assert any(text in e for e in errors), errors


def test_a_zip_bomb_is_refused_quickly_and_changes_nothing(staff_client, three_listed, zip_bomb):
    assert zip_bomb.stat().st_size < 5 * 1024 * 1024  # small on disk, 300 MB unpacked
    started = time.monotonic()
    response = staff_client.post(reverse(UPLOAD), {"file": upload(zip_bomb)})
    assert time.monotonic() - started < 10  # was 73 s and 6.4 GB
    refused(response, "unpacks to more than 100.0\xa0MB")
    assert RegistrySync.objects.count() == 1  # only the fixture's sync: none recorded, none succeeded
    assert mirror_state() == three_listed


def test_the_command_records_a_zip_bomb_as_failed_never_succeeded(three_listed, zip_bomb):
    started = time.monotonic()
    with pytest.raises(CommandError, match="unpacks to more than"):
        call_command("sync_registry", file=str(zip_bomb), verbosity=0)
    assert time.monotonic() - started < 10  # was 73 s and 6.4 GB
    sync = RegistrySync.objects.latest("pk")
    assert sync.status == RegistrySync.Status.FAILED
    assert "unpacks to more than" in sync.errors[0]["reason"]
    assert mirror_state() == three_listed


def test_a_highly_compressed_member_is_refused_under_the_size_cap(staff_client, tmp_path, frozen):
    valid = write_xlsx(tmp_path / "valid.xlsx", records(2))
    bomb = rewrite_member(
        valid,
        tmp_path / "ratio.xlsx",
        "xl/sharedStrings.xml",
        SST + b"<si><t>",
        b"A",
        20 * 1024 * 1024,
        b"</t></si></sst>",
    )
    refused(staff_client.post(reverse(UPLOAD), {"file": upload(bomb)}), "looks like a zip bomb")
    assert not RegistrySync.objects.exists() and not Certificate.objects.exists()


def test_too_many_rows_are_refused_csv_and_xlsx(staff_client, tmp_path, frozen, settings):
    settings.OCOP_SPREADSHEET_MAX_ROWS = 5
    for path in (write_csv(tmp_path / "r.csv", records(8)), write_xlsx(tmp_path / "r.xlsx", records(8))):
        refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "more than 5 rows")
    assert not RegistrySync.objects.exists() and not Certificate.objects.exists()


def test_too_many_shared_strings_are_refused(staff_client, tmp_path, frozen, settings):
    settings.OCOP_SPREADSHEET_MAX_SHARED_STRINGS = 10
    valid = write_xlsx(tmp_path / "valid.xlsx", records(3))
    texts = b"".join(b"<si><t>text %d</t></si>" % n for n in range(20))
    path = rewrite_member(valid, tmp_path / "r.xlsx", "xl/sharedStrings.xml", SST + texts, b" ", 0, b"</sst>")
    refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "more than 10 different texts")
    assert not RegistrySync.objects.exists()


def test_a_sheet_claiming_a_huge_size_is_refused(staff_client, tmp_path, frozen):
    """openpyxl pads every row to the sheet's claimed dimension: a claim of 16,384 columns is refused."""
    valid = write_xlsx(tmp_path / "valid.xlsx", records(2))
    with zipfile.ZipFile(valid) as old:
        sheet = re.sub(rb"<dimension [^>]*/>", b"", old.read("xl/worksheets/sheet1.xml"))
    sheet = sheet.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>', 1)
    target = tmp_path / "claims.xlsx"
    with zipfile.ZipFile(valid) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = sheet if item.filename == "xl/worksheets/sheet1.xml" else old.read(item.filename)
            new.writestr(item, data)
    refused(staff_client.post(reverse(UPLOAD), {"file": upload(target)}), "more than 200 columns")


def test_a_csv_with_a_huge_line_is_refused(staff_client, tmp_path, frozen):
    path = write_csv(tmp_path / "r.csv", records(2))
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("x" * (5 * 1024 * 1024))  # one line, no newline
    refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "A line of the CSV file is longer")
    assert not RegistrySync.objects.exists()


def test_a_csv_with_an_overlong_cell_is_refused(staff_client, tmp_path, frozen):
    path = write_csv(tmp_path / "r.csv", records(2))
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('"' + "x" * 40_000 + '",1\n')
    refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "more than 32767 characters")


def test_a_corrupt_xlsx_and_a_renamed_file_are_refused(staff_client, tmp_path, frozen):
    valid = write_xlsx(tmp_path / "valid.xlsx", records(2)).read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(valid[: len(valid) // 2])
    renamed = tmp_path / "photo.xlsx"
    renamed.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000)
    not_a_workbook = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as archive:
        archive.writestr("readme.txt", "hello")
    for path in (truncated, renamed, not_a_workbook):
        refused(staff_client.post(reverse(UPLOAD), {"file": upload(path)}), "cannot be read")
    assert not RegistrySync.objects.exists() and not Certificate.objects.exists()


def test_a_file_within_the_caps_still_syncs(staff_client, tmp_path, frozen, settings):
    settings.OCOP_SPREADSHEET_MAX_ROWS = 5  # header + 4 records
    path = write_xlsx(tmp_path / "r.xlsx", records(4))
    staff_client.post(reverse(UPLOAD), {"file": upload(path)})
    assert RegistrySync.objects.get().status == RegistrySync.Status.SUCCEEDED
    assert Certificate.objects.count() == 4
