"""The station's half of the exchange through its services: what a bundle holds, what it
never holds, incremental and idempotent export, receipts, and the seal after enrolment."""
from __future__ import annotations

import json
import re
import threading
from datetime import date

import pytest
from sqlalchemy import select

from app.domain import session as rules
from app.domain.errors import DomainError, PermissionDenied, ValidationError
from app.domain.identity import expected_check_char, make_resident_id
from app.exchange import records, schema
from app.services.common import Actor
from app.domain.catalog import Role
from app.storage.models import Case, Party
from tests.services.test_intake import GOOD_ID, simple_intake
from tests.services.test_sessions import _open, _start

CANARY = "CANARY-7f3e-秘密"
ID_RE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")


def _export(services, actor, tmp_path, district):
    result = services.exchange.export(actor, tmp_path / "out", services.seal)
    opened = district.open_bundle(result.path.read_bytes())
    return result, opened


def _valid_ids(text: str) -> list[str]:
    return [m for m in ID_RE.findall(text) if expected_check_char(m[:17]) == m[17].upper()]


def test_bundle_carries_the_case_and_validates_against_its_schema(services, room, district, enrolled, tmp_path):
    result, opened = _export(services, enrolled, tmp_path, district)
    doc = opened.document
    assert result.path.name == "LH-DM-001-000001.p7m" and result.sequence == 1
    assert doc["counts"] == {"case": 1, "party": 2, "tombstone": 0}
    assert doc["audit_head"]["seq"] > 0 and re.fullmatch("[0-9a-f]{64}", doc["audit_head"]["hash"])
    assert doc["previous_bundle_id"] is None and doc["base"] is None
    assert list(schema.validator().iter_errors(doc)) == []
    case = next(r for r in doc["records"] if r["type"] == "case")["data"]
    assert case["room_code"] == "R2" and case["national_category_code"] == "10" and case["amount"] == "30000.00"
    assert case["mediator_id"] == room["people"]["med"].id
    person = next(r for r in doc["records"] if r["type"] == "party" and r["data"]["kind"] == "person")["data"]
    assert person["name_masked"] == "张*" and person["age_band"] == "30-44"
    assert person["id_pseudonym"] == records.pseudonym(district._pseudonym_key(), "resident", GOOD_ID)  # noqa: SLF001
    for kind, fields in records.ALLOWLIST.items():
        for r in doc["records"]:
            if r["type"] == kind:
                assert tuple(r["data"]) == fields


def test_schema_files_in_docs_match_the_code():
    from pathlib import Path
    docs = Path(__file__).resolve().parents[2] / "docs" / "exchange"
    for name, content in schema.all_schemas().items():
        assert json.loads((docs / name).read_text(encoding="utf-8")) == content, name
    example = json.loads((docs / "example-bundle.json").read_text(encoding="utf-8"))
    assert list(schema.validator().iter_errors(example)) == []


def test_nothing_private_leaves_the_station(services, room, district, enrolled, tmp_path):
    """Canaries in process notes, minutes, summaries, agreement facts; fixture IDs and names."""
    spec = room["actors"]["spec"]
    second_id = make_resident_id("440303", date(1990, 3, 3), 155)
    services.intake.register(room["actors"]["rec"], simple_intake(summary=f"摘要{CANARY}", id_number=second_id))
    sid = _start(services, room)
    _open(services, room, sid)
    psy = services.auth.unlock_panel("psy", "2468")
    med = services.auth.unlock_panel("med", "2468")
    services.sessions.save_field(psy, sid, "emotion", "process_note", f"过程记录{CANARY}")
    services.sessions.save_field(med, sid, "reason", "agreed_facts", f"事实{CANARY}")
    services.sessions.add_minutes(room["actors"]["med"], sid, "applicant", f"笔录{CANARY}")
    services.sessions.screen(psy, sid, "phq9", [1, 1, 1, 0, 0, 0, 0, 0, 0])
    services.sessions.finish(room["actors"]["med"], sid, rules.Outcome.WRITTEN,
                             terms=[{"obligor": "深圳市某劳务有限公司", "obligee": "张堃", "what": f"工资{CANARY}",
                                     "amount": "30000", "deadline": "2027-01-10", "method": "银行转账"}])
    result = services.exchange.export(enrolled, tmp_path / "out", services.seal)
    plain = district.open_bundle(result.path.read_bytes()).payload
    text = plain.decode("utf-8")
    assert json.loads(text)["counts"]["agreement"] == 1
    assert CANARY not in text and "CANARY" not in text
    assert _valid_ids(text) == [] and GOOD_ID not in text and second_id not in text
    names = {p.name for p in room["parties"]} | {"张堃", "深圳市某劳务有限公司"}
    for name in names:
        assert name not in text, name
    assert "13800138000" not in text and "失眠" not in text


def test_incremental_after_edits_carries_only_changes(services, room, district, enrolled, tmp_path):
    first, _ = _export(services, enrolled, tmp_path, district)
    receipt, _ = district.receipt(first.path.read_bytes())
    services.exchange.import_receipt(enrolled, receipt)
    assert services.exchange.preview(enrolled).counts == {
        "case": 0, "party": 0, "agreement": 0, "follow_up": 0, "tombstone": 0}
    with services.db.write() as s:
        case = s.get(Case, room["case_id"])
        case.mediation_extended_days = 5
    second, opened = _export(services, enrolled, tmp_path, district)
    doc = opened.document
    assert doc["counts"] == {"case": 1, "tombstone": 0}
    assert doc["records"][0]["data"]["mediation_extended_days"] == 5 and doc["records"][0]["version"] > 1
    assert doc["previous_bundle_id"] == first.bundle_id
    assert doc["base"] == {"bundle_id": first.bundle_id, "sequence": 1}
    assert second.path.name.endswith("000002.p7m")


def test_unacknowledged_bundle_is_re_included_and_receipt_advances_cursor(services, room, district, enrolled,
                                                                         tmp_path):
    first, _ = _export(services, enrolled, tmp_path, district)
    services.intake.register(room["actors"]["rec"], simple_intake(id_number=make_resident_id("440303", date(1975, 1, 2), 11)))
    second, opened = _export(services, enrolled, tmp_path, district)  # no receipt for the first one
    assert opened.document["counts"] == {"case": 2, "party": 4, "tombstone": 0}
    assert opened.document["base"] is None and opened.document["previous_bundle_id"] == first.bundle_id
    # re-sending the first bundle is harmless: the same file opens and names the same records
    again = district.open_bundle(first.path.read_bytes())
    assert again.document["bundle_id"] == first.bundle_id
    receipt, _ = district.receipt(second.path.read_bytes())
    row = services.exchange.import_receipt(enrolled, receipt)
    assert row.receipt_status == "acknowledged"
    assert services.exchange.import_receipt(enrolled, receipt).receipt_status == "acknowledged"  # idempotent
    states = {r.sequence: r.receipt_status for r in services.exchange.history(enrolled)}
    assert states == {1: "superseded", 2: "acknowledged"}
    assert sum(services.exchange.preview(enrolled).counts.values()) == 0


def test_deletions_travel_as_tombstones(services, room, district, enrolled, tmp_path):
    first, _ = _export(services, enrolled, tmp_path, district)
    services.exchange.import_receipt(enrolled, district.receipt(first.path.read_bytes())[0])
    party_id = room["parties"][1].id
    with services.db.write() as s:
        s.delete(s.get(Party, party_id))
    _, opened = _export(services, enrolled, tmp_path, district)
    assert [(t["type"], t["id"]) for t in opened.document["tombstones"]] == [("party", party_id)]
    assert list(schema.validator().iter_errors(opened.document)) == []


def test_export_needs_enrolment_and_permission(services, room, district, tmp_path):
    admin = Actor("", "a", "a", Role.ADMIN)
    with pytest.raises(ValidationError, match="not enrolled"):
        services.exchange.export(admin, tmp_path, services.seal)
    with pytest.raises(PermissionDenied):
        services.exchange.preview(room["actors"]["med"])
    with pytest.raises(PermissionDenied):
        services.exchange.make_request(room["actors"]["rec"])


def test_cancelled_export_writes_nothing(services, room, district, enrolled, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DomainError, match="cancelled"):
        services.exchange.export(enrolled, tmp_path / "out", services.seal, cancel=cancel)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert services.exchange.history(enrolled) == []


def test_receipt_from_another_district_is_refused(services, room, district, enrolled, tmp_path):
    from app.services.district_ca import DistrictCA
    result, _ = _export(services, enrolled, tmp_path, district)
    other = DistrictCA(tmp_path / "other")
    other.init("别的区")
    from app.exchange import receipt
    fake = receipt.make({"bundle_id": result.bundle_id, "station_code": "LH-DM-001", "sequence": 1, "counts": {}},
                        other.root(), other._private("root-key.pem"))  # noqa: SLF001
    with pytest.raises(DomainError):
        services.exchange.import_receipt(enrolled, fake)
    assert services.exchange.history(enrolled)[0].receipt_status == "pending"


def test_seal_after_enrolment_verifies_with_the_district_root_alone(services, agreed, district, tmp_path):
    from tests.services.test_documents import STROKE
    from app.documents.signing import verify_pdf
    from app.exchange import pki
    spec = agreed["actors"]["spec"]
    # an agreement sealed before enrolment, with the station's self-made certificate
    view = services.documents.open_agreement(spec, agreed["case_id"])
    for slot, _, _ in view.slots:
        services.documents.add_signature(spec, view.id, slot, STROKE)
    before = services.documents.seal_agreement(spec, view.id)
    own_cert = services.seal.trusted_certificates()[0]
    from cryptography import x509 as cx
    assert pki.station_code_of(cx.load_der_x509_certificate(own_cert).subject)  # names the station
    admin = Actor("", "a", "a", Role.ADMIN)
    csr = services.exchange.make_request(admin, station_code="LH-DM-002")
    answer, _ = district.enrol(csr)
    services.exchange.enrol(admin, answer, services.seal)
    assert services.seal.verify(before.pdf).ok  # sealed before enrolment: still verifies
    new = services.documents.revise(spec, view.id, "补充履行地点")
    for slot, _, _ in new.slots:
        services.documents.add_signature(spec, new.id, slot, STROKE)
    after = services.documents.seal_agreement(spec, new.id)
    root_only = [pki.pem(district.root())]
    result = verify_pdf(after.pdf, root_only)
    assert result.ok, result.message_en
    assert result.signer == "测试服务站"  # the district-issued certificate names the station
    assert not verify_pdf(before.pdf, root_only).ok  # the self-made one is not the district's
    from app.services.district_ca import DistrictCA
    stranger = DistrictCA(tmp_path / "stranger")
    stranger.init("别的区")
    assert verify_pdf(after.pdf, [pki.pem(stranger.root())]).code == "untrusted_signer"


# The fields of app.domain.statistics.CaseFacts (the statistics module, another branch).
CASE_FACTS = ("case_id", "number", "station_code", "street", "category_code", "national_category_code", "source",
              "room_code", "path", "status", "demand_class", "registered_at", "accepted_at", "first_feedback_at",
              "closed_at", "agreement_form", "agreement_effective_on", "amount", "warning_level",
              "warning_reason_codes", "party_count", "party_pseudonyms", "mediator_id", "outcome_reason",
              "follow_up_results", "mediation_extended_days")


def case_facts_from(doc: dict) -> dict[str, dict]:
    """What the district does: one CaseFacts per case, from the case, party, agreement and
    follow-up records alone."""
    by_type: dict[str, list[dict]] = {}
    for r in doc["records"]:
        by_type.setdefault(r["type"], []).append(r)
    out = {}
    for c in by_type.get("case", []):
        d = c["data"]
        parties = [p["data"] for p in by_type.get("party", []) if p["data"]["case_id"] == c["id"]]
        agreements = [a["data"] for a in by_type.get("agreement", []) if a["data"]["case_id"] == c["id"]]
        follow = sorted((f["data"] for f in by_type.get("follow_up", []) if f["data"]["case_id"] == c["id"]),
                        key=lambda f: f["due_on"])
        latest = max(agreements, key=lambda a: a["revision"], default=None)
        out[c["id"]] = {
            "case_id": c["id"], **{k: d[k] for k in ("number", "station_code", "street", "category_code",
                                                      "national_category_code", "source", "room_code", "path",
                                                      "status", "demand_class", "registered_at", "accepted_at",
                                                      "first_feedback_at", "closed_at", "agreement_effective_on",
                                                      "amount", "warning_level", "warning_reason_codes",
                                                      "mediator_id", "mediation_extended_days")},
            "agreement_form": latest["form"] if latest else None,
            "party_count": len(parties),
            "party_pseudonyms": tuple(p["id_pseudonym"] for p in parties if p["id_pseudonym"]),
            "outcome_reason": d["outcome_reason_code"] or "",
            "follow_up_results": tuple(f["performance"] for f in follow if f["done_at"] and f["performance"]),
        }
    return out


def test_every_case_fact_is_derivable(services, agreed, district, enrolled, tmp_path):
    _, opened = _export(services, enrolled, tmp_path, district)
    facts = case_facts_from(opened.document)
    (one,) = facts.values()
    assert set(one) == set(CASE_FACTS)
    assert one["agreement_form"] == "written" and one["party_count"] == 2 and len(one["party_pseudonyms"]) == 1
    assert one["street"] == "东门" and one["warning_reason_codes"]
