"""A generated permission matrix: roles × actions × note tiers, through the services."""
from __future__ import annotations

import itertools

import pytest

from app.domain.catalog import Dimension, NoteTier, Role
from app.domain.errors import PermissionDenied
from app.services.permissions import MATRIX, Action, can, can_read_note, require

# What the product promises (PRODUCT.md §3, §7), written independently of MATRIX.
NOTE_EXPECTED = {
    (Role.COUNSELLOR, NoteTier.COUNSELLOR_PRIVATE): True,
    **{(r, NoteTier.COUNSELLOR_PRIVATE): False for r in Role if r != Role.COUNSELLOR},
    (Role.RECEPTION, NoteTier.TEAM): False,
    (Role.ADMIN, NoteTier.TEAM): False,
    (Role.LAWYER, NoteTier.TEAM): True,
    (Role.MEDIATOR, NoteTier.TEAM): True,
    (Role.COUNSELLOR, NoteTier.TEAM): True,
    (Role.LEGAL_SPECIALIST, NoteTier.TEAM): True,
}


@pytest.mark.parametrize(("role", "tier"), list(itertools.product(Role, NoteTier)))
def test_note_read_matrix(role, tier):
    assert can_read_note(role, tier) is NOTE_EXPECTED[(role, tier)]


@pytest.mark.parametrize(("role", "action"), list(itertools.product(Role, Action)))
def test_require_matches_can(role, action):
    if can(role, action):
        require(role, action)
    else:
        with pytest.raises(PermissionDenied) as err:
            require(role, action)
        assert "无权" in err.value.zh


def test_only_admin_manages_users_and_only_specialist_accepts():
    assert MATRIX[Action.MANAGE_USERS] == {Role.ADMIN}
    assert MATRIX[Action.ACCEPT_ROUTE] == {Role.LEGAL_SPECIALIST}


@pytest.fixture
def team(services):
    admin = services.auth.login("admin", "admin-pass-1")
    actors = {}
    for role in Role:
        if role == Role.ADMIN:
            actors[role] = admin
            continue
        services.auth.add_user(admin, username=role.value, display_name=role.value, role=role,
                               password="password-1")
        actors[role] = services.auth.login(role.value, "password-1")
    return actors


def _case(services, team):
    from tests.services.test_intake import simple_intake
    return services.intake.register(team[Role.RECEPTION], simple_intake()).case_id


def test_notes_visible_by_role_through_the_service(services, team):
    case_id = _case(services, team)
    services.cases.add_note(team[Role.COUNSELLOR], case_id, body="过程记录：失眠，压力大", dimension=Dimension.EMOTION,
                            tier=NoteTier.COUNSELLOR_PRIVATE)
    services.cases.add_note(team[Role.COUNSELLOR], case_id, body="团队摘要：情绪已平复", dimension=Dimension.EMOTION)
    services.cases.add_note(team[Role.LAWYER], case_id, body="已释明诉讼时效", dimension=Dimension.LAW)
    for role, actor in team.items():
        bodies = {n.body for n in services.cases.detail(actor, case_id).notes}
        assert ("过程记录：失眠，压力大" in bodies) is (role == Role.COUNSELLOR), role
        assert ("团队摘要：情绪已平复" in bodies) is NOTE_EXPECTED[(role, NoteTier.TEAM)], role
        listed = services.cases.rows(actor, services.cases.list_ids(actor))
        assert all("失眠" not in (r.summary + r.parties) for r in listed)


def test_lawyer_cannot_write_private_notes(services, team):
    case_id = _case(services, team)
    with pytest.raises(PermissionDenied):
        services.cases.add_note(team[Role.LAWYER], case_id, body="x", dimension=Dimension.LAW,
                                tier=NoteTier.COUNSELLOR_PRIVATE)
    with pytest.raises(PermissionDenied):
        services.cases.add_note(team[Role.RECEPTION], case_id, body="x", dimension=Dimension.GENERAL)


def test_unmasking_is_restricted_and_audited(services, team):
    from sqlalchemy import select

    from app.storage.models import AuditEvent
    case_id = _case(services, team)
    detail = services.cases.detail(team[Role.MEDIATOR], case_id)
    party = detail.parties[0]
    assert "*" in party.masked_id
    full = services.cases.unmask_id(team[Role.MEDIATOR], party.id)
    assert full[:6] == party.masked_id[:6] and "*" not in full
    with pytest.raises(PermissionDenied):
        services.cases.unmask_id(team[Role.COUNSELLOR], party.id)
    with services.db.read() as s:
        actions = [a.action for a in s.scalars(select(AuditEvent).where(AuditEvent.entity_id == party.id))]
    assert actions == ["id_unmask"]


def test_reception_cannot_accept(services, team):
    case_id = _case(services, team)
    with pytest.raises(PermissionDenied):
        services.routing.accept(team[Role.RECEPTION], case_id, room_code="R2")
