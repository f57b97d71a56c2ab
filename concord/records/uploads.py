"""Hold an uploaded extract between validation and confirmation, keyed by the user's session."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import get_valid_filename

SESSION_KEY = "records_upload"


def _root() -> Path:
    configured = getattr(settings, "CONCORD_UPLOAD_DIR", None)
    root = Path(configured) if configured else Path(tempfile.gettempdir()) / "concord-uploads"
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


def upload_store(session: SessionBase, upload: UploadedFile[bytes], agency_code: str) -> Path:
    """Save the file under a fresh random folder; remember it (and the agency) in the session."""
    upload_discard(session)
    token = secrets.token_urlsafe(24)
    folder = _root() / token
    folder.mkdir(mode=0o700)
    path = folder / get_valid_filename(Path(upload.name or "extract").name)
    with path.open("wb") as stream:
        for chunk in upload.chunks():
            stream.write(chunk)
    path.chmod(0o600)
    session[SESSION_KEY] = {"token": token, "name": path.name, "agency": agency_code}
    return path


def upload_pending(session: SessionBase) -> tuple[Path, str] | None:
    """The file this session uploaded and has not yet confirmed, with its agency code."""
    held = session.get(SESSION_KEY)
    if not held:
        return None
    path = _root() / held["token"] / held["name"]
    return (path, held["agency"]) if path.is_file() else None


def upload_discard(session: SessionBase) -> None:
    """Delete this session's held upload, if any."""
    held = session.pop(SESSION_KEY, None)
    if held:
        shutil.rmtree(_root() / held["token"], ignore_errors=True)
