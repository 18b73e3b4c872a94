"""文书: the documents of one case — the agreement editor, signing and the committee seal,
generating / previewing / printing every statutory form, the scanned paper copy, and checking
a PDF someone brings back.

The page is given its dependencies (services, a provider of the signed-in user, the shared
TaskRunner, the modal dialogs) and talks to the service layer only. Every database call and
every PDF job runs on the runner's worker; results come back on the GUI thread. Slow work
(sealing, rendering) gets the runner's delayed progress.

Embedding:
    page = DocumentsPage(services, lambda: ws.actor, ws.runner)
    page.open_case(case_id)          # show a case (from the case page, the session page, ...)
    page.open_case_requested         # Signal(str): the user asked to see the case itself
    page.case_changed                # Signal(str): documents / agreement / attachments changed
Hooks the main window calls: activate(), can_leave() (writes pending input), screen_locked(),
shutdown().
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import wait
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services import Services
from app.services.attachments import AttachmentInfo
from app.services.cases import CaseDetail, CaseFilter
from app.services.common import Actor
from app.services.documents import AgreementView, IssuedPdf
from app.services.permissions import Action, can
from app.ui.accessibility import name_controls
from app.ui.dialogs import error_text
from app.ui.i18n import enumeration, in_ui_language, labelled, user_message
from app.ui.labels import parties_line, tr_label
from app.ui.progress import delayed_progress
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets import Banner, Card, PageHeader, button, label
from app.views.documents.agreement_editor import AgreementEditor
from app.views.documents.attachments_panel import AttachmentsPanel
from app.views.documents.interaction import DocumentDialogs, pdf_filter, scan_filter
from app.views.documents.render_panel import RenderPanel, kind_title
from app.views.documents.signing import SigningPanel
from app.views.documents.verify_panel import VerifyOutcome, VerifyPanel

SAVE_DELAY_MS = 700
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 50
SAVE_KEY = "documents.agreement-save"
DOCUMENTS_STYLE = """
QListWidget#CaseResults::item, QListWidget#SignatureSlots::item, QListWidget#TermList::item,
QListWidget#AgreementHistory::item { padding: 7px 8px; border-bottom: 1px solid #eef1f4; }
QListWidget#CaseResults::item:selected, QListWidget#SignatureSlots::item:selected,
QListWidget#TermList::item:selected, QListWidget#AgreementHistory::item:selected {
    background: #d9e8f7; color: #1f2937; }
"""


@dataclass(frozen=True)
class CaseDocuments:
    """Everything the page shows for a case, loaded in one worker call."""

    detail: CaseDetail
    history: list[AgreementView]        # written agreements, oldest revision first
    issued: list[tuple[str, str, str, datetime, bool]]
    attachments: list[AttachmentInfo]

    @property
    def current(self) -> AgreementView | None:
        return self.history[-1] if self.history else None


@dataclass
class Shown:
    """The PDF in the preview."""

    kind: str
    wet: bool
    pdf: IssuedPdf


class DocumentsPage(QWidget):
    case_opened = Signal(str)           # case id, once its documents are on screen
    case_changed = Signal(str)          # case id: something was issued, signed, sealed or attached
    open_case_requested = Signal(str)   # case id: show it on the 案件 page
    agreement_shown = Signal(object)    # AgreementView now in the editor
    agreement_saved = Signal(object)    # AgreementView returned by a save

    def __init__(self, services: Services, actor: Callable[[], Actor], runner: TaskRunner | None = None, *,
                 dialogs: DocumentDialogs | None = None, save_delay_ms: int = SAVE_DELAY_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.setStyleSheet(DOCUMENTS_STYLE)
        self.services = services
        self._actor = actor
        self._own_runner = runner is None
        self.runner = runner or TaskRunner(progress=delayed_progress)
        self.dialogs = dialogs or DocumentDialogs()
        self.case_id: str | None = None
        self.docs: CaseDocuments | None = None
        self.agreement: AgreementView | None = None    # the current revision
        self.sealed_pdf: IssuedPdf | None = None
        self.shown: Shown | None = None
        self._dirty = False
        self._save_task: Task | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 16)
        outer.setSpacing(12)
        self.header = PageHeader(self.tr("文书"), self.tr("尚未打开案件"))
        self.case_button = button(self.tr("在案件页查看"), on_click=self._show_case_page)
        self.choose_button = button(self.tr("选择案件"), on_click=self._choose_clicked)
        self.verify_button = button(self.tr("验证文件"), on_click=self.show_verify)
        for b in (self.case_button, self.choose_button, self.verify_button):
            self.header.actions.addWidget(b)
        outer.addWidget(self.header)
        self.banner = Banner()
        outer.addWidget(self.banner)

        self.stack = QStackedWidget()
        self.landing = self._build_landing()
        self.stack.addWidget(self.landing)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("DocumentTabs")
        self.tabs.setAccessibleName(self.tr("案件文书"))
        self.tabs.setDocumentMode(True)
        self.stack.addWidget(self.tabs)
        self.verify = VerifyPanel()
        self.verify.files_chosen.connect(self.verify_files)
        self.verify.browse_requested.connect(self._browse_verify)
        self.stack.addWidget(self.verify)
        outer.addWidget(self.stack, 1)

        # 协议书
        self.agreement_stack = QStackedWidget()
        none = QWidget()
        none_lay = QVBoxLayout(none)
        none_lay.setContentsMargins(0, 0, 0, 0)
        none_card = Card(self.tr("本案尚无书面调解协议"))
        none_card.setMaximumWidth(720)
        none_card.body.addWidget(label(
            self.tr("话聊达成书面协议时会自动生成协议草稿。也可以现在起草，系统会从案件和话聊记录预填纠纷事实和争议事项。"),
            wrap=True, hint=True))
        self.draft_button = button(self.tr("起草调解协议书"), primary=True, on_click=self.start_agreement)
        none_card.body.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignLeft)
        none_lay.addWidget(none_card)
        none_lay.addStretch(1)
        self.agreement_stack.addWidget(none)
        self.editor = AgreementEditor()
        self.editor.changed.connect(self._schedule_save)
        self.editor.revise_requested.connect(self.revise)
        self.editor.revision_selected.connect(self.show_revision)
        self.agreement_stack.addWidget(self.editor)
        self.tabs.addTab(self.agreement_stack, self.tr("协议书"))

        # 签署与盖章
        self.signing = SigningPanel()
        self.signing.sign_requested.connect(self.sign)
        self.signing.seal_requested.connect(self.seal)
        self.signing.wet_print_requested.connect(lambda: self.print_document("agreement", True))
        self.signing.preview_requested.connect(self.preview_sealed)
        self.signing.print_requested.connect(self.print_sealed)
        self.signing.save_requested.connect(self.save_sealed)
        self.tabs.addTab(self.signing, self.tr("签署与盖章"))

        # 生成与打印
        self.render_panel = RenderPanel()
        self.render_panel.render_requested.connect(self.render_document)
        self.render_panel.print_requested.connect(self.print_document)
        self.render_panel.save_requested.connect(self.save_shown)
        self.render_panel.issued_chosen.connect(self.show_issued)
        self.tabs.addTab(self.render_panel, self.tr("生成与打印"))

        # 纸质件归档
        self.attachments = AttachmentsPanel()
        self.attachments.files_chosen.connect(self.attach_files)
        self.attachments.browse_requested.connect(self._browse_attachments)
        self.attachments.save_requested.connect(self.save_attachment)
        self.tabs.addTab(self.attachments, self.tr("纸质件归档"))
        self.tabs.currentChanged.connect(lambda _i: self.save_now())

        self._save_timer = QTimer(self, singleShot=True, interval=save_delay_ms)
        self._save_timer.timeout.connect(self.save_now)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_cases)
        self.show_landing()
        name_controls(self)

    # --- landing: choose a case ---------------------------------------------------------------
    def _build_landing(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        card = Card(self.tr("选择案件"), grow=True)
        card.setMaximumWidth(900)
        self.permission_note = label(self.tr("当前角色无权出具文书；可以使用“验证文件”核验他人带来的 PDF。"),
                                     tone="weak", wrap=True)
        card.body.addWidget(self.permission_note)
        caption = QLabel(self.tr("查找案件"))
        card.body.addWidget(caption)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("案件编号、当事人姓名或纠纷事由"))
        self.search.setClearButtonEnabled(True)
        caption.setBuddy(self.search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_chosen)
        card.body.addWidget(self.search)
        results_caption = QLabel(self.tr("案件列表"))
        results_caption.setProperty("hint", True)
        card.body.addWidget(results_caption)
        self.results = QListWidget()
        self.results.setObjectName("CaseResults")
        results_caption.setBuddy(self.results)
        self.results.itemActivated.connect(lambda _item: self._open_chosen())
        card.body.addWidget(self.results, 1)
        self.open_button = button(self.tr("打开案件文书"), primary=True, on_click=self._open_chosen)
        card.body.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(card, 1)
        return w

    def show_landing(self) -> None:
        self.save_now()
        allowed = can(self._actor().role, Action.ISSUE_DOCUMENTS)
        self.permission_note.setVisible(not allowed)
        for w in (self.search, self.results, self.open_button):
            w.setEnabled(allowed)
        self.stack.setCurrentWidget(self.landing)
        self._update_header()
        if allowed:
            self.search_cases()
            self.search.setFocus()

    def show_verify(self) -> None:
        self.save_now()
        self.stack.setCurrentWidget(self.verify)
        self._update_header()
        self.verify.drop.browse_button.setFocus()

    def show_documents(self) -> None:
        if self.docs is not None:
            self.stack.setCurrentWidget(self.tabs)
        self._update_header()

    def _choose_clicked(self) -> None:
        if self.docs is not None and self.stack.currentWidget() is not self.tabs:
            self.show_documents()
        else:
            self.show_landing()

    def _update_header(self) -> None:
        on_docs = self.stack.currentWidget() is self.tabs
        self.case_button.setVisible(self.docs is not None)
        self.choose_button.setText(self.tr("返回案件文书") if self.docs is not None and not on_docs
                                   else self.tr("选择案件"))
        self.choose_button.setAccessibleName(self.choose_button.text())
        self.verify_button.setVisible(self.stack.currentWidget() is not self.verify)
        if self.stack.currentWidget() is self.verify:
            self.header.title.setText(self.tr("验证文件"))
            self.header.set_subtitle(self.tr("核验 PDF 的电子印章和完整性"))
        elif self.docs is not None:
            row = self.docs.detail.row
            self.header.title.setText(self.tr("文书"))
            self.header.set_subtitle(self.tr("{number}　{parties}　{category} · {status}").format(
                number=row.number, parties=parties_line(row.party_roles), category=tr_label(row.category_label),
                status=tr_label(row.status_label)))
        else:
            self.header.title.setText(self.tr("文书"))
            self.header.set_subtitle(self.tr("尚未打开案件：从“案件”页打开，或在下方查找"))

    def search_cases(self) -> None:
        actor, text = self._actor(), self.search.text().strip()

        def work() -> list[tuple[str, str]]:
            ids = self.services.cases.list_ids(actor, CaseFilter(text=text), limit=SEARCH_LIMIT)
            return [(r.id, self.tr("{number}　{parties}").format(number=r.number, parties=parties_line(r.party_roles)) + "\n"
                     + " · ".join((tr_label(r.category_label), tr_label(r.status_label), r.summary[:40])))
                    for r in self.services.cases.rows(actor, ids)]

        self.runner.run(work, on_success=self._show_results, on_failure=self._show_error,
                        key="documents.search", parent=self)

    def _show_results(self, rows: list[tuple[str, str]]) -> None:
        self.results.clear()
        for case_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self.open_button.setEnabled(bool(rows))

    def _open_chosen(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.open_case(item.data(Qt.ItemDataRole.UserRole))

    def _show_case_page(self) -> None:
        if self.case_id:
            self.save_now()
            self.open_case_requested.emit(self.case_id)

    # --- opening a case -----------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        """Show the documents of `case_id` (saving what was typed for the previous case)."""
        self.save_now()
        self.banner.clear()
        actor = self._actor()
        if not can(actor.role, Action.ISSUE_DOCUMENTS):
            self.banner.show_message(self.tr("当前角色无权出具文书。"), "weak")
            self.show_landing()
            return
        if case_id != self.case_id:
            self.sealed_pdf = None
            self.shown = None
            self.render_panel.preview.clear()
            self.render_panel.info.setText("")
        self.case_id = case_id
        self.runner.run(lambda: self._load(actor, case_id), on_success=self._loaded,
                        on_failure=self._show_error, key="documents.load", parent=self,
                        label=self.tr("正在打开案件文书…"))

    def reload(self) -> None:
        """Refresh the open case's agreement, issues and attachments (the case itself is kept:
        opening a case is audited, coming back to the page is not a new look at it)."""
        if not self.case_id or self.docs is None:
            return
        actor, case_id, detail = self._actor(), self.case_id, self.docs.detail
        self.runner.run(lambda: self._load(actor, case_id, detail), on_success=self._loaded,
                        on_failure=self._show_error, key="documents.load", parent=self)

    def _load(self, actor: Actor, case_id: str, detail: CaseDetail | None = None) -> CaseDocuments:
        history = self.services.documents.agreement_history(actor, case_id)
        if history and history[-1].status == "draft" and not history[-1].content.facts:
            # A draft made when the session ended: the service prefills facts and disputed
            # matters from the case and the session when it is opened.
            self.services.documents.open_agreement(actor, case_id)
            history = self.services.documents.agreement_history(actor, case_id)
        return CaseDocuments(
            detail=detail or self.services.cases.detail(actor, case_id),
            history=history,
            issued=self.services.documents.issued(actor, case_id),
            attachments=self.services.attachments.list(actor, case_id))

    def _loaded(self, docs: CaseDocuments) -> None:
        first_time = self.docs is None or self.docs.detail.row.id != docs.detail.row.id
        self.docs = docs
        self.case_id = docs.detail.row.id
        self.editor.show_parties(docs.detail.parties)
        self.render_panel.set_parties(len(docs.detail.parties))
        self.render_panel.set_issued(docs.issued)
        self.attachments.set_attachments(docs.attachments)
        self._show_current(docs.current, docs.history)
        self.stack.setCurrentWidget(self.tabs)
        self._update_header()
        if first_time:
            self.tabs.setCurrentIndex(0)
        name_controls(self)
        self.case_opened.emit(self.case_id)

    def _show_current(self, current: AgreementView | None, history: list[AgreementView]) -> None:
        self.agreement = current
        self._dirty = False
        self._save_timer.stop()
        if current is None:
            self.agreement_stack.setCurrentIndex(0)
            self.signing.show_agreement(None)
            return
        self.agreement_stack.setCurrentIndex(1)
        self.editor.show_agreement(current, current_id=current.id)
        self.editor.set_history(history, current.id)
        self.editor.set_save_state(self._saved_text(current))
        self.signing.show_agreement(current, self.sealed_pdf.sha256 if self.sealed_pdf else None)
        self.agreement_shown.emit(current)

    def _saved_text(self, view: AgreementView) -> str:
        if view.status == "draft":
            return self.tr("草稿自动保存（停止输入约 1 秒后）。")
        return self.tr("内容已锁定。")

    # --- the agreement ------------------------------------------------------------------------
    def start_agreement(self) -> None:
        if not self.case_id:
            return
        actor, case_id = self._actor(), self.case_id

        def work() -> list[AgreementView]:
            self.services.documents.open_agreement(actor, case_id)
            return self.services.documents.agreement_history(actor, case_id)

        self.runner.run(work, on_success=self._history_loaded, on_failure=self._show_error, parent=self)

    def _history_loaded(self, history: list[AgreementView]) -> None:
        if self.docs is not None:
            self.docs = CaseDocuments(self.docs.detail, history, self.docs.issued, self.docs.attachments)
        self._show_current(history[-1] if history else None, history)
        name_controls(self)

    def _schedule_save(self) -> None:
        self._dirty = True
        self.editor.set_save_state(self.tr("有未保存的修改…"))
        self._save_timer.start()

    def save_now(self) -> Task | None:
        """Write pending edits now (debounce expired, leaving, signing, rendering)."""
        self._save_timer.stop()
        if not self._dirty or self.agreement is None or not self.editor.editable:
            return None
        self._dirty = False
        actor, agreement_id, content = self._actor(), self.agreement.id, self.editor.content()
        self.editor.set_save_state(self.tr("正在保存…"))
        self._save_task = self.runner.run(
            lambda: self.services.documents.save_agreement(actor, agreement_id, content),
            on_success=self._saved, on_failure=self._save_failed, key=SAVE_KEY)
        return self._save_task

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty or (self._save_task is not None and not self._save_task.done)

    def _saved(self, view: AgreementView) -> None:
        if self.agreement is None or view.id != self.agreement.id:
            return
        self.agreement = view
        self.editor.set_warnings(view.warnings)
        self.editor.set_save_state(self.tr("已保存 {time}").format(time=datetime.now().strftime("%H:%M:%S")), "ok")
        self.agreement_saved.emit(view)

    def _save_failed(self, exc: BaseException) -> None:
        self._dirty = True  # keep the text; the next edit or leaving tries again
        self.editor.set_warnings(self.agreement.warnings if self.agreement else [], error=error_text(exc))
        self.editor.set_save_state(self.tr("未能保存：{reason}").format(reason=error_text(exc)), "error")

    def revise(self) -> None:
        if self.agreement is None:
            return
        reason = self.dialogs.ask_reason(self, self.tr("新建更正版本"),
                                         self.tr("请说明更正原因（将记录在新版本中，原版本保留可查）："))
        if not reason:
            return
        actor, agreement_id, case_id = self._actor(), self.agreement.id, self.case_id

        def work() -> list[AgreementView]:
            self.services.documents.revise(actor, agreement_id, reason)
            return self.services.documents.agreement_history(actor, case_id)  # type: ignore[arg-type]

        def done(history: list[AgreementView]) -> None:
            self.sealed_pdf = None
            self._history_loaded(history)
            self.banner.show_message(
                self.tr("已新建第{n}版，可以修改后重新签署。").format(n=history[-1].revision), "ok")
            self.case_changed.emit(case_id)

        self.runner.run(work, on_success=done, on_failure=self._show_error, parent=self)

    def show_revision(self, agreement_id: str) -> None:
        """Show a revision from the history (older ones read-only)."""
        if self.docs is None or self.agreement is None:
            return
        self.save_now()
        view = next((v for v in self.docs.history if v.id == agreement_id), None)
        if agreement_id == self.agreement.id:
            view = self.agreement
        if view is None:
            return
        self.editor.show_agreement(view, current_id=self.agreement.id)
        self.editor.set_history(self.docs.history, view.id)

    # --- signing and the seal -----------------------------------------------------------------
    def sign(self, slot: str, strokes: list) -> None:
        if self.agreement is None:
            return
        self.save_now()  # the runner's single worker writes the content before the signature
        actor, agreement_id, case_id = self._actor(), self.agreement.id, self.case_id

        def work() -> list[AgreementView]:
            self.services.documents.add_signature(actor, agreement_id, slot, strokes)
            return self.services.documents.agreement_history(actor, case_id)  # type: ignore[arg-type]

        def done(history: list[AgreementView]) -> None:
            self._history_loaded(history)
            who = next((f"{tr_label(role)} {name}".strip() for s, role, name in history[-1].signatures if s == slot),
                       "")
            self.signing.capture.show_message(self.tr("已保存 {who} 的签名。").format(who=who), "ok")
            if not self.signing.missing():
                self.signing.capture.set_signer(self.tr("全部签名已完成。请核对后加盖调解委员会印章。"))
            self.case_changed.emit(case_id)

        def failed(exc: BaseException) -> None:
            self.signing.capture.show_message(error_text(exc), "error")

        self.runner.run(work, on_success=done, on_failure=failed,
                        label=self.tr("正在保存签名…"), parent=self)

    def seal(self) -> None:
        if self.agreement is None:
            return
        text = self.tr("加盖印章后协议即生效，内容不能再修改；如需更正，须新建更正版本并重新签署。")
        if self.agreement.warnings:
            text += "\n\n" + self.tr("注意：协议仍有 {n} 条法律提示（见“协议书”页）。").format(
                n=len(self.agreement.warnings))
        if not self.dialogs.confirm(self, self.tr("加盖调解委员会印章"), text, self.tr("加盖印章")):
            return
        actor, agreement_id, case_id = self._actor(), self.agreement.id, self.case_id

        def work() -> tuple[IssuedPdf, list[AgreementView], list]:
            sealed = self.services.documents.seal_agreement(actor, agreement_id)
            return (sealed, self.services.documents.agreement_history(actor, case_id),  # type: ignore[arg-type]
                    self.services.documents.issued(actor, case_id))  # type: ignore[arg-type]

        def done(result: tuple[IssuedPdf, list[AgreementView], list]) -> None:
            sealed, history, issued = result
            self.sealed_pdf = sealed
            if self.docs is not None:
                self.docs = CaseDocuments(self.docs.detail, history, issued, self.docs.attachments)
            self.render_panel.set_issued(issued)
            self._history_loaded(history)
            self.banner.show_message(self.tr("已加盖调解委员会印章，协议生效。"), "ok")
            self.case_changed.emit(case_id)

        self.runner.run(work, on_success=done, on_failure=self._show_error,
                        label=self.tr("正在加盖调解委员会印章…"), parent=self)

    def _with_sealed(self, then: Callable[[IssuedPdf], None]) -> None:
        """The sealed agreement's bytes: kept from sealing, else loaded from the issue record."""
        kept = self.sealed_pdf
        if kept is not None and self.agreement is not None and kept.sha256 == self.agreement.sha256:
            then(kept)
            return
        if self.agreement is None or self.docs is None or not self.agreement.sha256:
            return
        actor, sha = self._actor(), self.agreement.sha256
        candidates = [d[0] for d in self.docs.issued if d[1] == "agreement" and d[4]]

        def work() -> IssuedPdf | None:
            for doc_id in reversed(candidates):
                pdf = self.services.documents.issued_pdf(actor, doc_id)
                if pdf.sha256 == sha:
                    return pdf
            return None

        def done(pdf: IssuedPdf | None) -> None:
            if pdf is None:
                self.banner.show_message(self.tr("找不到已盖章协议的文件。"), "error")
                return
            self.sealed_pdf = pdf
            then(pdf)

        self.runner.run(work, on_success=done, on_failure=self._show_error, parent=self)

    def preview_sealed(self) -> None:
        def show(pdf: IssuedPdf) -> None:
            self._show_pdf("agreement", False, pdf)
            self.tabs.setCurrentWidget(self.render_panel)
        self._with_sealed(show)

    def print_sealed(self) -> None:
        self._with_sealed(lambda pdf: self._print(pdf, "agreement"))

    def save_sealed(self) -> None:
        self._with_sealed(self._save_pdf)

    # --- rendering, preview, printing ---------------------------------------------------------
    def render_document(self, kind: str, wet: bool = False, then: Callable[[IssuedPdf], None] | None = None) -> None:
        if not self.case_id:
            return
        if kind == "agreement" and not wet and self.agreement is not None and self.agreement.status == "sealed":
            def sealed(pdf: IssuedPdf) -> None:
                self._show_pdf(kind, False, pdf)
                if then is not None:
                    then(pdf)
            self._with_sealed(sealed)
            return
        self.save_now()
        actor, case_id = self._actor(), self.case_id

        def work() -> tuple[IssuedPdf, list]:
            out = self.services.documents.render(actor, kind, case_id, for_wet_signature=wet)
            return out, self.services.documents.issued(actor, case_id)

        def done(result: tuple[IssuedPdf, list]) -> None:
            out, issued = result
            if self.docs is not None:
                self.docs = CaseDocuments(self.docs.detail, self.docs.history, issued, self.docs.attachments)
            self.render_panel.set_issued(issued)
            self._show_pdf(kind, wet, out)
            self.case_changed.emit(case_id)
            if then is not None:
                then(out)

        self.render_panel.select_kind(kind)
        self.runner.run(work, on_success=done, on_failure=self._show_error,
                        label=self.tr("正在生成{title}…").format(title=kind_title(kind)), parent=self)

    def _show_pdf(self, kind: str, wet: bool, pdf: IssuedPdf) -> None:
        self.shown = Shown(kind, wet, pdf)
        self.render_panel.select_kind(kind)
        self.render_panel.show_pdf(pdf.pdf, title=kind_title(kind), number=pdf.number, sha256=pdf.sha256,
                                   sealed=pdf.sealed, wet=wet)

    def print_document(self, kind: str, wet: bool = False) -> None:
        """Print `kind` (rendering it first unless it is the one in the preview)."""
        if self.shown is not None and self.shown.kind == kind and self.shown.wet == wet:
            self._print(self.shown.pdf, kind)
            return
        self.render_document(kind, wet, then=lambda pdf: self._print(pdf, kind))

    def _print(self, pdf: IssuedPdf, kind: str) -> None:
        copies = self.render_panel.copies(kind)
        try:
            self.dialogs.print_pdf(self, pdf.pdf, copies=copies, title=f"{kind_title(kind)} {pdf.number}")
        except (OSError, ValueError) as exc:
            self.banner.show_message(self.tr("打印失败：{reason}").format(reason=str(exc)), "error")

    def save_shown(self) -> None:
        if self.shown is not None:
            self._save_pdf(self.shown.pdf)
        else:
            self.render_document(self.render_panel.current_kind(), False, then=self._save_pdf)

    def _save_pdf(self, pdf: IssuedPdf) -> None:
        suggested = f"{kind_title(pdf.kind)}-{pdf.number}.pdf".replace("/", "-")
        path = self.dialogs.save_file(self, self.tr("另存为PDF"), suggested, pdf_filter())
        if not path:
            return
        self._write_file(path, pdf.pdf)

    def _write_file(self, path: str, content: bytes) -> None:
        def done(_: object) -> None:
            self.banner.show_message(self.tr("已保存到 {path}").format(path=path), "ok")

        def failed(exc: BaseException) -> None:
            self.banner.show_message(self.tr("无法保存文件：{reason}").format(
                reason=exc.strerror if isinstance(exc, OSError) and exc.strerror else error_text(exc)), "error")

        self.runner.run(lambda: Path(path).write_bytes(content), on_success=done, on_failure=failed, parent=self)

    def show_issued(self, document_id: str) -> None:
        actor = self._actor()
        self.runner.run(lambda: self.services.documents.issued_pdf(actor, document_id),
                        on_success=lambda pdf: self._show_pdf(pdf.kind, False, pdf),
                        on_failure=self._show_error, parent=self)

    # --- the scanned paper copy ---------------------------------------------------------------
    def _browse_attachments(self) -> None:
        paths = self.dialogs.open_files(self, self.tr("添加扫描件"), scan_filter())
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> None:
        if not self.case_id:
            return
        actor, case_id = self._actor(), self.case_id

        def work() -> tuple[list[str], list[str], list[AttachmentInfo]]:
            added, errors = [], []
            for p in paths:
                name = Path(p).name
                try:
                    content = Path(p).read_bytes()
                    self.services.attachments.add(actor, case_id, name, content)
                    added.append(name)
                except DomainError as e:
                    errors.append(labelled(name, user_message(e)))
                except OSError as e:
                    errors.append(labelled(name, self.tr("无法读取文件（{reason}）").format(reason=e.strerror or e)))
            return added, errors, self.services.attachments.list(actor, case_id)

        def done(result: tuple[list[str], list[str], list[AttachmentInfo]]) -> None:
            added, errors, rows = result
            self.attachments.set_attachments(rows)
            if errors:
                self.attachments.banner.show_message("\n".join(errors), "error")
            elif added:
                self.attachments.banner.show_message(self.tr("已添加：{names}").format(names=enumeration(added)), "ok")
            if added:
                self.case_changed.emit(case_id)

        self.runner.run(work, on_success=done, on_failure=self._show_error,
                        label=self.tr("正在添加扫描件…"), parent=self)

    def save_attachment(self, attachment_id: str) -> None:
        actor = self._actor()

        def chosen(f) -> None:  # noqa: ANN001 - AttachmentFile
            path = self.dialogs.save_file(self, self.tr("另存附件"), f.info.filename, "")
            if path:
                self._write_file(path, f.content)

        self.runner.run(lambda: self.services.attachments.get(actor, attachment_id), on_success=chosen,
                        on_failure=self._show_error, parent=self)

    # --- verifying a file ---------------------------------------------------------------------
    def _browse_verify(self) -> None:
        path = self.dialogs.open_file(self, self.tr("选择要验证的PDF文件"), pdf_filter())
        if path:
            self.verify_files([path])

    def verify_files(self, paths: list[str]) -> None:
        if not paths:
            return
        path = paths[0]
        self.stack.setCurrentWidget(self.verify)
        self._update_header()
        self.verify.show_checking(Path(path).name)
        self.runner.run(lambda: self._verify(path), on_success=self.verify.show_outcome,
                        on_failure=self._show_error, label=self.tr("正在验证文件…"), parent=self,
                        key="documents.verify")

    def verify_bytes(self, filename: str, pdf: bytes) -> None:
        """Check bytes already in memory (the same path as a dropped file)."""
        self.stack.setCurrentWidget(self.verify)
        self._update_header()
        self.runner.run(lambda: self._verify_content(filename, pdf), on_success=self.verify.show_outcome,
                        on_failure=self._show_error, parent=self, key="documents.verify")

    def _verify(self, path: str) -> VerifyOutcome:
        p = Path(path)
        try:
            content = p.read_bytes()
        except OSError as e:
            return VerifyOutcome(p.name, 0, "", False, "unreadable",
                                 self.tr("无法读取文件（{reason}）。").format(reason=e.strerror or e), None, None, None)
        return self._verify_content(p.name, content)

    def _verify_content(self, filename: str, content: bytes) -> VerifyOutcome:
        sha = hashlib.sha256(content).hexdigest()
        if b"%PDF-" not in content[:1024]:
            return VerifyOutcome(filename, len(content), sha, False, "unreadable",
                                 self.tr("这不是 PDF 文件。"), None, None, None)
        result = self.services.seal.verify(content)
        return VerifyOutcome(filename, len(content), sha, result.ok, result.code,
                             in_ui_language(result.message_zh, result.message_en),
                             result.signer, result.signed_at, self.services.documents.find_issued(sha))

    # --- page hooks ---------------------------------------------------------------------------
    def activate(self) -> None:
        if self.case_id and not self.has_unsaved_changes:
            self.reload()
        elif self.stack.currentWidget() is self.landing:
            self.show_landing()

    def can_leave(self) -> bool:
        self.save_now()
        return True

    def screen_locked(self) -> None:
        self.save_now()
        self.signing.capture.pad.clear()  # an unsaved signature does not wait on screen

    def shutdown(self) -> None:
        task = self.save_now() or self._save_task
        if task is not None and task.future is not None:
            wait([task.future], timeout=10)  # a failure is reported by the runner's failure path
        if self._own_runner:
            self.runner.shutdown()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self.save_now()
        super().hideEvent(event)

    def _show_error(self, exc: BaseException) -> None:
        self.banner.show_message(error_text(exc), "error")
