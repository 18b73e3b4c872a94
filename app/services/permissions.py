"""Who may do what: one matrix, enforced by the services (never by widgets)."""
from __future__ import annotations

from enum import StrEnum

from app.domain.catalog import NoteTier, Role
from app.domain.errors import PermissionDenied


class Action(StrEnum):
    VIEW_CASES = "view_cases"
    REGISTER_CASE = "register_case"
    ACCEPT_ROUTE = "accept_route"          # accept / decline / route / assign the team
    CHANGE_STATUS = "change_status"        # outcomes, closure
    UNMASK_ID = "unmask_id"
    WRITE_NOTE = "write_note"
    RUN_SESSION = "run_session"
    MANAGE_USERS = "manage_users"
    MANAGE_STATION = "manage_station"
    VIEW_AUDIT = "view_audit"
    VIEW_STATISTICS = "view_statistics"
    EXPORT = "export"
    ISSUE_DOCUMENTS = "issue_documents"
    RECORD_INVESTIGATION = "record_investigation"


R = Role
MATRIX: dict[Action, frozenset[Role]] = {
    Action.VIEW_CASES: frozenset(Role),
    Action.REGISTER_CASE: frozenset({R.RECEPTION, R.LEGAL_SPECIALIST, R.MEDIATOR}),
    Action.ACCEPT_ROUTE: frozenset({R.LEGAL_SPECIALIST}),
    Action.CHANGE_STATUS: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR}),
    Action.UNMASK_ID: frozenset({R.RECEPTION, R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER}),
    Action.WRITE_NOTE: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER, R.COUNSELLOR}),
    Action.RUN_SESSION: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER, R.COUNSELLOR}),
    Action.MANAGE_USERS: frozenset({R.ADMIN}),
    Action.MANAGE_STATION: frozenset({R.ADMIN}),
    Action.VIEW_AUDIT: frozenset({R.ADMIN}),
    Action.VIEW_STATISTICS: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.ADMIN}),
    Action.EXPORT: frozenset({R.LEGAL_SPECIALIST, R.ADMIN}),
    Action.ISSUE_DOCUMENTS: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR}),
    Action.RECORD_INVESTIGATION: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER}),
}

ACTION_LABELS: dict[Action, str] = {
    Action.VIEW_CASES: "查看案件", Action.REGISTER_CASE: "登记诉求", Action.ACCEPT_ROUTE: "受理分派",
    Action.CHANGE_STATUS: "变更案件状态", Action.UNMASK_ID: "查看完整证件号",
    Action.WRITE_NOTE: "记录笔记", Action.RUN_SESSION: "主持话聊", Action.MANAGE_USERS: "管理用户",
    Action.MANAGE_STATION: "站点设置", Action.VIEW_AUDIT: "查看审计日志",
    Action.VIEW_STATISTICS: "查看统计", Action.EXPORT: "上报导出", Action.ISSUE_DOCUMENTS: "出具文书",
    Action.RECORD_INVESTIGATION: "登记调查记录",
}

# Which roles may read a note of each tier. Reception and administrators read no notes;
# counsellor process notes are for counsellors only (精神卫生法 art 23).
NOTE_READERS: dict[NoteTier, frozenset[Role]] = {
    NoteTier.TEAM: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER, R.COUNSELLOR}),
    NoteTier.COUNSELLOR_PRIVATE: frozenset({R.COUNSELLOR}),
}
NOTE_WRITERS: dict[NoteTier, frozenset[Role]] = {
    NoteTier.TEAM: frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER, R.COUNSELLOR}),
    NoteTier.COUNSELLOR_PRIVATE: frozenset({R.COUNSELLOR}),
}


# Who reads an investigation marked sensitive (minors, health, …): the case team only.
SENSITIVE_INVESTIGATION_READERS: frozenset[Role] = frozenset(
    {R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER, R.COUNSELLOR})


def can(role: Role | str, action: Action) -> bool:
    return Role(role) in MATRIX[action]


def require(role: Role | str, action: Action) -> None:
    if not can(role, action):
        raise PermissionDenied(
            f"当前角色无权{ACTION_LABELS[action]}。", f"role {role} may not {action.value}")


def can_read_note(role: Role | str, tier: NoteTier | str) -> bool:
    return Role(role) in NOTE_READERS[NoteTier(tier)]


def can_write_note(role: Role | str, tier: NoteTier | str) -> bool:
    return Role(role) in NOTE_WRITERS[NoteTier(tier)]


def readable_tiers(role: Role | str) -> frozenset[NoteTier]:
    return frozenset(t for t, roles in NOTE_READERS.items() if Role(role) in roles)
