from django.urls import path

from . import views

app_name = "chronology"

urlpatterns = [
    path("<str:child_id>/", views.ChildChronologyView.as_view(), name="child"),
    path("<str:child_id>/print/", views.ChronologyPrintView.as_view(), name="print"),
    path("<str:child_id>/chronology.csv", views.ChronologyCsvView.as_view(), name="csv"),
]
