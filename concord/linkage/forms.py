"""Forms for clerical review: validate only, never write."""

from typing import Any

from django import forms

from .models import MatchDecision


class PairDecisionForm(forms.Form):
    """Are these two records the same child?"""

    decision = forms.ChoiceField(
        choices=MatchDecision.Decision.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether these records are the same child"},
    )
    reason = forms.CharField(required=False, max_length=2000, widget=forms.Textarea)


class ChildSplitForm(forms.Form):
    """Which records to move to a new child, and why."""

    person_ids = forms.TypedMultipleChoiceField(
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select the records to move to a new child"},
    )
    reason = forms.CharField(
        max_length=2000,
        widget=forms.Textarea,
        error_messages={"required": "Enter why these records are a different child"},
    )

    def __init__(self, *args: Any, choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person_ids"].choices = choices  # type: ignore[attr-defined]

    def clean_person_ids(self) -> list[int]:
        """Keep at least one record with the child."""
        chosen: list[int] = self.cleaned_data["person_ids"]
        if len(chosen) >= len(self.fields["person_ids"].choices):  # type: ignore[attr-defined]
            raise forms.ValidationError("Leave at least one record with this child")
        return chosen


class ChildMergeForm(forms.Form):
    """Which child to merge into this one, and why."""

    other_child_id = forms.CharField(
        max_length=16,
        error_messages={"required": "Enter the child id to merge with"},
    )
    reason = forms.CharField(
        max_length=2000,
        widget=forms.Textarea,
        error_messages={"required": "Enter why these are the same child"},
    )
