from django.apps import AppConfig


class ChronologyConfig(AppConfig):
    name = "concord.chronology"
    label = "chronology"
