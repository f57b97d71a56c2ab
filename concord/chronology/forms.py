"""The chronology's GET filter form: validates the query string into ChronologyFilters."""

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from concord.agencies.models import Sector
from concord.core.forms import GovukFormMixin

from .filters import ChronologyFilters

SEARCH_MAX_LENGTH = 200
# Agency codes and event types are short machine tokens; anything else is refused.
TOKEN = re.compile(r"^[A-Za-z0-9_.:\-]{1,100}$")
PERIOD_REVERSED = "The start of the period must be on or before its end"
BAD_CHOICE = "Choose from the list"


class TokenListField(forms.Field):
    """A repeated query parameter of short tokens (agency codes, event types)."""

    # Drawn by the chronology's own template (options come from the child's events, with counts);
    # the widget type tells the error summary to link to the first checkbox.
    widget = forms.CheckboxSelectMultiple

    def to_python(self, value: Any) -> list[str]:
        if not value:
            return []
        values = [value] if isinstance(value, str) else list(value)
        cleaned = [str(v).strip() for v in values if str(v).strip()]
        if any(not TOKEN.match(v) for v in cleaned):
            raise ValidationError(BAD_CHOICE, code="invalid")
        return sorted(set(cleaned))


class ChronologyFilterForm(GovukFormMixin, forms.Form):
    """Filters for one child's chronology; never writes anything."""

    agency = TokenListField(required=False, label="Agency")
    sector = forms.MultipleChoiceField(
        required=False, choices=Sector.choices, label="Sector", widget=forms.CheckboxSelectMultiple
    )
    type = TokenListField(required=False, label="Event type")
    date_from = forms.DateField(
        required=False,
        label="Events from",
        help_text="For example, 27 3 2024",
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": "The start of the period must be a real date"},
    )
    date_to = forms.DateField(
        required=False,
        label="Events up to",
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": "The end of the period must be a real date"},
    )
    findings = forms.BooleanField(required=False, label="Only events with findings")
    q = forms.CharField(
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        strip=True,
        label="Search the records",
        help_text="Words in the text of this child's events",
        error_messages={"max_length": f"Search must be {SEARCH_MAX_LENGTH} characters or fewer"},
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", PERIOD_REVERSED)
        return cleaned

    def to_filters(self) -> ChronologyFilters:
        """Return the filters from a valid form (call after is_valid())."""
        data = self.cleaned_data
        return ChronologyFilters(
            agencies=tuple(data.get("agency") or ()),
            sectors=tuple(sorted(data.get("sector") or ())),
            types=tuple(data.get("type") or ()),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            only_findings=bool(data.get("findings")),
            search=data.get("q") or "",
        )
