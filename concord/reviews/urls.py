from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("", views.ReviewsHomeView.as_view(), name="home"),
    path("rounds/new/", views.RoundCreateView.as_view(), name="round_create"),
    path("rounds/<int:round_id>/", views.RoundDetailView.as_view(), name="round_detail"),
    path("rounds/<int:round_id>/sample/", views.RoundSampleView.as_view(), name="round_sample"),
    path(
        "rounds/<int:round_id>/allocate/",
        views.RoundAllocateView.as_view(),
        name="round_allocate",
    ),
    path("sample/<int:entry_id>/remove/", views.SampleRemoveView.as_view(), name="sample_remove"),
    path(
        "allocations/<int:allocation_id>/change/",
        views.AllocationChangeView.as_view(),
        name="allocation_change",
    ),
    path("audits/<int:audit_id>/", views.AuditView.as_view(), name="audit"),
    path("audits/<int:audit_id>/reopen/", views.AuditReopenView.as_view(), name="audit_reopen"),
    path(
        "rounds/<int:round_id>/moderation/",
        views.ModerationListView.as_view(),
        name="moderation",
    ),
    path(
        "allocations/<int:allocation_id>/moderate/",
        views.ModerateView.as_view(),
        name="moderate",
    ),
    path("rounds/<int:round_id>/learning/", views.RoundLearningView.as_view(), name="learning"),
    path("rounds/<int:round_id>/dashboard/", views.RoundDashboardView.as_view(), name="dashboard"),
    path("rounds/<int:round_id>/export.csv", views.RoundExportView.as_view(), name="export"),
]
