"""How a bound form field maps onto GOV.UK components: kind, ids and widget attributes."""

from typing import Any

from django.forms import BoundField

# Django widget_type (class name less "Input"/"Widget") -> GOV.UK component template.
_KIND = {
    "radioselect": "radios",
    "checkboxselectmultiple": "checkboxes",
    "checkbox": "checkbox",
    "textarea": "textarea",
    "select": "select",
    "selectmultiple": "select",
    "nullbooleanselect": "select",
    "file": "file",
    "clearablefile": "file",
    "govukdate": "date",
    "hidden": "hidden",
    "multiplehidden": "hidden",
}
# Components whose label is a <legend> in a <fieldset>.
FIELDSET_KINDS = frozenset({"radios", "checkboxes", "date"})
_WIDGET_CLASS = {
    "input": "govuk-input",
    "textarea": "govuk-textarea",
    "select": "govuk-select",
    "file": "govuk-file-upload",
    "checkbox": "govuk-checkboxes__input",
    "date": "govuk-input",
}


def field_kind(field: BoundField) -> str:
    """Return the GOV.UK component that renders this field (input, radios, date, ...)."""
    return _KIND.get(field.widget_type, "input")


def field_anchor(field: BoundField) -> str:
    """Return the id the error summary links to: the field, its first option or its day box."""
    kind = field_kind(field)
    base = field.auto_id or field.html_name
    if kind in {"radios", "checkboxes"}:
        return f"{base}_0"
    if kind == "date":
        return f"{base}_day"
    return str(base)


def hint_id(field: BoundField) -> str:
    return f"{field.auto_id or field.html_name}-hint"


def error_id(field: BoundField) -> str:
    return f"{field.auto_id or field.html_name}-error"


def described_by(field: BoundField) -> str:
    """Return the aria-describedby value: the hint and the error message, when present."""
    ids = []
    if field.help_text:
        ids.append(hint_id(field))
    if field.errors:
        ids.append(error_id(field))
    return " ".join(ids)


def widget_attrs(field: BoundField) -> dict[str, Any]:
    """Return the attributes for the field's own control, GOV.UK classes and error state added."""
    kind = field_kind(field)
    base_class = _WIDGET_CLASS.get(kind, "")
    extra = str(field.field.widget.attrs.get("class", ""))
    classes = [base_class, extra]
    if field.errors and kind in {"input", "textarea", "select", "file", "date"}:
        classes.append(f"{base_class}--error")
    attrs: dict[str, Any] = {"class": " ".join(c for c in classes if c)}
    describedby = described_by(field)
    if describedby and kind not in FIELDSET_KINDS:
        attrs["aria-describedby"] = describedby
    if kind == "input" and field.widget_type == "number":
        attrs.setdefault("inputmode", "numeric")
    return attrs
