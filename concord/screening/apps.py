from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "concord.screening"
    label = "screening"
