"""Qt Linguist translations: Simplified Chinese is the source language, English is a .qm.

Source strings are Chinese (self.tr / QCoreApplication.translate). For English we load
resources/i18n/mediation_desk_en.qm; for Chinese we load Qt's own qt_zh_CN.qm so standard
buttons and dialogs (QWizard, QMessageBox) speak Chinese too (Picard's picard/i18n/qt.py).

The .ts source is regenerated with pyside6-lupdate and built with pyside6-lrelease; see
resources/README.md. The built .qm is committed so a start needs no Qt tools.

The layers below the UI speak both languages in their messages (DomainError.zh / .en):
`user_message()` picks the one of the current UI language. The separators (、 ； ： （）) are
translated too, through `enumeration()`, `clauses()`, `labelled()` and `parenthesised()`.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.warnings import stored_reason_english

log = logging.getLogger(__name__)

CATALOGUE = "mediation_desk"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}

_current = SOURCE_LANGUAGE  # the language of the last Translators.install()


class Bilingual(Protocol):
    """A message the layers below the UI give in both languages (DomainError, WarningReason)."""

    @property
    def zh(self) -> str: ...

    @property
    def en(self) -> str: ...


def in_ui_language(zh: str, en: str) -> str:
    """A message the services give in both languages: `zh` in Chinese; `en`, as a sentence,
    otherwise (`zh` when there is no English)."""
    if _current == SOURCE_LANGUAGE or not en:
        return zh
    return en[:1].upper() + en[1:]


def user_message(message: Bilingual) -> str:
    """What the user reads for a DomainError (or a WarningReason) in the UI language."""
    return in_ui_language(message.zh, message.en)


def warning_reason(stored_zh: str) -> str:
    """A warning reason stored on a case (Chinese) in the UI language."""
    return in_ui_language(stored_zh, stored_reason_english(stored_zh))


def enumeration(items: Iterable[str]) -> str:
    """甲、乙、丙 / a, b, c."""
    return QCoreApplication.translate("Punctuation", "、").join(items)


def clauses(items: Iterable[str]) -> str:
    """甲；乙 / a; b."""
    return QCoreApplication.translate("Punctuation", "；").join(items)


def labelled(caption: str, value: object) -> str:
    """标签：内容 / caption: value."""
    return QCoreApplication.translate("Punctuation", "{caption}：{value}").format(caption=caption, value=value)


def parenthesised(text: str, note: str) -> str:
    """文字（说明） / text (note)."""
    return QCoreApplication.translate("Punctuation", "{text}（{note}）").format(text=text, note=note)


class Translators:
    """Owns the installed QTranslators so a language switch can replace them."""

    def __init__(self, app: QCoreApplication, i18n_dir: Path) -> None:
        self._app = app
        self._dir = i18n_dir
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch to `language`; returns False (and stays in Chinese) if it cannot be loaded."""
        global _current
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed.clear()
        language = language if language in LANGUAGES else SOURCE_LANGUAGE
        ok = True
        if language == SOURCE_LANGUAGE:
            self._load_qt_base(language)
        else:
            app_tr = QTranslator(self._app)
            if app_tr.load(f"{CATALOGUE}_{language}", str(self._dir)):
                self._app.installTranslator(app_tr)
                self._installed.append(app_tr)
            else:
                log.warning("translation %s_%s.qm not found in %s", CATALOGUE, language, self._dir)
                ok = False
                language = SOURCE_LANGUAGE
                self._load_qt_base(language)
        self.language = _current = language
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                           if language == SOURCE_LANGUAGE else QLocale(QLocale.Language.English,
                                                                        QLocale.Country.UnitedKingdom))
        return ok

    def _load_qt_base(self, language: str) -> None:
        qt_tr = QTranslator(self._app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in (f"qtbase_{language}", f"qt_{language}"):
            if qt_tr.load(name, path):
                self._app.installTranslator(qt_tr)
                self._installed.append(qt_tr)
                return
        log.debug("no Qt translation for %s in %s", language, path)
