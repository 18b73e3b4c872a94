"""上报: the station's half of the exchange with the district.

Enrolment (request → the district's answer → the station's seal and export key become the
district-issued certificate), the next bundle's preview, the export of a sealed incremental
bundle, and the district's receipts. Permissions: Action.EXPORT (legal specialist,
administrator) for all of it.

Incremental: a record travels while the district has not acknowledged its current version
(table exchange_ack, filled from a receipt via the manifest of the bundle it names); deleted
records travel as tombstones until acknowledged. So a bundle whose receipt never came is
re-included in the next one, and re-sending one is harmless (the district upserts by version).
"""
from __future__ import annotations

import base64
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from app.domain.errors import DomainError, ValidationError
from app.exchange import records as rec
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.storage import audit
from app.storage.models import (
    Agreement, AuditEvent, Case, ExchangeAck, ExchangeTombstone, ExportBatch, FollowUp, Party, Room, Station,
)

PENDING_KEYRING_PREFIX = "exchange-pending:"
# Only the columns the allowlist needs are read: free text, contact data and PDFs never are.
CASE_COLUMNS = ("id", "version", "updated_at", "number", "year", "source", "category_code", "demand_class",
                "amount", "status", "warning_level", "warning_reasons", "path", "mediator_id", "lawyer_id",
                "counsellor_id", "consent_to_mediation", "registered_at", "accepted_at", "first_feedback_at",
                "closed_at", "mediation_extended_days", "agreement_effective_on", "outcome_reason")
PARTY_COLUMNS = ("id", "version", "updated_at", "case_id", "position", "role", "kind", "name", "id_type",
                 "id_number", "credit_code", "gender", "birth_date")
NEVER_READ = frozenset({"pdf", "facts", "disputed_matters", "responsibilities", "performance_place",
                        "performance_deadline", "revision_reason", "notes", "party_name"})
Progress = Callable[[int, int], None]


class ExportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("导出已取消，未写入任何文件。", "export cancelled; no file written")


@dataclass(frozen=True)
class EnrolmentStatus:
    state: str                 # none | requested | enrolled
    station_code: str
    root_sha256: str = ""
    certificate_subject: str = ""
    enrolled_at: str = ""


@dataclass(frozen=True)
class Preview:
    counts: dict[str, int]
    sample: dict | None
    enrolled: bool
    unacknowledged_bundles: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    counts: dict[str, int]
    bytes: int


@dataclass(frozen=True)
class BundleRow:
    sequence: int
    bundle_id: str
    file_name: str
    created_at: datetime
    counts: dict[str, int]
    acknowledged_at: datetime | None
    receipt_status: str        # acknowledged | pending | superseded


def default_station_code(station_id: str) -> str:
    return "LH" + station_id.replace("-", "")[:10].upper()


class ExchangeService(Service):
    # --- settings helpers ------------------------------------------------------------
    @staticmethod
    def _station(s: Session) -> Station:
        return s.scalars(select(Station)).one()

    @staticmethod
    def station_code_of(st: Station) -> str:
        return str((st.settings or {}).get("station_code") or default_station_code(st.id))

    def station_code(self) -> str:
        with self.db.read() as s:
            return self.station_code_of(self._station(s))

    def _exchange(self, s: Session) -> dict:
        return dict((self._station(s).settings or {}).get("exchange") or {})

    def status(self, actor: Actor) -> EnrolmentStatus:
        require(actor.role, Action.EXPORT)
        with self.db.read() as s:
            st = self._station(s)
            ex = self._exchange(s)
            return EnrolmentStatus(ex.get("state", "none"), self.station_code_of(st), ex.get("root_sha256", ""),
                                   ex.get("subject", ""), ex.get("enrolled_at", ""))

    # --- enrolment ---------------------------------------------------------------------
    def make_request(self, actor: Actor, *, station_code: str | None = None) -> bytes:
        """A new station key pair and its certificate request (PEM). The key waits, encrypted,
        until the district's answer is imported."""
        import keyring
        from cryptography.hazmat.primitives import serialization

        from app.exchange import pki
        from app.storage import keys
        require(actor.role, Action.EXPORT)
        if station_code is not None and not rec_code_ok(station_code):
            raise ValidationError("站点编码只能包含字母、数字、点、下划线和连字符（1-40个）。",
                                  f"bad station code {station_code!r}", field="station_code")
        key = pki.new_rsa_key()
        password = secrets.token_urlsafe(24)
        with self.db.write() as s:
            st = self._station(s)
            settings = dict(st.settings or {})
            ex = dict(settings.get("exchange") or {})
            if station_code and ex.get("state") == "enrolled" and station_code != self.station_code_of(st):
                raise ValidationError("本站已登记，不能更改站点编码。", "station already enrolled", field="station_code")
            if station_code:
                settings["station_code"] = station_code
            code = station_code or self.station_code_of(st)
            settings["station_code"] = code
            csr = pki.create_request(key, st.name, st.committee_name, code)
            pending = {"key": pki.key_pem(key, password.encode()).decode()}
            if keys.keychain_status().usable:
                account = PENDING_KEYRING_PREFIX + st.id
                keyring.set_password(keys.SERVICE, account, password)
                pending["password_in"], pending["account"] = "keyring", account
            else:  # the database is encrypted with the station key
                pending["password_in"], pending["password"] = "database", password
            ex["pending"] = pending
            if ex.get("state") != "enrolled":
                ex["state"] = "requested"
            settings["exchange"] = ex
            st.settings = settings
            audit.append(s, actor=actor.audit_name, action="exchange_request", entity="station", entity_id=st.id,
                         detail={"station_code": code})
        return csr.public_bytes(serialization.Encoding.PEM)

    def _pending_key(self, ex: dict):  # noqa: ANN202
        import keyring

        from app.exchange import pki
        from app.storage import keys
        pending = ex.get("pending")
        if not pending:
            raise ValidationError("本站尚未生成证书申请，请先“生成证书申请”。", "no pending certificate request",
                                  field="enrolment")
        if pending["password_in"] == "keyring":
            if not keys.keychain_status().usable:
                raise ValidationError("系统钥匙串不可用，无法读取证书申请的私钥。", "keychain unavailable", field="enrolment")
            password = keyring.get_password(keys.SERVICE, pending["account"])
            if password is None:
                raise ValidationError("钥匙串中找不到证书申请的私钥口令。", "pending key password missing",
                                      field="enrolment")
        else:
            password = pending["password"]
        return pki.load_key(pending["key"].encode(), password.encode())

    def enrol(self, actor: Actor, data: bytes, seal) -> EnrolmentStatus:  # noqa: ANN001 - SealService
        """Import the district's answer: from now on seals and exports use its certificate."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.serialization import pkcs12

        from app.exchange import enrolment, pki
        require(actor.role, Action.EXPORT)
        with self.db.read() as s:
            ex = self._exchange(s)
            code = self.station_code_of(self._station(s))
        key = self._pending_key(ex)
        answer = enrolment.read(data, key, code)
        passphrase = secrets.token_urlsafe(24).encode()
        p12 = pkcs12.serialize_key_and_certificates(
            code.encode(), key, answer.station_cert, [answer.root],
            serialization.BestAvailableEncryption(passphrase))
        seal.create_certificate(p12=p12, passphrase=passphrase)
        seal.forget_keys()
        with self.db.write() as s:
            st = self._station(s)
            settings = dict(st.settings or {})
            root_der = base64.b64encode(pki.der(answer.root)).decode()
            trusted = list(settings.get("trusted_certs", []))
            if root_der not in trusted:
                trusted.append(root_der)
            settings["trusted_certs"] = trusted
            ex = dict(settings.get("exchange") or {})
            ex.pop("pending", None)
            ex.update({"state": "enrolled", "root": pki.pem(answer.root).decode(),
                       "encryption": pki.pem(answer.encryption).decode(),
                       "station_cert": pki.pem(answer.station_cert).decode(),
                       "pseudonym_key": base64.b64encode(answer.pseudonym_key).decode(),
                       "root_sha256": pki.fingerprint(answer.root),
                       "subject": answer.station_cert.subject.rfc4514_string(),
                       "enrolled_at": self.now().isoformat(timespec="seconds")})
            settings["exchange"] = ex
            st.settings = settings
            audit.append(s, actor=actor.audit_name, action="exchange_enrol", entity="station", entity_id=st.id,
                         detail={"station_code": code, "root_sha256": ex["root_sha256"],
                                 "certificate_sha256": pki.fingerprint(answer.station_cert)})
        return self.status(actor)

    # --- changes -----------------------------------------------------------------------
    @staticmethod
    def _pending(table, kind: str):  # noqa: ANN001, ANN205
        """Rows of `table` whose current version the district has not acknowledged."""
        ack = ExchangeAck.__table__
        join = table.outerjoin(ack, and_(ack.c.record_type == kind, ack.c.record_id == table.c.id))
        return join, or_(ack.c.version.is_(None), ack.c.version < table.c.version)

    def _collect(self, s: Session, key: bytes | None, code: str, *, limit: int | None = None,
                 progress: Progress | None = None, cancel: threading.Event | None = None
                 ) -> tuple[list[dict], list[dict]]:
        cases, parties = Case.__table__, Party.__table__
        street = self._station(s).street
        out: list[dict] = []
        counts = self._counts(s)
        total = max(1, sum(counts.values()))

        def tick() -> None:
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            if progress is not None and len(out) % 500 == 0:
                progress(len(out), total)

        join, pending = self._pending(cases, "case")
        rooms = Room.__table__
        case_cols = [cases.c[n] for n in CASE_COLUMNS]
        q = (select(*case_cols, rooms.c.code.label("room_code")).select_from(join.outerjoin(rooms, rooms.c.id == cases.c.room_id))
             .where(pending).order_by(cases.c.registered_at, cases.c.id).limit(limit))
        for row in s.execute(q).mappings():
            out.append(rec.case_record(row, station_code=code, street=street, room_code=row["room_code"]))
            tick()
        join, pending = self._pending(parties, "party")
        party_cols = [parties.c[n] for n in PARTY_COLUMNS]
        q = (select(*party_cols, cases.c.registered_at.label("case_registered_at"))
             .select_from(join.join(cases, cases.c.id == parties.c.case_id))
             .where(pending).order_by(parties.c.case_id, parties.c.position).limit(limit))
        for row in s.execute(q).mappings():
            on = row["case_registered_at"].date() if row["case_registered_at"] else self.now().date()
            out.append(rec.party_record(row, key=key, on=on))
            tick()
        for model, build in ((Agreement, rec.agreement_record), (FollowUp, rec.follow_up_record)):
            table = model.__table__
            cols = [c for c in table.c if c.name not in NEVER_READ]  # PDFs, free text: never read
            join, pending = self._pending(table, build.__name__.removesuffix("_record"))
            for row in s.execute(select(*cols).select_from(join).where(pending).order_by(table.c.id).limit(limit)).mappings():
                out.append(build(row))
                tick()
        tombs = [{"type": t.record_type, "id": t.record_id, "deleted_at": rec.ts(t.deleted_at)}
                 for t in s.scalars(select(ExchangeTombstone).where(ExchangeTombstone.acked_seq.is_(None))
                                    .order_by(ExchangeTombstone.deleted_at).limit(limit))]
        return out, tombs

    def _counts(self, s: Session) -> dict[str, int]:
        from sqlalchemy import func
        counts: dict[str, int] = {}
        for model, kind in ((Case, "case"), (Party, "party"), (Agreement, "agreement"), (FollowUp, "follow_up")):
            join, pending = self._pending(model.__table__, kind)
            counts[kind] = s.execute(select(func.count()).select_from(join).where(pending)).scalar_one()
        counts["tombstone"] = s.execute(select(func.count()).select_from(ExchangeTombstone)
                                        .where(ExchangeTombstone.acked_seq.is_(None))).scalar_one()
        return counts

    def _key(self, ex: dict) -> bytes | None:
        return base64.b64decode(ex["pseudonym_key"]) if ex.get("pseudonym_key") else None

    def preview(self, actor: Actor) -> Preview:
        """Counts per record type since the last acknowledgement, and one case and one party
        exactly as the district will see them."""
        require(actor.role, Action.EXPORT)
        with self.db.read() as s:
            ex = self._exchange(s)
            code = self.station_code_of(self._station(s))
            counts = self._counts(s)
            sample_records, tombs = self._collect(s, self._key(ex), code, limit=1)
            pending = s.execute(select(ExportBatch.seq).where(ExportBatch.acknowledged_at.is_(None))).all()
        sample = sample_records[0] if sample_records else (tombs[0] if tombs else None)
        return Preview(counts, sample, ex.get("state") == "enrolled", len(pending))

    # --- export ------------------------------------------------------------------------
    def _signing_material(self, seal):  # noqa: ANN001, ANN202
        from cryptography.hazmat.primitives.serialization import pkcs12
        p12, passphrase, _ = seal.signer_material()
        key, cert, chain = pkcs12.load_key_and_certificates(p12, passphrase)
        return key, cert, list(chain or [])

    def export(self, actor: Actor, out_dir: Path, seal, *, progress: Progress | None = None,  # noqa: ANN001
               cancel: threading.Event | None = None) -> ExportResult:
        from app.exchange import bundle, pki
        require(actor.role, Action.EXPORT)
        out_dir = Path(out_dir)
        with self.db.read() as s:
            ex = self._exchange(s)
            if ex.get("state") != "enrolled":
                raise ValidationError("本站尚未在区平台登记，不能上报。请先完成登记步骤。", "station not enrolled",
                                      field="enrolment")
            code = self.station_code_of(self._station(s))
            records, tombs = self._collect(s, self._key(ex), code, progress=progress, cancel=cancel)
            last = s.execute(select(ExportBatch.id, ExportBatch.seq).order_by(ExportBatch.seq.desc())
                             .limit(1)).first()
            acked = s.execute(select(ExportBatch.id, ExportBatch.seq, ExportBatch.created_at)
                              .where(ExportBatch.acknowledged_at.is_not(None))
                              .order_by(ExportBatch.seq.desc()).limit(1)).first()
            head = s.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
        sequence = (last.seq if last else 0) + 1
        bundle_id = str(uuid.uuid4())
        now = self.now()
        doc = bundle.document(
            bundle_id=bundle_id, station_code=code, sequence=sequence,
            previous_bundle_id=last.id if last else None,
            base={"bundle_id": acked.id, "sequence": acked.seq} if acked else None,
            created_at=rec.ts(now), audit_head={"seq": head[0], "hash": head[1]} if head else {"seq": 0, "hash": "0" * 64},
            records=records, tombstones=tombs)
        payload = bundle.encode(doc)
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        key, cert, chain = self._signing_material(seal)
        sealed = bundle.seal(payload, cert, key, chain, pki.load_cert(ex["encryption"].encode()))
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        path = out_dir / bundle.file_name(code, sequence)
        try:
            bundle.write_atomically(path, sealed)
        except OSError as exc:
            raise ValidationError(f"无法写入导出文件：{exc.strerror or exc}", f"cannot write {path}: {exc}",
                                  field="folder") from exc
        import hashlib
        manifest = [[r["type"], r["id"], r["version"]] for r in records] + [["tombstone", t["id"], 0] for t in tombs]
        with self.db.write() as s:
            s.add(ExportBatch(id=bundle_id, seq=sequence, created_at=now, created_by_id=actor.user_id or None,
                              since=acked.created_at if acked else None, until=now, record_count=len(records),
                              file_sha256=hashlib.sha256(sealed).hexdigest(), file_name=path.name,
                              previous_id=last.id if last else None, counts=doc["counts"], manifest=manifest))
            audit.append(s, actor=actor.audit_name, action="exchange_export", entity="export_batch",
                         entity_id=bundle_id, detail={"sequence": sequence, "counts": doc["counts"],
                                                      "sha256": hashlib.sha256(sealed).hexdigest()})
        if progress is not None:
            progress(1, 1)
        return ExportResult(path, bundle_id, sequence, doc["counts"], len(sealed))

    # --- receipts ----------------------------------------------------------------------
    def import_receipt(self, actor: Actor, data: bytes) -> BundleRow:
        from app.exchange import pki, receipt
        require(actor.role, Action.EXPORT)
        with self.db.read() as s:
            ex = self._exchange(s)
            code = self.station_code_of(self._station(s))
        if ex.get("state") != "enrolled":
            raise ValidationError("本站尚未在区平台登记。", "station not enrolled", field="enrolment")
        body = receipt.read(data, [pki.load_cert(ex["root"].encode())])
        if body.get("station_code") != code:
            raise ValidationError("该回执属于其他站点。", f"receipt for station {body.get('station_code')}", field="receipt")
        if body.get("status") != "accepted":
            raise ValidationError("区平台未接收该数据包。", f"bundle not accepted: {body.get('status')}", field="receipt")
        with self.db.write() as s:
            batch = s.get(ExportBatch, str(body["bundle_id"]))
            if batch is None or batch.seq != body["sequence"]:
                raise ValidationError("回执对应的数据包不在本站的上报记录中。", "receipt for an unknown bundle",
                                      field="receipt")
            if batch.acknowledged_at is None:
                self._acknowledge(s, batch)
                batch.acknowledged_at = self.now()
                batch.receipt = body
                audit.append(s, actor=actor.audit_name, action="exchange_receipt", entity="export_batch",
                             entity_id=batch.id, detail={"sequence": batch.seq})
            row = self._row(batch, self._latest_acked_seq(s))
        return row

    @staticmethod
    def _acknowledge(s: Session, batch: ExportBatch) -> None:
        ack = ExchangeAck.__table__
        existing = {(t, i): v for t, i, v in s.execute(select(ack.c.record_type, ack.c.record_id, ack.c.version))}
        inserts, tomb_ids = [], []
        for kind, rid, version in batch.manifest or []:
            if kind == "tombstone":
                tomb_ids.append(rid)
                continue
            old = existing.get((kind, rid))
            if old is None:
                inserts.append({"record_type": kind, "record_id": rid, "version": version, "bundle_seq": batch.seq})
            elif old < version:
                s.execute(update(ack).where(ack.c.record_type == kind, ack.c.record_id == rid)
                          .values(version=version, bundle_seq=batch.seq))
        if inserts:
            s.execute(ack.insert(), inserts)
        for chunk in range(0, len(tomb_ids), 500):
            s.execute(update(ExchangeTombstone).where(ExchangeTombstone.record_id.in_(tomb_ids[chunk:chunk + 500]),
                                                      ExchangeTombstone.acked_seq.is_(None))
                      .values(acked_seq=batch.seq))
        # A record acknowledged and then deleted: its tombstone supersedes the ack.
        if tomb_ids:
            for chunk in range(0, len(tomb_ids), 500):
                s.execute(ack.delete().where(ack.c.record_id.in_(tomb_ids[chunk:chunk + 500])))

    @staticmethod
    def _latest_acked_seq(s: Session) -> int:
        from sqlalchemy import func
        return s.execute(select(func.max(ExportBatch.seq)).where(ExportBatch.acknowledged_at.is_not(None))).scalar() or 0

    @staticmethod
    def _row(b: ExportBatch, latest_acked: int) -> BundleRow:
        state = "acknowledged" if b.acknowledged_at else ("superseded" if b.seq < latest_acked else "pending")
        return BundleRow(b.seq, b.id, b.file_name, b.created_at, dict(b.counts or {}), b.acknowledged_at, state)

    def history(self, actor: Actor) -> list[BundleRow]:
        require(actor.role, Action.EXPORT)
        with self.db.read() as s:
            latest = self._latest_acked_seq(s)
            cols = [ExportBatch.seq, ExportBatch.id, ExportBatch.file_name, ExportBatch.created_at,
                    ExportBatch.counts, ExportBatch.acknowledged_at]
            out = []
            for seq, bid, name, created, counts, acked in s.execute(select(*cols).order_by(ExportBatch.seq.desc())):
                state = "acknowledged" if acked else ("superseded" if seq < latest else "pending")
                out.append(BundleRow(seq, bid, name, created, dict(counts or {}), acked, state))
            return out


def rec_code_ok(code: str) -> bool:
    import re
    return bool(re.fullmatch(r"[A-Za-z0-9_.-]{1,40}", code))
