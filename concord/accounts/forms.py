"""Sign-in and two-factor forms; they validate and never write."""

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from concord.core.forms import GovukFormMixin

CODE_INVALID = "Enter the 6-digit code shown in your authenticator app"
CODE_WRONG = "The code is not correct or has expired. Enter the current code from your app"


class SignInForm(GovukFormMixin, AuthenticationForm):
    """Username and password; django-axes counts the failures."""

    error_messages = {
        "invalid_login": "Enter a correct username and password",
        "inactive": "This account is not active. Ask an administrator",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "username", "spellcheck": "false", "autofocus": False}
        )
        self.fields["username"].widget.attrs.pop("autofocus", None)
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"
        self.fields["username"].error_messages["required"] = "Enter your username"
        self.fields["password"].error_messages["required"] = "Enter your password"


class TokenForm(GovukFormMixin, forms.Form):
    """A six-digit time-based one-time code."""

    token = forms.CharField(
        label="Code from your authenticator app",
        help_text="The 6-digit code, for example 123456",
        max_length=6,
        min_length=6,
        error_messages={
            "required": CODE_INVALID,
            "max_length": CODE_INVALID,
            "min_length": CODE_INVALID,
        },
        widget=forms.TextInput(
            attrs={
                "class": "govuk-input--width-5",
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "spellcheck": "false",
            }
        ),
    )

    def clean_token(self) -> str:
        token = "".join(str(self.cleaned_data["token"]).split())
        if not token.isdigit():
            raise forms.ValidationError(CODE_INVALID)
        return token
