"""Every Oscar report (orders, product and user analytics, baskets, offers, vouchers) writes its
CSV through ``ReportCSVFormatter.get_csv_writer``, loaded from here by Oscar's ``get_class``:
one override makes all of them safe to open in a spreadsheet."""

from __future__ import annotations

from typing import Any

from oscar.apps.dashboard.reports import reports

from marketplace.safety.exports import SafeWriter


class ReportCSVFormatter(reports.ReportCSVFormatter):
    def get_csv_writer(self, file_handle, **kwargs: Any) -> SafeWriter:
        return SafeWriter(super().get_csv_writer(file_handle, **kwargs))
