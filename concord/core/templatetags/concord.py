"""Template tags shared by every app: `{% load concord %}`."""

from typing import Any

from django import template
from django.forms import BaseForm, BoundField
from django.utils.safestring import SafeString

from concord.core import govuk

register = template.Library()


@register.simple_tag
def govuk_widget(field: BoundField) -> SafeString:
    """Render the field's control with GOV.UK classes, error state and aria-describedby."""
    return field.as_widget(attrs=govuk.widget_attrs(field))


@register.simple_tag
def govuk_field(field: BoundField) -> dict[str, Any]:
    """Return what the field templates need: kind, ids and label classes."""
    kind = govuk.field_kind(field)
    page_heading = getattr(field.form, "page_heading_field", None) == field.name
    return {
        "kind": kind,
        "template": f"govuk/fields/{kind}.html",
        "hint_id": govuk.hint_id(field),
        "error_id": govuk.error_id(field),
        "described_by": govuk.described_by(field),
        "label_class": getattr(field.form, "label_classes", {}).get(field.name, ""),
        "page_heading": page_heading,
    }


@register.inclusion_tag("govuk/error_summary.html")
def govuk_error_summary(form: BaseForm | None) -> dict[str, Any]:
    """Render the GOV.UK error summary for a form with errors (nothing otherwise)."""
    if form is None or not getattr(form, "errors", None):
        return {"items": []}
    summary = getattr(form, "error_summary", None)
    if summary is not None:
        items = summary()
    else:
        items = [{"href": "", "text": m} for errors in form.errors.values() for m in errors]
    return {"items": items}
