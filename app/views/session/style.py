"""Style rules of the session workspace, on top of the application theme (app.ui.theme).

Applied with setStyleSheet on the page and on its dialogs, so they cascade to their children
and leave the rest of the application alone.
"""
from __future__ import annotations

from app.ui.theme import (
    ACCENT, ACCENT_DARK, BORDER, CARD_BG, INFO_BG, MUTED, OK, STRONG, STRONG_BG, TEXT, WEAK, WEAK_BG,
)

SESSION_STYLE = f"""
QFrame#Panel {{ background: {CARD_BG}; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame#Panel[unlocked="true"] {{ border-top: 3px solid {OK}; }}
QFrame#Panel[current="true"] {{ border: 1px solid {ACCENT}; border-top: 3px solid {ACCENT}; }}
QScrollArea#PanelScroll, QScrollArea#PanelScroll > QWidget > QWidget {{ background: {CARD_BG}; border: none; }}
QLabel#FieldLabel {{ color: #344054; font-weight: bold; padding-top: 4px; }}
QLabel#SaveStatus {{ font-size: 9pt; }}

QPushButton#StageButton {{ padding: 6px 8px; font-size: 11pt; border-radius: 4px; }}
QPushButton#StageButton[done="true"] {{ border: 1px solid {OK}; }}
QPushButton#StageButton[locked="true"] {{ color: #98a2b3; border: 1px dashed #c3ccd6; background: #f8f9fb; }}
QPushButton#StageButton:checked {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
    font-weight: bold; }}
QPushButton#StageButton:focus {{ border: 2px solid #0b3d6e; }}

QPushButton#SpeakerButton {{ padding: 3px 4px; min-height: 18px; }}
QPushButton#SpeakerButton:checked {{ background: {INFO_BG}; border: 1px solid {ACCENT}; color: {ACCENT_DARK};
    font-weight: bold; }}
QListWidget#MinutesList {{ font-size: 10pt; }}
QListWidget#MinutesList::item {{ padding: 4px 2px; border-bottom: 1px solid #eef1f4; }}

QFrame#CaucusBox {{ background: {WEAK_BG}; border: 1px solid #f3cf94; border-radius: 5px; }}
QLabel#CaucusTitle {{ color: {WEAK}; font-weight: bold; }}
QLabel#TeamSummary {{ color: #344054; background: {INFO_BG}; border-radius: 4px; padding: 4px 8px; }}
QLabel#Timer {{ font-size: 12pt; font-weight: bold; color: {TEXT}; }}
QLabel#TimerCaption {{ color: {MUTED}; }}
QLabel#GateMessage, QLabel#StageMessage {{ background: {WEAK_BG}; border: 1px solid #f3cf94; border-radius: 4px;
    padding: 6px 8px; color: {WEAK}; }}
QGroupBox[tone="strong"] {{ border: 2px solid {STRONG}; background: {STRONG_BG}; }}
QGroupBox[tone="strong"]::title, QGroupBox[tone="strong"] QLabel#ScreeningQuestion {{ color: {STRONG}; }}
QGroupBox#ScreeningItem {{ margin-top: 0; padding: 4px 0 0 0; }}
QLabel#ScreeningQuestion {{ font-weight: bold; color: {TEXT}; }}
QFrame#Card[invalid="true"] {{ border: 1px solid {STRONG}; background: {STRONG_BG}; }}
QWidget[invalid="true"] {{ border: 1px solid {STRONG}; }}
"""
