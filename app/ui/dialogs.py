"""Modal questions and error messages, behind one injectable object.

Screens never call QMessageBox directly: they ask a `Prompter`. The application passes the
real one; tests pass a scripted one (tests/ui/stubs.py) with the answers they want, so no
test ever blocks on a modal dialog.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.domain.errors import DomainError
from app.ui.i18n import user_message

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """What the user reads for an error: a DomainError's message in the UI language
    (app.ui.i18n.user_message), else a generic sentence (the details go to the log)."""
    if isinstance(exc, DomainError):
        return user_message(exc)
    return QCoreApplication.translate("Prompter", "发生内部错误，操作未完成。详情已写入日志，请联系管理员。")


class Prompter:
    def choose(self, parent: QWidget | None, title: str, text: str,
               options: Sequence[tuple[str, str]], *, default: str, escape: str) -> str:
        """Ask with one button per (key, caption); returns the chosen key."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        buttons = {}
        for key, caption in options:
            role = (QMessageBox.ButtonRole.RejectRole if key == escape
                    else QMessageBox.ButtonRole.AcceptRole)
            btn = box.addButton(caption, role)
            btn.setAccessibleName(caption)
            buttons[btn] = key
            if key == default:
                box.setDefaultButton(btn)
            if key == escape:
                box.setEscapeButton(btn)
        box.exec()
        return buttons.get(box.clickedButton(), escape)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def show_error(self, parent: QWidget | None, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            log.error("unexpected error shown to the user", exc_info=exc)
        QMessageBox.warning(parent, QCoreApplication.translate("Prompter", "操作未完成"), error_text(exc))

    def ask_secret(self, parent: QWidget | None, title: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok and value else None

