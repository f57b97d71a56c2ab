"""Source ids compare byte by byte on PostgreSQL (`COLLATE "C"`), as SQLite's do (ADR 0022).

Agency ids are identifiers, not words: a linguistic collation only slows the unique
`(agency, source_id)` index that every imported row is written into. Django cannot name a
collation for one backend only, so this runs on PostgreSQL alone; an `AlterField` on these
columns later must keep `COLLATE "C"` (the staging tables use it too, for the merge joins).
"""

from collections.abc import Callable

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

COLUMNS = (("records_personrecord", "source_id"), ("records_event", "source_id"))


def _collate(collation: str) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def run(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        for table, column in COLUMNS:
            schema_editor.execute(
                f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar(100) COLLATE "{collation}"'
            )

    return run


class Migration(migrations.Migration):
    dependencies = [("records", "0005_person_load_speed")]

    operations = [migrations.RunPython(_collate("C"), _collate("default"))]
