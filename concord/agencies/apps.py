from django.apps import AppConfig


class AgenciesConfig(AppConfig):
    name = "concord.agencies"
    label = "agencies"
