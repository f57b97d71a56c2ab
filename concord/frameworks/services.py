"""Load audit frameworks from YAML; a version in use is never changed."""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import transaction

from concord_engine.reviews import parse_framework

from .models import Framework

if TYPE_CHECKING:
    from concord.accounts.models import User

FRAMEWORK_IN_USE = (
    "Framework {slug} version {version} is used by a review round and cannot be changed; "
    "raise 'version' to make a new version."
)
DEFAULT_FRAMEWORK = Path(__file__).parent / "data" / "cse-multi-agency-v1.yaml"


class FrameworkInUseError(Exception):
    """A framework version used by a round was loaded again with different content."""


@dataclass(frozen=True)
class LoadResult:
    """The framework version and what loading did: created, updated or unchanged."""

    framework: Framework
    outcome: str


@transaction.atomic
def framework_load(*, actor: "User", text: str, source_name: str) -> LoadResult:
    """Validate YAML and store it as a framework version (FrameworkError names line and field).

    The same content again changes nothing. Different content under an existing version
    replaces it only while no round uses it; otherwise FrameworkInUseError.
    """
    definition = parse_framework(text, source=source_name)
    digest = hashlib.sha256(text.encode()).hexdigest()
    existing = (
        Framework.objects.select_for_update()
        .filter(slug=definition.slug, version=definition.version)
        .first()
    )
    fields = {
        "title": definition.title,
        "source_name": source_name,
        "source_text": text,
        "content_hash": digest,
        "definition": definition.model_dump(mode="json"),
    }
    if existing is None:
        framework = Framework(
            slug=definition.slug, version=definition.version, loaded_by=actor, **fields
        )
        framework.full_clean()
        framework.save()
        return LoadResult(framework, "created")
    if existing.content_hash == digest:
        return LoadResult(existing, "unchanged")
    if existing.is_in_use:
        raise FrameworkInUseError(
            FRAMEWORK_IN_USE.format(slug=definition.slug, version=definition.version)
        )
    for name, value in fields.items():
        setattr(existing, name, value)
    existing.loaded_by = actor
    existing.full_clean()
    existing.save(update_fields=[*fields, "loaded_by"])
    return LoadResult(existing, "updated")


def framework_load_default(*, actor: "User") -> Framework:
    """Load (or find) the shipped default framework."""
    path = DEFAULT_FRAMEWORK
    return framework_load(
        actor=actor, text=path.read_text(encoding="utf-8"), source_name=path.name
    ).framework
