"""Read a FHIR R4 Bundle (JSON) of Patient, Encounter, Flag and Condition resources.

Parsed with `fhir.resources.R4B`, which is wire-compatible with R4 for these resources.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from concord_engine.contracts.records import EventRow, PersonRow, SourceFormat

from .dates import DateFormatError, parse_iso_datetime, parse_partial_date
from .normalise import fold_name, nhs_digits, nhs_number_valid, normalise_postcode
from .problems import ProblemLog
from .single_file import SingleFileSource

NHS_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
MAX_BUNDLE_BYTES = 200 * 1024 * 1024
SEXES = {"female": "F", "male": "M", "other": "X", "unknown": "U"}
# SNOMED CT and free-text cues that make an Encounter a sexual health contact.
SEXUAL_HEALTH_CODES = frozenset({"1082591000000108", "310071000000106", "708168004"})
SEXUAL_HEALTH_WORDS = ("sexual health", "genitourinary", "gum clinic", "sarc", "contracepti")
EVENT_RESOURCES = ("Encounter", "Flag", "Condition")


class FhirReader(SingleFileSource):
    """One Bundle: a person per Patient, an event per Encounter, Flag or Condition."""

    format = SourceFormat.FHIR
    person_fields = frozenset(
        {
            "given_name",
            "family_name",
            "other_names",
            "date_of_birth_raw",
            "date_of_birth",
            "dob_precision",
            "sex",
            "postcode",
            "address",
            "nhs_number",
            "local_id",
            "given_name_norm",
            "family_name_norm",
            "postcode_norm",
            "nhs_number_norm",
        }
    )

    def __init__(self, path: Path, problems: ProblemLog) -> None:
        super().__init__(path, problems)
        self._people: dict[str, PersonRow] = {}
        self._full_urls: dict[str, str] = {}
        self._resources: list[tuple[int, dict[str, Any]]] = []

    def people(self) -> Iterator[PersonRow]:
        """Parse the Bundle and yield each Patient."""
        bundle = self._load()
        if bundle is None:
            return
        for position, entry in enumerate(bundle.get("entry") or []):
            resource = entry.get("resource") or {}
            kind = resource.get("resourceType")
            if kind == "Patient":
                person = self._patient(position, resource)
                if person is not None:
                    self._people[person.source_id] = person
                    if entry.get("fullUrl"):
                        self._full_urls[entry["fullUrl"]] = person.source_id
                    yield person
            elif kind in EVENT_RESOURCES:
                self._resources.append((position, resource))

    def events(self) -> Iterator[EventRow]:
        """Yield an event per Encounter, Flag and Condition whose subject is a Patient here."""
        for position, resource in self._resources:
            event = self._event(position, resource)
            if event is not None:
                yield event

    def _bad(self, position: int, reason: str) -> None:
        # JSON has no useful line for an entry; the entry index names the place.
        self.problems.add(self.source_name, 1, 1, f"entry[{position}]: {reason}")

    def _load(self) -> dict[str, Any] | None:
        raw = self.path.read_bytes()
        if len(raw) > MAX_BUNDLE_BYTES:
            self.problems.add(self.source_name, 1, 1, "Bundle is too large (over 200 MB)")
            return None
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            self.problems.add(self.source_name, line, 1, "not valid UTF-8")
            return None
        except json.JSONDecodeError as exc:
            reason = f"malformed JSON: {exc.msg}"
            self.problems.add(self.source_name, exc.lineno, exc.colno, reason)
            return None
        if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
            self.problems.add(self.source_name, 1, 1, "not a FHIR Bundle (resourceType)")
            return None
        from fhir.resources.R4B.bundle import Bundle  # heavy import: only when a Bundle comes

        try:
            Bundle.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors()[:200]:
                where = ".".join(str(part) for part in error["loc"])
                self.problems.add(
                    self.source_name, 1, 1, f"invalid FHIR R4: {where}: {error['type']}"
                )
            return None
        return data

    def _patient(self, position: int, resource: dict[str, Any]) -> PersonRow | None:
        patient_id = resource.get("id")
        if not patient_id:
            self._bad(position, "Patient has no id")
            return None
        if patient_id in self._people:
            self._bad(position, "duplicate Patient id")
            return None
        nhs_raw, local_id = "", ""
        for identifier in resource.get("identifier") or []:
            if identifier.get("system") == NHS_SYSTEM:
                nhs_raw = identifier.get("value") or ""
            elif not local_id:
                local_id = identifier.get("value") or ""
        nhs = nhs_digits(nhs_raw)
        if nhs and not nhs_number_valid(nhs):
            self._bad(position, "bad NHS number: fails the modulus 11 check")
            return None
        given, family, others = _names(resource.get("name") or [])
        dob_raw = resource.get("birthDate") or ""
        dob: date | None = None
        precision = "unknown"
        if dob_raw:
            try:
                dob, precision = parse_partial_date(dob_raw)
            except DateFormatError as exc:
                self._bad(position, f"bad birthDate: {exc}")
                return None
        postcode, address = _address(resource.get("address") or [])
        return PersonRow(
            source_id=patient_id,
            given_name=given,
            family_name=family,
            other_names=others,
            date_of_birth_raw=dob_raw,
            date_of_birth=dob,
            dob_precision=precision,
            sex=SEXES.get(resource.get("gender") or "unknown", "U"),
            postcode=postcode,
            address=address,
            nhs_number=nhs_raw,
            local_id=local_id,
            given_name_norm=fold_name(given),
            family_name_norm=fold_name(family),
            postcode_norm=normalise_postcode(postcode),
            nhs_number_norm=nhs,
        )

    def _subject(self, position: int, resource: dict[str, Any]) -> str | None:
        reference = (
            (resource.get("subject") or resource.get("patient") or {}).get("reference")
        ) or ""
        if reference in self._full_urls:
            return self._full_urls[reference]
        if reference.startswith("Patient/") and reference[8:] in self._people:
            return reference[8:]
        self._bad(
            position, f"{resource.get('resourceType')} subject is not a Patient in the Bundle"
        )
        return None

    def _event(self, position: int, resource: dict[str, Any]) -> EventRow | None:
        kind = resource["resourceType"]
        resource_id = resource.get("id")
        if not resource_id:
            self._bad(position, f"{kind} has no id")
            return None
        person = self._subject(position, resource)
        start, end, recorded = _times(kind, resource)
        if start is None:
            self._bad(position, f"{kind} has no date (period.start, onset or recordedDate)")
            return None
        if person is None:
            return None
        try:
            occurred, date_only = parse_iso_datetime(start)
            ended = parse_iso_datetime(end)[0] if end else None
            recorded_at = parse_iso_datetime(recorded)[0] if recorded else None
        except DateFormatError as exc:
            self._bad(position, f"{kind} has a bad date: {exc}")
            return None
        code, text = _coding(kind, resource)
        return EventRow(
            source_id=f"{kind}/{resource_id}",
            person_source_id=person,
            type=_event_type(kind, code, text, resource),
            occurred_at=occurred,
            occurred_date_only=date_only,
            recorded_at=recorded_at,
            ended_at=ended,
            code=code[:100],
            text=text,
        )


def _names(names: list[dict[str, Any]]) -> tuple[str, str, str]:
    official = next((n for n in names if n.get("use") in (None, "official", "usual")), None)
    if official is None and names:
        official = names[0]
    given = " ".join(official.get("given") or []) if official else ""
    family = (official.get("family") or "") if official else ""
    others = [
        " ".join([*(n.get("given") or []), n.get("family") or ""]).strip()
        for n in names
        if n is not official
    ]
    return given, family, ";".join(o for o in others if o)


def _address(addresses: list[dict[str, Any]]) -> tuple[str, str]:
    home = next((a for a in addresses if a.get("use") in (None, "home")), None)
    if home is None:
        return "", ""
    line = ", ".join([*(home.get("line") or []), home.get("city") or ""]).strip(", ")
    return home.get("postalCode") or "", line


def _times(kind: str, resource: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    period = resource.get("period") or {}
    if kind == "Condition":
        start = resource.get("onsetDateTime") or resource.get("recordedDate")
        return start, resource.get("abatementDateTime"), resource.get("recordedDate")
    return period.get("start"), period.get("end"), None


def _coding(kind: str, resource: dict[str, Any]) -> tuple[str, str]:
    concept: dict[str, Any] = {}
    if kind == "Encounter":
        types = resource.get("type") or []
        concept = types[0] if types else (resource.get("serviceType") or {})
    else:
        concept = resource.get("code") or {}
    codings = concept.get("coding") or []
    code = codings[0].get("code", "") if codings else ""
    display = codings[0].get("display", "") if codings else ""
    label = {"Encounter": "Encounter", "Flag": "Safeguarding flag", "Condition": "Condition"}[kind]
    text = concept.get("text") or display
    return code, f"{label}: {text}" if text else label


def _event_type(kind: str, code: str, text: str, resource: dict[str, Any]) -> str:
    if kind == "Encounter":
        lowered = text.lower()
        if code in SEXUAL_HEALTH_CODES or any(word in lowered for word in SEXUAL_HEALTH_WORDS):
            return "sexual_health"
        return "attendance"
    if kind == "Flag":
        return "safeguarding_referral"
    return "consultation"


__all__ = ["NHS_SYSTEM", "FhirReader"]
