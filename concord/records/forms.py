"""Forms for the records app: uploading an extract."""

from __future__ import annotations

from typing import Any

from django import forms

from concord.agencies.models import Agency

MAX_UPLOAD_BYTES = 1024 * 1024 * 1024
ALLOWED_SUFFIXES = (".zip", ".xlsx", ".csv", ".json")
NO_FILE = "Select an extract to upload"
BAD_SUFFIX = "The extract must be a .zip, .xlsx, .csv or .json file"
TOO_BIG = "The extract must be smaller than 1 GB"


class ExtractUploadForm(forms.Form):
    """One extract file, and the agency for formats that do not name theirs."""

    extract = forms.FileField(
        label="Extract file",
        help_text="A CIF-1 zip, an Annex A workbook (.xlsx), an SSDA903 missing table (.csv) "
        "or a FHIR R4 Bundle (.json)",
        error_messages={"required": NO_FILE, "empty": "The selected file is empty"},
    )
    agency = forms.ChoiceField(
        label="Agency (Annex A, SSDA903 and FHIR only)",
        help_text="A CIF-1 zip names its agency in manifest.json",
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", "Named in the extract (CIF-1)")]
        choices += [(a.code, f"{a.code} – {a.name}") for a in Agency.objects.order_by("code")]
        agency = self.fields["agency"]
        assert isinstance(agency, forms.ChoiceField)  # noqa: S101  (narrowing for the type checker)
        agency.choices = choices

    def clean_extract(self) -> Any:
        upload = self.cleaned_data["extract"]
        name = (upload.name or "").lower()
        if not name.endswith(ALLOWED_SUFFIXES):
            raise forms.ValidationError(BAD_SUFFIX)
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(TOO_BIG)
        return upload
