"""The GOV.UK form layer: one mixin that makes any Django form render the GOV.UK way.

Usage (see docs/adr/0010-govuk-front-end-and-form-layer.md)::

    from concord.core.forms import GovukFormMixin

    class FindingRejectForm(GovukFormMixin, forms.Form):
        reason = forms.CharField(label="Why is this finding wrong?", help_text="A hint.",
                                 widget=forms.Textarea)
        decided_on = forms.DateField(label="Date of decision")   # becomes a GOV.UK date input

In the template, render the whole form, or one field at a time::

    <form method="post" novalidate>{% csrf_token %}
      {{ form }}                                   {# every field, GOV.UK markup #}
      {{ form.reason.as_field_group }}             {# or one field #}
      <button class="govuk-button" data-module="govuk-button">Continue</button>
    </form>

What you get, with no govuk-* classes repeated per widget:

- label, hint (``help_text``), error message and the right GOV.UK component per widget: text-like
  inputs, ``Textarea``, ``Select``, ``RadioSelect`` and ``CheckboxSelectMultiple`` (a fieldset
  with a legend), a single ``CheckboxInput``, ``FileInput`` and ``DateField`` (the three-box
  GOV.UK date input; its value is read from ``<name>_day``, ``_month``, ``_year``, and its errors
  use GOV.UK wording such as "Date of birth must include a month");
- the error summary: ``base.html`` shows it at the top of the page for a context variable named
  ``form``, and the page title gains "Error: ". For another name use
  ``{% load concord %}{% govuk_error_summary other_form %}``;
- per-field options through the widget's attrs: ``class`` adds width classes such as
  ``govuk-input--width-10``; ``autocomplete``, ``spellcheck``, ``inputmode`` pass through;
- on the form: ``label_classes = {"<name>": "govuk-label--l"}`` sizes a label or legend, and
  ``page_heading_field = "<name>"`` makes that field's label the page's ``<h1>``.
"""

import datetime as dt
from typing import Any, ClassVar

from django import forms
from django.forms.renderers import BaseRenderer, TemplatesSetting

from .govuk import field_anchor


class GovukRenderer(TemplatesSetting):
    """Render forms and fields with Concord's GOV.UK templates (templates/govuk/)."""

    form_template_name = "govuk/form.html"
    field_template_name = "govuk/field.html"


class DateParts(str):
    """The text of a GOV.UK date input as typed, keeping the day, month and year boxes."""

    parts: tuple[str, str, str]

    def __new__(cls, day: str, month: str, year: str) -> "DateParts":
        text = f"{year.strip()}-{month.strip().zfill(2)}-{day.strip().zfill(2)}"
        obj = super().__new__(cls, text)
        obj.parts = (day, month, year)
        return obj


class GovukDateWidget(forms.Widget):
    """The GOV.UK date input: boxes named ``<name>_day``, ``<name>_month`` and ``<name>_year``."""

    template_name = "govuk/widgets/date.html"
    suffixes: ClassVar[tuple[str, str, str]] = ("day", "month", "year")

    def value_from_datadict(self, data: Any, files: Any, name: str) -> str | None:
        day, month, year = (str(data.get(f"{name}_{s}", "")) for s in self.suffixes)
        if not (day.strip() or month.strip() or year.strip()):
            return None
        return DateParts(day, month, year)

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return not any(f"{name}_{s}" in data for s in self.suffixes)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        parts = _date_parts(value)
        error = "govuk-input--error" in (attrs or {}).get("class", "")
        boxes = []
        for suffix, label, text, width in zip(
            self.suffixes, ("Day", "Month", "Year"), parts, (2, 2, 4), strict=True
        ):
            boxes.append(
                {
                    "name": f"{name}_{suffix}",
                    "id": f"{context['widget']['attrs'].get('id', name)}_{suffix}",
                    "label": label,
                    "value": text,
                    "width": width,
                    "error": error,
                }
            )
        context["widget"]["boxes"] = boxes
        return context


def date_problem(parts: tuple[str, str, str], label: str) -> str | None:
    """Return the GOV.UK error message for a date typed into three boxes, or None if it is real."""
    day, month, year = (part.strip() for part in parts)
    missing = [name for name, text in zip(("day", "month", "year"), (day, month, year), strict=True)
               if not text]  # fmt: skip
    if missing:
        return f"{label} must include a {' and '.join(missing)}"
    if not (day.isdigit() and month.isdigit() and year.isdigit()):
        return f"{label} must be a real date"
    if len(year) != 4:
        return "Year must include 4 numbers"
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return f"{label} must be a real date"
    return None


def _date_parts(value: Any) -> tuple[str, str, str]:
    if isinstance(value, DateParts):
        return value.parts
    if isinstance(value, dt.date):
        return (str(value.day), str(value.month), str(value.year))
    if isinstance(value, str) and value:
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            return ("", "", "")
        return (str(parsed.day), str(parsed.month), str(parsed.year))
    return ("", "", "")


class GovukFormMixin:
    """Mix into a Form or ModelForm (first in the bases) to get GOV.UK rendering and errors."""

    default_renderer: BaseRenderer | type[BaseRenderer] | None = GovukRenderer
    page_heading_field: ClassVar[str | None] = None
    label_classes: ClassVar[dict[str, str]] = {}
    fields: dict[str, forms.Field]
    errors: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(field, forms.DateField) and type(widget) is forms.DateInput:
                field.widget = GovukDateWidget(attrs=widget.attrs)
            elif type(widget) is forms.ClearableFileInput:
                field.widget = forms.FileInput(attrs=widget.attrs)

    def _clean_fields(self) -> None:
        super()._clean_fields()  # type: ignore[misc]
        # Replace Django's generic "Enter a valid date." with GOV.UK's specific messages; a form
        # that set its own error_messages["invalid"] keeps it.
        generic = forms.DateField.default_error_messages["invalid"]
        for name, field in self.fields.items():
            if not isinstance(field.widget, GovukDateWidget) or name not in self.errors:
                continue
            if generic not in self.errors[name]:
                continue
            value = self[name].data  # type: ignore[index]
            if isinstance(value, DateParts):
                problem = date_problem(value.parts, str(field.label or name).capitalize())
                if problem is not None:
                    del self.errors[name]
                    self.add_error(name, problem)  # type: ignore[attr-defined]

    def error_summary(self) -> list[dict[str, str]]:
        """Return the errors in page order, each with the id of the element it links to."""
        items: list[dict[str, str]] = []
        form = self  # a GOV.UK error summary lists form-wide errors first
        for message in form.non_field_errors():  # type: ignore[attr-defined]
            items.append({"href": "", "text": message})
        for bound in form:  # type: ignore[attr-defined]
            for message in bound.errors:
                items.append({"href": f"#{field_anchor(bound)}", "text": message})
        return items
