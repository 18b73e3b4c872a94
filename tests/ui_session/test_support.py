"""The small service additions the page relies on, and the translation list of the vocabulary."""
from __future__ import annotations

import pytest

from app.domain import lifecycle
from app.domain import session as rules
from app.domain.errors import PermissionDenied
from app.services.sessions import check_panel_actor
from app.views.session import vocab
from tests.ui_session.conftest import PIN, start_session


def test_start_options_caucus_fields_and_risk_level(services, room):
    med = room["actors"]["med"]
    options = services.sessions.start_options(med, room["case_id"])
    assert (options.mediator_id, options.lawyer_id, options.counsellor_id, options.room_code) == (
        room["people"]["med"].id, room["people"]["law"].id, room["people"]["psy"].id, "R2")
    sid = start_session(services, room)
    mediator = services.auth.unlock_panel("med", PIN)
    party = room["parties"][1].id
    services.sessions.save_field(mediator, sid, "reason", "caucus", "底线两万五", caucus_party_id=party)
    services.sessions.set_risk_level(services.auth.unlock_panel("psy", PIN), sid, "medium")
    state = services.sessions.state(room["actors"]["law"], sid)
    assert state.caucus_fields == {f"reason.{party}": "底线两万五"}
    assert state.risk_level == "medium"
    check_panel_actor(mediator, "reason")
    with pytest.raises(PermissionDenied):
        check_panel_actor(mediator, "emotion")


def test_every_session_label_is_in_the_translation_list():
    """vocab.LABELS is generated from the domain; a new label must be added there too."""
    labels = set(vocab.LABELS)
    wanted = set(rules.STAGE_LABELS.values()) | set(rules.OUTCOME_LABELS.values()) | set(rules.SPEAKERS.values())
    wanted |= {text for items in rules.CHECKLISTS.values() for _k, text in items}
    wanted |= {f.label for fields in rules.PANEL_FIELDS.values() for f in fields}
    wanted |= set(rules.PHQ9_ITEMS) | set(rules.GAD7_ITEMS) | set(rules.ANSWER_LABELS)
    wanted |= {label for _n, label in rules.PHQ9_BANDS + rules.GAD7_BANDS} | set(rules.RISK_LEVELS.values())
    wanted |= {text for _k, text in rules.THREE_IN_PLACE} | {rules.OTHER_ROUTES_TEXT}
    wanted |= set(lifecycle.TERMINATION_REASONS.values()) | set(lifecycle.REFERRAL_KINDS.values())
    assert wanted <= labels, sorted(wanted - labels)
