from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "concord.reviews"
    label = "reviews"
