"""Investigation records through the service layer: add, update, list; who may record and
read; audit rows and case events; and the 调查记录 printed only from what was recorded."""
from __future__ import annotations

import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from app.domain.catalog import CaseStatus
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.services.common import InvalidInput
from app.services.investigations import NO_INVESTIGATION_ZH, InvestigationInput, QAInput
from app.storage.models import AuditEvent, CaseEvent
from tests.services.test_sessions import room  # noqa: F401 - fixture

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def pdftotext(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return out.decode()


def flat(text: str) -> str:
    return "".join(text.split())


def record(room, **kw) -> InvestigationInput:  # noqa: F811
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=2)
    people = room["people"]
    values = dict(
        started_at=start, ended_at=start + timedelta(minutes=45), place="深圳市某劳务有限公司项目部办公室",
        subject_name="赵工头", subject_details="男，该公司项目负责人，联系电话13900139000",
        investigator_ids=[people["med"].id, people["law"].id], recorder_id=people["spec"].id,
        present=["钱会计（公司财务）"],
        qa=[QAInput("申请人张堃是否在贵项目部工作？工作了多久？", "是，从去年九月干到十二月，共三个月。"),
            QAInput("工资是否结清？尚欠多少？", "还欠三万元，甲方工程款没到，所以一直没发。")],
        findings="项目负责人承认欠付工资三万元。")
    values.update(kw)
    return InvestigationInput(**values)


def test_add_lists_audits_and_moves_the_case_into_investigation(services, room):  # noqa: F811
    med = room["actors"]["med"]
    att = services.attachments.add(room["actors"]["spec"], room["case_id"], "考勤表.png", PNG, kind="other")
    view = services.investigations.add(med, room["case_id"], record(room, attachment_ids=[att.id]))
    assert view.investigators == ("MED", "LAW") and view.recorder == "SPEC"
    assert view.qa[1] == ("工资是否结清？尚欠多少？", "还欠三万元，甲方工程款没到，所以一直没发。")
    assert view.attachments == ("考勤表.png",)
    listed = services.investigations.list(room["actors"]["rec"], room["case_id"])
    assert [v.id for v in listed] == [view.id]
    assert services.cases.detail(med, room["case_id"]).row.status == CaseStatus.INVESTIGATING
    with services.db.read() as s:
        audits = [(a.entity_id, dict(a.detail)) for a in
                  s.scalars(select(AuditEvent).where(AuditEvent.action == "investigation_add"))]
        events = [e.reason for e in s.scalars(select(CaseEvent).where(CaseEvent.case_id == room["case_id"]))]
    assert len(audits) == 1 and audits[0][0] == view.id and audits[0][1]["qa"] == 2
    assert "开始调查" in events and any(r.startswith("登记调查记录：被调查人赵工头") for r in events)

    changed = record(room, qa=[*record(room).qa, QAInput("何时能付？", "月底前。")])
    after = services.investigations.update(room["actors"]["law"], view.id, changed)
    assert len(after.qa) == 3 and after.version == view.version + 1
    with services.db.read() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "investigation_edit")).first() is not None


def test_only_specialist_mediator_and_lawyer_record(services, room):  # noqa: F811
    for who in ("rec", "psy"):
        with pytest.raises(PermissionDenied):
            services.investigations.add(room["actors"][who], room["case_id"], record(room))
    for who in ("spec", "med", "law"):
        services.investigations.add(room["actors"][who], room["case_id"], record(room))
    assert len(services.investigations.list(room["actors"]["psy"], room["case_id"])) == 3


def test_sensitive_records_are_read_by_the_team_only(services, room):  # noqa: F811
    view = services.investigations.add(room["actors"]["med"], room["case_id"], record(room, sensitive=True))
    assert services.investigations.list(room["actors"]["rec"], room["case_id"]) == []
    with pytest.raises(PermissionDenied):
        services.investigations.get(room["actors"]["rec"], view.id)
    assert services.investigations.get(room["actors"]["psy"], view.id).id == view.id


def test_incomplete_or_impossible_records_are_refused(services, room):  # noqa: F811
    med = room["actors"]["med"]
    with pytest.raises(InvalidInput) as err:
        services.investigations.add(med, room["case_id"], record(room, qa=[], place="", investigator_ids=[]))
    fields = {e.field for e in err.value.errors}
    assert {"qa", "place", "investigators"} <= fields
    future = datetime.now(timezone.utc) + timedelta(days=2)
    with pytest.raises(InvalidInput, match="future"):
        services.investigations.add(med, room["case_id"], record(room, started_at=future, ended_at=None))
    with pytest.raises(InvalidInput) as err:
        services.investigations.add(med, room["case_id"], record(room, qa=[QAInput("问题", "")]))
    assert "第1组问答的答为空" in err.value.zh
    with pytest.raises(InvalidInput) as err:
        services.investigations.add(med, room["case_id"], record(room, qa=[QAInput("问\x00题", "答")]))
    assert "「第1问」含有无法打印的控制字符" in err.value.zh and "U+0000" in err.value.zh
    with pytest.raises(NotFound):
        services.investigations.update(med, "no-such-record", record(room))


def test_document_prints_every_recorded_field_and_refuses_without(services, room):  # noqa: F811
    spec, case_id = room["actors"]["spec"], room["case_id"]
    with pytest.raises(ValidationError) as err:
        services.documents.render(spec, "investigation", case_id)
    assert err.value.zh == NO_INVESTIGATION_ZH
    assert services.documents.issued(spec, case_id) == []  # nothing was issued
    att = services.attachments.add(spec, case_id, "考勤表.png", PNG, kind="other")
    first = services.investigations.add(room["actors"]["med"], case_id, record(room, attachment_ids=[att.id]))
    second = services.investigations.add(room["actors"]["med"], case_id, record(
        room, subject_name="孙工友", subject_details="", present=[], findings="",
        qa=[QAInput("你是否与张堃同在该项目干活？", "是的，我们是同一个班组的。")]))
    text = flat(pdftotext(services.documents.render(spec, "investigation", case_id).pdf))
    local = first.started_at.astimezone()
    for expected in ("人民调解调查记录", f"{local.year}年{local.month}月{local.day}日{local.hour}时{local.minute:02d}分",
                     "深圳市某劳务有限公司项目部办公室", "赵工头", "该公司项目负责人，联系电话13900139000",
                     "MED、LAW", "SPEC", "钱会计（公司财务）",
                     "问：申请人张堃是否在贵项目部工作？工作了多久？", "答：是，从去年九月干到十二月，共三个月。",
                     "问：工资是否结清？尚欠多少？", "答：还欠三万元，甲方工程款没到，所以一直没发。",
                     "项目负责人承认欠付工资三万元。", "考勤表.png",
                     "孙工友", "问：你是否与张堃同在该项目干活？", "答：是的，我们是同一个班组的。"):
        assert flat(expected) in text, expected
    assert "请陈述纠纷的基本情况" not in text  # no question made up from the summary
    only = flat(pdftotext(services.documents.render(spec, "investigation", case_id,
                                                    investigation_id=second.id).pdf))
    assert "孙工友" in only and "赵工头" not in only
    case_file = flat(pdftotext(services.documents.render(spec, "case-file", case_id).pdf))
    assert "人民调解调查记录" in case_file and "赵工头" in case_file and "孙工友" in case_file

