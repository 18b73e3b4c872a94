"""The UI font ships with the app so Chinese looks the same on every PC.

WenQuanYi Micro Hei (resources/fonts/wqy-microhei.ttc, licence beside it) is registered with
QFontDatabase and made the application font; Qt falls back to system fonts only for
characters it lacks.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

UI_FONT_FILE = "wqy-microhei.ttc"
UI_POINT_SIZE = 10.0


def register_ui_font(app: QGuiApplication, fonts_dir: Path, *,
                     point_size: float = UI_POINT_SIZE) -> str | None:
    """Register the shipped font, set it as the app font; returns its family (None if missing)."""
    path = fonts_dir / UI_FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("UI font %s could not be loaded; using the system font", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    family = families[0]
    font = QFont(family)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family
