from datetime import date

from django.http import QueryDict

from concord.chronology.forms import PERIOD_REVERSED, ChronologyFilterForm


def _form(query: str) -> ChronologyFilterForm:
    return ChronologyFilterForm(QueryDict(query))


def test_query_string_becomes_filters():
    form = _form(
        "agency=GMP&agency=OLDCS&sector=police&type=crime"
        "&date_from_day=1&date_from_month=1&date_from_year=2024"
        "&date_to_day=31&date_to_month=12&date_to_year=2024&findings=on&q=older+men"
    )
    assert form.is_valid() is True
    filters = form.to_filters()
    assert filters.agencies == ("GMP", "OLDCS")
    assert filters.sectors == ("police",)
    assert filters.types == ("crime",)
    assert (filters.date_from, filters.date_to) == (date(2024, 1, 1), date(2024, 12, 31))
    assert filters.only_findings is True
    assert filters.search == "older men"
    assert filters.is_active is True


def test_empty_query_means_no_filters():
    form = _form("")
    assert form.is_valid() is True
    assert form.to_filters().is_active is False


def test_reversed_period_is_an_error_and_the_end_is_dropped():
    form = _form(
        "date_from_day=1&date_from_month=5&date_from_year=2024"
        "&date_to_day=1&date_to_month=1&date_to_year=2024&agency=GMP"
    )
    assert form.is_valid() is False
    assert form.errors["date_to"] == [PERIOD_REVERSED]
    filters = form.to_filters()
    assert filters.date_to is None
    assert filters.agencies == ("GMP",)


def test_unknown_sector_and_odd_tokens_are_refused():
    form = _form(
        "sector=space&agency=%3Cscript%3E&date_from_day=31&date_from_month=31&date_from_year=2024"
    )
    assert form.is_valid() is False
    assert set(form.errors) == {"sector", "agency", "date_from"}
    assert form.to_filters().is_active is False
