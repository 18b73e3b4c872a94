"""The allowlist (PIPL arts 6, 23, 28-29): which fields of which station rows travel.

Input: plain mappings of station columns (the services read them). Output: the record exactly
as the district receives it. Only the fields named here leave the station. Never exported:
counsellor process notes, screening answers, minutes text, drawn signatures, attachments,
free text (summaries, claims, agreement facts: no recorded consent to share narrative facts
with the district exists yet), phone numbers, addresses, full names, ID numbers, birth dates.
"""
from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from app.domain.catalog import CATEGORY_BY_CODE
from app.domain.lifecycle import DECLINE_REASONS, REFERRAL_KINDS, TERMINATION_REASONS

RECORD_TYPES = ("case", "party", "agreement", "follow_up")

# The fields each record type carries (besides id, version, updated_at); the schema lists the same.
ALLOWLIST: dict[str, tuple[str, ...]] = {
    "case": ("station_code", "street", "number", "year", "source", "category_code", "national_category_code",
             "demand_class", "amount", "status", "warning_level", "warning_reason_codes", "room_code",
             "path", "mediator_id", "lawyer_id", "counsellor_id", "consent_to_mediation", "registered_at",
             "accepted_at", "first_feedback_at", "closed_at", "mediation_extended_days",
             "agreement_effective_on", "outcome_reason_code"),
    "party": ("case_id", "position", "role", "kind", "id_type", "id_pseudonym", "credit_code",
              "name_masked", "gender", "age_band"),
    "agreement": ("case_id", "number", "revision", "supersedes_id", "form", "partial", "status",
                  "effective_on", "term_count", "term_kinds", "amount_total", "status_matter",
                  "title_matter", "file_sha256", "created_at"),
    "follow_up": ("case_id", "due_on", "done_at", "visitor_id", "performance", "satisfaction"),
}

KNOWN_REASON_CODES = frozenset(TERMINATION_REASONS) | frozenset(DECLINE_REASONS) | frozenset(REFERRAL_KINDS)

# Stored warning sentences (app.domain.warnings) → their codes, the same codes as the statistics
# module's `reason_codes` (keyword:<word>:<strong|weak>, party_count:group|several, repeat,
# amount, counsellor_risk:high|medium, screening); the sentence itself never travels.
# TODO(merge): call app.domain.statistics.reason_codes once both branches are in.

AGE_BANDS = ((14, "0-13"), (18, "14-17"), (30, "18-29"), (45, "30-44"), (60, "45-59"), (200, "60+"))


def ts(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def money(value: Decimal | float | str | None) -> str | None:
    if value is None or value == "":
        return None
    return f"{Decimal(str(value)).quantize(Decimal('0.01'))}"


def pseudonym(key: bytes, id_type: str | None, id_number: str | None) -> str | None:
    """HMAC-SHA256 with the district's key over the normalised number (same at every station)."""
    if not id_number or not id_number.strip():
        return None
    normal = re.sub(r"\s+", "", id_number).upper()
    message = f"{id_type or 'other'}:{normal}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def mask_name(name: str | None) -> str:
    """张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明; Latin names keep the first letter."""
    name = (name or "").strip()
    if not name:
        return ""
    if len(name) == 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def age_band(birth: date | None, on: date) -> str | None:
    if birth is None:
        return None
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for limit, band in AGE_BANDS:
        if age < limit:
            return band
    return "60+"


def _warning_code(text: str) -> str:
    if text.startswith("关键词“") and "”" in text:
        word = text[4:text.index("”")]
        return f"keyword:{word}:{'strong' if '强信息' in text else 'weak'}"
    if text.startswith("当事人") and "群体性" in text:
        return "party_count:group"
    if text.startswith("当事人") and "涉及多方" in text:
        return "party_count:several"
    if "次来访" in text:
        return "repeat"
    if text.startswith("涉案金额"):
        return "amount"
    if text.startswith("心理风险评估"):
        return "counsellor_risk:high" if "高" in text else "counsellor_risk:medium"
    if "心理筛查" in text:
        return "screening"
    return "other"


def warning_codes(reasons: list[str] | None) -> list[str]:
    out: list[str] = []
    for reason in reasons or []:
        code = _warning_code(str(reason))
        if code not in out:
            out.append(code)
    return out


def _envelope(kind: str, row: Mapping[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    assert tuple(data) == ALLOWLIST[kind], (kind, tuple(data))
    return {"type": kind, "id": row["id"], "version": int(row["version"] or 1),
            "updated_at": ts(row["updated_at"]), "data": data}


def case_record(row: Mapping[str, Any], *, station_code: str, street: str, room_code: str | None
                ) -> dict[str, Any]:
    category = CATEGORY_BY_CODE.get(row["category_code"])
    reason = row.get("outcome_reason") or ""
    return _envelope("case", row, {
        "station_code": station_code,
        "street": street,
        "number": row["number"],
        "year": int(row["year"]),
        "source": row["source"],
        "category_code": row["category_code"],
        "national_category_code": category.national_code if category else None,
        "demand_class": row["demand_class"],
        "amount": money(row["amount"]),
        "status": row["status"],
        "warning_level": row["warning_level"] or "none",
        "warning_reason_codes": warning_codes(row["warning_reasons"]),
        "room_code": room_code,
        "path": row["path"],
        "mediator_id": row["mediator_id"],
        "lawyer_id": row["lawyer_id"],
        "counsellor_id": row["counsellor_id"],
        "consent_to_mediation": bool(row["consent_to_mediation"]),
        "registered_at": ts(row["registered_at"]),
        "accepted_at": ts(row["accepted_at"]),
        "first_feedback_at": ts(row["first_feedback_at"]),
        "closed_at": ts(row["closed_at"]),
        "mediation_extended_days": int(row["mediation_extended_days"] or 0),
        "agreement_effective_on": day(row["agreement_effective_on"]),
        "outcome_reason_code": reason if reason in KNOWN_REASON_CODES else ("other" if reason else None),
    })


def party_record(row: Mapping[str, Any], *, key: bytes | None, on: date) -> dict[str, Any]:
    organisation = row["kind"] == "organisation"
    return _envelope("party", row, {
        "case_id": row["case_id"],
        "position": int(row["position"] or 0),
        "role": row["role"],
        "kind": row["kind"],
        "id_type": row["id_type"],
        "id_pseudonym": pseudonym(key, row["id_type"], row["id_number"]) if key else None,
        "credit_code": row["credit_code"] if organisation and row["credit_code"] else None,
        "name_masked": mask_name(row["name"]),
        "gender": row["gender"] or None,
        "age_band": None if organisation else age_band(row["birth_date"], on),
    })


def agreement_record(row: Mapping[str, Any]) -> dict[str, Any]:
    terms = row["terms"] or []
    amounts = [Decimal(str(t.get("amount"))) for t in terms
               if isinstance(t, dict) and str(t.get("amount") or "").strip()]
    kinds: list[str] = []
    for t in terms:
        kind = str(t.get("kind", "")) if isinstance(t, dict) else ""
        if kind and kind not in kinds:
            kinds.append(kind)
    return _envelope("agreement", row, {
        "case_id": row["case_id"],
        "number": row["number"],
        "revision": int(row["revision"] or 1),
        "supersedes_id": row["supersedes_id"],
        "form": row["form"],
        "partial": bool(row["partial"]),
        "status": row["status"],
        "effective_on": day(row["effective_on"]),
        "term_count": len(terms),
        "term_kinds": kinds,
        "amount_total": money(sum(amounts)) if amounts else None,
        "status_matter": bool(row["status_matter"]),
        "title_matter": bool(row["title_matter"]),
        "file_sha256": row["file_sha256"],
        "created_at": ts(row["created_at"]),
    })


def follow_up_record(row: Mapping[str, Any]) -> dict[str, Any]:
    return _envelope("follow_up", row, {
        "case_id": row["case_id"],
        "due_on": day(row["due_on"]),
        "done_at": ts(row["done_at"]),
        "visitor_id": row["visitor_id"],
        "performance": row["performance"] or None,
        "satisfaction": row["satisfaction"] or None,
    })
