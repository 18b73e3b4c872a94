"""Documents through the services: every kind renders from real rows; the agreement editor,
versions, drawn signatures and the committee seal; verification against the trust list."""
from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from app.domain import session as rules
from app.domain.errors import ValidationError
from app.services.documents import KINDS, TermInput
from tests.services.test_sessions import _open, _start, room  # noqa: F401 - fixture


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


STROKE = [[[0, 0, 0, 0.5], [10, 5, 16, 0.6], [20, 0, 33, 0.7]], [[5, 10, 60, 0.5], [25, 12, 80, 0.5]]]


@pytest.fixture
def agreed(services, room):  # noqa: F811
    sid = _start(services, room)
    _open(services, room, sid)
    med = room["actors"]["med"]
    services.sessions.add_minutes(med, sid, "mediator", "已告知权利义务")
    services.sessions.add_minutes(med, sid, "applicant", "要求支付工资三万元")
    services.sessions.save_field(services.auth.unlock_panel("med", "2468"), sid, "reason", "agreed_facts",
                                 "申请人于2026年为被申请人工作三个月，被拖欠工资三万元属实。")
    services.sessions.finish(med, sid, rules.Outcome.WRITTEN,
                             terms=[{"obligor": "深圳市某劳务有限公司", "obligee": "张堃", "what": "拖欠的工资",
                                     "amount": "30000", "deadline": (date.today() + timedelta(days=10)).isoformat(),
                                     "method": "银行转账"}])
    return room


def test_every_kind_renders_from_the_case(services, agreed):
    spec = agreed["actors"]["spec"]
    for kind in KINDS:
        if kind in ("follow-up", "termination", "oral-agreement", "investigation"):
            with pytest.raises(ValidationError):
                services.documents.render(spec, kind, agreed["case_id"])
            continue
        out = services.documents.render(spec, kind, agreed["case_id"])
        text = _text(out.pdf)
        assert "张堃" in text, kind
        assert out.number in text.replace("\n", ""), kind
    assert len(services.documents.issued(spec, agreed["case_id"])) == len(KINDS) - 4


def test_agreement_prefilled_signed_sealed_and_verified(services, agreed):
    spec = agreed["actors"]["spec"]
    view = services.documents.open_agreement(spec, agreed["case_id"])
    assert "拖欠工资三万元属实" in view.content.facts
    assert view.content.terms[0].amount == "30000"
    with pytest.raises(ValidationError, match="missing signatures"):
        services.documents.seal_agreement(spec, view.id)
    services.documents.add_signature(spec, view.id, view.slots[0][0], STROKE)
    with pytest.raises(ValidationError, match="never edited"):  # signed content is frozen
        services.documents.save_agreement(spec, view.id, view.content)
    for slot, _, _ in view.slots[1:]:
        services.documents.add_signature(spec, view.id, slot, STROKE)
    sealed = services.documents.seal_agreement(spec, view.id)
    text = _text(sealed.pdf)
    assert "叁万元整" in text and "张堃" in text
    result = services.seal.verify(sealed.pdf)
    assert result.ok, result.message_en
    from app.documents import signing
    assert signing._SIGNERS  # noqa: SLF001 - the opened station key is kept between seals
    services.seal.forget_keys()  # what locking the screen does
    assert not signing._SIGNERS  # noqa: SLF001
    tampered = bytearray(sealed.pdf)
    i = tampered.find(b"/Contents")  # a byte inside the signed range, before the signature
    tampered[i - 20] ^= 0x01
    assert not services.seal.verify(bytes(tampered)).ok
    # A sealed agreement is never edited: a correction is a new revision with a reason.
    with pytest.raises(ValidationError):
        services.documents.save_agreement(spec, view.id, view.content)
    with pytest.raises(ValidationError):
        services.documents.revise(spec, view.id, "")
    new = services.documents.revise(spec, view.id, "更正付款期限")
    assert new.revision == 2 and new.status == "draft" and "第2版" in new.number
    history = services.documents.agreement_history(spec, agreed["case_id"])
    assert [(h.revision, h.status, h.superseded) for h in history] == [(1, "sealed", True), (2, "draft", False)]
    assert services.documents.find_issued(sealed.sha256)[1] == "agreement"


def test_unclear_terms_are_warned(services, agreed):
    spec = agreed["actors"]["spec"]
    view = services.documents.open_agreement(spec, agreed["case_id"])
    content = view.content
    content.terms = [TermInput(obligor="深圳市某劳务有限公司", obligee="张堃", what="工资")]
    saved = services.documents.save_agreement(spec, view.id, content)
    assert any("内容不明确" in w.zh or "金额" in w.zh for w in saved.warnings)
    assert all(w.en for w in saved.warnings)
    content.terms[0].amount = "三万"
    with pytest.raises(ValidationError, match="amount"):
        services.documents.save_agreement(spec, view.id, content)


def test_wet_signature_print_has_empty_boxes(services, agreed):
    spec = agreed["actors"]["spec"]
    out = services.documents.render(spec, "agreement", agreed["case_id"], for_wet_signature=True)
    assert "按指印" in _text(out.pdf)


def test_record_names_the_corrected_minutes_entry(services, room):  # noqa: F811
    sid = _start(services, room)
    med = room["actors"]["med"]
    first = services.sessions.add_minutes(med, sid, "mediator", "已告知权利义务")
    services.sessions.close_minutes(med, sid, read_back_confirmed=True)
    services.sessions.correct_minutes(med, first, "已告知权利义务及调解原则", "补充遗漏内容")
    out = services.documents.render(room["actors"]["spec"], "record", room["case_id"])
    assert "更正第1条：补充遗漏内容" in _text(out.pdf).replace("\n", "")
