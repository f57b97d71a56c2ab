from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("sign-in/", views.SignInView.as_view(), name="login"),
    path("sign-out/", views.SignOutView.as_view(), name="logout"),
    path("two-factor/set-up/", views.OtpSetupView.as_view(), name="otp_setup"),
    path("two-factor/", views.OtpVerifyView.as_view(), name="otp_verify"),
]
