"""Forms: validate input and never write (the views call services)."""

from datetime import date
from typing import TYPE_CHECKING, Any

from django import forms

from concord.accounts.models import User
from concord.agencies.models import Agency, Sector
from concord.frameworks.models import Framework

from .models import ModerationDecision

REVIEW_SECTORS = [
    (Sector.POLICE.value, Sector.POLICE.label),
    (Sector.SOCIAL_CARE.value, Sector.SOCIAL_CARE.label),
    (Sector.HEALTH.value, Sector.HEALTH.label),
    (Sector.EDUCATION.value, Sector.EDUCATION.label),
]


class DateParts(forms.MultiValueField):
    """A GOV.UK date input: day, month and year boxes."""

    widget: Any

    def __init__(self, **kwargs: Any) -> None:
        fields = (
            forms.IntegerField(min_value=1, max_value=31),
            forms.IntegerField(min_value=1, max_value=12),
            forms.IntegerField(min_value=1900, max_value=2100),
        )
        super().__init__(
            fields=fields,
            widget=forms.MultiWidget(widgets=[forms.TextInput()] * 3),
            require_all_fields=True,
            error_messages={
                "incomplete": "Enter a day, month and year",
                "invalid": "Enter a real date",
            },
            **kwargs,
        )

    def compress(self, data_list: list[int]) -> date | None:
        if not data_list:
            return None
        try:
            return date(data_list[2], data_list[1], data_list[0])
        except (TypeError, ValueError):
            raise forms.ValidationError("Enter a real date") from None


class RoundForm(forms.Form):
    """What a coordinator chooses for a new round; the sample itself is never chosen."""

    theme = forms.CharField(max_length=200, error_messages={"required": "Enter a theme"})
    period_start = DateParts(label="Start of the review period")
    period_end = DateParts(label="End of the review period")
    framework = forms.ModelChoiceField(
        queryset=Framework.objects.all(),
        empty_label=None,
        error_messages={"required": "Choose a framework"},
    )
    sectors = forms.MultipleChoiceField(
        choices=REVIEW_SECTORS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one sector"},
    )
    local_authorities = forms.MultipleChoiceField(
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
        self.fields["local_authorities"].choices = [(a, a) for a in areas]  # type: ignore[attr-defined]

    def _parts(self, name: str) -> list[tuple[str, str, str, str]]:
        labels = ("Day", "Month", "Year")
        if self.is_bound:
            values = [self.data.get(f"{name}_{i}", "") for i in range(3)]
        else:
            values = ["", "", ""]
        return [(labels[i], f"id_{name}_{i}", f"{name}_{i}", values[i]) for i in range(3)]

    @property
    def period_start_parts(self) -> list[tuple[str, str, str, str]]:
        """(label, id, name, value) for the start date's day, month and year boxes."""
        return self._parts("period_start")

    @property
    def period_end_parts(self) -> list[tuple[str, str, str, str]]:
        """(label, id, name, value) for the end date's day, month and year boxes."""
        return self._parts("period_end")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "The end of the period must be after its start")
        return data


class ReasonForm(forms.Form):
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
    "DateParts",
    "ModerationDecision",
    "ReasonForm",
    "RoundForm",
    "moderation_choice_valid",
]
