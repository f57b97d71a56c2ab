"""The JSON Schema that an audit framework's YAML must satisfy."""

from typing import Any

SECTOR_ENUM = ["police", "social_care", "health", "education", "other"]
ANSWER_ENUM = ["grade", "yes_no_na", "choice", "number", "date", "text"]
_KEY = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$"}
_TEXT = {"type": "string", "minLength": 1}

FRAMEWORK_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["framework", "version", "title", "sections"],
    "properties": {
        "framework": _KEY,
        "version": {"type": "integer", "minimum": 1},
        "title": _TEXT,
        "description": {"type": "string"},
        "grading_scale": {
            "type": "object",
            "additionalProperties": False,
            "required": ["grades"],
            "properties": {
                "rationale_required": {"type": "boolean"},
                "grades": {
                    "type": "array",
                    "minItems": 2,
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["value", "label"],
                        "properties": {"value": _KEY, "label": _TEXT},
                    },
                },
            },
        },
        "sections": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "title", "sectors", "questions"],
                "properties": {
                    "id": _KEY,
                    "title": _TEXT,
                    "sectors": {
                        "type": "array",
                        "minItems": 1,
                        "uniqueItems": True,
                        "items": {"enum": SECTOR_ENUM},
                    },
                    "questions": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/$defs/question"},
                    },
                },
            },
        },
    },
    "$defs": {
        "question": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "text", "answer"],
            "properties": {
                "id": _KEY,
                "text": _TEXT,
                "guidance": {"type": "string"},
                "answer": {"enum": ANSWER_ENUM},
                "choices": {
                    "type": "array",
                    "minItems": 2,
                    "uniqueItems": True,
                    "items": _TEXT,
                },
                "required": {"type": "boolean"},
                "prefill": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["rule", "when_finding"],
                    "properties": {
                        "rule": _KEY,
                        "when_finding": _TEXT,
                        "trigger_events": {"type": "array", "items": _KEY},
                        "when_no_trigger": _TEXT,
                        "otherwise": _TEXT,
                    },
                },
            },
        }
    },
}
