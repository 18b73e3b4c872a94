"""The 话聊 session through the service layer: gate, panels, confidentiality, minutes, outcomes."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import session as rules
from app.domain.catalog import CaseStatus, Role, WarningLevel
from app.domain.errors import PermissionDenied, ValidationError
from app.services.sessions import Participants
from tests.services.test_intake import simple_intake


@pytest.fixture
def room(services):
    admin = services.auth.login("admin", "admin-pass-1")
    people = {}
    for name, role in (("rec", Role.RECEPTION), ("spec", Role.LEGAL_SPECIALIST), ("med", Role.MEDIATOR),
                       ("law", Role.LAWYER), ("psy", Role.COUNSELLOR)):
        info = services.auth.add_user(admin, username=name, display_name=name.upper(), role=role,
                                      password="password-1", pin="2468")
        people[name] = info
    actors = {n: services.auth.login(n, "password-1") for n in people}
    case_id = services.intake.register(actors["rec"], simple_intake()).case_id
    services.routing.accept(actors["spec"], case_id, room_code="R2", mediator_id=people["med"].id,
                            lawyer_id=people["law"].id, counsellor_id=people["psy"].id)
    parties = services.cases.detail(actors["spec"], case_id).parties
    return {"case_id": case_id, "people": people, "actors": actors, "parties": parties}


def _start(services, room, **kw):
    p = Participants(party_ids=[x.id for x in room["parties"]], mediator_id=room["people"]["med"].id,
                     lawyer_id=room["people"]["law"].id, counsellor_id=room["people"]["psy"].id, **kw)
    return services.sessions.start(room["actors"]["med"], room["case_id"], p)


def _open(services, room, sid):
    med = room["actors"]["med"]
    for item in ("rights_notice", "consent_mediation", "consent_counsellor", "consent_sensitive"):
        services.sessions.set_check(med, sid, rules.Stage.OPENING, item, True)


def test_substantive_stages_refuse_until_notice_and_consents(services, room):
    sid = _start(services, room)
    med = room["actors"]["med"]
    with pytest.raises(ValidationError) as err:
        services.sessions.enter_stage(med, sid, rules.Stage.REASON)
    assert "权利义务" in err.value.zh and "同意心理咨询师参与" in err.value.zh
    psy = services.auth.unlock_panel("psy", "2468")
    with pytest.raises(ValidationError):
        services.sessions.save_field(psy, sid, "emotion", "process_note", "x")
    _open(services, room, sid)
    services.sessions.enter_stage(med, sid, rules.Stage.REASON)
    assert services.sessions.state(med, sid).stage == rules.Stage.REASON
    assert services.cases.detail(med, room["case_id"]).row.status == CaseStatus.MEDIATING


def test_recusal_requires_replacement_or_waiver(services, room):
    conflict = [(room["people"]["law"].id, room["parties"][0].id, "亲属")]
    with pytest.raises(ValidationError) as err:
        _start(services, room, conflicts=conflict)
    assert "回避" in err.value.zh
    assert _start(services, room, conflicts=conflict, waiver_recorded=True)


def test_panels_keep_counsellor_notes_private(services, room):
    sid = _start(services, room)
    _open(services, room, sid)
    psy = services.auth.unlock_panel("psy", "2468")
    law = services.auth.unlock_panel("law", "2468")
    med = services.auth.unlock_panel("med", "2468")
    services.sessions.save_field(psy, sid, "emotion", "process_note", "申请人近期失眠，谈及轻生念头")
    services.sessions.save_field(psy, sid, "emotion", "team_summary", "情绪已平复，建议转介")
    services.sessions.save_field(law, sid, "law", "legal_basis", "《劳动合同法》第三十条")
    services.sessions.save_field(med, sid, "reason", "agreed_facts", "欠薪三万元属实")
    with pytest.raises(PermissionDenied):
        services.sessions.save_field(law, sid, "emotion", "process_note", "x")
    for name in ("law", "med", "spec"):
        fields = services.sessions.state(room["actors"][name], sid).fields
        assert "emotion.process_note" not in fields and fields["emotion.team_summary"] == "情绪已平复，建议转介"
        assert "轻生" not in str(services.cases.detail(room["actors"][name], room["case_id"]).notes)
    assert services.sessions.state(room["actors"]["psy"], sid).fields["emotion.process_note"].startswith("申请人")
    admin = services.auth.login("admin", "admin-pass-1")
    assert services.cases.detail(admin, room["case_id"]).notes == []


def test_high_risk_and_phq9_item9_raise_strong_warning(services, room):
    sid = _start(services, room)
    _open(services, room, sid)
    psy = services.auth.unlock_panel("psy", "2468")
    result = services.sessions.screen(psy, sid, "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert result.alert and "立即" in result.message and "非诊断" in result.message
    d = services.cases.detail(room["actors"]["med"], room["case_id"])
    assert d.row.warning_level == WarningLevel.STRONG
    services.sessions.set_risk_level(psy, sid, "high")
    assert "心理风险评估：高" in services.cases.detail(room["actors"]["med"], room["case_id"]).warning_reasons


def test_minutes_speakers_close_and_correct(services, room):
    sid = _start(services, room)
    med = room["actors"]["med"]
    e1 = services.sessions.add_minutes(med, sid, "mediator", "告知权利义务")
    services.sessions.add_minutes(med, sid, "applicant", "要求支付三万元")
    services.sessions.edit_minutes(med, e1, "已告知双方权利义务")
    with pytest.raises(ValidationError):
        services.sessions.close_minutes(med, sid, read_back_confirmed=False)
    services.sessions.close_minutes(med, sid, read_back_confirmed=True)
    with pytest.raises(ValidationError):
        services.sessions.edit_minutes(med, e1, "改")
    with pytest.raises(ValidationError):
        services.sessions.correct_minutes(med, e1, "改", "")
    services.sessions.correct_minutes(med, e1, "已告知双方权利义务及调解原则", "补充遗漏内容")
    lines = services.sessions.state(med, sid).minutes
    assert [(m.speaker_label, m.corrects_seq) for m in lines] == [("调解员", None), ("申请人", None), ("调解员", 1)]
    assert lines[0].text == "已告知双方权利义务"


@pytest.mark.parametrize(("outcome", "kwargs", "status"), [
    (rules.Outcome.WRITTEN, {"terms": [{"obligor": "公司", "what": "支付工资", "amount": "30000"}]},
     CaseStatus.AGREED_WRITTEN),
    (rules.Outcome.ORAL, {"oral_content": "公司当场支付三万元"}, CaseStatus.AGREED_ORAL),
    (rules.Outcome.NO_AGREEMENT, {"reason_code": "divergence"}, CaseStatus.TERMINATED),
    (rules.Outcome.REFERRAL, {"referral_kind": "arbitration"}, CaseStatus.REFERRED),
    (rules.Outcome.ADJOURNED, {"next_date": date.today() + timedelta(days=3)}, CaseStatus.MEDIATING),
])
def test_outcomes_move_the_case(services, room, outcome, kwargs, status):
    sid = _start(services, room)
    services.sessions.finish(room["actors"]["med"], sid, outcome, **kwargs)
    d = services.cases.detail(room["actors"]["spec"], room["case_id"])
    assert d.row.status == status
    assert d.sessions[0].outcome == outcome.value
    with pytest.raises(ValidationError):
        services.sessions.add_minutes(room["actors"]["med"], sid, "mediator", "x")


def test_several_sessions_per_case(services, room):
    s1 = _start(services, room)
    services.sessions.finish(room["actors"]["med"], s1, rules.Outcome.ADJOURNED,
                             next_date=date.today() + timedelta(days=1))
    s2 = _start(services, room)
    services.sessions.finish(room["actors"]["med"], s2, rules.Outcome.ORAL, oral_content="和解")
    sessions = services.cases.detail(room["actors"]["spec"], room["case_id"]).sessions
    assert [x.seq for x in sessions] == [1, 2]
    assert services.sessions.open_sessions(room["actors"]["med"]) == []


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_phq9_scoring_properties(answers):
    r = rules.score_phq9(answers)
    assert r.total == sum(answers) and 0 <= r.total <= 27
    assert r.alert is (answers[8] > 0)
    assert r.band in {label for _, label in rules.PHQ9_BANDS}
    assert "诊断" not in r.band


@given(st.lists(st.integers(0, 3), min_size=7, max_size=7))
def test_gad7_scoring_properties(answers):
    r = rules.score_gad7(answers)
    assert r.total == sum(answers)
    expected = "极轻微" if r.total <= 4 else "轻度" if r.total <= 9 else "中度" if r.total <= 14 else "重度"
    assert r.band == expected and not r.alert


def test_screening_rejects_bad_answers():
    with pytest.raises(ValidationError):
        rules.score_phq9([0] * 8)
    with pytest.raises(ValidationError):
        rules.score_gad7([4] * 7)
