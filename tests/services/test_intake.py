"""Registering, routing and moving cases through the services."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.catalog import CaseStatus, PartyKind, PartyRole, Role, WarningLevel
from app.domain.errors import IllegalTransition, ValidationError
from app.domain.identity import make_resident_id
from app.services.cases import CaseFilter
from app.services.common import InvalidInput
from app.services.intake import IntakeInput, PartyInput
from app.storage.models import Case, Party

GOOD_ID = make_resident_id("440303", date(1988, 6, 1), 241)


def simple_intake(summary: str = "建筑工人被拖欠工资三万元，多次讨薪未果", id_number: str = GOOD_ID) -> IntakeInput:
    return IntakeInput(
        category_code="10", summary=summary, claims=["支付拖欠工资30000元"], amount="30000",
        consent_to_mediation=True,
        parties=[PartyInput(role=PartyRole.APPLICANT, name="张堃", id_number=id_number, phone="13800138000"),
                 PartyInput(role=PartyRole.RESPONDENT, kind=PartyKind.ORGANISATION, name="深圳市某劳务有限公司",
                            credit_code="91110000600037341L", phone="0755-82221234")])


@pytest.fixture
def staff(services):
    admin = services.auth.login("admin", "admin-pass-1")
    for name, role in (("rec", Role.RECEPTION), ("spec", Role.LEGAL_SPECIALIST), ("med", Role.MEDIATOR),
                       ("law", Role.LAWYER), ("psy", Role.COUNSELLOR)):
        services.auth.add_user(admin, username=name, display_name=name, role=role, password="password-1")
    return {n: services.auth.login(n, "password-1") for n in ("rec", "spec", "med", "law", "psy")}


def test_register_assigns_number_and_derives_from_id(services, staff):
    r = services.intake.register(staff["rec"], simple_intake())
    assert r.number == f"〔{date.today().year}〕罗湖东门调字第1号"
    with services.db.read() as s:
        p = s.scalars(select(Party).where(Party.case_id == r.case_id, Party.position == 0)).one()
        assert p.birth_date == date(1988, 6, 1) and p.gender == "male"  # sequence 241 is odd
    r2 = services.intake.register(staff["rec"], simple_intake())
    assert r2.number.endswith("第2号")


def test_wrong_check_digit_names_the_expected_one_and_saves_nothing(services, staff):
    wrong = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")
    with pytest.raises(InvalidInput) as err:
        services.intake.register(staff["rec"], simple_intake(id_number=wrong))
    assert f"身份证号校验位错误，应为 {GOOD_ID[-1]}" in err.value.zh
    assert err.value.errors[0].field == "parties[0].id_number"
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def test_gender_mismatch_is_refused(services, staff):
    inp = simple_intake()
    inp.parties[0].gender = "female" if services.intake.validate(inp)[1][0].gender == "male" else "male"
    with pytest.raises(InvalidInput, match="gender"):
        services.intake.register(staff["rec"], inp)


def test_repeat_visit_and_early_warning(services, staff):
    services.intake.register(staff["rec"], simple_intake())
    r = services.intake.register(staff["rec"], simple_intake("再次来访，扬言要跳楼"))
    assert len(r.repeat_visits) == 1
    assert r.warning.level == WarningLevel.STRONG
    assert any("跳楼" in x.zh for x in r.warning.reasons)
    assert any("30日内" in x.zh or "来访" in x.zh for x in r.warning.reasons)


def test_accept_route_and_illegal_transition(services, staff):
    case_id = services.intake.register(staff["rec"], simple_intake()).case_id
    with pytest.raises(IllegalTransition):
        services.routing.transition(staff["med"], case_id, CaseStatus.CLOSED)
    mediators = services.auth.staff_by_role(Role.MEDIATOR)
    services.routing.accept(staff["spec"], case_id, room_code="R4", mediator_id=mediators[0].id)
    d = services.cases.detail(staff["spec"], case_id)
    assert d.row.status == CaseStatus.ACCEPTED and d.row.room == "劳动者权益保障室"
    assert d.team == {"调解员": "med"}
    assert [e.to_label for e in d.events if e.kind == "status"] == ["待受理", "已受理"]
    assert any(e.kind == "routing" for e in d.events)
    assert any(c.label.startswith("劳动争议调解期限") for c in d.clocks)  # labour: 15 days
    services.routing.transition(staff["med"], case_id, CaseStatus.MEDIATING)
    with pytest.raises(ValidationError, match="reason"):
        services.routing.transition(staff["med"], case_id, CaseStatus.TERMINATED)


def test_decline_needs_known_reason(services, staff):
    case_id = services.intake.register(staff["rec"], simple_intake()).case_id
    with pytest.raises(ValidationError):
        services.routing.decline(staff["spec"], case_id, reason_code="nonsense")
    from app.domain.lifecycle import DECLINE_REASONS
    services.routing.decline(staff["spec"], case_id, reason_code=next(iter(DECLINE_REASONS)))
    assert services.cases.detail(staff["spec"], case_id).row.status == CaseStatus.DECLINED


def test_search_finds_two_character_words(services, staff):
    services.intake.register(staff["rec"], simple_intake("工地老板欠薪跑路"))
    services.intake.register(staff["rec"], simple_intake("楼上漏水导致天花板损坏"))
    actor = staff["spec"]
    hits = services.cases.rows(actor, services.cases.list_ids(actor, CaseFilter(text="欠薪")))
    assert [h.summary for h in hits] == ["工地老板欠薪跑路"]
    assert len(services.cases.list_ids(actor, CaseFilter(text="张堃"))) == 2  # party names too
    assert services.cases.list_ids(actor, CaseFilter(text="离婚")) == []


def test_concurrent_registrations_get_gap_free_unique_numbers(services, staff):
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(5):
                services.intake.register(staff["rec"], simple_intake())
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with services.db.read() as s:
        seqs = sorted(s.scalars(select(Case.seq)))
    assert seqs == list(range(1, 21))


def test_rejected_amount_changes_nothing(services, staff):
    inp = simple_intake()
    inp.amount = "三万"
    with pytest.raises(InvalidInput, match="amount"):
        services.intake.register(staff["rec"], inp)
