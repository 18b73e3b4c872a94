"""Every control of the 文书 page is announced by the label a sighted user reads, and the
keyboard walks the agreement form in the order of the printed form."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.ui.accessibility import unnamed_controls
from app.views.documents import DocumentsPage


def describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}" for w in widgets]


def focus_order(start: QWidget, count: int) -> list[QWidget]:
    """The next `count` widgets Tab reaches from `start` (visible, enabled, tab-focusable)."""
    out, w = [start], start
    while len(out) < count:
        w = w.nextInFocusChain()
        if w is start:
            break
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisibleTo(start.window()) and w.isEnabled() \
                and w.focusProxy() is None:
            out.append(w)
    return out


def test_every_control_is_named_in_every_view(page: DocumentsPage) -> None:
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert describe(unnamed_controls(page)) == [], page.tabs.tabText(index)
    page.show_verify()
    assert describe(unnamed_controls(page)) == []
    page.show_landing()
    assert describe(unnamed_controls(page)) == []
    page.render_document("notice")
    assert describe(unnamed_controls(page)) == []


def test_names_equal_the_visible_labels(page: DocumentsPage) -> None:
    e = page.editor
    t = e.terms
    expected = {
        e.facts: "纠纷主要事实", e.disputed: "争议事项", e.responsibilities: "各方责任",
        e.performance_manner: "履行方式", e.performance_place: "履行地点", e.performance_deadline: "履行期限",
        t.kind: "条款类型", t.obligor: "义务人", t.obligee: "权利人", t.what: "具体内容",
        t.amount: "金额（元）", t.deadline: "履行期限", t.method: "履行方式", t.place: "履行地点",
        t.breach: "违约责任", t.list: "条款列表", e.history: "历次版本",
        page.search: "查找案件", page.results: "案件列表", page.render_panel.kind: "文书",
        page.signing.slots: "签名顺序", page.signing.capture.pad: "签名板",
        page.render_panel.preview.view: "文书预览", page.attachments.table: "本案附件",
    }
    assert {w.accessibleName(): name for w, name in expected.items()} == {n: n for n in expected.values()}
    for b in page.findChildren(QAbstractButton):
        if b.text():  # (the tab bar's own scroll arrows have no text)
            assert b.accessibleName() == b.text().replace("&", ""), b.text()


def test_tab_order_follows_the_form(page: DocumentsPage) -> None:
    e, t = page.editor, page.editor.terms
    assert focus_order(e.facts, 3) == [e.facts, e.disputed, e.responsibilities]
    assert focus_order(t.kind, 10) == [t.kind, t.obligor, t.obligee, t.what, t.amount, t.has_deadline, t.deadline,
                                       t.method, t.place, t.breach]
    after_terms = focus_order(t.breach, 7)[1:]
    assert after_terms == [e.performance_manner, e.performance_place, e.performance_deadline, e.partial,
                           e.status_matter, e.title_matter]
    chain = focus_order(e.facts, 40)
    assert chain.index(t.list) < chain.index(t.add_button) < chain.index(t.kind) < chain.index(e.history)
    s = page.signing
    page.tabs.setCurrentWidget(s)
    order = focus_order(s.slots, 8)
    # (撤销/重做/清除 are disabled on an empty pad, the seal button until everyone signed)
    assert order[:3] == [s.slots, s.wet_print_button, s.capture.save_button]


def test_keyboard_alone_adds_a_term_and_signs_nothing_empty(page: DocumentsPage, qtbot) -> None:  # noqa: ANN001
    t = page.editor.terms
    t.add_button.setFocus()
    qtbot.keyClick(t.add_button, Qt.Key.Key_Space)
    assert t.list.count() == 2 and t.what.hasFocus()
    page.tabs.setCurrentWidget(page.signing)
    save = page.signing.capture.save_button
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert page.signing.capture.message.text() == "签名为空，请先签名再保存。"
    assert page.agreement.signatures == []
