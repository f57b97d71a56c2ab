from django.urls import path

from . import views

app_name = "records"

urlpatterns = [
    path("upload/", views.ExtractUploadView.as_view(), name="upload"),
    path("upload/confirm/", views.ExtractConfirmView.as_view(), name="confirm"),
]
