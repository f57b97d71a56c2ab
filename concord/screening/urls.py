from django.urls import path

from . import views

app_name = "screening"

urlpatterns = [
    path("", views.TriageView.as_view(), name="triage"),
    path("rules/", views.RulesView.as_view(), name="rules"),
    path("children/<str:public_id>/", views.ChildFindingsView.as_view(), name="child"),
    path("findings/<int:pk>/", views.FindingDetailView.as_view(), name="finding"),
]
