"""回访 through the service: due dates from the rule and the deadlines, overdue first, visits,
督促履行, 履行凭证, the 回访记录, and 结案 / 立卷归档 refused with their reasons."""
from __future__ import annotations

import subprocess
from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain import follow_up as rules
from app.domain.catalog import Role
from app.domain.clocks import CHINA_TZ
from app.domain.errors import ValidationError
from app.services.common import Actor
from app.storage.models import Agreement, Case, CaseEvent, Party, Station

SPEC = Actor("", "specialist", "法治专员", Role.LEGAL_SPECIALIST)
NOW = datetime(2026, 3, 20, 10, 0, tzinfo=CHINA_TZ)


@contextmanager
def zh_raises(text: str):
    """A ValidationError whose Chinese message (what the user reads) says `text`."""
    with pytest.raises(ValidationError) as e:
        yield
    assert text in e.value.zh, e.value.zh


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


@pytest.fixture
def case(services):
    services.follow_ups.now = lambda: NOW
    services.documents.now = lambda: NOW
    with services.db.write() as s:
        st = s.scalars(select(Station)).one()
        c = Case(station_id=st.id, number="〔2026〕罗湖东门调字第7号", year=2026, seq=7, source="walk_in",
                 category_code="04", demand_class="class_1", summary="货款纠纷", status="performing",
                 registered_at=datetime(2026, 2, 27, 9, tzinfo=CHINA_TZ),
                 accepted_at=datetime(2026, 2, 27, 9, 10, tzinfo=CHINA_TZ), agreement_effective_on=date(2026, 3, 1))
        s.add(c)
        s.flush()
        s.add_all([Party(case_id=c.id, position=0, role="applicant", kind="person", name="张堃"),
                   Party(case_id=c.id, position=1, role="respondent", kind="person", name="李四")])
        s.add(Agreement(case_id=c.id, number="〔2026〕罗湖东门协字第7号", form="written", status="signed",
                        effective_on=date(2026, 3, 1), performance_deadline="2026年3月31日前",
                        terms=[{"what": "第一期货款", "deadline": "2026-03-10"},
                               {"what": "第二期货款", "deadline": "2026-03-31"}]))
        return c.id


def visit(**kw) -> rules.Visit:
    base = dict(visited_at=NOW - timedelta(hours=1), method="phone", whom="张堃", performance="full",
                satisfaction="满意")
    base.update(kw)
    return rules.Visit(**base)


def test_visits_fall_due_from_the_rule_and_each_deadline_overdue_first(services, case):
    items = services.follow_ups.due(SPEC)
    assert [(i.due_on, i.reason, i.overdue) for i in items] == [
        (date(2026, 3, 11), "deadline", True), (date(2026, 3, 16), "rule", True), (date(2026, 4, 1), "deadline", False)]
    assert items[0].parties == "张堃、李四" and items[0].case_number.endswith("调字第7号")
    assert services.follow_ups.due(SPEC, mine=True) == []  # nobody is this case's mediator


def test_station_rule_days_come_from_settings_and_same_day_visits_merge():
    assert rules.due_visits(date(2026, 3, 1), [date(2026, 3, 10)], rule_days=10) == [
        rules.DueVisit(date(2026, 3, 11), "rule")]
    with pytest.raises(ValidationError):
        rules.due_visits(date(2026, 3, 1), [], rule_days=0)


def test_visit_checks_then_recording_moves_the_case_to_follow_up(services, case):
    first = services.follow_ups.due(SPEC)[0]
    with zh_raises("不能晚于当前时间"):
        services.follow_ups.record_visit(SPEC, first.id, visit(visited_at=NOW + timedelta(days=1)))
    with zh_raises("采取的措施"):
        services.follow_ups.record_visit(SPEC, first.id, visit(performance="partial"))
    with zh_raises("回访方式"):
        services.follow_ups.record_visit(SPEC, first.id, visit(method="letter"))
    done = services.follow_ups.record_visit(SPEC, first.id, visit(performance="partial", measures="电话督促"))
    assert done.done and done.needs_reminder
    with services.db.read() as s:
        assert s.get(Case, case).status == "follow_up"
        kinds = [e.kind for e in s.scalars(select(CaseEvent).where(CaseEvent.case_id == case))]
    assert "follow_up" in kinds
    with zh_raises("已经记录"):
        services.follow_ups.record_visit(SPEC, first.id, visit())


def test_reminder_only_when_not_performed_and_it_prints_the_agreement_number(services, case):
    first, second, _ = services.follow_ups.due(SPEC)
    with zh_raises("先记录回访"):
        services.follow_ups.remind(SPEC, first.id)
    services.follow_ups.record_visit(SPEC, first.id, visit())
    with zh_raises("无需督促履行"):
        services.follow_ups.remind(SPEC, first.id)
    services.follow_ups.record_visit(SPEC, second.id, visit(performance="none", measures="督促被申请人履行"))
    text = "".join(pdf_text(services.follow_ups.remind(SPEC, second.id, "请于三日内支付")).split())
    assert "督促履行通知书" in text and "〔2026〕罗湖东门协字第7号" in text and "未履行" in text
    with services.db.read() as s:
        assert s.scalars(select(CaseEvent).where(CaseEvent.case_id == case,
                                                 CaseEvent.kind == "performance_reminder")).first()


def test_follow_up_record_only_for_a_visit_made_and_blank_where_not_asked(services, case):
    with zh_raises("尚无已进行的回访"):
        services.documents.render(SPEC, "follow-up", case)
    first = services.follow_ups.due(SPEC)[0]
    services.follow_ups.record_visit(SPEC, first.id, visit(went_to_court=None, escalated=False))
    lines = pdf_text(services.documents.render(SPEC, "follow-up", case).pdf).splitlines()
    text = "".join("".join(lines).split())
    assert "〔2026〕罗湖东门协字第7" in text and "电话回访" in text and "已全部履行" in text  # the cell wraps
    court = text.split("是否另行起诉")[1].split("有无纠纷")[0]
    assert court.replace("及结果", "") == ""            # not asked: blank, not 无
    risk = text.split("有无纠纷")[1].split("采取的")[0]
    assert risk.replace("激化或隐患", "").replace("激化或隐", "").replace("患", "") == "无"                               # asked: no escalation


def test_performance_evidence_attaches(services, case):
    info = services.attachments.add(SPEC, case, "转账凭证.pdf", b"%PDF-1.4 evidence", kind="performance_evidence")
    assert info.kind_label == "履行凭证"


def test_closing_refused_while_unsigned_or_a_visit_is_open_then_close_and_archive(services, case):
    with services.db.write() as s:
        s.add(Agreement(case_id=case, number="〔2026〕罗湖东门协字第7-1号", form="written", status="draft", revision=2))
    visits = services.follow_ups.due(SPEC)
    for v in visits[:2]:
        services.follow_ups.record_visit(SPEC, v.id, visit())
    with pytest.raises(ValidationError) as e:
        services.follow_ups.close(SPEC, case)
    assert "调解协议〔2026〕罗湖东门协字第7-1号尚未签署" in e.value.zh
    assert "2026年04月01日的回访尚未完成" in e.value.zh
    with zh_raises("原因"):
        services.follow_ups.waive(SPEC, visits[2].id, " ")
    services.follow_ups.waive(SPEC, visits[2].id, "当事人已提前履行完毕并提供凭证")
    with zh_raises("尚未签署"):
        services.follow_ups.close(SPEC, case)
    with zh_raises("只有已结案"):
        services.follow_ups.archive(SPEC, case)
    with services.db.write() as s:
        s.scalars(select(Agreement).where(Agreement.status == "draft")).one().status = "signed"
    services.follow_ups.close(SPEC, case)
    services.follow_ups.archive(SPEC, case)
    with services.db.read() as s:
        assert s.get(Case, case).status == "archived"
