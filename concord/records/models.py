"""The records store: agency extracts, person records and events, with history."""

from django.db import models

from concord.accounts.models import User
from concord.agencies.models import Agency


class Extract(models.Model):
    """One imported agency extract (CIF-1 folder or zip, Annex A, SSDA903 or FHIR bundle)."""

    class Format(models.TextChoices):
        CIF1 = "cif1", "Concord interchange format 1"
        ANNEX_A = "annex_a", "Ofsted ILACS Annex A"
        SSDA903 = "ssda903", "DfE SSDA903 missing table"
        FHIR = "fhir", "FHIR R4 bundle"

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="extracts")
    format = models.CharField(max_length=16, choices=Format.choices)
    source_name = models.CharField(max_length=255)
    content_hash = models.CharField(max_length=64)
    extracted_at = models.DateTimeField(null=True, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    people_count = models.PositiveIntegerField(default=0)
    event_count = models.PositiveIntegerField(default=0)
    people_created = models.PositiveIntegerField(default=0)
    people_updated = models.PositiveIntegerField(default=0)
    events_created = models.PositiveIntegerField(default=0)
    events_updated = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-imported_at"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "content_hash"], name="extract_unique_hash")
        ]

    def __str__(self) -> str:
        return f"{self.agency_id}:{self.source_name}"


class PersonFields(models.Model):
    """The values one extract gives for a person (raw and normalised); shared with history."""

    class Sex(models.TextChoices):
        FEMALE = "F", "Female"
        MALE = "M", "Male"
        OTHER = "X", "Other"
        UNKNOWN = "U", "Unknown"

    class DobPrecision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"
        UNKNOWN = "unknown", "Unknown"

    given_name = models.CharField(max_length=200, blank=True)
    family_name = models.CharField(max_length=200, blank=True)
    other_names = models.CharField(max_length=500, blank=True)
    date_of_birth_raw = models.CharField(max_length=10, blank=True)
    date_of_birth = models.DateField(null=True, blank=True, help_text="First day when partial")
    dob_precision = models.CharField(
        max_length=8, choices=DobPrecision.choices, default=DobPrecision.UNKNOWN
    )
    sex = models.CharField(max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    postcode = models.CharField(max_length=20, blank=True)
    address = models.CharField(max_length=500, blank=True)
    nhs_number = models.CharField(max_length=20, blank=True)
    upn = models.CharField(max_length=20, blank=True)
    local_id = models.CharField(max_length=100, blank=True)
    # Normalised forms for linkage: names lower-case ASCII (accents folded, apostrophes dropped,
    # spaces collapsed); postcode upper-case without spaces; NHS number digits only.
    given_name_norm = models.CharField(max_length=200, blank=True)
    family_name_norm = models.CharField(max_length=200, blank=True)
    postcode_norm = models.CharField(max_length=20, blank=True)
    nhs_number_norm = models.CharField(max_length=10, blank=True)

    class Meta:
        abstract = True


class PersonRecord(PersonFields):
    """One agency's record of one person, as the agency holds it now (raw and normalised)."""

    # As on Event (ADR 0021, 0022): `agency` and `extract` are written only by the import
    # service, in the transaction that creates or locks those rows, and PROTECT is enforced by
    # Django; a database constraint here cost a deferred check per person at commit. The
    # (agency, source_id) unique index serves agency lookups; no query selects people by
    # extract, NHS number or name (linkage reads them all), so those have no index (ADR 0022).
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="person_records",
        db_index=False,
        db_constraint=False,
    )
    source_id = models.CharField(max_length=100, help_text="The agency's own person_id")
    extract = models.ForeignKey(
        Extract,
        on_delete=models.PROTECT,
        related_name="person_records",
        help_text="The extract that last set these values",
        db_index=False,
        db_constraint=False,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "source_id"], name="person_unique_source_id")
        ]

    def __str__(self) -> str:
        return f"{self.agency_id}:{self.source_id}"


class PersonRecordVersion(PersonFields):
    """The values a person record held before a later extract changed them."""

    record = models.ForeignKey(PersonRecord, on_delete=models.CASCADE, related_name="versions")
    extract = models.ForeignKey(
        Extract, on_delete=models.PROTECT, related_name="+", help_text="Extract that set them"
    )
    replaced_by = models.ForeignKey(
        Extract, on_delete=models.PROTECT, related_name="+", help_text="Extract that changed them"
    )
    replaced_at = models.DateTimeField()

    class Meta:
        ordering = ["record", "replaced_at", "id"]

    def __str__(self) -> str:
        return f"{self.record_id}@{self.extract_id}"


class EventFields(models.Model):
    """The values one extract gives for an event; shared with history."""

    type = models.CharField(max_length=32)
    occurred_at = models.DateTimeField()
    occurred_date_only = models.BooleanField(default=False)
    recorded_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    code = models.CharField(max_length=100, blank=True)
    related_person_source_id = models.CharField(max_length=100, blank=True)
    related_event_source_id = models.CharField(max_length=100, blank=True)
    author_role = models.CharField(max_length=100, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        abstract = True


class Event(EventFields):
    """One recorded event about a child (CIF-1 events.csv row)."""

    # Events are the bulk table (millions of rows), so each index and database-level check costs
    # import speed (ADR 0020). `agency` and `extract` are written only by the import service, in
    # the transaction that creates or reads those rows, and PROTECT is enforced by Django; so
    # they carry no database constraint and no single-column index (the (agency, source_id) index
    # serves agency lookups). `person` has no database constraint either (ADR 0021).
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="events",
        db_index=False,
        db_constraint=False,
    )
    source_id = models.CharField(max_length=100, help_text="The agency's own event_id")
    extract = models.ForeignKey(
        Extract,
        on_delete=models.PROTECT,
        related_name="events",
        help_text="The extract that last set these values",
        db_index=False,
        db_constraint=False,
    )
    person = models.ForeignKey(
        PersonRecord,
        on_delete=models.CASCADE,
        related_name="events",
        db_index=False,
        db_constraint=False,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "source_id"], name="event_unique_source_id")
        ]
        # No index on `type`: no query selects events by type without a person (ADR 0021).
        # `person` alone: every read joins a child's several records and sorts the result by
        # time itself, so a time in the key served no query, and it cost the bulk load about
        # 0.3 s of server CPU per million events (ADR 0022).
        indexes = [models.Index(fields=["person"], name="event_person")]

    def __str__(self) -> str:
        return f"{self.agency_id}:{self.source_id}"


class EventVersion(EventFields):
    """The values an event held before a later extract changed them."""

    record = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="versions")
    person = models.ForeignKey(PersonRecord, on_delete=models.CASCADE, related_name="+")
    extract = models.ForeignKey(
        Extract, on_delete=models.PROTECT, related_name="+", help_text="Extract that set them"
    )
    replaced_by = models.ForeignKey(
        Extract, on_delete=models.PROTECT, related_name="+", help_text="Extract that changed them"
    )
    replaced_at = models.DateTimeField()

    class Meta:
        ordering = ["record", "replaced_at", "id"]

    def __str__(self) -> str:
        return f"{self.record_id}@{self.extract_id}"
