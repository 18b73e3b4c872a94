"""开始话聊: who is present, the three professionals, the room, public or not, and recusal.

Defaults come from the case (its assigned team and room, SessionService.start_options).
Whether the participants are acceptable — a party present, a mediator, a professional related
to a party replaced or waived (回避) — is decided by SessionService.start; its message is
shown here, next to the part of the form it names.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QLineEdit,
    QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from app.domain.catalog import Role
from app.domain.errors import DomainError
from app.services import Services
from app.services.auth import UserInfo
from app.services.cases import CaseDetail
from app.services.common import Actor
from app.services.sessions import Participants, StartOptions
from app.services.station import RoomInfo
from app.ui.accessibility import name_controls
from app.ui.dialogs import error_text
from app.ui.i18n import parenthesised
from app.ui.labels import tr_label
from app.ui.tasks import TaskRunner
from app.ui.widgets import Card, button, label, set_invalid


@dataclass(frozen=True)
class StartChoices:
    detail: CaseDetail
    options: StartOptions
    rooms: list[RoomInfo]
    staff: dict[str, list[UserInfo]]   # "mediator" / "lawyer" / "counsellor" → people


def load_choices(services: Services, actor: Actor, case_id: str) -> StartChoices:
    """Everything the form offers (runs on the worker)."""
    staff = {
        "mediator": services.auth.staff_by_role(Role.MEDIATOR) + services.auth.staff_by_role(Role.LEGAL_SPECIALIST),
        "lawyer": services.auth.staff_by_role(Role.LAWYER),
        "counsellor": services.auth.staff_by_role(Role.COUNSELLOR),
    }
    return StartChoices(services.cases.detail(actor, case_id), services.sessions.start_options(actor, case_id),
                        services.station.rooms(), staff)


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [x.strip() for x in edit.toPlainText().splitlines() if x.strip()]


class ConflictRow(QWidget):
    """One declared relation between a professional and a party (回避)."""

    def __init__(self, people: list[tuple[str, str]], parties: list[tuple[str, str]],
                 on_remove: Callable[[ConflictRow], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.person = QComboBox()
        for pid, name in people:
            self.person.addItem(name, pid)
        self.person.setAccessibleName(self.tr("相关调解人员"))
        self.party = QComboBox()
        for pid, name in parties:
            self.party.addItem(name, pid)
        self.party.setAccessibleName(self.tr("相关当事人"))
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(self.tr("关系，例如：亲属、同事"))
        self.relation.setAccessibleName(self.tr("关系"))
        self.remove = button(self.tr("删除"), flat=True, on_click=lambda: on_remove(self))
        row.addWidget(self.person, 2)
        row.addWidget(label(self.tr("与")))
        row.addWidget(self.party, 2)
        row.addWidget(self.relation, 2)
        row.addWidget(self.remove)

    def value(self) -> tuple[str, str, str]:
        return self.person.currentData(), self.party.currentData(), self.relation.text().strip() or self.tr("利害关系")


class StartSessionDialog(QDialog):
    started = Signal(str)   # session id

    def __init__(self, services: Services, runner: TaskRunner, actor: Actor, case_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services, self.runner, self.actor, self.case_id = services, runner, actor, case_id
        self.choices: StartChoices | None = None
        self.conflicts: list[ConflictRow] = []
        self.setWindowTitle(self.tr("开始话聊"))
        self.setMinimumSize(700, 720)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self.heading = label("", object_name="CardTitle", wrap=True)
        outer.addWidget(self.heading)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(12)
        body.addWidget(self._build_people())
        body.addWidget(self._build_team())
        body.addWidget(self._build_recusal())
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        scroll.setObjectName("PageScroll")
        outer.addWidget(scroll, 1)

        self.error = label("", tone="error", wrap=True)
        self.error.setObjectName("StartError")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button(self.tr("取消"), on_click=self.reject)
        self.ok_button = button(self.tr("开始话聊"), primary=True, on_click=self.submit)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        outer.addLayout(buttons)
        name_controls(self)
        self.runner.run(lambda: load_choices(services, actor, case_id), on_success=self._fill,
                        on_failure=self._failed, parent=self)

    # --- construction ---------------------------------------------------------------------
    def _row(self, form: QFormLayout, caption: str, widget: QWidget) -> None:
        cap = label(caption)
        cap.setBuddy(widget)
        form.addRow(cap, widget)

    def _build_people(self) -> Card:
        card = Card(self.tr("到场人员"))
        self.party_box = QWidget()
        self.party_grid = QGridLayout(self.party_box)
        self.party_grid.setContentsMargins(0, 0, 0, 0)
        card.body.addWidget(label(self.tr("到场当事人"), object_name="FieldLabel"))
        card.body.addWidget(self.party_box)
        self.party_checks: dict[str, QCheckBox] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.agents = QPlainTextEdit()
        self.agents.setPlaceholderText(self.tr("每行一人，例如：李律师（张三的委托代理人）"))
        self.agents.setTabChangesFocus(True)
        self.agents.setFixedHeight(56)
        self.helpers = QPlainTextEdit()
        self.helpers.setPlaceholderText(self.tr("每行一人，例如：王五（社区网格员）"))
        self.helpers.setTabChangesFocus(True)
        self.helpers.setFixedHeight(56)
        self._row(form, self.tr("代理人"), self.agents)
        self._row(form, self.tr("邀请参与人"), self.helpers)
        card.body.addLayout(form)
        return card

    def _build_team(self) -> Card:
        card = Card(self.tr("话聊团队与调解室"))
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self.team: dict[str, QComboBox] = {}
        for key, caption in (("mediator", self.tr("主持调解员")), ("lawyer", self.tr("律师")),
                             ("counsellor", self.tr("心理咨询师"))):
            combo = QComboBox()
            self.team[key] = combo
            self._row(form, caption, combo)
        self.room = QComboBox()
        self._row(form, self.tr("调解室"), self.room)
        publicity = QWidget()
        pl = QHBoxLayout(publicity)
        pl.setContentsMargins(0, 0, 0, 0)
        self.private_radio = QRadioButton(self.tr("不公开调解"))
        self.public_radio = QRadioButton(self.tr("公开调解"))
        self.private_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.private_radio)
        group.addButton(self.public_radio)
        pl.addWidget(self.private_radio)
        pl.addWidget(self.public_radio)
        pl.addStretch(1)
        form.addRow(label(self.tr("是否公开")), publicity)
        card.body.addLayout(form)
        card.body.addWidget(label(self.tr("是否公开调解由当事人决定（人民调解法第二十三条）。"), hint=True, wrap=True))
        return card

    def _build_recusal(self) -> Card:
        self.recusal_card = Card(self.tr("回避核查"))
        self.recusal_card.body.addWidget(label(
            self.tr("调解人员与当事人有亲属或其他利害关系的，应当回避：请更换人员；"
                    "当事人书面表示不要求回避的，记录放弃。"), hint=True, wrap=True))
        self.conflict_rows = QVBoxLayout()
        self.conflict_rows.setSpacing(6)
        self.recusal_card.body.addLayout(self.conflict_rows)
        row = QHBoxLayout()
        self.add_conflict_button: QPushButton = button(self.tr("登记利害关系…"), on_click=self.add_conflict)
        row.addWidget(self.add_conflict_button)
        row.addStretch(1)
        self.recusal_card.body.addLayout(row)
        self.waiver = QCheckBox(self.tr("当事人已书面表示不要求回避（放弃回避）"))
        self.waiver.setAccessibleName(self.waiver.text())
        self.recusal_card.body.addWidget(self.waiver)
        return self.recusal_card

    # --- filling --------------------------------------------------------------------------
    def _fill(self, choices: StartChoices) -> None:
        self.choices = choices
        d, o = choices.detail, choices.options
        self.heading.setText(self.tr("{number} · 第{n}次话聊").format(number=d.row.number, n=len(d.sessions) + 1))
        for i, p in enumerate(d.parties):
            box = QCheckBox(f"{tr_label(p.role_label)} {p.name}")
            box.setAccessibleName(box.text())
            box.setChecked(True)
            self.party_checks[p.id] = box
            self.party_grid.addWidget(box, i // 2, i % 2)
            box.show()
        agents = [self.tr("{agent}（{party}的代理人）").format(agent=p.agent_name, party=p.name)
                  for p in d.parties if p.agent_name]
        self.agents.setPlainText("\n".join(agents))
        defaults = {"mediator": o.mediator_id, "lawyer": o.lawyer_id, "counsellor": o.counsellor_id}
        for key, combo in self.team.items():
            if key != "mediator":
                combo.addItem(self.tr("（不参加）"), None)
            for person in choices.staff[key]:
                combo.addItem(parenthesised(person.display_name, tr_label(person.role_label)), person.id)
            index = combo.findData(defaults[key]) if defaults[key] else -1
            combo.setCurrentIndex(index if index >= 0 else (1 if key != "mediator" and combo.count() > 1 else 0))
        for r in choices.rooms:
            self.room.addItem(tr_label(r.name), r.code)
        self.room.setCurrentIndex(max(0, self.room.findData(o.room_code)))
        self.ok_button.setEnabled(True)
        self._fix_tab_order()
        name_controls(self)

    def _people(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        if self.choices:
            for people in self.choices.staff.values():
                for p in people:
                    seen.setdefault(p.id, p.display_name)
        return list(seen.items())

    def _parties(self) -> list[tuple[str, str]]:
        if not self.choices:
            return []
        return [(p.id, f"{tr_label(p.role_label)} {p.name}") for p in self.choices.detail.parties]

    def add_conflict(self) -> ConflictRow:
        row = ConflictRow(self._people(), self._parties(), self._remove_conflict)
        self.conflicts.append(row)
        self.conflict_rows.addWidget(row)
        row.show()
        self._fix_tab_order()
        row.person.setFocus()
        return row

    def _remove_conflict(self, row: ConflictRow) -> None:
        self.conflicts.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [*self.party_checks.values(), self.agents, self.helpers,
                                *self.team.values(), self.room, self.private_radio, self.public_radio]
        for row in self.conflicts:
            chain += [row.person, row.party, row.relation, row.remove]
        chain += [self.add_conflict_button, self.waiver, self.cancel_button, self.ok_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # --- submit ---------------------------------------------------------------------------
    def participants(self) -> Participants:
        return Participants(
            party_ids=[pid for pid, box in self.party_checks.items() if box.isChecked()],
            agents=_lines(self.agents), helpers=_lines(self.helpers),
            mediator_id=self.team["mediator"].currentData(), lawyer_id=self.team["lawyer"].currentData(),
            counsellor_id=self.team["counsellor"].currentData(), room_code=self.room.currentData(),
            public=self.public_radio.isChecked(), conflicts=[row.value() for row in self.conflicts],
            waiver_recorded=self.waiver.isChecked())

    def submit(self) -> None:
        p = self.participants()
        services, actor, case_id = self.services, self.actor, self.case_id
        self.ok_button.setEnabled(False)
        self.runner.run(lambda: services.sessions.start(actor, case_id, p), on_success=self._started,
                        on_failure=self._failed, parent=self)

    def _started(self, session_id: str) -> None:
        self.ok_button.setEnabled(True)
        self.started.emit(session_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(self.choices is not None)
        self.error.setText(error_text(exc))
        self.error.show()
        field = exc.field if isinstance(exc, DomainError) else None
        set_invalid(self.recusal_card, field == "recusal")
        set_invalid(self.team["mediator"], field == "mediator")
        set_invalid(self.party_box, field == "parties")
