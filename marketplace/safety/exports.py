"""Spreadsheet cells that cannot run: CSV formula injection (OWASP "CSV Injection").

A text cell beginning with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which
spreadsheets skip before reading a formula) is evaluated as a formula when the file is opened,
so a producer name or shipping address such as ``=HYPERLINK("http://evil", "Click")`` or
``=cmd|' /C calc'!A0`` would act on the staff member's machine. Such text gets a leading ``'``,
which spreadsheets show as text and do not display. Real numbers, dates and text that is only a
number (``-5``, ``+84``) stay as they are: a spreadsheet reads them as numbers, never as a formula;
``-5+cmd|' /C calc'!A0`` is not a number and is quoted.
"""

from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import IO, Any, Protocol

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Plain numbers written as text ("-5", "+84", "-1.5", "2,5") and a bare "-" (Oscar's "no name"):
# nothing a spreadsheet can run.
HARMLESS = re.compile(r"[+-]?\d+(?:[.,]\d+)?|-")


def safe_cell(value: Any) -> Any:
    """``value`` as an export should write it: text that would be read as a formula is quoted."""
    if value is None or isinstance(value, bool | int | float | Decimal | datetime.date | datetime.time):
        return value  # numbers and dates are data, whatever their sign
    text = str(value)  # lazy translations, model instances: what csv.writer would write
    if text.startswith(FORMULA_STARTS) and not HARMLESS.fullmatch(text):
        return "'" + text
    return text


class RowWriter(Protocol):
    def writerow(self, row: Iterable[Any], /) -> Any: ...


class SafeWriter:
    """A row writer (``csv.writer``, Oscar's ``UnicodeCSVWriter``) whose cells go through ``safe_cell``."""

    def __init__(self, writer: RowWriter) -> None:
        self.writer = writer

    def writerow(self, row: Iterable[Any]) -> Any:
        return self.writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_csv_writer(file: IO[str] | Any, **kwargs: Any) -> SafeWriter:
    """``csv.writer(file, **kwargs)`` whose cells cannot become formulas."""
    return SafeWriter(csv.writer(file, **kwargs))
