"""`concord createagency CODE --name NAME --sector SECTOR [--area AREA]`."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from concord.agencies.models import Agency, Sector
from concord.agencies.services import agency_create


class Command(BaseCommand):
    help = "Create an agency: a police force, a council's children's services, a health body."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("code", help="short code, for example GMP or LA-OLDHAM")
        parser.add_argument("--name", required=True)
        parser.add_argument("--sector", required=True, help=", ".join(Sector.values))
        parser.add_argument("--area", default="", help="local authority area")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["sector"] not in Sector.values:
            sectors = ", ".join(Sector.values)
            raise CommandError(f"unknown sector {options['sector']!r}; choose one of {sectors}")
        if Agency.objects.filter(code=options["code"]).exists():
            raise CommandError(f"an agency with code {options['code']!r} already exists")
        try:
            agency = agency_create(
                code=options["code"],
                name=options["name"],
                sector=options["sector"],
                area=options["area"],
            )
        except ValidationError as error:
            reasons = "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
            raise CommandError(f"agency not created: {reasons}") from None
        self.stdout.write(f"created agency {agency.code} ({agency.get_sector_display()})")
