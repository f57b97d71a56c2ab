"""Small Annex A, SSDA903 and FHIR files built to the published layouts (synthetic values)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .builders import VALID_NHS

COMMON = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]


def write_annex_a(path: Path, *, bad: bool = False) -> Path:
    """Lists 1, 3, 4, 5 and 8 with a title row, lettered labels and mixed date cells."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "List 1 - Contacts"
    sheet.append(["Annex A - List 1: Contacts (synthetic)"])
    sheet.append([*COMMON, "Date of Contact", "Contact Source"])
    sheet.append(["LA0001", "b) Female", "a) WBRI", "05/04/2011", 13, "01/07/2024", "q) 6: Police"])
    sheet.append(
        [
            "LA0002",
            "a) Male",
            "a) WBRI",
            datetime(2010, 1, 2),
            14,
            "13/08/2024",
            "a) 1A: Individual",
        ]
    )
    if bad:
        sheet.append(["LA0003", "e) Robot", "a) WBRI", "2011-04-05", 13, "31/02/2024", "x"])
    lists = book.create_sheet("List 3")
    lists.append(
        [
            *COMMON,
            "Date of referral",
            "Referral Source",
            "Referral NFA?",
            "Number of Referrals in Last 12 Months",
        ]
    )
    lists.append(
        [
            "LA0001",
            "b) Female",
            "a) WBRI",
            "05/04/2011",
            13,
            "02/07/2024",
            "q) 6: Police",
            "b) No",
            1,
        ]
    )
    assess = book.create_sheet("list 4 assessments")
    assess.append(
        [
            *COMMON,
            "Does the Child have a Disability",
            "Allocated Team",
            "Allocated Worker",
            "Continuous Assessment Start Date",
            "Child Seen During Continuous Assessment",
            "Continuous Assessment Date of Authorisation",
        ]
    )
    assess.append(
        [
            "LA0001",
            "b) Female",
            "a) WBRI",
            "05/04/2011",
            13,
            "b) No",
            "Team A",
            "W1",
            "03/07/2024",
            "a) Yes",
            "" if bad else "20/09/2024",
        ]
    )
    s47 = book.create_sheet("List 5")
    s47.append(
        [
            *COMMON,
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?",
            "Date of Initial Child Protection Conference",
        ]
    )
    s47.append(
        ["LA0001", "b) Female", "a) WBRI", "05/04/2011", 13, "04/07/2024", "b) No", "18/07/2024"]
    )
    early = book.create_sheet("List 2 Early Help")
    early.append(
        [
            *COMMON,
            "Assessment start date",
            "Assessment completion date",
            "Organisation completing assessment",
        ]
    )
    early.append(["LA0002", "a) Male", "a) WBRI", "02/01/2010", 14, "10/06/2024", "", "Family Hub"])
    cin = book.create_sheet("List 6")
    cin.append(
        [
            *COMMON,
            "CIN Start Date",
            "Primary Need Code",
            "Date Child Was Last Seen",
            "CIN Closure Date",
            "Reason for Closure",
            "Case Status",
        ]
    )
    cin.append(
        [
            "LA0001",
            "b) Female",
            "a) WBRI",
            "05/04/2011",
            13,
            "20/09/2024",
            "N1",
            "01/10/2024",
            "",
            "",
            "Open",
        ]
    )
    cp = book.create_sheet("List 7")
    cp.append(
        [
            *COMMON,
            "Child Protection Plan Start Date",
            "Initial Category of Abuse",
            "Latest Category of Abuse",
            "Date of the Last Statutory Visit",
            "Child Protection Plan End Date",
        ]
    )
    cp.append(
        [
            "LA0001",
            "b) Female",
            "a) WBRI",
            "05/04/2011",
            13,
            "18/07/2024",
            "SAB",
            "MUL",
            "01/10/2024",
            "",
        ]
    )
    cic = book.create_sheet("List 8")
    cic.append(
        [
            *COMMON,
            "Date Started to be Looked After",
            "Start date of current legal status",
            "Child's Legal Status",
            "Date Ceased to be Looked After",
            "Reason Ceased to be Looked After",
            "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 "
            "months",
            "Was the child offered a Return Interview after their last missing episode (Y/N)?",
        ]
    )
    cic.append(
        [
            "LA0002",
            "a) Male",
            "a) WBRI",
            "02/01/2010",
            14,
            "01/03/2024",
            "01/03/2024",
            "C2",
            "",
            "",
            2,
            "a) Yes",
        ]
    )
    book.create_sheet("Notes").append(["Not a list"])
    book.save(path)
    return path


def write_ssda903(path: Path, rows: list[list[str]] | None = None) -> Path:
    lines = [["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]]
    lines += rows or [
        ["LA0001", "05/04/2011", "M", "01/12/2024", "03/12/2024"],
        ["LA0001", "05/04/2011", "A", "10/12/2024", ""],
        ["LA0002", "02/01/2010", "M", "05/11/2024", "06/11/2024"],
    ]
    path.write_text("\r\n".join(",".join(line) for line in lines) + "\r\n")
    return path


def fhir_bundle(*, nhs: str = VALID_NHS) -> dict[str, Any]:
    patient_url = "urn:uuid:7c1d0b6e-0000-4000-8000-000000000001"
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "fullUrl": patient_url,
                "resource": {
                    "resourceType": "Patient",
                    "id": "pat-1",
                    "identifier": [
                        {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": nhs},
                        {
                            "system": "https://fhir.example-provider.nhs.uk/Id/pas-identifier",
                            "value": "PAS123",
                        },
                    ],
                    "name": [
                        {"use": "official", "family": "O'Brien", "given": ["Zoë", "Ann"]},
                        {"use": "nickname", "given": ["Zo"]},
                    ],
                    "gender": "female",
                    "birthDate": "2011-04",
                    "address": [
                        {
                            "use": "home",
                            "line": ["1 Test Street"],
                            "city": "Oldham",
                            "postalCode": "ol1 1aa",
                        }
                    ],
                },
            },
            {
                "resource": {
                    "resourceType": "Encounter",
                    "id": "enc-1",
                    "status": "finished",
                    "class": {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                        "code": "AMB",
                    },
                    "type": [
                        {
                            "coding": [
                                {
                                    "system": "http://snomed.info/sct",
                                    "code": "310071000000106",
                                    "display": "Sexual health service",
                                }
                            ]
                        }
                    ],
                    "subject": {"reference": patient_url},
                    "period": {
                        "start": "2024-08-01T14:00:00+01:00",
                        "end": "2024-08-01T15:00:00+01:00",
                    },
                },
            },
            {
                "resource": {
                    "resourceType": "Encounter",
                    "id": "enc-2",
                    "status": "finished",
                    "class": {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                        "code": "EMER",
                    },
                    "type": [{"text": "Emergency department attendance"}],
                    "subject": {"reference": "Patient/pat-1"},
                    "period": {"start": "2024-09-02T23:10:00+01:00"},
                },
            },
            {
                "resource": {
                    "resourceType": "Flag",
                    "id": "flag-1",
                    "status": "active",
                    "code": {"text": "Child sexual exploitation risk"},
                    "subject": {"reference": "Patient/pat-1"},
                    "period": {"start": "2024-09-03"},
                },
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "id": "cond-1",
                    "code": {
                        "coding": [
                            {
                                "system": "http://snomed.info/sct",
                                "code": "8098009",
                                "display": "Sexually transmitted infectious disease",
                            }
                        ]
                    },
                    "subject": {"reference": "Patient/pat-1"},
                    "onsetDateTime": "2024-08-01",
                    "recordedDate": "2024-08-02T09:00:00Z",
                },
            },
        ],
    }


def write_fhir(path: Path, bundle: dict[str, Any] | None = None) -> Path:
    path.write_text(json.dumps(bundle or fhir_bundle(), indent=1))
    return path
