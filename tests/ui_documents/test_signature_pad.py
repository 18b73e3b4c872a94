"""The signature pad: mouse, pen (with pressure) and touch each draw once; every point is
[x, y, t_ms, pressure]; undo / redo / clear; an empty pad refuses to save."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.views.documents.signature_pad import SignatureCapture, SignaturePad


def draw(pad: SignaturePad, points: list[tuple[int, int]], *, delay_ms: int = 5) -> None:
    """One stroke with the mouse: press, move through the points, release."""
    first, *rest = points
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*first))
    for x, y in rest:
        QTest.mouseMove(pad, QPoint(x, y), delay_ms)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*rest[-1]))


def shown_pad(qtbot) -> SignaturePad:  # noqa: ANN001
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_mouse_strokes_keep_every_point_with_time_and_pressure(qtbot) -> None:  # noqa: ANN001
    pad = shown_pad(qtbot)
    assert pad.is_empty()
    draw(pad, [(40, 120), (80, 90), (120, 140), (160, 100)])
    draw(pad, [(200, 100), (260, 130)])
    strokes = pad.strokes()
    assert [len(s) for s in strokes] == [4, 2]
    assert all(len(p) == 4 for s in strokes for p in s)
    assert strokes[0][0][:2] == [40.0, 120.0] and strokes[0][0][2] == 0.0
    times = [p[2] for s in strokes for p in s]
    assert times == sorted(times) and times[-1] > 0
    assert {p[3] for s in strokes for p in s} == {0.5}
    assert not pad.is_empty()


def test_undo_redo_clear(qtbot) -> None:  # noqa: ANN001
    pad = shown_pad(qtbot)
    draw(pad, [(40, 120), (80, 90)])
    draw(pad, [(100, 120), (140, 90)])
    pad.undo()
    assert len(pad.strokes()) == 1 and pad.can_redo()
    pad.redo()
    assert len(pad.strokes()) == 2 and not pad.can_redo()
    pad.undo()
    draw(pad, [(10, 10), (20, 20)])  # a new stroke drops what could be redone
    assert not pad.can_redo()
    pad.clear()
    assert pad.is_empty() and not pad.can_undo()


def test_pen_pressure_is_kept(qtbot) -> None:  # noqa: ANN001
    pad = shown_pad(qtbot)
    pen = QPointingDevice("test pen", 9001, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)

    def tablet(kind, x: float, y: float, pressure: float) -> None:  # noqa: ANN001
        pos = QPointF(x, y)
        buttons = Qt.MouseButton.NoButton if kind == QTabletEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
        event = QTabletEvent(kind, pen, pos, QPointF(pad.mapToGlobal(pos)), pressure, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(pad, event)

    tablet(QTabletEvent.Type.TabletPress, 50, 100, 0.2)
    tablet(QTabletEvent.Type.TabletMove, 70, 110, 0.6)
    tablet(QTabletEvent.Type.TabletMove, 90, 115, 0.9)
    tablet(QTabletEvent.Type.TabletRelease, 90, 115, 0.0)
    (stroke,) = pad.strokes()
    assert [p[3] for p in stroke] == [0.2, 0.6, 0.9]


def test_touch_draws_and_synthesised_mouse_does_not_draw_twice(qtbot) -> None:  # noqa: ANN001
    pad = shown_pad(qtbot)
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(30, 100), pad).commit()
    QTest.touchEvent(pad, screen).move(0, QPoint(60, 120), pad).commit()
    QTest.touchEvent(pad, screen).move(0, QPoint(90, 100), pad).commit()
    QTest.touchEvent(pad, screen).release(0, QPoint(90, 100), pad).commit()
    strokes = pad.strokes()
    assert len(strokes) == 1 and len(strokes[0]) >= 3
    # A mouse event Qt made from that touch (its device is the touch screen) is ignored.
    fake = QMouseEvent(QMouseEvent.Type.MouseButtonPress, QPointF(10, 10), QPointF(10, 10), QPointF(10, 10),
                       Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, screen)
    QApplication.sendEvent(pad, fake)
    assert len(pad.strokes()) == 1


def test_empty_pad_refuses_to_save(qtbot) -> None:  # noqa: ANN001
    capture = SignatureCapture()
    qtbot.addWidget(capture)
    capture.resize(700, 360)
    capture.show()
    qtbot.waitExposed(capture)
    saved: list[list] = []
    capture.save_requested.connect(saved.append)
    qtbot.mouseClick(capture.save_button, Qt.MouseButton.LeftButton)
    assert saved == [] and capture.message.text() == "签名为空，请先签名再保存。"
    assert not capture.message.isHidden()
    QTest.mouseClick(capture.pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))  # a dot is not a signature
    qtbot.mouseClick(capture.save_button, Qt.MouseButton.LeftButton)
    assert saved == []
    draw(capture.pad, [(40, 120), (80, 90), (120, 140)])
    assert capture.message.isHidden()  # the complaint goes once there is a signature
    qtbot.mouseClick(capture.save_button, Qt.MouseButton.LeftButton)
    assert len(saved) == 1 and sum(len(s) for s in saved[0]) == 4
    assert capture.undo_button.isEnabled() and capture.clear_button.isEnabled()
