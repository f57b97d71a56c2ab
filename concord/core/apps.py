from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "concord.core"
    label = "core"
