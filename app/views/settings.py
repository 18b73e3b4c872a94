"""设置: interface language, this PC's room, idle lock and service promises, where the
database key lives, the station and (for administrators) the staff accounts.

Station settings are saved through services.station.update, which decides who may change
them; the interface language and this PC's room are per-PC preferences.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.permissions import Action, can
from app.services.setup import keychain_summary
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.i18n import LANGUAGES
from app.ui.labels import tr_label
from app.ui.page import Page
from app.ui.timefmt import local
from app.ui.widgets import Banner, Card, button, label, scroll_area, tidy_table


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(10)
    return form


class SettingsPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("设置"), self.tr("本机界面偏好、安全与站点信息。"), parent)
        self.banner = Banner()
        self.body.addWidget(self.banner)
        inner = QWidget()
        inner.setObjectName("Page")
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self._build_interface(), 0, 0)
        grid.addWidget(self._build_security(), 0, 1)
        grid.addWidget(self._build_key(), 1, 0)
        grid.addWidget(self._build_station(), 1, 1)
        self.users_card = self._build_users()
        grid.addWidget(self.users_card, 2, 0, 1, 2)
        self.audit_card = None
        if can(self.ws.actor.role, Action.VIEW_AUDIT):
            from app.views.audit_log import AuditLogCard

            self.audit_card = AuditLogCard(self.ws)
            grid.addWidget(self.audit_card, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.body.addWidget(scroll_area(inner), 1)
        name_controls(self)

    # --- cards ----------------------------------------------------------------------------
    def _row(self, form: QFormLayout, caption: str, widget: QWidget) -> None:
        cap = label(caption)
        cap.setBuddy(widget)
        form.addRow(cap, widget)

    def _build_interface(self) -> Card:
        card = Card(self.tr("界面"))
        form = _form()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ws.language)))
        self.room = QComboBox()
        self.room.addItem(self.tr("（未设置）"), "")
        for r in self.ws.services.station.rooms():
            self.room.addItem(tr_label(r.name), r.code)
        self.room.setCurrentIndex(max(0, self.room.findData(self.ws.preferences.load().room_code)))
        self._row(form, self.tr("界面语言"), self.language)
        self._row(form, self.tr("本机所在窗口/功能室"), self.room)
        card.body.addLayout(form)
        card.body.addWidget(label(self.tr("语言切换后界面立即刷新；本机房间显示在状态栏，并作为分派时的默认调解室。"),
                                  hint=True, wrap=True))
        self.apply_interface = button(self.tr("应用"), primary=True, on_click=self.save_interface)
        card.body.addWidget(self.apply_interface, 0, Qt.AlignmentFlag.AlignRight)
        return card

    def _build_security(self) -> Card:
        card = Card(self.tr("安全与服务承诺"))
        st = self.ws.station
        form = _form()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.idle_minutes.setValue(st.idle_lock_minutes)
        self.accept_minutes = QSpinBox()
        self.accept_minutes.setRange(1, 1440)
        self.accept_minutes.setSuffix(self.tr(" 分钟"))
        self.accept_minutes.setValue(st.promises.accept_minutes)
        self.feedback_hours = QSpinBox()
        self.feedback_hours.setRange(1, 240)
        self.feedback_hours.setSuffix(self.tr(" 小时"))
        self.feedback_hours.setValue(st.promises.feedback_hours)
        self._row(form, self.tr("无操作自动锁定"), self.idle_minutes)
        self._row(form, self.tr("受理承诺（分钟级受理）"), self.accept_minutes)
        self._row(form, self.tr("反馈承诺（小时级反馈）"), self.feedback_hours)
        card.body.addLayout(form)
        editable = can(self.ws.actor.role, Action.MANAGE_STATION)
        for w in (self.idle_minutes, self.accept_minutes, self.feedback_hours):
            w.setEnabled(editable)
        card.body.addWidget(label(self.tr("站点设置由管理员修改。") if not editable
                                  else self.tr("修改将记入审计日志，对本站所有电脑生效。"), hint=True, wrap=True))
        self.save_security = button(self.tr("保存"), primary=True, on_click=self.save_station_settings)
        self.save_security.setEnabled(editable)
        card.body.addWidget(self.save_security, 0, Qt.AlignmentFlag.AlignRight)
        return card

    def _build_key(self) -> Card:
        card = Card(self.tr("数据库密钥"))
        card.body.addWidget(label(self.ws.key_description or self.tr("（未知）"), wrap=True, selectable=True))
        card.body.addWidget(label(self.tr("本机系统钥匙串：{note}").format(note=keychain_summary()[1]),
                                  wrap=True, hint=True, selectable=True))
        card.body.addWidget(label(self.tr("密钥从不以明文保存；本软件拒绝使用明文钥匙串。"), wrap=True, hint=True))
        return card

    def _build_station(self) -> Card:
        card = Card(self.tr("站点"))
        st = self.ws.station
        form = _form()
        for caption, value in ((self.tr("站点名称"), st.name), (self.tr("人民调解委员会"), st.committee_name),
                               (self.tr("区 / 街道 / 社区"),
                                " / ".join(x for x in (st.district, st.street, st.community) if x)),
                               (self.tr("地址"), st.address), (self.tr("电话"), st.phone),
                               (self.tr("案号格式"), st.case_number_pattern)):
            form.addRow(label(caption, object_name="StatLabel"), label(value or "—", wrap=True, selectable=True))
        card.body.addLayout(form)
        return card

    def _build_users(self) -> Card:
        card = Card(self.tr("用户账号"))
        self.users = QTableWidget(0, 5)
        self.users.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色"),
                                              self.tr("状态"), self.tr("最近登录")])
        self.users.setAccessibleName(self.tr("用户账号"))
        tidy_table(self.users)
        self.users.verticalHeader().hide()
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users.setShowGrid(False)
        self.users.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.users.setMinimumHeight(220)
        card.body.addWidget(self.users)
        card.body.addWidget(label(self.tr("添加用户、重置密码请使用命令行：mediation-desk users add / passwd。"),
                                  hint=True, wrap=True))
        card.setVisible(can(self.ws.actor.role, Action.MANAGE_USERS))
        return card

    # --- hooks ----------------------------------------------------------------------------
    def activate(self) -> None:
        if self.audit_card is not None:
            self.audit_card.activate()
        if self.users_card.isVisibleTo(self):
            actor = self.ws.actor
            self.ws.runner.run(lambda: self.ws.services.auth.list_users(actor), on_success=self._show_users,
                               parent=self)

    def _show_users(self, users: list) -> None:  # noqa: ANN001
        self.users.setRowCount(len(users))
        for r, u in enumerate(users):
            for c, text in enumerate((u.username, u.display_name, tr_label(u.role_label),
                                      self.tr("启用") if u.active else self.tr("停用"),
                                      local(u.last_login_at) or "—")):
                self.users.setItem(r, c, QTableWidgetItem(text))

    # --- saving ---------------------------------------------------------------------------
    def save_interface(self) -> None:
        store = self.ws.preferences
        store.save(replace(store.load(), room_code=self.room.currentData()))
        self.status_changed.emit()
        language = self.language.currentData()
        if language != self.ws.language and self.ws.set_language is not None:
            self.ws.set_language(language)  # rebuilds the main window
            return
        self.banner.show_message(self.tr("界面设置已保存。"), "ok")

    def save_station_settings(self) -> None:
        actor, station = self.ws.actor, self.ws.services.station
        changes = {"idle_lock_minutes": self.idle_minutes.value(), "accept_minutes": self.accept_minutes.value(),
                   "feedback_hours": self.feedback_hours.value()}

        def saved(info) -> None:  # noqa: ANN001
            self.ws.station = info
            text = self.tr("已保存。空闲 {n} 分钟后自动锁定。").format(n=info.idle_lock_minutes)
            self.banner.show_message(text, "ok")

        self.ws.runner.run(lambda: station.update(actor, **changes), on_success=saved,
                           on_failure=lambda exc: self.banner.show_message(error_text(exc), "error"), parent=self)
