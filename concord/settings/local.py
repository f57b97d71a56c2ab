"""Developer settings: the conveniences that `concord demo` needs on a fresh machine."""

import os
import secrets
from pathlib import Path

# A per-checkout secret key, made once, so a fresh machine needs no set-up step.
_key_file = Path.cwd() / ".concord-secret-key"
if "DJANGO_SECRET_KEY" not in os.environ:
    if not _key_file.exists():
        _key_file.write_text(secrets.token_urlsafe(50))
        _key_file.chmod(0o600)
    os.environ["DJANGO_SECRET_KEY"] = _key_file.read_text().strip()
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

from .base import *  # noqa: E402,F403

DEBUG = False  # the demo serves like production: real error pages, no debug toolbar
