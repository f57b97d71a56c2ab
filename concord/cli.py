"""The `concord` command: Django management commands with the database made ready first."""

import os
import sys

# Commands that never touch the database.
NO_DATABASE = frozenset({"synth", "help", "--help", "-h", "version", "--version"})


def _migrate_if_needed() -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        call_command("migrate", interactive=False, verbosity=0)


def main(argv: list[str] | None = None) -> None:
    """Run `concord COMMAND [ARGS...]`; a hyphenated command maps to its underscored module."""
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "concord.settings.local")
    import django
    from django.core.management import ManagementUtility

    django.setup()
    if not args:
        args = ["help"]
    command = args[0].replace("-", "_")
    if command not in NO_DATABASE:
        _migrate_if_needed()
    ManagementUtility(["concord", command, *args[1:]]).execute()


if __name__ == "__main__":
    main()
