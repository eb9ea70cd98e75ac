"""Forms of the registry pages: run a sync, upload a province's spreadsheet, filter expiring certificates."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from catalogue.registry.client import RegistryError
from catalogue.registry.spreadsheet import iter_file
from marketplace.safety.spreadsheets import SpreadsheetRefused, check_spreadsheet

SPREADSHEET_SUFFIXES = (".csv", ".xlsx")
EXPIRY_WINDOWS = (30, 60, 90)


class RegistryUrlSyncForm(forms.Form):
    full = forms.BooleanField(
        label=_("Full snapshot"),
        required=False,
        help_text=_(
            "Ask the registry for every certificate; certificates it no longer lists are withdrawn. "
            "Otherwise only what changed since the last successful sync is fetched."
        ),
    )


class SpreadsheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_("A province's register as CSV (UTF-8) or XLSX, with the registry's Vietnamese headers."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(SPREADSHEET_SUFFIXES)}),
    )
    partial = forms.BooleanField(
        label=_("Partial update"),
        required=False,
        help_text=_(
            "Only the rows in the file are applied. Without it the file is the full register of its "
            "provinces: their certificates missing from it are withdrawn."
        ),
    )

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in SPREADSHEET_SUFFIXES:
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."), code="extension")
        try:  # the caps, before anything parses the file
            self.data_rows = max(check_spreadsheet(upload, name=upload.name).rows - 1, 0)
        except SpreadsheetRefused as exc:
            raise forms.ValidationError(str(exc), code="refused") from exc
        return upload


@contextlib.contextmanager
def saved_upload(upload: UploadedFile) -> Iterator[Path]:
    """The upload as a file on disk under its own (sanitised) name, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="ocop-upload-") as folder:
        path = Path(folder) / (get_valid_filename(Path(upload.name).name) or "upload.csv")
        with open(path, "wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        yield path


def unreadable_reason(path: Path) -> str | None:
    """Why the sync could not read this file (encoding, format, missing columns), or None.

    Reads only the header and the first page, so a bad file is refused before any sync is recorded.
    """
    pages = iter_file(path)
    try:
        next(pages, None)
    except RegistryError as exc:
        return str(exc)
    finally:
        close = getattr(pages, "close", None)
        if close is not None:
            close()
    return None


class ExpiryWindowForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Expiring within"),
        choices=[],
        coerce=int,
        required=False,
        empty_value=EXPIRY_WINDOWS[-1],
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("initial", {"days": EXPIRY_WINDOWS[-1]})
        super().__init__(*args, **kwargs)
        # Labels built per request, in the request's language.
        self.fields["days"].choices = [(n, _("%(days)s days") % {"days": n}) for n in EXPIRY_WINDOWS]

    def window(self) -> int:
        """The chosen number of days (the widest window when nothing or nonsense was asked)."""
        if self.is_valid() and self.cleaned_data["days"]:
            return self.cleaned_data["days"]
        return EXPIRY_WINDOWS[-1]


class CertificateSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Certificate, product or producer")}),
    )
