"""JSON Schemas (draft 2020-12) of the bundle and of every record type.

The source of truth is here; `python -m app.exchange.schema DIR` writes them to
docs/exchange/ (a test keeps the files equal). Strict: no additional properties anywhere,
bounded strings and arrays, so the district can refuse anything unexpected.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1.0"
BASE = "https://mediation-desk.example/exchange/"

UUID = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
TS = {"type": "string", "format": "date-time", "maxLength": 32,
      "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$"}
DAY = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
MONEY = {"type": "string", "pattern": r"^-?\d{1,14}\.\d{2}$"}
HEX64 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
CODE = {"type": "string", "minLength": 1, "maxLength": 40, "pattern": "^[A-Za-z0-9_.-]+$"}


def opt(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def _text(n: int) -> dict:
    return {"type": "string", "maxLength": n}


FIELDS: dict[str, dict[str, Any]] = {
    "case": {
        "station_code": CODE, "street": _text(100), "number": _text(100), "year": {"type": "integer", "minimum": 2000, "maximum": 2200},
        "source": CODE, "category_code": CODE, "national_category_code": opt(CODE), "demand_class": CODE,
        "amount": opt(MONEY), "status": CODE,
        "warning_level": {"enum": ["none", "weak", "strong"]},
        "warning_reason_codes": {"type": "array", "maxItems": 20, "uniqueItems": True,
                                 "items": {"type": "string", "maxLength": 60, "pattern": r"^[a-z_]+(:[^:\s]{1,30})*$"}},
        "room_code": opt(CODE), "path": opt(CODE),
        "mediator_id": opt(UUID), "lawyer_id": opt(UUID), "counsellor_id": opt(UUID),
        "consent_to_mediation": {"type": "boolean"},
        "registered_at": TS, "accepted_at": opt(TS), "first_feedback_at": opt(TS), "closed_at": opt(TS),
        "mediation_extended_days": {"type": "integer", "minimum": 0, "maximum": 3650},
        "agreement_effective_on": opt(DAY), "outcome_reason_code": opt(CODE),
    },
    "party": {
        "case_id": UUID, "position": {"type": "integer", "minimum": 0, "maximum": 1000},
        "role": {"enum": ["applicant", "respondent", "third_party"]},
        "kind": {"enum": ["person", "organisation"]},
        "id_type": opt({"enum": ["resident", "passport", "other"]}),
        "id_pseudonym": opt(HEX64),
        "credit_code": opt({"type": "string", "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$"}),
        "name_masked": {"type": "string", "maxLength": 200, "pattern": r"^(|\*|.\*+.?)$"},
        "gender": opt(CODE),
        "age_band": opt({"enum": ["0-13", "14-17", "18-29", "30-44", "45-59", "60+"]}),
    },
    "agreement": {
        "case_id": UUID, "number": _text(100), "revision": {"type": "integer", "minimum": 1, "maximum": 1000},
        "supersedes_id": opt(UUID), "form": {"enum": ["written", "oral"]}, "partial": {"type": "boolean"},
        "status": {"enum": ["draft", "signed", "sealed"]}, "effective_on": opt(DAY),
        "term_count": {"type": "integer", "minimum": 0, "maximum": 1000},
        "term_kinds": {"type": "array", "maxItems": 50, "items": CODE, "uniqueItems": True},
        "amount_total": opt(MONEY), "status_matter": {"type": "boolean"}, "title_matter": {"type": "boolean"},
        "file_sha256": opt(HEX64), "created_at": TS,
    },
    "follow_up": {
        "case_id": UUID, "due_on": DAY, "done_at": opt(TS), "visitor_id": opt(UUID),
        "performance": opt({"enum": ["full", "partial", "none"]}), "satisfaction": opt(CODE),
    },
}

DESCRIPTIONS = {
    "case": "A case (纠纷/诉求): codes, times and assignments; no summary, claims or other free text.",
    "party": "A party to a case: masked name, ID pseudonym (HMAC-SHA256 with the district key), age band.",
    "agreement": "A mediation agreement: form, status, effective date, term kinds and the total amount; "
                 "no facts, matters or term text.",
    "follow_up": "A follow-up visit (回访): when, by whom, performance of the agreement and satisfaction.",
}


def record_schema(kind: str) -> dict[str, Any]:
    data = FIELDS[kind]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE}{kind}.schema.json",
        "title": f"{kind} record, schema {SCHEMA_VERSION}",
        "description": DESCRIPTIONS[kind],
        "type": "object", "additionalProperties": False,
        "required": ["type", "id", "version", "updated_at", "data"],
        "properties": {
            "type": {"const": kind}, "id": UUID,
            "version": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
            "updated_at": TS,
            "data": {"type": "object", "additionalProperties": False, "required": list(data),
                     "properties": data},
        },
    }


def tombstone_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE}tombstone.schema.json",
        "title": f"tombstone, schema {SCHEMA_VERSION}",
        "description": "A record deleted at the station: the district deletes its copy.",
        "type": "object", "additionalProperties": False,
        "required": ["type", "id", "deleted_at"],
        "properties": {"type": {"enum": list(FIELDS)}, "id": UUID, "deleted_at": TS},
    }


def bundle_schema() -> dict[str, Any]:
    counts = {"type": "object", "additionalProperties": False,
              "properties": {k: {"type": "integer", "minimum": 0} for k in [*FIELDS, "tombstone"]}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE}bundle.schema.json",
        "title": f"Mediation Desk exchange bundle, schema {SCHEMA_VERSION}",
        "type": "object", "additionalProperties": False,
        "required": ["format", "schema_version", "bundle_id", "station_code", "sequence", "previous_bundle_id",
                     "base", "created_at", "audit_head", "counts", "records", "tombstones"],
        "properties": {
            "format": {"const": "mediation-desk-bundle"},
            "schema_version": {"const": SCHEMA_VERSION},
            "bundle_id": UUID, "station_code": CODE,
            "sequence": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
            "previous_bundle_id": opt(UUID),
            "base": {"description": "the last bundle the district acknowledged (changes are since it)",
                     "anyOf": [{"type": "null"}, {
                         "type": "object", "additionalProperties": False, "required": ["bundle_id", "sequence"],
                         "properties": {"bundle_id": UUID, "sequence": {"type": "integer", "minimum": 1}}}]},
            "created_at": TS,
            "audit_head": {"type": "object", "additionalProperties": False, "required": ["seq", "hash"],
                           "properties": {"seq": {"type": "integer", "minimum": 0},
                                          "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}},
            "counts": counts,
            "records": {"type": "array", "maxItems": 5_000_000,
                        "items": {"oneOf": [{"$ref": f"{kind}.schema.json"} for kind in FIELDS]}},
            "tombstones": {"type": "array", "maxItems": 5_000_000, "items": {"$ref": "tombstone.schema.json"}},
        },
    }


def all_schemas() -> dict[str, dict[str, Any]]:
    out = {f"{kind}.schema.json": record_schema(kind) for kind in FIELDS}
    out["tombstone.schema.json"] = tombstone_schema()
    out["bundle.schema.json"] = bundle_schema()
    return out


_VALIDATOR = None


def validator():  # noqa: ANN201 - jsonschema.Draft202012Validator
    """The bundle validator (record schemas resolved by their $id from a local registry)."""
    global _VALIDATOR
    if _VALIDATOR is None:
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource

        schemas = all_schemas()
        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values())
        _VALIDATOR = Draft202012Validator(schemas["bundle.schema.json"], registry=registry,
                                          format_checker=Draft202012Validator.FORMAT_CHECKER)
    return _VALIDATOR


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, schema in all_schemas().items():
        path = directory / name
        path.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":  # pragma: no cover
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/exchange")):
        print(p)
