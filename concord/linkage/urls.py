from django.urls import path

from . import views

app_name = "linkage"

urlpatterns = [
    path("", views.QueueView.as_view(), name="queue"),
    path("pairs/<int:pair_id>/", views.PairView.as_view(), name="pair"),
    path("children/<str:child_id>/", views.ChildView.as_view(), name="child"),
    path("runs/", views.RunListView.as_view(), name="runs"),
    path("runs/<int:run_id>/", views.RunView.as_view(), name="run"),
]
