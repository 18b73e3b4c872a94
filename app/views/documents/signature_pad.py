"""A pad on which a party, the mediator or the recorder signs with a pen, a finger or the mouse.

Every point is kept as [x, y, t_ms, pressure]: x and y in the pad's logical pixels, t_ms
since the first point of the signature, pressure 0..1 (a tablet pen reports it; touch and
mouse get 0.5 unless the hardware says otherwise). The strokes are what the service stores
(DocumentService.add_signature) and turns into the image placed in the agreement.

Input paths:
- tablet pen: QTabletEvent with pressure; accepted, so Qt synthesises no mouse events;
- touch: QTouchEvent (the first touch point draws; a second finger is ignored);
- mouse: only events that really come from a mouse (not ones Qt synthesised from touch or a
  pen, which would draw every stroke twice).

`SignatureCapture` puts the pad together with 撤销 / 重做 / 清除 and the caption telling who
signs; `save_requested` is only emitted for a pad that is not empty.
"""
from __future__ import annotations

import copy
from itertools import pairwise

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from app.ui.theme import BORDER, MUTED, set_tone
from app.ui.widgets import button, label

Point = list[float]          # [x, y, t_ms, pressure]
Stroke = list[Point]

DEFAULT_PRESSURE = 0.5
MIN_POINTS = 2               # the service refuses fewer points in total
INK = QColor(20, 20, 60)


class SignaturePad(QWidget):
    """The drawing surface. `strokes()` gives a copy of what was drawn."""

    changed = Signal()       # a stroke was finished, undone, redone or the pad was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(360, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # drawn with a pointer; its buttons take the keyboard
        self.placeholder = ""
        self._strokes: list[Stroke] = []
        self._redo: list[Stroke] = []
        self._current: Stroke | None = None
        self._source: str | None = None
        self._clock = QElapsedTimer()
        self._t0: int | None = None
        self._last_t = 0.0

    # --- state ----------------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return copy.deepcopy(self._strokes)

    def point_count(self) -> int:
        return sum(len(s) for s in self._strokes)

    def is_empty(self) -> bool:
        return self.point_count() < MIN_POINTS

    def can_undo(self) -> bool:
        return bool(self._strokes)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def clear(self) -> None:
        self._strokes.clear()
        self._redo.clear()
        self._current = None
        self._source = None
        self._clock.invalidate()
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self._strokes:
            self._redo.append(self._strokes.pop())
            self.update()
            self.changed.emit()

    def redo(self) -> None:
        if self._redo:
            self._strokes.append(self._redo.pop())
            self.update()
            self.changed.emit()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.update()

    # --- strokes --------------------------------------------------------------------------
    def _t_ms(self, timestamp: int) -> float:
        """Milliseconds since the first point of the signature, from the input event's own
        timestamp (when the first point's event carried one), else from a monotonic clock;
        never decreasing."""
        if not self._clock.isValid():
            self._clock.start()
            self._t0 = timestamp if timestamp > 0 else None
            self._last_t = 0.0
            return 0.0
        if self._t0 is not None and timestamp >= self._t0:
            t = float(timestamp - self._t0)
        else:
            t = float(self._clock.elapsed())
        self._last_t = max(self._last_t, t)
        return self._last_t

    def _point(self, pos: QPointF, pressure: float, timestamp: int) -> Point:
        pressure = pressure if 0.0 < pressure <= 1.0 else DEFAULT_PRESSURE
        return [round(pos.x(), 1), round(pos.y(), 1), self._t_ms(timestamp), round(pressure, 3)]

    def _begin(self, pos: QPointF, pressure: float, source: str, timestamp: int = 0) -> None:
        self._current = [self._point(pos, pressure, timestamp)]
        self._source = source
        self._strokes.append(self._current)
        self._redo.clear()
        self.update()

    def _extend(self, pos: QPointF, pressure: float, source: str, timestamp: int = 0) -> None:
        if self._current is None or self._source != source:
            return
        point = self._point(pos, pressure, timestamp)
        last = self._current[-1]
        if (point[0], point[1]) == (last[0], last[1]):
            return
        self._current.append(point)
        self.update()

    def _end(self, source: str) -> None:
        if self._current is None or self._source != source:
            return
        self._current = None
        self._source = None
        self.update()
        self.changed.emit()

    def _cancel(self) -> None:
        if self._current is not None and self._strokes and self._strokes[-1] is self._current:
            self._strokes.pop()
        self._current = None
        self._source = None
        self.update()

    # --- input ----------------------------------------------------------------------------
    @staticmethod
    def _from_mouse(event: QMouseEvent) -> bool:
        """True for a real mouse, False for events Qt synthesised from touch or a pen."""
        device = event.device()
        return device is None or device.type() == QInputDevice.DeviceType.Mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._from_mouse(event) and self._current is None:
            self._begin(event.position(), DEFAULT_PRESSURE, "mouse", event.timestamp())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._from_mouse(event):
            self._extend(event.position(), DEFAULT_PRESSURE, "mouse", event.timestamp())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._from_mouse(event):
            self._end("mouse")
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._current is None:
            self._begin(event.position(), event.pressure(), "tablet", event.timestamp())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position(), event.pressure(), "tablet", event.timestamp())
        elif kind == QEvent.Type.TabletRelease:
            self._end("tablet")
        event.accept()  # no synthesised mouse events for the pen

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            self._touch(event)  # type: ignore[arg-type]
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        kind = event.type()
        event.accept()
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
            return
        points = event.points()
        if not points:
            return
        first = points[0]
        if kind == QEvent.Type.TouchBegin and self._current is None:
            self._begin(first.position(), first.pressure(), "touch", event.timestamp())
        elif kind == QEvent.Type.TouchUpdate:
            self._extend(first.position(), first.pressure(), "touch", event.timestamp())
        elif kind == QEvent.Type.TouchEnd:
            self._extend(first.position(), first.pressure(), "touch", event.timestamp())
            self._end("touch")

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.fillRect(self.rect(), QColor("#fffefa"))
        p.setPen(QPen(QColor(BORDER), 1))
        p.drawRoundedRect(rect, 6, 6)
        # A signing line with a cross, like the line on paper.
        base_y = self.height() * 0.72
        p.setPen(QPen(QColor("#c9d2dc"), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(28, base_y), QPointF(self.width() - 28, base_y))
        p.setPen(QPen(QColor("#98a2b3"), 1.5))
        p.drawLine(QPointF(30, base_y - 16), QPointF(42, base_y - 4))
        p.drawLine(QPointF(42, base_y - 16), QPointF(30, base_y - 4))
        if not self._strokes and self.placeholder:
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(0, 0, self.width(), base_y - 12), Qt.AlignmentFlag.AlignCenter, self.placeholder)
        for stroke in self._strokes:
            self._paint_stroke(p, stroke)
        p.end()

    @staticmethod
    def _paint_stroke(p: QPainter, stroke: Stroke) -> None:
        if len(stroke) == 1:
            x, y, _t, pressure = stroke[0]
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(INK)
            r = 1.2 + 2.2 * pressure
            p.drawEllipse(QPointF(x, y), r, r)
            p.setBrush(Qt.BrushStyle.NoBrush)
            return
        for a, b in pairwise(stroke):
            pen = QPen(INK, 1.2 + 4.0 * b[3], Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            path = QPainterPath(QPointF(a[0], a[1]))
            path.lineTo(QPointF(b[0], b[1]))
            p.drawPath(path)


class SignatureCapture(QWidget):
    """The pad with its caption and buttons. Emits `save_requested(strokes)` for a non-empty pad;
    an empty pad shows why nothing was saved instead."""

    save_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.caption = label("", object_name="CardTitle", wrap=True)
        lay.addWidget(self.caption)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(self.tr("签名板"))
        self.pad.setAccessibleDescription(self.tr("用手写笔、手指或鼠标在此处签名"))
        self.pad.set_placeholder(self.tr("请在横线上方签名"))
        lay.addWidget(self.pad, 1)
        self.message = label("", wrap=True)
        self.message.hide()
        lay.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.undo_button = button(self.tr("撤销一笔"), on_click=self.pad.undo)
        self.redo_button = button(self.tr("重做"), on_click=self.pad.redo)
        self.clear_button = button(self.tr("清除重签"), on_click=self.pad.clear)
        self.save_button = button(self.tr("保存签名"), primary=True, on_click=self.save)
        for b in (self.undo_button, self.redo_button, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        lay.addStretch(0)  # takes the room only while the pad is hidden
        self.pad.changed.connect(self._refresh)
        self._refresh()

    def buttons_visible(self, visible: bool) -> None:
        for b in (self.undo_button, self.redo_button, self.clear_button, self.save_button):
            b.setVisible(visible)

    def set_signer(self, caption: str) -> None:
        self.caption.setText(caption)
        self.pad.setAccessibleDescription(caption)
        self.pad.clear()

    def save(self) -> None:
        if self.pad.is_empty():
            self.show_message(self.tr("签名为空，请先签名再保存。"), "error")
            return
        self.save_requested.emit(self.pad.strokes())

    def show_message(self, text: str, tone: str = "") -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        set_tone(self.message, tone or None)
        self.message.setVisible(bool(text))

    def _refresh(self) -> None:
        self.undo_button.setEnabled(self.pad.can_undo())
        self.redo_button.setEnabled(self.pad.can_redo())
        self.clear_button.setEnabled(self.pad.can_undo() or self.pad.can_redo())
        if self.pad.can_undo():  # a new signature begins: the last message is stale
            self.show_message("")
