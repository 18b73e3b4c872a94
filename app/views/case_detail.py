"""One case: summary, parties, timeline, sessions, notes, documents, follow-ups and clocks.

Everything comes from services.cases.detail() (notes already filtered by the reader's role,
ID numbers masked); every edit (notes, feedback, acceptance) goes through a service call,
after which the detail reloads. Clock countdowns re-render once a second.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalog import (
    DEMAND_CLASS_LABELS,
    DIMENSION_LABELS,
    SOURCE_LABELS,
    CaseStatus,
    DemandClass,
    Dimension,
    NoteTier,
    PartyKind,
    Source,
)
from app.domain.clocks import MET, OVERDUE, RUNNING
from app.services.cases import CaseDetail
from app.services.permissions import Action, can, can_write_note
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.i18n import warning_reason
from app.ui.labels import tr_label
from app.ui.theme import set_tone, tone_colour, warning_tone
from app.ui.timefmt import countdown, day, duration, local
from app.ui.widgets import Banner, Card, Chip, button, label, read_only_table, scroll_area
from app.views.investigations import InvestigationsPanel
from app.views.routing_dialog import RoutingDialog

EVENT_KINDS = {"status": QT_TRANSLATE_NOOP("CaseDetailView", "状态变更"),
               "routing": QT_TRANSLATE_NOOP("CaseDetailView", "分派"),
               "feedback": QT_TRANSLATE_NOOP("CaseDetailView", "反馈"),
               "note": QT_TRANSLATE_NOOP("CaseDetailView", "笔记"),
               "assignment": QT_TRANSLATE_NOOP("CaseDetailView", "指派"),
               "investigation": QT_TRANSLATE_NOOP("CaseDetailView", "调查")}


def _fill(t: QTableWidget, rows: list[list[str]], empty: str) -> None:
    t.setRowCount(max(1, len(rows)))
    if not rows:
        item = QTableWidgetItem(empty)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        t.setItem(0, 0, item)
        t.setSpan(0, 0, 1, t.columnCount())
        return
    t.clearSpans()
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            t.setItem(r, c, QTableWidgetItem(text))
    t.resizeRowsToContents()


class CaseDetailView(QWidget):
    back_requested = Signal()
    open_on_requested = Signal(str, str)  # page key ("sessions", "documents"), case id
    case_changed = Signal(str)   # after an edit, so lists can refresh
    loaded = Signal(object)      # CaseDetail (tests wait for it)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id: str | None = None
        self.detail: CaseDetail | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)

        # title bar
        top = QHBoxLayout()
        self.back_button = button(self.tr("← 返回列表"), on_click=self.back_requested.emit)
        self.back_button.setToolTip(self.tr("返回案件列表（Esc）"))
        self.back_button.setAccessibleName(self.tr("返回列表"))
        self.number = label(object_name="PageTitle", selectable=True)
        self.status_chip = Chip()
        self.warning_chip = Chip()
        self.accept_button = button(self.tr("受理 / 分派…"), primary=True, on_click=self.open_routing)
        self.refresh_button = button(self.tr("刷新"), on_click=self.reload)
        self.session_button = button(self.tr("话聊"), on_click=lambda: self._open_on("sessions"))
        self.session_button.setToolTip(self.tr("在话聊页打开本案的联合调解（Ctrl+Shift+H）"))
        self.documents_button = button(self.tr("文书"), on_click=lambda: self._open_on("documents"))
        self.documents_button.setToolTip(self.tr("在文书页打开本案的协议书和其他文书（Ctrl+Shift+D）"))
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.number)
        top.addWidget(self.status_chip)
        top.addWidget(self.warning_chip)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.session_button)
        top.addWidget(self.documents_button)
        top.addWidget(self.accept_button)
        outer.addLayout(top)
        self.banner = Banner()
        outer.addWidget(self.banner)

        inner = QWidget()
        inner.setObjectName("Page")
        cols = QHBoxLayout(inner)
        cols.setContentsMargins(0, 0, 6, 0)
        cols.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        right = QVBoxLayout()
        right.setSpacing(16)
        cols.addLayout(left, 3)
        cols.addLayout(right, 2)

        # summary
        self.summary_card = Card(self.tr("诉求概况"))
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(18)
        self.facts.setVerticalSpacing(6)
        self.summary_card.body.addLayout(self.facts)
        self.summary = label(wrap=True, selectable=True)
        self.claims = label(wrap=True, selectable=True)
        self.summary_card.body.addWidget(label(self.tr("纠纷简要情况"), object_name="StatLabel"))
        self.summary_card.body.addWidget(self.summary)
        self.summary_card.body.addWidget(label(self.tr("请求事项"), object_name="StatLabel"))
        self.summary_card.body.addWidget(self.claims)
        left.addWidget(self.summary_card)

        # tabs
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("案件内容"))
        self.events = read_only_table(
            [self.tr("时间"), self.tr("操作人"), self.tr("类型"), self.tr("变更"), self.tr("说明")], self.tr("时间线"))
        self.sessions = read_only_table(
            [self.tr("场次"), self.tr("开始"), self.tr("结束"), self.tr("时长"), self.tr("结果")], self.tr("话聊记录"))
        self.documents = read_only_table([self.tr("文书编号"), self.tr("版本"), self.tr("状态")], self.tr("文书"))
        self.follow_ups = read_only_table(
            [self.tr("回访日期"), self.tr("已完成"), self.tr("记录")], self.tr("回访"))
        parties_tab = QWidget()
        pl = QVBoxLayout(parties_tab)
        reveal = QHBoxLayout()
        self.party_count = label(hint=True)
        reveal.addWidget(self.party_count)
        reveal.addStretch(1)
        self.reveal_button = button(self.tr("显示完整证件号"), on_click=self.reveal_in_place)
        self.reveal_button.setToolTip(self.tr("查看完整证件号（将记入审计日志）"))
        reveal.addWidget(self.reveal_button)
        pl.addLayout(reveal)
        party_inner = QWidget()
        party_inner.setObjectName("Plain")
        self.parties_box = QVBoxLayout(party_inner)
        self.parties_box.setContentsMargins(0, 0, 4, 0)
        self.parties_box.setSpacing(10)
        party_scroll = scroll_area(party_inner)
        party_scroll.setObjectName("PlainScroll")
        pl.addWidget(party_scroll, 1)
        self._id_labels: dict[str, QLabel] = {}
        timeline_tab = QWidget()
        tl = QVBoxLayout(timeline_tab)
        tl.addWidget(self.events)
        self.feedback_row = QWidget()
        fr = QHBoxLayout(self.feedback_row)
        fr.setContentsMargins(0, 0, 0, 0)
        self.feedback = QLineEdit()
        self.feedback.setPlaceholderText(self.tr("向当事人反馈的内容，例如：已电话告知受理结果"))
        feedback_label = label(self.tr("记录反馈"))
        feedback_label.setBuddy(self.feedback)
        self.feedback_button = button(self.tr("保存反馈"), on_click=self.save_feedback)
        fr.addWidget(feedback_label)
        fr.addWidget(self.feedback, 1)
        fr.addWidget(self.feedback_button)
        tl.addWidget(self.feedback_row)
        self.tabs.addTab(parties_tab, self.tr("当事人"))
        self.tabs.addTab(timeline_tab, self.tr("时间线"))
        self.investigations = InvestigationsPanel(ws)
        self.investigations.changed.connect(self._investigation_saved)
        self.tabs.addTab(self.investigations, self.tr("调查记录"))
        self.tabs.addTab(self.sessions, self.tr("话聊"))
        self.tabs.addTab(self._build_notes_tab(), self.tr("笔记"))
        self.tabs.addTab(self.documents, self.tr("文书"))
        self.tabs.addTab(self.follow_ups, self.tr("回访"))
        self.tabs.setMinimumHeight(330)
        left.addWidget(self.tabs, 1)

        # right column: clocks, warnings, routing
        self.clocks_card = Card(self.tr("时限"))
        self.clocks = read_only_table([self.tr("时限"), self.tr("截止"), self.tr("状态")], self.tr("时限"))
        self.clocks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.clocks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.clocks.setWordWrap(True)
        self.clocks_card.body.addWidget(self.clocks)
        right.addWidget(self.clocks_card)
        self.warning_card = Card(self.tr("预警"))
        self.warning_text = label(wrap=True)
        self.warning_card.body.addWidget(self.warning_text)
        right.addWidget(self.warning_card)
        self.routing_card = Card(self.tr("受理与分派"))
        self.routing = QFormLayout()
        self.routing.setHorizontalSpacing(14)
        self.routing_card.body.addLayout(self.routing)
        right.addWidget(self.routing_card)
        right.addStretch(1)
        outer.addWidget(scroll_area(inner), 1)

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._render_clocks)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back_requested.emit)
        for keys, target in (("Ctrl+Shift+H", self.session_button), ("Ctrl+Shift+D", self.documents_button)):
            QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                      activated=lambda b=target: b.click() if b.isVisible() else None)
        name_controls(self)

    def _build_notes_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.notes = read_only_table(
            [self.tr("时间"), self.tr("记录人"), self.tr("维度"), self.tr("范围"), self.tr("内容")], self.tr("笔记"))
        lay.addWidget(self.notes, 1)
        self.note_form = QWidget()
        form = QGridLayout(self.note_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.note_body = QPlainTextEdit()
        self.note_body.setPlaceholderText(self.tr("笔记内容"))
        self.note_body.setFixedHeight(70)
        self.note_body.setTabChangesFocus(True)
        self.note_dimension = QComboBox()
        for dim in Dimension:
            self.note_dimension.addItem(tr_label(DIMENSION_LABELS[dim]), dim.value)
        self.note_tier = QComboBox()
        body_label = label(self.tr("新笔记"))
        body_label.setBuddy(self.note_body)
        dim_label = label(self.tr("维度"))
        dim_label.setBuddy(self.note_dimension)
        tier_label = label(self.tr("可见范围"))
        tier_label.setBuddy(self.note_tier)
        self.note_button = button(self.tr("添加笔记"), on_click=self.save_note)
        form.addWidget(body_label, 0, 0)
        form.addWidget(self.note_body, 0, 1, 1, 5)
        form.addWidget(dim_label, 1, 0)
        form.addWidget(self.note_dimension, 1, 1)
        form.addWidget(tier_label, 1, 2)
        form.addWidget(self.note_tier, 1, 3)
        form.addWidget(self.note_button, 1, 5)
        form.setColumnStretch(4, 1)
        lay.addWidget(self.note_form)
        return tab

    # --- loading ------------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.banner.clear()
        self.reload()

    def reload(self) -> None:
        if not self.case_id:
            return
        actor, case_id = self.ws.actor, self.case_id
        self.ws.runner.run(lambda: self.ws.services.cases.detail(actor, case_id), on_success=self.show_detail,
                           key="case-detail", label=self.tr("正在打开案件…"), parent=self)

    def show_detail(self, d: CaseDetail) -> None:
        self.detail = d
        self.case_id = d.row.id
        role = self.ws.actor.role
        r = d.row
        self.number.setText(r.number)
        status_tone = {"registered": "weak", "declined": "", "closed": "ok", "archived": "ok"}.get(r.status, "")
        self.status_chip.set(tr_label(r.status_label), status_tone)
        self.warning_chip.set(tr_label(r.warning_label) if r.warning_level != "none" else "",
                              warning_tone(r.warning_level))
        self.accept_button.setVisible(r.status == CaseStatus.REGISTERED and can(role, Action.ACCEPT_ROUTE))
        self.session_button.setVisible(can(role, Action.RUN_SESSION))
        self.documents_button.setVisible(can(role, Action.ISSUE_DOCUMENTS))

        while self.facts.count():
            w = self.facts.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        facts = [
            (self.tr("纠纷类型"), tr_label(r.category_label)),
            (self.tr("来源渠道"), tr_label(SOURCE_LABELS.get(Source(d.source), d.source)
                                         if d.source in Source.__members__.values() else d.source)),
            (self.tr("诉求类别"), tr_label(DEMAND_CLASS_LABELS.get(DemandClass(d.demand_class), d.demand_class)
                                         if d.demand_class in DemandClass.__members__.values() else d.demand_class)),
            (self.tr("登记时间"), local(r.registered_at)),
            (self.tr("涉案金额"), self.tr("{amount} 元").format(amount=f"{r.amount:,.2f}") if r.amount is not None
             else self.tr("未填写")),
            (self.tr("同意调解"), self.tr("是") if d.consent_to_mediation else self.tr("否（尚未同意）")),
        ]
        for i, (caption, value) in enumerate(facts):
            self.facts.addWidget(label(caption, object_name="StatLabel"), i // 3 * 2, i % 3)
            self.facts.addWidget(label(value, selectable=True), i // 3 * 2 + 1, i % 3)
        self.summary.setText(r.summary)
        self.claims.setText("\n".join(f"{i}. {c}" for i, c in enumerate(d.claims, 1)) or self.tr("（未填写）"))

        self._show_parties(d)
        self.reveal_button.setVisible(can(role, Action.UNMASK_ID) and any(p.masked_id for p in d.parties))
        _fill(self.events, [[local(e.at), e.actor, self.tr(EVENT_KINDS.get(e.kind, e.kind)),
                             (f"{tr_label(e.from_label)} → {tr_label(e.to_label)}" if e.from_label
                              else tr_label(e.to_label)), e.reason] for e in d.events], self.tr("暂无记录"))
        self.feedback_row.setVisible(can(role, Action.REGISTER_CASE))
        _fill(self.sessions, [[self.tr("第{n}场").format(n=s.seq), local(s.started_at), local(s.ended_at),
                               self._minutes(s.minutes), s.outcome or self.tr("进行中")]
                              for s in d.sessions], self.tr("暂无话聊记录"))
        tiers = {NoteTier.TEAM.value: self.tr("团队"), NoteTier.COUNSELLOR_PRIVATE.value: self.tr("仅心理咨询师")}
        _fill(self.notes, [[local(n.at), n.author, tr_label(n.dimension_label), tiers.get(n.tier, n.tier), n.body]
                           for n in d.notes],
              self.tr("暂无笔记（仅显示您的角色可以查看的笔记）"))
        self.note_form.setVisible(can(role, Action.WRITE_NOTE))
        self.note_tier.clear()
        for tier in NoteTier:
            if can_write_note(role, tier):
                self.note_tier.addItem(tiers[tier.value], tier.value)
        _fill(self.documents, [[number, str(rev), status] for number, rev, status in d.agreements],
              self.tr("暂无文书"))
        _fill(self.follow_ups, [[day(due), self.tr("是") if done else self.tr("否"), notes]
                                for due, done, notes in d.follow_ups], self.tr("暂无回访"))

        reasons = d.warning_reasons
        self.warning_card.setVisible(bool(reasons))
        self.warning_text.setText("\n".join("• " + warning_reason(x) for x in reasons))
        set_tone(self.warning_text, warning_tone(r.warning_level) or None)

        while self.routing.rowCount():
            self.routing.removeRow(0)
        rows = [(self.tr("调解室"), tr_label(r.room) or self.tr("未分派")),
                (self.tr("解纷途径"), tr_label(d.path_label) or self.tr("未确定"))]
        rows += [(tr_label(k), v) for k, v in d.team.items()]
        if d.outcome_reason:
            rows.append((self.tr("原因"), d.outcome_reason))
        for caption, value in rows:
            self.routing.addRow(label(caption, object_name="StatLabel"), label(value, wrap=True, selectable=True))

        self.investigations.load(d.row.id)
        self._render_clocks()
        self.clocks.resizeRowsToContents()
        self.clocks.setFixedHeight(self.clocks.horizontalHeader().height()
                                   + self.clocks.verticalHeader().length() + 4)
        self._tick.start()
        name_controls(self)
        self.loaded.emit(d)

    def _show_parties(self, d: CaseDetail) -> None:
        while self.parties_box.count():
            item = self.parties_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._id_labels.clear()
        self.party_count.setText(self.tr("共 {n} 名当事人").format(n=len(d.parties)))
        for p in d.parties:
            card = Card(self.tr("{role} · {name}").format(role=tr_label(p.role_label), name=p.name), margins=12,
                        spacing=6)
            card.setObjectName("Card")
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(2)
            if p.kind == PartyKind.ORGANISATION:
                facts = [(self.tr("统一社会信用代码"), p.credit_code), (self.tr("法定代表人"), p.legal_rep),
                         (self.tr("职务"), p.legal_rep_title), (self.tr("电话"), p.phone),
                         (self.tr("地址"), p.address)]
            else:
                facts = [(self.tr("证件号"), p.masked_id), (self.tr("性别"), tr_label(p.gender)),
                         (self.tr("出生日期"), day(p.birth_date)), (self.tr("民族"), p.ethnicity),
                         (self.tr("职业"), p.occupation), (self.tr("电话"), p.phone),
                         (self.tr("住址"), p.address)]
            if p.agent_name:
                facts += [(self.tr("代理人"), p.agent_name), (self.tr("代理权限"), p.agent_authority),
                          (self.tr("授权委托书"), self.tr("已提交") if p.power_of_attorney else self.tr("未提交"))]
            wide = {self.tr("住址"), self.tr("地址")}
            slot = 0
            for caption, value in facts:
                span = 4 - slot % 4 if caption in wide else 1   # an address takes the rest of its row
                row, col = (slot // 4) * 2, slot % 4
                value_label = label(value or "—", selectable=True, wrap=True)
                grid.addWidget(label(caption, object_name="StatLabel"), row, col, 1, span)
                grid.addWidget(value_label, row + 1, col, 1, span)
                slot += span
                if caption == self.tr("证件号") and p.masked_id:
                    self._id_labels[p.id] = value_label
            for col in range(4):
                grid.setColumnStretch(col, 1)
            card.body.addLayout(grid)
            self.parties_box.addWidget(card)
        self.parties_box.addStretch(1)

    def reveal_in_place(self) -> None:
        """Replace the masked ID numbers on the party cards by the full ones (audited)."""
        actor, services, ids = self.ws.actor, self.ws.services, list(self._id_labels)

        def show(numbers: dict[str, str]) -> None:
            for party_id, number in numbers.items():
                if party_id in self._id_labels:
                    self._id_labels[party_id].setText(number)
            self.banner.show_message(self.tr("已显示完整证件号，本次查看已记入审计日志。"), "weak")

        self.ws.runner.run(lambda: {pid: services.cases.unmask_id(actor, pid) for pid in ids},
                           on_success=show, on_failure=self._error, parent=self)

    def _render_clocks(self) -> None:
        d = self.detail
        if d is None:
            return
        now = self.ws.clock()
        self.clocks.setRowCount(len(d.clocks))
        for row, c in enumerate(d.clocks):
            if c.state in (RUNNING, OVERDUE):
                text, tone = countdown(c.due_at, now)
            elif c.state == MET:
                text, tone = self.tr("已按时完成"), "ok"
            else:
                text, tone = self.tr("逾期完成（晚 {span}）").format(span=duration(c.due_at - c.done_at)), "weak"
            for col, value in enumerate((tr_label(c.label), local(c.due_at, "%m-%d %H:%M"), text)):
                item = self.clocks.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.clocks.setItem(row, col, item)
                if item.text() != value:
                    item.setText(value)
                if col == 2:
                    item.setForeground(tone_colour(tone) if tone else tone_colour(""))

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self._tick.stop()
        super().hideEvent(event)

    # --- edits ----------------------------------------------------------------------------
    def _open_on(self, page_key: str) -> None:
        if self.case_id:
            self.open_on_requested.emit(page_key, self.case_id)

    def open_routing(self) -> None:
        if self.detail is None:
            return
        dialog = RoutingDialog(self.ws, self.detail.row, parent=self)
        dialog.done_routing.connect(self._routed)
        dialog.open()

    def _routed(self, message: str) -> None:
        self.banner.show_message(message, "ok")
        if self.case_id:
            self.case_changed.emit(self.case_id)
        self.reload()

    def _investigation_saved(self) -> None:
        self.banner.show_message(self.tr("调查记录已保存。"), "ok")
        if self.case_id:
            self.case_changed.emit(self.case_id)
        self.reload()

    def save_feedback(self) -> None:
        text, case_id, actor = self.feedback.text(), self.case_id, self.ws.actor
        if not case_id:
            return

        def done(_: object) -> None:
            self.feedback.clear()
            self.banner.show_message(self.tr("反馈已记录。"), "ok")
            self.case_changed.emit(case_id)
            self.reload()

        self.ws.runner.run(lambda: self.ws.services.routing.record_feedback(actor, case_id, text),
                           on_success=done, on_failure=self._error, parent=self)

    def save_note(self) -> None:
        body, case_id, actor = self.note_body.toPlainText(), self.case_id, self.ws.actor
        dimension, tier = self.note_dimension.currentData(), self.note_tier.currentData()
        if not case_id:
            return

        def done(_: object) -> None:
            self.note_body.clear()
            self.banner.show_message(self.tr("笔记已保存。"), "ok")
            self.reload()

        self.ws.runner.run(lambda: self.ws.services.cases.add_note(actor, case_id, body=body, dimension=dimension,
                                                                   tier=tier),
                           on_success=done, on_failure=self._error, parent=self)

    def _minutes(self, minutes: int) -> str:
        hours, mins = divmod(max(0, minutes), 60)
        return self.tr("{h}小时{m}分").format(h=hours, m=mins) if hours else self.tr("{m}分钟").format(m=mins)

    def _error(self, exc: BaseException) -> None:
        self.banner.show_message(error_text(exc), "error")

    def reveal_ids(self, case_id: str | None, parent: QWidget | None = None) -> None:
        """Show the full ID numbers of a case's parties (each unmasking is audited)."""
        if not case_id:
            return
        actor, services = self.ws.actor, self.ws.services

        def work() -> list[tuple[str, str, str]]:
            detail = services.cases.detail(actor, case_id)
            return [(p.role_label, p.name, services.cases.unmask_id(actor, p.id))
                    for p in detail.parties if p.masked_id]

        def show(rows: list[tuple[str, str, str]]) -> None:
            text = "\n".join(f"{tr_label(role)}  {name}：{number}" for role, name, number in rows) \
                or self.tr("该案件当事人没有登记证件号。")
            self.ws.prompter.inform(parent or self, self.tr("完整证件号"),
                                    text + "\n\n" + self.tr("本次查看已记入审计日志。"))

        self.ws.runner.run(work, on_success=show, parent=parent or self)

