"""The look: Fusion with a restrained palette and one style sheet.

A dark-blue navigation rail, white cards on a light grey page, one accent blue, and red /
amber kept for warnings (强信息 / 弱信号) and overdue clocks so they stand out. Widgets opt
in to the styles with object names and dynamic properties (`tone`, `primary`, `invalid`);
`set_tone()` re-polishes after a property change.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

NAVY = "#15304d"
NAVY_HOVER = "#1e4166"
NAVY_SELECTED = "#275a8c"
NAVY_TEXT = "#d3deea"
ACCENT = "#1d6fb8"
ACCENT_DARK = "#17599a"
PAGE_BG = "#f2f4f7"
CARD_BG = "#ffffff"
BORDER = "#dde3ea"
FIELD_BORDER = "#c3ccd6"
TEXT = "#1f2937"
MUTED = "#667085"
STRONG = "#c62828"      # 强信息, overdue, errors
STRONG_BG = "#fdecea"
WEAK = "#b45309"        # 弱信号, due soon
WEAK_BG = "#fff4df"
OK = "#2e7d32"
OK_BG = "#e9f5ea"
INFO_BG = "#eaf2fb"

TONE_COLOURS = {"strong": STRONG, "error": STRONG, "weak": WEAK, "warning": WEAK, "ok": OK,
                "muted": MUTED}

STYLE_TEMPLATE = """
QMainWindow, QDialog, QWizard {{ background: {PAGE_BG}; }}
QWidget#Content, QWidget#Page, QScrollArea#PageScroll > QWidget > QWidget {{ background: {PAGE_BG}; }}
QScrollArea#PageScroll {{ border: none; background: {PAGE_BG}; }}
QScrollArea#PlainScroll, QScrollArea#PlainScroll > QWidget > QWidget {{ border: none; background: white; }}
QWidget#WizardSteps {{ background: {NAVY}; }}
QLabel#WizardStep {{ color: #9db3ca; padding: 6px 4px; }}
QLabel#WizardStep[current="true"] {{ color: white; font-weight: bold; }}

QWidget#NavRail {{ background: {NAVY}; }}
QLabel#AppTitle {{ color: white; font-size: 13pt; font-weight: bold; }}
QLabel#RailCaption {{ color: #9db3ca; font-size: 9pt; }}
QLabel#RailUser {{ color: white; font-weight: bold; }}
QListWidget#NavList {{ background: transparent; border: none; color: {NAVY_TEXT};
    font-size: 11pt; outline: 0; }}
QListWidget#NavList::item {{ padding: 9px 14px; border-left: 4px solid transparent; }}
QListWidget#NavList::item:selected {{ background: {NAVY_SELECTED}; color: white;
    border-left: 4px solid #7fc1ff; }}
QListWidget#NavList::item:hover:!selected {{ background: {NAVY_HOVER}; }}
QPushButton#RailButton {{ color: {NAVY_TEXT}; background: transparent; border: 1px solid #3b5d80;
    border-radius: 4px; padding: 5px 10px; text-align: center; }}
QPushButton#RailButton:hover {{ background: {NAVY_HOVER}; color: white; }}
QPushButton#RailButton:focus {{ border: 1px solid #7fc1ff; }}

QLabel#PageTitle {{ font-size: 16pt; font-weight: bold; color: {TEXT}; }}
QLabel#PageSubtitle {{ color: {MUTED}; }}
QFrame#Card {{ background: {CARD_BG}; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#CardTitle {{ font-size: 11pt; font-weight: bold; color: {TEXT}; }}
QLabel#StatValue {{ font-size: 20pt; font-weight: bold; color: {TEXT}; }}
QLabel#StatLabel {{ color: {MUTED}; }}
QLabel#Big {{ font-size: 13pt; font-weight: bold; }}
QLabel[hint="true"] {{ color: {MUTED}; }}
QLabel[tone="error"], QLabel[tone="strong"] {{ color: {STRONG}; }}
QLabel[tone="warning"], QLabel[tone="weak"] {{ color: {WEAK}; }}
QLabel[tone="ok"] {{ color: {OK}; }}
QLabel[tone="muted"] {{ color: {MUTED}; }}
QLabel#Chip {{ border-radius: 9px; padding: 2px 9px; background: #e8edf3; color: #344054; }}
QLabel#Chip[tone="strong"] {{ background: {STRONG_BG}; color: {STRONG}; }}
QLabel#Chip[tone="weak"] {{ background: {WEAK_BG}; color: {WEAK}; }}
QLabel#Chip[tone="ok"] {{ background: {OK_BG}; color: {OK}; }}

QFrame#Banner {{ border-radius: 5px; background: {INFO_BG}; border: 1px solid #b8d3ee; }}
QFrame#Banner[tone="ok"] {{ background: {OK_BG}; border: 1px solid #a9d5ab; }}
QFrame#Banner[tone="strong"], QFrame#Banner[tone="error"] {{ background: {STRONG_BG}; border: 1px solid #f1b3ae; }}
QFrame#Banner[tone="weak"], QFrame#Banner[tone="warning"] {{ background: {WEAK_BG}; border: 1px solid #f3cf94; }}

QPushButton {{ padding: 5px 14px; border: 1px solid {FIELD_BORDER}; border-radius: 4px;
    background: white; color: {TEXT}; min-height: 20px; }}
QPushButton:hover {{ background: #eef3f8; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #98a2b3; background: #f4f5f7; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
    font-weight: bold; }}
QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #0b3d6e; }}
QPushButton[primary="true"]:disabled {{ background: #9dbbd9; border-color: #9dbbd9; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {ACCENT}; padding: 2px 6px; }}
QPushButton[flat="true"]:hover {{ text-decoration: underline; }}

QLineEdit, QPlainTextEdit, QTextEdit, QDateEdit, QDateTimeEdit, QSpinBox {{
    border: 1px solid {FIELD_BORDER}; border-radius: 4px; padding: 4px 6px; background: white;
    selection-background-color: #cfe3f7; selection-color: {TEXT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QDateEdit:focus, QSpinBox:focus {{
    border: 1px solid {ACCENT}; }}
QLineEdit:read-only {{ background: #f6f7f9; color: #475467; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {STRONG};
    background: #fff8f7; }}
QComboBox {{ border: 1px solid {FIELD_BORDER}; border-radius: 4px; padding: 4px 8px;
    background: white; min-height: 20px; }}
QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QComboBox[invalid="true"] {{ border: 1px solid {STRONG}; }}
QCheckBox, QRadioButton {{ spacing: 6px; }}

/* Item views are styled through the palette (apply_theme), not here: a style-sheet rule
   that matches a view makes Qt draw every cell through QStyleSheetStyle, 4x slower when
   scrolling 100,000 cases. */
QHeaderView::section {{ background: #f6f8fa; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #eef1f4; padding: 6px 8px; font-weight: bold; color: #344054; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: white; border-radius: 4px; top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid transparent; color: {MUTED}; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; font-weight: bold; }}
QTabBar::tab:focus {{ color: {TEXT}; }}
QGroupBox {{ border: 1px solid {BORDER}; border-radius: 6px; margin-top: 14px; padding: 12px 10px 10px 10px;
    background: white; font-weight: bold; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {TEXT}; }}
QStatusBar {{ background: white; border-top: 1px solid {BORDER}; color: #475467; }}
QStatusBar QLabel {{ padding: 0 10px; }}
QToolTip {{ background: white; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px; }}
QWidget#LockPage, QWidget#LoginBackdrop {{ background: {NAVY}; }}
QFrame#LoginCard {{ background: white; border-radius: 10px; }}

QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 24px; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({ICONS}/chevron-down.svg); width: 12px; height: 12px; }}
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled {{ image: url({ICONS}/chevron-down-disabled.svg); }}
QComboBox:disabled, QDateEdit:disabled, QSpinBox:disabled {{ background: #f6f7f9; color: #475467; }}
QComboBox QAbstractItemView {{ border: 1px solid {BORDER}; background: white; outline: 0; padding: 2px;
    selection-background-color: #d9e8f7; selection-color: {TEXT}; }}
QSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button {{ subcontrol-origin: border; subcontrol-position: top right; width: 20px; border: none; }}
QSpinBox::down-button {{ subcontrol-origin: border; subcontrol-position: bottom right; width: 20px; border: none; }}
QSpinBox::up-arrow {{ image: url({ICONS}/chevron-up.svg); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url({ICONS}/chevron-down.svg); width: 10px; height: 10px; }}
QCheckBox::indicator {{ width: 15px; height: 15px; border: 1px solid {FIELD_BORDER}; border-radius: 3px;
    background: white; }}
QCheckBox::indicator:focus {{ border: 1px solid {ACCENT}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border: 1px solid {ACCENT}; image: url({ICONS}/check.svg); }}
QScrollBar:vertical {{ background: transparent; width: 11px; margin: 0; }}
QScrollBar::handle:vertical {{ background: #c3cbd5; border-radius: 4px; min-height: 32px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 11px; margin: 0; }}
QScrollBar::handle:horizontal {{ background: #c3cbd5; border-radius: 4px; min-width: 32px; margin: 2px; }}
QScrollBar::handle:hover {{ background: #a3aebb; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


def style_sheet(icons_dir: Path) -> str:
    colours = {k: v for k, v in globals().items() if k.isupper() and isinstance(v, str)}
    return STYLE_TEMPLATE.format(ICONS=icons_dir.as_posix(), **colours)


def apply_theme(app: QApplication, icons_dir: Path) -> None:
    app.setStyle("Fusion")
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor(PAGE_BG))
    pal.setColor(QPalette.ColorRole.Base, QColor(CARD_BG))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#fafbfc"))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#d4e5f7"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#98a2b3"))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(pal)
    app.setStyleSheet(style_sheet(icons_dir))


def set_tone(widget: QWidget, tone: str | None, prop: str = "tone") -> None:
    """Set a style property ('tone', 'invalid', ...) and re-apply the style sheet."""
    if widget.property(prop) == tone:
        return
    widget.setProperty(prop, tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def tone_colour(tone: str) -> QColor:
    return QColor(TONE_COLOURS.get(tone, TEXT))


def warning_tone(level: str) -> str:
    """Tone for a WarningLevel value: 'strong' red, 'weak' amber, '' none."""
    return {"strong": "strong", "weak": "weak"}.get(level, "")
