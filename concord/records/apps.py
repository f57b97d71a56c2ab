from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "concord.records"
    label = "records"
