"""The range's product form: its uploaded file of SKUs/UPCs goes through the spreadsheet guard."""

from __future__ import annotations

from django import forms
from django.core.files.uploadedfile import UploadedFile
from oscar.apps.dashboard.ranges import forms as oscar_forms

from marketplace.safety.spreadsheets import SpreadsheetRefused, check_spreadsheet


class RangeProductForm(oscar_forms.RangeProductForm):
    def clean_file_upload(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("file_upload")
        if upload:
            try:  # read by Oscar as CSV, whatever its name says (.csv or .txt)
                check_spreadsheet(upload, name="identifiers.csv")
            except SpreadsheetRefused as error:
                raise forms.ValidationError(str(error)) from error
        return upload
