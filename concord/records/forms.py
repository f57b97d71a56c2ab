"""Forms for the records app: uploading an extract."""

from __future__ import annotations

from typing import Any

from django import forms

from concord.agencies.models import Agency
from concord.core.forms import GovukFormMixin

MAX_UPLOAD_BYTES = 1024 * 1024 * 1024
ALLOWED_SUFFIXES = (".zip", ".xlsx", ".csv", ".json")
NO_FILE = "Select an extract to upload"
BAD_SUFFIX = "The extract must be a .zip, .xlsx, .csv or .json file"
TOO_BIG = "The extract must be smaller than 1 GB"


SHOWN_PROBLEMS = 200


class ExtractUploadForm(GovukFormMixin, forms.Form):
    """One extract file, and the agency for formats that do not name theirs."""

    page_heading_field = None

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

    def report_problems(self, problems: list[str], total: int) -> None:
        """Attach an extract's validation problems: one on the field, each in the summary."""
        self.problems = problems[:SHOWN_PROBLEMS]
        if total > len(self.problems):
            self.problems.append(f"... and {total - len(self.problems)} more problems")
        plural = "" if total == 1 else "s"
        self.add_error(
            "extract", f"The extract has {total} problem{plural}. Nothing has been imported."
        )

    def error_summary(self) -> list[dict[str, str]]:
        """The form's errors, then each problem in the extract as `file:line:column: reason`."""
        items = super().error_summary()
        items += [{"href": "#id_extract", "text": p} for p in getattr(self, "problems", [])]
        return items

    def clean_extract(self) -> Any:
        upload = self.cleaned_data["extract"]
        name = (upload.name or "").lower()
        if not name.endswith(ALLOWED_SUFFIXES):
            raise forms.ValidationError(BAD_SUFFIX)
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(TOO_BIG)
        return upload
