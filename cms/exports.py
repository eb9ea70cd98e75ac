"""Wagtail admin's CSV downloads (reports: aging pages, locked pages, site history, workflows;
redirects) made safe to open in a spreadsheet.

Wagtail writes CSV cells raw (its maintainers leave formula injection to the spreadsheet; only its
XLSX writer turns formulas back into text), and an editor's page title such as
``=HYPERLINK(…)`` would run on the machine of whoever opens the report. Wagtail offers no setting
or hook for this, so the one method every CSV row goes through is wrapped, once, at start-up.
"""

from __future__ import annotations

from typing import Any

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from marketplace.safety.exports import safe_cell


def _safe_write_csv_row(self: SpreadsheetExportMixin, writer: Any, row_dict: dict[str, Any]) -> Any:
    """Wagtail's ``write_csv_row``, each preprocessed value then passed through ``safe_cell``."""
    row = {key: self.preprocess_field_value(key, value, self.FORMAT_CSV) for key, value in row_dict.items()}
    return writer.writerow({field: safe_cell(value) for field, value in row.items()})


def make_wagtail_csv_exports_safe() -> None:
    """Route every row of Wagtail's CSV exports through ``safe_cell`` (idempotent)."""
    SpreadsheetExportMixin.write_csv_row = _safe_write_csv_row
