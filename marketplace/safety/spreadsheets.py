"""Caps checked on an uploaded CSV/XLSX BEFORE anything parses it: no zip, row or string bombs.

One guard for every spreadsheet the project reads (the registry upload, ``sync_registry --file``,
the stock-count CSV of the desk). ``check_spreadsheet`` looks at the file without building it:

- the file's size on disk;
- XLSX: the zip's central directory (``infolist()``, nothing extracted): number of members, each
  member's uncompressed size and compression ratio, their total; then a streaming XML pass
  (``defusedxml`` iterparse, elements dropped as they are read) that counts rows, columns and
  shared strings and measures cell text, stopping at the first cap passed;
- CSV: a pass line by line (each physical line read with a length cap) counting rows and columns
  and measuring cells.

``capped_rows`` keeps the same caps while the real reader streams the rows, so a file changed
between the check and the read still cannot run away. Caps come from settings (see ``limits``).
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from defusedxml.ElementTree import iterparse
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

MB = 1024 * 1024
CSV_SUFFIXES = (".csv",)
XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Ratios are only meaningful on members big enough to matter; tiny XML parts compress oddly.
RATIO_MIN_MEMBER_BYTES = 1 * MB
MAX_MEMBERS = 1000


@dataclass(frozen=True)
class SpreadsheetLimits:
    max_bytes: int = 20 * MB
    max_uncompressed_bytes: int = 100 * MB
    max_ratio: int = 100
    max_rows: int = 50_000
    max_columns: int = 200
    max_shared_strings: int = 500_000
    max_cell_chars: int = 32_767  # Excel's own limit for one cell

    @property
    def max_line_bytes(self) -> int:
        """One physical CSV line: a full row of reasonable cells, never the whole file."""
        return min(self.max_bytes, 4 * MB)


def limits() -> SpreadsheetLimits:
    """The caps from settings (``OCOP_UPLOAD_MAX_BYTES``, ``OCOP_SPREADSHEET_*``), defaults otherwise."""
    default = SpreadsheetLimits()
    return SpreadsheetLimits(
        max_bytes=getattr(settings, "OCOP_UPLOAD_MAX_BYTES", default.max_bytes),
        max_uncompressed_bytes=getattr(
            settings, "OCOP_SPREADSHEET_MAX_UNCOMPRESSED_BYTES", default.max_uncompressed_bytes
        ),
        max_ratio=getattr(settings, "OCOP_SPREADSHEET_MAX_RATIO", default.max_ratio),
        max_rows=getattr(settings, "OCOP_SPREADSHEET_MAX_ROWS", default.max_rows),
        max_columns=getattr(settings, "OCOP_SPREADSHEET_MAX_COLUMNS", default.max_columns),
        max_shared_strings=getattr(
            settings, "OCOP_SPREADSHEET_MAX_SHARED_STRINGS", default.max_shared_strings
        ),
        max_cell_chars=getattr(settings, "OCOP_SPREADSHEET_MAX_CELL_CHARS", default.max_cell_chars),
    )


class SpreadsheetRefused(ValueError):
    """The file passes a cap: it is refused before (or while) being read, and nothing is changed."""


@dataclass(frozen=True)
class SpreadsheetStats:
    rows: int  # rows of the first sheet (CSV: of the file), header included


def check_spreadsheet(
    source: Path | str | BinaryIO, *, name: str | None = None, caps: SpreadsheetLimits | None = None
) -> SpreadsheetStats:
    """Refuse (``SpreadsheetRefused``) a CSV/XLSX past any cap, reading no more than the caps allow.

    ``source`` is a path or a seekable binary file (an upload); ``name`` gives the suffix when it
    is a file. The file's position is restored afterwards.
    """
    caps = caps or limits()
    if isinstance(source, (str, Path)):
        path = Path(source)
        with open(path, "rb") as handle:
            return check_spreadsheet(handle, name=name or path.name, caps=caps)
    suffix = Path(name or getattr(source, "name", "") or "").suffix.lower()
    start = source.tell()
    try:
        source.seek(0, io.SEEK_END)
        size = source.tell() - start
        if size > caps.max_bytes:
            raise SpreadsheetRefused(
                _("The file is larger than %(size)s.") % {"size": filesizeformat(caps.max_bytes)}
            )
        source.seek(start)
        if suffix in XLSX_SUFFIXES:
            return _check_xlsx(source, caps)
        if suffix in CSV_SUFFIXES:
            return _check_csv(source, caps)
        raise SpreadsheetRefused(_("Upload a .csv or .xlsx file."))
    finally:
        source.seek(start)


def capped_rows(
    rows: Iterable[Sequence[Any]], caps: SpreadsheetLimits | None = None
) -> Iterator[Sequence[Any]]:
    """The rows, refused as soon as one passes the row, column or cell-length cap."""
    caps = caps or limits()
    for count, row in enumerate(rows, start=1):
        if count > caps.max_rows:
            raise _too_many_rows(caps)
        if len(row) > caps.max_columns:
            raise _too_many_columns(caps)
        for value in row:
            if isinstance(value, str) and len(value) > caps.max_cell_chars:
                raise _cell_too_long(caps)
        yield row


# --- Messages -------------------------------------------------------------------


def _too_many_rows(caps: SpreadsheetLimits) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        _("The spreadsheet has more than %(n)s rows: split it into smaller files.") % {"n": caps.max_rows}
    )


def _too_many_columns(caps: SpreadsheetLimits) -> SpreadsheetRefused:
    return SpreadsheetRefused(_("The spreadsheet has more than %(n)s columns.") % {"n": caps.max_columns})


def _cell_too_long(caps: SpreadsheetLimits) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        _("A cell of the spreadsheet holds more than %(n)s characters.") % {"n": caps.max_cell_chars}
    )


def _too_big_unpacked(caps: SpreadsheetLimits) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        _("The XLSX file unpacks to more than %(size)s: it is refused.")
        % {"size": filesizeformat(caps.max_uncompressed_bytes)}
    )


def _not_a_workbook() -> SpreadsheetRefused:
    return SpreadsheetRefused(_("The XLSX file cannot be read: it is damaged or not a workbook."))


# --- CSV ------------------------------------------------------------------------


def _csv_lines(handle: BinaryIO, caps: SpreadsheetLimits) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")  # the reader reports encodings
    while True:
        line = handle.readline(caps.max_line_bytes + 1)
        if not line:
            return
        if len(line) > caps.max_line_bytes:
            raise SpreadsheetRefused(
                _("A line of the CSV file is longer than %(size)s.")
                % {"size": filesizeformat(caps.max_line_bytes)}
            )
        yield decoder.decode(line)


def _check_csv(handle: BinaryIO, caps: SpreadsheetLimits) -> SpreadsheetStats:
    rows = 0
    try:
        sample = handle.read(4096).decode("utf-8", errors="replace")
        handle.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        for _row in capped_rows(csv.reader(_csv_lines(handle, caps), dialect), caps):
            rows += 1
    except csv.Error as exc:
        raise SpreadsheetRefused(_("The CSV file cannot be read: %(error)s") % {"error": exc}) from exc
    return SpreadsheetStats(rows=rows)


# --- XLSX -----------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _check_xlsx(handle: BinaryIO, caps: SpreadsheetLimits) -> SpreadsheetStats:
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_a_workbook() from exc
    with archive:
        members = archive.infolist()
        if "xl/workbook.xml" not in {m.filename for m in members}:
            raise _not_a_workbook()
        if len(members) > MAX_MEMBERS:
            raise SpreadsheetRefused(_("The XLSX file has too many parts: it is refused."))
        total = 0
        for member in members:
            # The sizes are the central directory's claims; zipfile stops reading a member at its
            # claimed size (and fails on the CRC), so a lie cannot make it inflate more.
            total += member.file_size
            if member.file_size > caps.max_uncompressed_bytes or total > caps.max_uncompressed_bytes:
                raise _too_big_unpacked(caps)
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size >= RATIO_MIN_MEMBER_BYTES and ratio > caps.max_ratio:
                raise SpreadsheetRefused(
                    _("The XLSX file is compressed %(ratio)s times: it looks like a zip bomb and is refused.")
                    % {"ratio": int(ratio)}
                )
        # Every XML part is scanned, whatever its name: the workbook's relations, not the names,
        # say which part holds the sheets and the shared strings.
        scan = _XmlScan(caps)
        try:
            for member in members:
                if member.filename.endswith(".xml"):
                    with archive.open(member) as stream:
                        scan.part(stream)
        except SpreadsheetRefused:
            raise
        except Exception as exc:  # damaged XML, CRC mismatch, forbidden entities …
            raise _not_a_workbook() from exc
    return SpreadsheetStats(rows=scan.max_rows)


SPREADSHEETML = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _column_number(reference: str) -> int:
    """Column of a cell reference ("C7" -> 3; "" -> 0)."""
    number = 0
    for char in reference.upper():
        if not "A" <= char <= "Z":
            break
        number = number * 26 + ord(char) - 64
    return number


class _XmlScan:
    """Counts what openpyxl would build from the parts: rows, cells per row, shared strings, text."""

    def __init__(self, caps: SpreadsheetLimits) -> None:
        self.caps = caps
        self.shared_strings = 0
        self.max_rows = 0

    def part(self, stream: BinaryIO) -> None:
        caps = self.caps
        rows = columns = 0
        for _event, element in iterparse(stream, events=("end",), forbid_dtd=True):
            namespace, _sep, tag = element.tag.rpartition("}")
            if namespace.lstrip("{") not in SPREADSHEETML:
                continue
            if tag in ("v", "t") and element.text and len(element.text) > caps.max_cell_chars:
                raise _cell_too_long(caps)
            if tag == "si":
                self.shared_strings += 1
                if self.shared_strings > caps.max_shared_strings:
                    raise SpreadsheetRefused(
                        _("The XLSX file holds more than %(n)s different texts: it is refused.")
                        % {"n": caps.max_shared_strings}
                    )
                element.clear()
            elif tag == "c":
                # Readers pad rows up to the last cell's column and sheets up to the last row's
                # number: the references count, not only the elements.
                columns += 1
                if max(columns, _column_number(element.get("r", ""))) > caps.max_columns:
                    raise _too_many_columns(caps)
                element.clear()
            elif tag == "row":
                rows += 1
                if max(rows, _int(element.get("r"))) > caps.max_rows:
                    raise _too_many_rows(caps)
                self.max_rows = max(self.max_rows, rows)
                columns = 0
                element.clear()
            elif tag == "dimension":  # openpyxl pads every row and the sheet to its claimed size
                last = element.get("ref", "").rsplit(":", 1)[-1]
                if _column_number(last) > caps.max_columns:
                    raise _too_many_columns(caps)
                if _int(last.lstrip("$ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) > caps.max_rows:
                    raise _too_many_rows(caps)
            elif tag in ("sheetData", "sst"):
                element.clear()
