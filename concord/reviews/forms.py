"""Forms: validate input and never write (the views call services)."""

from typing import TYPE_CHECKING, Any

from django import forms

from concord.accounts.models import User
from concord.agencies.models import Agency, Sector
from concord.core.forms import GovukFormMixin
from concord.frameworks.models import Framework

from .models import ModerationDecision

REVIEW_SECTORS = [
    (Sector.POLICE.value, Sector.POLICE.label),
    (Sector.SOCIAL_CARE.value, Sector.SOCIAL_CARE.label),
    (Sector.HEALTH.value, Sector.HEALTH.label),
    (Sector.EDUCATION.value, Sector.EDUCATION.label),
]


class RoundForm(GovukFormMixin, forms.Form):
    """What a coordinator chooses for a new round; the sample itself is never chosen."""

    theme = forms.CharField(
        max_length=200,
        error_messages={"required": "Enter a theme"},
        help_text="For example, child sexual exploitation: missing episodes",
    )
    period_start = forms.DateField(
        label="Start of the review period",
        help_text="For example, 1 1 2025",
        error_messages={"required": "Enter the start date", "invalid": "Enter a real date"},
    )
    period_end = forms.DateField(
        label="End of the review period",
        help_text="For example, 30 6 2025",
        error_messages={"required": "Enter the end date", "invalid": "Enter a real date"},
    )
    framework = forms.ModelChoiceField(
        queryset=Framework.objects.all(),
        empty_label=None,
        widget=forms.RadioSelect,
        label="Audit framework",
        error_messages={"required": "Choose a framework"},
    )
    sectors = forms.MultipleChoiceField(
        label="Sectors in scope",
        choices=REVIEW_SECTORS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one sector"},
    )
    local_authorities = forms.MultipleChoiceField(
        label="Local authorities in scope",
        choices=[],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave empty for every local authority.",
    )
    per_stratum = forms.IntegerField(
        min_value=1, max_value=200, initial=5, label="Children per local authority and sector"
    )
    exclusion_months = forms.IntegerField(
        min_value=0,
        max_value=60,
        initial=12,
        label="Leave out children audited in the last (months)",
    )
    second_review_percent = forms.IntegerField(
        min_value=0, max_value=100, initial=20, label="Share given a second, blind review (%)"
    )
    open_findings_weight = forms.FloatField(
        min_value=1,
        max_value=10,
        initial=1,
        label="Weight for children with screening findings",
        help_text="1 samples every child equally; 2 makes a child with findings twice as likely.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        areas = sorted(set(Agency.objects.exclude(area="").values_list("area", flat=True)))
        latest = Framework.objects.order_by("-loaded_at").first()
        if latest is not None:
            self.fields["framework"].initial = latest.pk
        for name in (
            "per_stratum",
            "exclusion_months",
            "second_review_percent",
            "open_findings_weight",
        ):
            self.fields[name].widget.attrs["class"] = "govuk-input--width-4"
        self.fields["local_authorities"].choices = [(a, a) for a in areas]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "The end of the period must be after its start")
        return data


class ReasonForm(GovukFormMixin, forms.Form):
    """A reason, required for reopening, removing from a sample and similar changes."""

    reason = forms.CharField(
        widget=forms.Textarea, max_length=2000, error_messages={"required": "Enter a reason"}
    )


if TYPE_CHECKING:
    _ModelChoice = forms.ModelChoiceField[User]
else:
    _ModelChoice = forms.ModelChoiceField


class ReviewerChoiceField(_ModelChoice):
    """Reviewers shown by name and agency code."""

    def label_from_instance(self, obj: User) -> str:
        agency = obj.agency.code if obj.agency is not None else "no agency"
        return f"{obj.get_full_name() or obj.username} ({agency})"


class AllocationChangeForm(ReasonForm):
    """Choose another reviewer of the same sector, with a reason."""

    reviewer = ReviewerChoiceField(
        queryset=User.objects.none(),
        empty_label=None,
        error_messages={"required": "Choose a reviewer"},
    )

    def __init__(self, *args: Any, sector: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["reviewer"]
        assert isinstance(field, forms.ModelChoiceField)  # noqa: S101 - declared above
        field.queryset = (
            User.objects.filter(role=User.Role.REVIEWER, is_active=True, agency__sector=sector)
            .select_related("agency")
            .order_by("username")
        )


def moderation_choice_valid(value: str, options: list[tuple[str, str]]) -> bool:
    """Whether an agreed value is one of the question's options (free text when none)."""
    return bool(value) and (not options or value in {v for v, _ in options})


__all__ = [
    "AllocationChangeForm",
    "ModerationDecision",
    "ReasonForm",
    "RoundForm",
    "moderation_choice_valid",
]
