"""The GOV.UK form layer renders every kind of Django field the GOV.UK way."""

import datetime as dt

import pytest
from django import forms
from django.template import Context, Template

from concord.core.forms import GovukDateWidget, GovukFormMixin

COLOURS = [("red", "Red"), ("blue", "Blue")]


class EverythingForm(GovukFormMixin, forms.Form):
    name = forms.CharField(label="Full name", help_text="As on the record")
    email = forms.EmailField(required=False)
    count = forms.IntegerField(required=False)
    notes = forms.CharField(widget=forms.Textarea, required=False)
    colour = forms.ChoiceField(choices=COLOURS, required=False)
    shade = forms.ChoiceField(choices=COLOURS, widget=forms.RadioSelect, label="Shade")
    tags = forms.MultipleChoiceField(
        choices=COLOURS, widget=forms.CheckboxSelectMultiple, required=False
    )
    agree = forms.BooleanField(label="I agree", required=False)
    born = forms.DateField(label="Date of birth", required=False)
    upload = forms.FileField(required=False)
    secret = forms.CharField(widget=forms.HiddenInput, required=False)


def _html(form) -> str:
    return str(form)


def test_text_input_has_label_hint_and_describedby():
    html = _html(EverythingForm())
    assert '<label class="govuk-label" for="id_name">Full name</label>' in html
    assert '<div id="id_name-hint" class="govuk-hint">As on the record</div>' in html
    assert 'aria-describedby="id_name-hint"' in html
    assert 'class="govuk-input"' in html


def test_each_widget_becomes_its_govuk_component():
    html = _html(EverythingForm())
    assert '<textarea name="notes" cols="40" rows="10" class="govuk-textarea"' in html
    assert '<select name="colour" class="govuk-select"' in html
    assert 'class="govuk-radios" data-module="govuk-radios"' in html
    assert '<input class="govuk-radios__input" id="id_shade_0" name="shade" type="radio"' in html
    assert '<legend class="govuk-fieldset__legend">Shade</legend>' in html
    assert (
        '<input class="govuk-checkboxes__input" id="id_tags_1" name="tags" type="checkbox"' in html
    )
    assert 'class="govuk-checkboxes__input" id="id_agree"' in html
    assert 'class="govuk-date-input"' in html
    assert 'name="born_day"' in html
    assert 'name="born_year"' in html
    assert 'class="govuk-file-upload"' in html
    assert '<input type="hidden" name="secret"' in html
    assert "govuk-form-group" not in html.split('name="secret"')[0].rsplit("<", 1)[-1]


def test_errors_render_message_classes_and_summary_links():
    form = EverythingForm(data={"count": "many", "born_day": "31", "born_month": "2"})
    assert not form.is_valid()
    html = _html(form)
    assert 'class="govuk-form-group govuk-form-group--error"' in html
    assert (
        '<p id="id_name-error" class="govuk-error-message">'
        '<span class="govuk-visually-hidden">Error:</span> This field is required.</p>' in html
    )
    assert 'aria-describedby="id_name-hint id_name-error"' in html
    assert 'class="govuk-input govuk-input--error"' in html
    summary = {item["href"]: item["text"] for item in form.error_summary()}
    assert summary["#id_name"] == "This field is required."
    assert summary["#id_shade_0"] == "This field is required."
    assert summary["#id_born_day"] == "Date of birth must include a year"
    assert "#id_count" in summary


def test_date_input_keeps_what_was_typed_and_parses_a_valid_date():
    form = EverythingForm(
        data={"name": "x", "shade": "red", "born_day": "7", "born_month": "3", "born_year": "2011"}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["born"] == dt.date(2011, 3, 7)
    bad = EverythingForm(data={"born_day": "x", "born_month": "13", "born_year": "2011"})
    bad.is_valid()
    html = _html(bad)
    assert 'id="id_born_day" name="born_day" type="text" inputmode="numeric" value="x"' in html
    assert 'value="13"' in html


def test_date_input_shows_an_initial_date_in_three_boxes():
    html = _html(EverythingForm(initial={"born": dt.date(2010, 12, 1)}))
    assert 'name="born_day" type="text" inputmode="numeric" value="1"' in html
    assert 'name="born_month" type="text" inputmode="numeric" value="12"' in html


def test_empty_date_is_none_when_optional():
    widget = GovukDateWidget()
    assert widget.value_from_datadict({}, {}, "born") is None
    assert widget.value_omitted_from_data({}, {}, "born") is True


def test_page_heading_field_wraps_the_label_in_h1():
    class OneQuestion(GovukFormMixin, forms.Form):
        page_heading_field = "reason"
        reason = forms.CharField(label="Why?")

    assert '<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l"' in str(
        OneQuestion()
    )


def test_width_class_from_widget_attrs_is_kept():
    class Short(GovukFormMixin, forms.Form):
        code = forms.CharField(widget=forms.TextInput(attrs={"class": "govuk-input--width-5"}))

    assert 'class="govuk-input govuk-input--width-5"' in str(Short())


@pytest.mark.django_db
def test_error_summary_tag_renders_for_any_form_name():
    form = EverythingForm(data={})
    form.is_valid()
    html = Template("{% load concord %}{% govuk_error_summary other %}").render(
        Context({"other": form})
    )
    assert "There is a problem" in html
    assert '<a href="#id_name">This field is required.</a>' in html
    assert (
        Template("{% load concord %}{% govuk_error_summary f %}").render(Context({})).strip() == ""
    )


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("", "3", "2011", "Date of birth must include a day"),
        ("7", "", "", "Date of birth must include a month and year"),
        ("31", "2", "2011", "Date of birth must be a real date"),
        ("x", "2", "2011", "Date of birth must be a real date"),
        ("1", "2", "11", "Year must include 4 numbers"),
    ],
)
def test_date_errors_use_govuk_messages(day, month, year, message):
    form = EverythingForm(
        data={"name": "x", "shade": "red", "born_day": day, "born_month": month, "born_year": year}
    )
    assert form.is_valid() is False
    assert form.errors["born"] == [message]
    assert "born" not in form.cleaned_data


def test_a_form_own_date_message_is_kept():
    class Custom(GovukFormMixin, forms.Form):
        start = forms.DateField(error_messages={"invalid": "Enter a real start date"})

    form = Custom(data={"start_day": "31", "start_month": "2", "start_year": "2025"})
    assert form.is_valid() is False
    assert form.errors["start"] == ["Enter a real start date"]
