"""Authors own their notes; drafts are per user; screening stays with the counsellor."""
from __future__ import annotations

from app.domain.catalog import Role
from app.domain.warnings import ATTENTION, SAFETY_ALERT
from app.storage.models import AuditEvent, Note
from tests.services.test_sessions import _open, _start, room  # noqa: F401 - the fixture


def test_a_colleagues_change_is_a_new_version_beside_the_authors(services, room):  # noqa: F811
    admin = services.auth.login("admin", "admin-pass-1")
    services.auth.add_user(admin, username="med2", display_name="MED2", role=Role.MEDIATOR,
                           password="password-1", pin="7391")
    sid = _start(services, room)
    _open(services, room, sid)
    med = services.auth.unlock_panel("med", "2468")
    med2 = services.auth.unlock_panel("med2", "7391")
    services.sessions.save_field(med, sid, "reason", "agreed_facts", "欠薪三万元属实")
    services.sessions.save_field(med2, sid, "reason", "agreed_facts", "欠薪两万元属实")
    services.sessions.save_field(med, sid, "reason", "agreed_facts", "欠薪三万元属实，双方确认")
    with services.db.read() as s:
        bodies = [r.body for r in s.query(Note).filter(Note.session_id == sid, Note.field == "agreed_facts")]
    assert sorted(bodies) == ["欠薪三万元属实，双方确认", "欠薪两万元属实"]
    mine = services.sessions.state(med, sid)
    assert mine.fields["reason.agreed_facts"] == "欠薪三万元属实，双方确认"
    assert mine.versions["reason.agreed_facts"] == [("MED2", "欠薪两万元属实")]
    theirs = services.sessions.state(med2, sid)
    assert theirs.fields["reason.agreed_facts"] == "欠薪两万元属实"
    assert theirs.versions["reason.agreed_facts"] == [("MED", "欠薪三万元属实，双方确认")]


def test_note_saves_changes_reads_and_minutes_are_audited(services, room):  # noqa: F811
    sid = _start(services, room)
    _open(services, room, sid)
    med = services.auth.unlock_panel("med", "2468")
    services.sessions.save_field(med, sid, "reason", "agreed_facts", "a")
    services.sessions.save_field(med, sid, "reason", "agreed_facts", "ab")
    services.sessions.state(med, sid)
    entry = services.sessions.add_minutes(med, sid, "mediator", "开始")
    services.sessions.edit_minutes(med, entry, "开始调解")
    with services.db.read() as s:
        actions = [a for (a,) in s.query(AuditEvent.action).order_by(AuditEvent.seq)]
    for action in ("note_save", "note_change", "note_read", "minutes_add", "minutes_edit"):
        assert action in actions, action


def test_drafts_are_per_user(services, room):  # noqa: F811
    rec, med = room["actors"]["rec"], room["actors"]["med"]
    services.drafts.save(rec, "intake.new", {"summary": "甲"})
    services.drafts.save(med, "intake.new", {"summary": "乙"})
    assert services.drafts.load(rec, "intake.new").payload == {"summary": "甲"}
    assert services.drafts.load(med, "intake.new").payload == {"summary": "乙"}
    assert [d.key for d in services.drafts.pending(rec, "intake.")] == ["intake.new"]
    services.drafts.discard(med, "intake.new")
    assert services.drafts.load(med, "intake.new") is None
    assert services.drafts.load(rec, "intake.new").payload == {"summary": "甲"}


def test_a_high_risk_screening_flags_the_case_without_the_answers(services, room):  # noqa: F811
    sid = _start(services, room)
    _open(services, room, sid)
    psy = services.auth.unlock_panel("psy", "2468")
    services.sessions.screen(psy, sid, "phq9", [3, 3, 0, 0, 0, 0, 0, 0, 2])
    case_id = room["case_id"]
    for name in ("med", "law", "spec", "psy"):  # the team: the safety assessment is needed now
        d = services.cases.detail(room["actors"][name], case_id)
        assert SAFETY_ALERT in d.warning_reasons
        assert "筛查" not in "".join(d.warning_reasons) and "PHQ" not in "".join(d.warning_reasons)
        if name != "psy":  # the answers stay in the counsellor's sealed note
            assert "各项" not in str(d) and "PHQ" not in str(d)
    assert services.sessions.state(psy, sid).safety_alert
    assert not services.sessions.state(room["actors"]["med"], sid).safety_alert
    admin = services.auth.login("admin", "admin-pass-1")
    for actor in (room["actors"]["rec"], admin):  # needs attention, not why
        d = services.cases.detail(actor, case_id)
        assert d.warning_reasons == [ATTENTION] or ATTENTION in d.warning_reasons
        assert SAFETY_ALERT not in str(d) and "安全评估" not in str(d.events)
        dash = services.cases.dashboard(actor)
        assert "安全评估" not in str(dash.warnings)


def test_a_full_id_number_in_a_built_document_is_audited(services, room):  # noqa: F811
    spec = room["actors"]["spec"]
    services.documents.build(spec, "registration", room["case_id"])  # masked IDs: nothing to audit
    with services.db.read() as s:
        assert not s.query(AuditEvent).filter(AuditEvent.action == "document_full_id").count()
    doc = services.documents.build(spec, "application", room["case_id"])  # the application carries full IDs
    assert any("*" not in (p.id_number or "*") for p in doc.case.parties)
    with services.db.read() as s:
        rows = [(r.actor, r.entity_id, r.detail["kind"]) for r in
                s.query(AuditEvent).filter(AuditEvent.action == "document_full_id")]
    assert rows == [("spec", room["case_id"], "application")]
