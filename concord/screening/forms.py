"""Forms: the triage filters (GET) and the confirm-or-dismiss decision (POST)."""

from typing import Any

from django import forms

from concord.agencies.models import Agency
from concord.core.forms import GovukFormMixin
from concord_engine.screening import RULES

from .models import FindingDecision
from .selectors import TriageFilters


class TriageFilterForm(GovukFormMixin, forms.Form):
    """Filter the triage list by rule, agency, local authority and period."""

    rule = forms.ChoiceField(required=False, label="Rule")
    agency = forms.ChoiceField(required=False, label="Agency")
    area = forms.ChoiceField(required=False, label="Local authority")
    date_from = forms.DateField(
        required=False, label="Evidence from", help_text="For example, 27 3 2025"
    )
    date_to = forms.DateField(
        required=False, label="Evidence to", help_text="For example, 31 3 2025"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        any_choice = [("", "Any")]
        self.fields["rule"].choices = any_choice + [(r.id, r.title) for r in RULES]  # type: ignore[attr-defined]
        agencies = Agency.objects.order_by("code").values_list("code", "name")
        self.fields["agency"].choices = any_choice + [(c, f"{n} ({c})") for c, n in agencies]  # type: ignore[attr-defined]
        areas = (
            Agency.objects.exclude(area="")
            .order_by("area")
            .values_list("area", flat=True)
            .distinct()
        )
        self.fields["area"].choices = any_choice + [(a, a) for a in areas]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end of the period must be on or after its start")
        return data

    def filters(self) -> TriageFilters:
        """The validated filters (call only when the form is valid)."""
        data = self.cleaned_data
        return TriageFilters(
            rule=data.get("rule") or "",
            agency=data.get("agency") or "",
            area=data.get("area") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )


class FindingDecisionForm(GovukFormMixin, forms.Form):
    """Confirm or dismiss a finding, with the reason."""

    decision = forms.ChoiceField(
        choices=[
            (FindingDecision.Decision.CONFIRMED, "Confirm: the records show this"),
            (FindingDecision.Decision.DISMISSED, "Dismiss: the finding is wrong"),
        ],
        widget=forms.RadioSelect,
        label="Is this finding right?",
        error_messages={"required": "Select whether to confirm or dismiss the finding"},
    )
    reason = forms.CharField(
        widget=forms.Textarea({"rows": 4}),
        max_length=2000,
        label="Reason",
        help_text="Say what you checked. Do not copy case details here.",
        error_messages={"required": "Give a reason for the decision"},
    )

    def clean_reason(self) -> str:
        reason = str(self.cleaned_data["reason"]).strip()
        if not reason:
            raise forms.ValidationError("Give a reason for the decision")
        return reason
