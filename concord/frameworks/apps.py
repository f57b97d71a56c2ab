from django.apps import AppConfig


class FrameworksConfig(AppConfig):
    name = "concord.frameworks"
    label = "frameworks"
