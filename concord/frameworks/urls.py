from django.urls import URLPattern

app_name = "frameworks"

urlpatterns: list[URLPattern] = []
