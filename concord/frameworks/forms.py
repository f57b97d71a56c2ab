"""Framework upload form: validates the file's presence; the service validates its content."""

from django import forms

from concord.core.forms import GovukFormMixin

MAX_FRAMEWORK_BYTES = 512 * 1024


class FrameworkUploadForm(GovukFormMixin, forms.Form):
    """A framework YAML file."""

    file = forms.FileField(
        label="Framework file (YAML)",
        help_text="Problems are listed with the file, line, column and field.",
        error_messages={"required": "Choose a YAML file"},
    )

    def clean_file(self) -> str:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FRAMEWORK_BYTES:
            raise forms.ValidationError("The file must be smaller than 512 KB")
        try:
            return str(upload.read().decode("utf-8"))
        except UnicodeDecodeError:
            raise forms.ValidationError("The file must be UTF-8 text") from None
