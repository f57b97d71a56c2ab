"""Test settings: fast hasher, local-memory cache, immediate tasks."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")  # pragma: allowlist secret
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# Serve static files from the app folders, so tests need no collectstatic step.
WHITENOISE_USE_FINDERS = True
