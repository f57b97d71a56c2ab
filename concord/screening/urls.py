from django.urls import path

from . import views

app_name = "screening"

urlpatterns = [
    path("", views.TriageView.as_view(), name="triage"),
    path("rules/", views.RulesView.as_view(), name="rules"),
    path("children/<str:child_id>/", views.ChildFindingsView.as_view(), name="child"),
    path("findings/<int:finding_id>/", views.FindingDetailView.as_view(), name="finding"),
]
