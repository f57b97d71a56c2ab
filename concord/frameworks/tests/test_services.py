from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from concord.accounts.models import User
from concord.accounts.tests.factories import UserFactory
from concord.frameworks.models import Framework
from concord.frameworks.services import (
    DEFAULT_FRAMEWORK,
    FrameworkInUseError,
    framework_load,
    framework_load_default,
)
from concord.reviews.models import ReviewRound
from concord_engine.reviews import FrameworkError

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin():
    return UserFactory(username="admin", role=User.Role.ADMINISTRATOR, agency=None)


def test_loading_twice_changes_nothing(admin):
    first = framework_load_default(actor=admin)
    again = framework_load(
        actor=admin, text=DEFAULT_FRAMEWORK.read_text(), source_name=DEFAULT_FRAMEWORK.name
    )
    assert again.outcome == "unchanged"
    assert again.framework.pk == first.pk
    assert Framework.objects.count() == 1


def test_unused_version_can_be_corrected(admin):
    framework_load_default(actor=admin)
    text = DEFAULT_FRAMEWORK.read_text().replace("Common core", "Core for all")
    result = framework_load(actor=admin, text=text, source_name="edited.yaml")
    assert result.outcome == "updated"
    assert result.framework.parsed().sections[0].title == "Core for all"


def test_framework_in_use_cannot_be_changed(admin):
    framework = framework_load_default(actor=admin)
    ReviewRound.objects.create(
        theme="t", period_start="2025-01-01", period_end="2025-02-01", framework=framework
    )
    text = DEFAULT_FRAMEWORK.read_text().replace("Common core", "Core for all")
    with pytest.raises(FrameworkInUseError, match="cannot be changed"):
        framework_load(actor=admin, text=text, source_name="edited.yaml")
    framework.refresh_from_db()
    assert framework.parsed().sections[0].title == "Common core"
    new_version = text.replace("version: 1", "version: 2")
    result = framework_load(actor=admin, text=new_version, source_name="v2.yaml")
    assert (result.outcome, result.framework.version) == ("created", 2)


def test_bad_yaml_is_refused_and_nothing_is_stored(admin):
    text = DEFAULT_FRAMEWORK.read_text().replace("answer: grade", "answer: stars", 1)
    with pytest.raises(FrameworkError) as caught:
        framework_load(actor=admin, text=text, source_name="bad.yaml")
    assert caught.value.problems[0].startswith("bad.yaml:")
    assert "sections[0].questions[0].answer" in caught.value.problems[0]
    assert not Framework.objects.exists()


def test_command_loads_and_reports_bad_file_with_line(tmp_path: Path):
    call_command("framework", "load", str(DEFAULT_FRAMEWORK))
    assert Framework.objects.get().slug == "cse_multi_agency"
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "framework: x\nversion: 1\ntitle: T\nsections:\n  - id: s\n    title: S\n"
        "    sectors: [police]\n    questions:\n      - {id: q, text: Q, answer: nope}\n"
    )
    with pytest.raises(CommandError, match=r"bad.yaml:9:34: sections\[0\].questions\[0\].answer"):
        call_command("framework", "load", str(bad))
