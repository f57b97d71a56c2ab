from django.urls import path

from . import views

app_name = "frameworks"

urlpatterns = [
    path("", views.FrameworkListView.as_view(), name="list"),
    path("load/", views.FrameworkLoadView.as_view(), name="load"),
    path("<int:framework_id>/", views.FrameworkDetailView.as_view(), name="detail"),
]
