"""Scanned signed paper copies attached back to the case: PDF/PNG/JPEG by magic bytes only,
a size limit, permissions, and an audit row per addition."""
from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from app.domain.catalog import Role
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.services import attachments as att
from app.services.intake import IntakeInput, PartyInput
from app.storage.models import AuditEvent

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n"


@pytest.fixture
def case(services):
    admin = services.auth.login("admin", "admin-pass-1")
    for username, role in (("spec", Role.LEGAL_SPECIALIST), ("rec", Role.RECEPTION)):
        services.auth.add_user(admin, username=username, display_name=f"{username}名", role=role,
                               password="password-1")
    spec = services.auth.login("spec", "password-1")
    case_id = services.intake.register(spec, IntakeInput(
        summary="邻居漏水", consent_to_mediation=True, category_code="02",
        parties=[PartyInput(name="王喆"), PartyInput(name="李四")])).case_id
    return {"id": case_id, "spec": spec, "rec": services.auth.login("rec", "password-1")}


def test_add_list_get_by_magic_bytes(services, case):
    spec = case["spec"]
    a = services.attachments.add(spec, case["id"], r"C:\扫描\协议书签字版.pdf", PDF)
    b = services.attachments.add(spec, case["id"], "page2.jpg", JPEG)
    c = services.attachments.add(spec, case["id"], "page3.PNG", PNG, kind="other")
    assert (a.media_type, b.media_type, c.media_type) == ("application/pdf", "image/jpeg", "image/png")
    assert a.filename == "协议书签字版.pdf" and a.kind_label == "签署后的纸质文本扫描件"
    listed = services.attachments.list(spec, case["id"])
    assert [x.id for x in listed] == [a.id, b.id, c.id]
    assert listed[0].size == len(PDF) and listed[0].sha256 == hashlib.sha256(PDF).hexdigest()
    assert listed[0].added_by == "spec名"
    got = services.attachments.get(spec, b.id)
    assert got.content == JPEG and got.info.filename == "page2.jpg"
    with services.db.read() as s:
        details = [dict(r.detail) for r in s.scalars(select(AuditEvent).where(AuditEvent.action == "attachment_add"))]
    assert len(details) == 3 and all("content" not in d and len(d["sha256"]) == 64 for d in details)


def test_refuses_what_is_not_a_scan(services, case):
    spec = case["spec"]
    with pytest.raises(ValidationError) as err:
        services.attachments.add(spec, case["id"], "notes.txt", "协议已签".encode())
    assert err.value.zh == "只能添加 PDF、PNG 或 JPEG 格式的扫描件。"
    with pytest.raises(ValidationError):  # the name does not make it a PDF
        services.attachments.add(spec, case["id"], "fake.pdf", b"MZ\x90\x00 not a pdf")
    with pytest.raises(ValidationError, match="empty"):
        services.attachments.add(spec, case["id"], "empty.pdf", b"")
    with pytest.raises(ValidationError) as big:
        services.attachments.add(spec, case["id"], "huge.pdf", PDF + b"\0" * att.MAX_BYTES)
    assert "过大" in big.value.zh
    with pytest.raises(ValidationError):
        services.attachments.add(spec, case["id"], "x.pdf", PDF, kind="selfie")
    assert services.attachments.list(spec, case["id"]) == []


def test_permissions_and_missing_rows(services, case):
    with pytest.raises(PermissionDenied):
        services.attachments.add(case["rec"], case["id"], "a.pdf", PDF)
    with pytest.raises(PermissionDenied):
        services.attachments.list(case["rec"], case["id"])
    with pytest.raises(NotFound):
        services.attachments.get(case["spec"], "no-such-id")
    with pytest.raises(NotFound):
        services.attachments.add(case["spec"], "no-such-case", "a.pdf", PDF)

