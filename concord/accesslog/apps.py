from django.apps import AppConfig


class AccessLogConfig(AppConfig):
    name = "concord.accesslog"
    label = "accesslog"
