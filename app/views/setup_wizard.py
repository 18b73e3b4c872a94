"""First-run setup wizard: station, committee and rooms, case-number pattern, the first
administrator and the database key. Finishing calls services.setup.initialise (all or
nothing) off the GUI thread; the rules themselves live in the service layer."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain import casenumber
from app.domain.catalog import DEFAULT_ROOMS, RoomKind
from app.domain.errors import DomainError, ValidationError
from app.services import Services
from app.services.setup import AdminSetup, StationSetup, initialise, keychain_summary, validate
from app.storage.datadir import DataDir
from app.ui.accessibility import name_controls
from app.ui.dialogs import Prompter, error_text
from app.ui.i18n import user_message
from app.ui.labels import tr_label
from app.ui.tasks import TaskRunner
from app.ui.theme import set_tone
from app.ui.widgets import Card, PageHeader, label, set_invalid, tidy_table

# Which wizard page owns each field named by a ValidationError, to send the user back to it.
STATION_FIELDS = ("name", "district", "street", "community", "address", "phone")
COMMITTEE_FIELDS = ("committee_name",)
PATTERN_FIELDS = ("case_number_pattern",)
ADMIN_FIELDS = ("username", "display_name", "password", "password_again")
KEY_FIELDS = ("passphrase", "passphrase_again")


class _FormPage(QWizardPage):
    """A wizard page with a form, an error line and a map of field name -> editor."""

    fields_owned: tuple[str, ...] = ()

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.step_title = title
        page = QVBoxLayout(self)
        page.setContentsMargins(8, 4, 8, 4)
        page.setSpacing(12)
        page.addWidget(PageHeader(title, subtitle))
        self.card = Card("")
        page.addWidget(self.card, 1)
        self.outer = self.card.body
        self.outer.setSpacing(12)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.editors: dict[str, QLineEdit] = {}
        self.error = label(tone="error", wrap=True)
        self.error.hide()

    def add_field(self, key: str, caption: str, *, default: str = "", required: bool = False,
                  secret: bool = False, hint: str = "") -> QLineEdit:
        edit = QLineEdit(default)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if hint:
            edit.setPlaceholderText(hint)
        caption_label = label(caption + (" *" if required else ""))
        caption_label.setBuddy(edit)
        edit.setAccessibleName(caption)
        self.form.addRow(caption_label, edit)
        self.editors[key] = edit
        edit.textEdited.connect(lambda _t, e=edit: set_invalid(e, False))
        return edit

    def finish_layout(self) -> None:
        self.outer.addWidget(self.error)
        self.outer.addStretch(1)

    def value(self, key: str) -> str:
        return self.editors[key].text().strip()

    def show_error(self, exc_or_text: DomainError | str) -> None:
        text = exc_or_text if isinstance(exc_or_text, str) else user_message(exc_or_text)
        field = None if isinstance(exc_or_text, str) else exc_or_text.field
        self.error.setText(text)
        self.error.show()
        for key, editor in self.editors.items():
            set_invalid(editor, key == field)
        if field in self.editors:
            self.editors[field].setFocus()

    def clear_error(self) -> None:
        self.error.hide()
        for editor in self.editors.values():
            set_invalid(editor, False)


class StationPage(_FormPage):
    fields_owned = STATION_FIELDS

    def __init__(self) -> None:
        super().__init__(self.tr("站点信息"), self.tr("本机所在的群众诉求服务站。带 * 的为必填项。"))
        self.add_field("name", self.tr("站点名称"), required=True, hint=self.tr("例如：罗湖区东门街道群众诉求服务站"))
        self.add_field("district", self.tr("区"), default="罗湖区", required=True)
        self.add_field("street", self.tr("街道"), required=True, hint=self.tr("例如：东门"))
        self.add_field("community", self.tr("社区"), hint=self.tr("可不填"))
        self.add_field("address", self.tr("地址"))
        self.add_field("phone", self.tr("联系电话"))
        self.finish_layout()


class CommitteePage(_FormPage):
    fields_owned = COMMITTEE_FIELDS

    def __init__(self) -> None:
        super().__init__(self.tr("调委会与调解室"),
                         self.tr("文书落款使用人民调解委员会名称。“1236”机制的两个窗口和六个功能室将按下表创建。"))
        self.add_field("committee_name", self.tr("人民调解委员会名称"), required=True,
                       hint=self.tr("例如：罗湖区东门街道人民调解委员会"))
        self.rooms = QTableWidget(len(DEFAULT_ROOMS), 3)
        self.rooms.setHorizontalHeaderLabels([self.tr("编号"), self.tr("名称"), self.tr("类型")])
        self.rooms.setAccessibleName(self.tr("将创建的调解室"))
        tidy_table(self.rooms)
        self.rooms.verticalHeader().hide()
        self.rooms.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rooms.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.rooms.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        kinds = {RoomKind.WINDOW: self.tr("窗口"), RoomKind.ROOM: self.tr("功能室")}
        for row, (code, name, kind) in enumerate(DEFAULT_ROOMS):
            for col, text in enumerate((code, tr_label(name), kinds[kind])):
                self.rooms.setItem(row, col, QTableWidgetItem(text))
        self.rooms.resizeRowsToContents()
        self.rooms.setMinimumHeight(self.rooms.verticalHeader().length() + self.rooms.horizontalHeader().height() + 4)
        self.outer.addWidget(label(self.tr("调解室"), object_name="CardTitle"))
        self.outer.addWidget(self.rooms)
        self.finish_layout()


class CaseNumberPage(_FormPage):
    fields_owned = PATTERN_FIELDS

    def __init__(self, station: StationPage, committee: CommitteePage) -> None:
        super().__init__(self.tr("案号格式"), self.tr(
            "可用占位符：{year} 年份，{n} 序号，{street} 街道，{district} 区，{community} 社区，"
            "{committee} 调委会名称。{year} 与 {n} 必须包含。"))
        self._station = station
        self._committee = committee
        edit = self.add_field("case_number_pattern", self.tr("案号格式"),
                              default=casenumber.DEFAULT_PATTERN, required=True)
        edit.textChanged.connect(self.update_preview)
        self.preview = label(object_name="Big", selectable=True)
        preview_caption = label(self.tr("预览（本年第1号）"))
        preview_caption.setBuddy(self.preview)
        self.form.addRow(preview_caption, self.preview)
        self.finish_layout()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.update_preview()

    def update_preview(self) -> None:
        try:
            text = casenumber.format_case_number(
                self.value("case_number_pattern"), year=date.today().year, n=1,
                street=self._station.value("street"), district=self._station.value("district"),
                community=self._station.value("community"),
                committee=self._committee.value("committee_name"))
        except ValidationError as exc:
            set_tone(self.preview, "error")
            self.preview.setText(user_message(exc))
            set_invalid(self.editors["case_number_pattern"], True)
            return
        set_tone(self.preview, None)
        self.preview.setText(text)
        set_invalid(self.editors["case_number_pattern"], False)


class AdminPage(_FormPage):
    fields_owned = ADMIN_FIELDS

    def __init__(self) -> None:
        super().__init__(self.tr("第一位管理员"),
                         self.tr("管理员负责站点设置和用户账号。密码至少8个字符。"))
        self.add_field("username", self.tr("用户名"), default="admin", required=True)
        self.add_field("display_name", self.tr("姓名"), required=True)
        self.add_field("password", self.tr("密码"), required=True, secret=True)
        self.add_field("password_again", self.tr("再次输入密码"), required=True, secret=True)
        self.finish_layout()


class KeyPage(_FormPage):
    fields_owned = KEY_FIELDS

    def __init__(self, summary: tuple[bool, str]) -> None:
        super().__init__(self.tr("数据库密钥"),
                         self.tr("所有案件数据加密保存在本机。密钥绝不以明文保存。"))
        self.keychain_usable, description = summary
        self.description = label(description, wrap=True, object_name="Big" if self.keychain_usable else "",
                                 tone=None if self.keychain_usable else "warning")
        self.outer.insertWidget(0, self.description)
        if not self.keychain_usable:
            self.add_field("passphrase", self.tr("数据库口令"), required=True, secret=True,
                           hint=self.tr("至少10个字符"))
            self.add_field("passphrase_again", self.tr("再次输入口令"), required=True, secret=True)
            self.outer.addWidget(label(self.tr(
                "每次启动工作台都需要输入此口令。口令遗失将无法打开数据库，请妥善保管（例如密封存放于站点保险柜）。"),
                wrap=True, hint=True))
        self.finish_layout()


class StepList(QWidget):
    """The navy column on the left listing the steps, the current one highlighted."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WizardSteps")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(200)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 20, 12, 20)
        lay.setSpacing(2)
        lay.addWidget(label(self.tr("话聊调解工作台"), object_name="AppTitle"))
        lay.addWidget(label(self.tr("首次设置"), object_name="RailCaption"))
        lay.addSpacing(18)
        self.steps = [label(f"{i}  {t}", object_name="WizardStep") for i, t in enumerate(titles, 1)]
        for step in self.steps:
            lay.addWidget(step)
        lay.addStretch(1)

    def set_current(self, index: int) -> None:
        for i, step in enumerate(self.steps):
            set_tone(step, True if i == index else None, prop="current")


class SetupWizard(QWizard):
    completed = Signal(object)  # Services

    def __init__(self, datadir: DataDir, runner: TaskRunner, prompter: Prompter, *,
                 keychain: tuple[bool, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.datadir = datadir
        self.runner = runner
        self.prompter = prompter
        self._busy = False
        self.setWindowTitle(self.tr("首次设置 — 话聊调解工作台"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成设置"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.station_page = StationPage()
        self.committee_page = CommitteePage()
        self.pattern_page = CaseNumberPage(self.station_page, self.committee_page)
        self.admin_page = AdminPage()
        self.key_page = KeyPage(keychain or keychain_summary())
        self.form_pages: list[_FormPage] = [self.station_page, self.committee_page, self.pattern_page,
                                            self.admin_page, self.key_page]
        for page in self.form_pages:
            self.addPage(page)
        self.steps = StepList([p.step_title for p in self.form_pages])
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(lambda _id: self.steps.set_current(
            self.form_pages.index(self.currentPage()) if self.currentPage() in self.form_pages else 0))
        self.steps.set_current(0)
        self.resize(940, 660)
        for page in self.form_pages:
            name_controls(page)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            b = self.button(which)
            b.setAccessibleName(b.text())

    # --- collected input --------------------------------------------------------------------
    def station_setup(self) -> StationSetup:
        s = self.station_page
        return StationSetup(name=s.value("name"), district=s.value("district"), street=s.value("street"),
                            community=s.value("community"), address=s.value("address"),
                            phone=s.value("phone"),
                            committee_name=self.committee_page.value("committee_name"),
                            case_number_pattern=self.pattern_page.value("case_number_pattern"))

    def admin_setup(self) -> AdminSetup:
        a = self.admin_page
        return AdminSetup(username=a.value("username"), display_name=a.value("display_name"),
                          password=a.editors["password"].text())

    def _page_of(self, field: str | None) -> _FormPage | None:
        return next((p for p in self.form_pages if field in p.fields_owned), None)

    # --- validation -------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        page = self.currentPage()
        if not isinstance(page, _FormPage):
            return True
        page.clear_error()
        if page is self.admin_page and (page.editors["password"].text()
                                        != page.editors["password_again"].text()):
            page.show_error(ValidationError(self.tr("两次输入的密码不一致。"), "passwords differ",
                                            field="password_again"))
            return False
        if page is self.key_page and not self.key_page.keychain_usable and (
                page.editors["passphrase"].text() != page.editors["passphrase_again"].text()):
            page.show_error(ValidationError(self.tr("两次输入的口令不一致。"), "passphrases differ",
                                            field="passphrase_again"))
            return False
        # The service checks the whole form; report only what belongs to this page or earlier.
        reached = self.form_pages[: self.form_pages.index(page) + 1]
        try:
            validate(self.station_setup(), self._admin_so_far(reached))
        except ValidationError as exc:
            owner = self._page_of(exc.field)
            if owner in reached:
                self._show_on(owner, exc)
                return False
        if page is self.key_page:
            self._finish()
            return False  # the wizard closes when initialise() has succeeded
        return True

    def _admin_so_far(self, reached: list[_FormPage]) -> AdminSetup:
        if self.admin_page in reached:
            return self.admin_setup()
        return AdminSetup(username="admin", display_name="-", password="-" * 8)  # not reached yet

    def _show_on(self, page: _FormPage, exc: DomainError) -> None:
        while self.currentPage() is not page and self.currentId() > 0:
            self.back()
        page.show_error(exc)

    # --- finish -----------------------------------------------------------------------------
    def _finish(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        station, admin = self.station_setup(), self.admin_setup()
        passphrase = (None if self.key_page.keychain_usable
                      else self.key_page.editors["passphrase"].text())
        self.runner.run(lambda: initialise(self.datadir, station, admin, passphrase=passphrase),
                        on_success=self._initialised, on_failure=self._failed,
                        label=self.tr("正在创建加密数据库…"), parent=self)

    def _initialised(self, services: Services) -> None:
        self._busy = False
        self.completed.emit(services)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, DomainError):
            self._show_on(self._page_of(exc.field) or self.key_page, exc)
        else:
            self.key_page.show_error(error_text(exc))

    def accept(self) -> None:  # noqa: D102 - Finish is handled by validateCurrentPage
        if self.currentPage() is self.key_page:
            self.validateCurrentPage()
