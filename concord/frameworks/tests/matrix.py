"""Permission-matrix provider for framework pages."""

from concord.core.tests.matrix import MatrixUsers, Subject, register
from concord.frameworks.services import framework_load_default


@register("framework_id")
def framework(users: MatrixUsers) -> Subject:
    loaded = framework_load_default(actor=users["administrator"])
    return Subject(value=loaded.pk, associated=frozenset({"administrator", "coordinator"}))
