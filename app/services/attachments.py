"""Files attached to a case: above all the scanned paper copy of an agreement with its wet
signatures, fingerprints and the committee's physical seal (the legal original), kept next
to the sealed PDF it corresponds to.

Only PDF, PNG and JPEG are accepted, recognised by their magic bytes rather than by the file
name, and up to MAX_BYTES each. Every addition is audited; the audit row records the file's
SHA-256 but never its content.
"""
from __future__ import annotations

import builtins
import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import func, select

from app.domain.errors import NotFound, ValidationError
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.services.routing import load_case
from app.storage import audit
from app.storage.models import Attachment, Staff

MAX_BYTES = 25 * 1024 * 1024
KINDS: dict[str, str] = {
    "signed_paper_copy": "签署后的纸质文本扫描件",
    "performance_evidence": "履行凭证",
    "other": "其他材料",
}
# (magic prefix, media type); JPEG starts with SOI followed by any marker.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    case_id: str
    kind: str
    kind_label: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class AttachmentFile:
    info: AttachmentInfo
    content: bytes


def sniff_media_type(content: bytes) -> str | None:
    """The media type by magic bytes (PDF, PNG, JPEG), else None."""
    head = content[:1024]
    for magic, media_type in _MAGIC:
        if magic == b"%PDF-":
            # PDF allows up to 1 KB of junk before the header (ISO 32000-1 §7.5.2 note).
            if magic in head:
                return media_type
        elif head.startswith(magic):
            return media_type
    return None


def _clean_filename(filename: str) -> str:
    name = PurePath(filename.replace("\\", "/")).name.strip()
    return name[:300] or "attachment"


class AttachmentService(Service):
    def add(self, actor: Actor, case_id: str, filename: str, content: bytes, kind: str = "signed_paper_copy"
            ) -> AttachmentInfo:
        require(actor.role, Action.ISSUE_DOCUMENTS)
        if kind not in KINDS:
            raise ValidationError("未知的附件类型。", f"unknown attachment kind {kind!r}", field="kind")
        if not content:
            raise ValidationError("文件为空。", "empty file", field="file")
        if len(content) > MAX_BYTES:
            raise ValidationError(f"文件过大（超过{MAX_BYTES // (1024 * 1024)} MB），请降低扫描分辨率后重试。",
                                  f"file too large: {len(content)} bytes > {MAX_BYTES}", field="file")
        media_type = sniff_media_type(content)
        if media_type is None:
            raise ValidationError("只能添加 PDF、PNG 或 JPEG 格式的扫描件。",
                                  f"not a PDF, PNG or JPEG: {filename!r}", field="file")
        digest = hashlib.sha256(content).hexdigest()
        with self.db.write() as s:
            c = load_case(s, case_id)
            row = Attachment(case_id=c.id, kind=kind, filename=_clean_filename(filename), media_type=media_type,
                             sha256=digest, content=content, added_by_id=actor.user_id or None,
                             added_at=self.now())
            s.add(row)
            s.flush()
            audit.append(s, actor=actor.audit_name, action="attachment_add", entity="case", entity_id=c.id,
                         detail={"attachment": row.id, "kind": kind, "media_type": media_type,
                                 "sha256": digest, "size": len(content)})
            return self._info(row, actor.display_name if actor.user_id else "", len(content))

    def list(self, actor: Actor, case_id: str) -> builtins.list[AttachmentInfo]:
        """The case's attachments, oldest first (metadata only; `get` loads the content)."""
        require(actor.role, Action.ISSUE_DOCUMENTS)
        with self.db.read() as s:
            c = load_case(s, case_id)
            staff = {x.id: x.display_name for x in s.scalars(select(Staff))}
            q = (select(Attachment.id, Attachment.case_id, Attachment.kind, Attachment.filename,
                        Attachment.media_type, Attachment.sha256, Attachment.added_by_id, Attachment.added_at,
                        func.length(Attachment.content).label("size"))
                 .where(Attachment.case_id == c.id).order_by(Attachment.added_at, Attachment.id))
            return [AttachmentInfo(r.id, r.case_id, r.kind, KINDS.get(r.kind, r.kind), r.filename, r.media_type,
                                   int(r.size or 0), r.sha256, staff.get(r.added_by_id or "", ""), r.added_at)
                    for r in s.execute(q)]

    def get(self, actor: Actor, attachment_id: str) -> AttachmentFile:
        require(actor.role, Action.ISSUE_DOCUMENTS)
        with self.db.read() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFound("找不到该附件。", f"no attachment {attachment_id!r}")
            staff = s.get(Staff, row.added_by_id) if row.added_by_id else None
            return AttachmentFile(self._info(row, staff.display_name if staff else "", len(row.content)),
                                  bytes(row.content))

    @staticmethod
    def _info(row: Attachment, added_by: str, size: int) -> AttachmentInfo:
        return AttachmentInfo(row.id, row.case_id, row.kind, KINDS.get(row.kind, row.kind), row.filename,
                              row.media_type, size, row.sha256, added_by, row.added_at)
