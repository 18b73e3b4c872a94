"""The 文书 page on a real case: the prefilled agreement editor with live capital numerals and
the service's warnings, signing every slot with the mouse, the committee seal, preview and
printing, the scanned paper copy, and verification."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.documents import TITLES
from app.storage.models import SignatureMark
from app.views.documents import DocumentsPage
from app.views.documents.interaction import print_to
from app.views.documents.render_panel import TITLE_STRINGS
from tests.ui.keyboard import retype, type_text
from tests.ui_documents.test_signature_pad import draw

# Four different signatures, one per slot (identical images would be stored once in the PDF).
SIGNATURES = [
    [[(40, 150), (70, 90), (100, 160), (130, 95), (160, 150)], [(190, 100), (240, 130)]],
    [[(50, 100), (120, 100), (120, 160), (60, 160)], [(200, 90), (230, 170), (260, 90)]],
    [[(40, 170), (300, 90)], [(80, 90), (90, 170), (140, 120)]],
    [[(60, 120), (90, 80), (120, 120), (150, 80), (180, 120), (210, 80)]],
]


def pdf_text(pdf: bytes) -> str:
    return "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def drawn_images(pdf: bytes) -> list[Image.Image]:
    return [img.image for page in PdfReader(io.BytesIO(pdf)).pages for img in page.images]


def test_editor_is_prefilled_and_shows_capital_numerals_as_typed(page: DocumentsPage, qtbot) -> None:  # noqa: ANN001
    editor = page.editor
    assert page.tabs.currentWidget() is page.agreement_stack and editor.editable
    assert "被拖欠工资三万元属实" in editor.facts.toPlainText()
    assert "支付拖欠工资30000元" in editor.disputed.toPlainText()
    parties = " ".join(w.text() for w in editor.parties_card.findChildren(type(editor.number_label)))
    assert "张堃" in parties and "深圳市某劳务有限公司" in parties
    terms = editor.terms
    assert terms.list.count() == 1
    assert terms.obligor.value() == "深圳市某劳务有限公司" and terms.obligee.value() == "张堃"
    assert terms.capital.text() == "叁万元整"
    retype(qtbot, terms.amount, "45000.5")
    assert terms.capital.text() == "肆万伍仟元伍角"
    assert terms.amount.accessibleDescription() == "肆万伍仟元伍角"
    retype(qtbot, terms.amount, "1001")
    assert terms.capital.text() == "壹仟零壹元整"
    qtbot.keyClicks(terms.amount, "abc")  # the field takes figures only
    assert terms.amount.text() == "1001"
    assert page.has_unsaved_changes
    page.save_now()
    assert page.services.documents.agreement(page._actor(), page.agreement.id).content.terms[0].amount == "1001"


def test_a_term_without_amount_or_deadline_is_warned_after_the_debounced_save(
        page: DocumentsPage, qtbot, services, agreed) -> None:  # noqa: ANN001
    terms = page.editor.terms
    qtbot.mouseClick(terms.add_button, Qt.MouseButton.LeftButton)
    assert terms.list.count() == 2 and terms.list.currentRow() == 1
    type_text(qtbot, terms.what, "赔偿误工费")
    assert terms.amount.text() == "" and not terms.has_deadline.isChecked()
    with qtbot.waitSignal(page.agreement_saved, timeout=3000) as saved:  # ~700 ms after the last key
        pass
    view = saved.args[0]
    assert any("第2项" in w.zh and "内容不明确" in w.zh for w in view.warnings)
    shown = "\n".join(page.editor.warning_texts())
    assert "第2项协议内容为给付款项，但未写明金额" in shown and "内容不明确" in shown
    assert page.editor.save_state.text().startswith("已保存")
    stored = services.documents.agreement(agreed["actors"]["spec"], view.id).content.terms
    assert [t.what for t in stored] == ["拖欠的工资", "赔偿误工费"]
    # Reorder and remove, then leave the page: the pending edit is written at once.
    qtbot.mouseClick(terms.up_button, Qt.MouseButton.LeftButton)
    assert terms.terms()[0].what == "赔偿误工费"
    assert page.can_leave()
    stored = services.documents.agreement(agreed["actors"]["spec"], view.id).content.terms
    assert [t.what for t in stored] == ["赔偿误工费", "拖欠的工资"]
    qtbot.mouseClick(terms.remove_button, Qt.MouseButton.LeftButton)
    page.save_now()
    assert len(services.documents.agreement(agreed["actors"]["spec"], view.id).content.terms) == 1


def test_bad_amount_is_shown_in_the_editor_not_lost(page: DocumentsPage, qtbot) -> None:  # noqa: ANN001
    retype(qtbot, page.editor.terms.amount, "0")
    page.save_now()
    assert "金额应为正数" in page.editor.save_state.text()
    assert page.has_unsaved_changes  # kept; tried again on the next edit or when leaving
    retype(qtbot, page.editor.terms.amount, "300")
    page.save_now()
    assert page.editor.save_state.text().startswith("已保存")


def test_sign_every_slot_with_the_mouse_then_seal(page: DocumentsPage, qtbot, services, agreed,  # noqa: ANN001
                                                  progress, dialogs, tmp_path: Path) -> None:
    spec = agreed["actors"]["spec"]
    page.tabs.setCurrentWidget(page.signing)
    signing = page.signing
    slots = page.agreement.slots
    assert [role for _s, role, _n in slots] == ["申请人", "被申请人", "人民调解员", "记录人"]
    assert not signing.seal_button.isEnabled()
    for row, strokes in enumerate(SIGNATURES):
        assert signing.slots.currentRow() == row  # the next slot to sign is selected
        assert signing.capture.caption.text().startswith("请 ")
        for stroke in strokes:
            draw(signing.capture.pad, stroke)
        qtbot.mouseClick(signing.capture.save_button, Qt.MouseButton.LeftButton)
        role = slots[row][1]
        assert signing.capture.message.text().startswith(f"已保存 {role}")
        if row == 0:  # the first mark freezes the content
            assert page.agreement.status == "signing" and not page.editor.editable
            assert page.editor.facts.isReadOnly() and not page.editor.lock_banner.isHidden()
            assert page.editor.revise_button.isVisibleTo(page.editor)
    assert signing.missing() == [] and signing.seal_button.isEnabled()
    assert "全部签名已完成" in signing.seal_status.text()
    with services.db.read() as s:
        marks = {m.slot: [list(map(list, st)) for st in m.strokes] for m in s.query(SignatureMark)}
    assert len(marks) == 4
    first = marks[slots[0][0]]
    assert [len(st) for st in first] == [5, 2] and all(len(p) == 4 for st in first for p in st)

    dialogs.confirmations.append(False)  # 取消: nothing is sealed
    qtbot.mouseClick(signing.seal_button, Qt.MouseButton.LeftButton)
    assert page.sealed_pdf is None and "加盖印章后协议即生效" in dialogs.asked[-1]
    qtbot.mouseClick(signing.seal_button, Qt.MouseButton.LeftButton)
    assert "正在加盖调解委员会印章…" in progress.started  # off the GUI thread, with delayed progress
    sealed = page.sealed_pdf
    assert sealed is not None and sealed.sealed
    assert page.agreement.status == "sealed" and page.agreement.sha256 == sealed.sha256
    assert sealed.sha256 in signing.sha_label.text()
    result = services.seal.verify(sealed.pdf)
    assert result.ok, result.message_en
    # The drawn signatures are in the sealed file: one image per slot, none on the wet copy.
    images = drawn_images(sealed.pdf)
    assert len(images) == len(SIGNATURES)
    for img in images:
        alpha = img.convert("RGBA").getchannel("A")
        assert alpha.getbbox() is not None  # some ink
    wet = services.documents.render(spec, "agreement", agreed["case_id"], for_wet_signature=True)
    assert drawn_images(wet.pdf) == []
    assert "叁万元整" in pdf_text(sealed.pdf)

    # Preview, print and save the sealed file.
    qtbot.mouseClick(signing.preview_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.render_panel
    assert page.render_panel.preview.pdf == sealed.pdf and page.render_panel.preview.page_count() >= 1
    assert sealed.sha256 in page.render_panel.info.text()
    page.tabs.setCurrentWidget(page.signing)
    qtbot.mouseClick(signing.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.printed[-1][0] == sealed.pdf and dialogs.printed[-1][1] == 3  # 2 parties + committee
    dialogs.save_paths.append(str(tmp_path / "协议书.pdf"))
    qtbot.mouseClick(signing.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "协议书.pdf").read_bytes() == sealed.pdf

    # A correction is a new version with a reason; the sealed one stays readable.
    dialogs.reasons.append("更正付款期限")
    page.tabs.setCurrentWidget(page.agreement_stack)
    qtbot.mouseClick(page.editor.revise_button, Qt.MouseButton.LeftButton)
    assert page.agreement.revision == 2 and page.editor.editable
    assert [page.editor.history.item(i).text() for i in range(page.editor.history.count())] == [
        "第1版 · 已盖章生效（已被取代）", "第2版 · 草稿"]
    first_item = page.editor.history.item(0)
    page.editor.history.itemClicked.emit(first_item)
    assert not page.editor.editable and "第1版" in page.editor.lock_text.text()
    qtbot.mouseClick(page.editor.back_to_current, Qt.MouseButton.LeftButton)
    assert page.editor.editable and page.editor.view.revision == 2


def test_render_preview_print_and_wet_signature_copy(page: DocumentsPage, qtbot, dialogs, tmp_path: Path,  # noqa: ANN001
                                                     progress) -> None:
    panel = page.render_panel
    page.tabs.setCurrentWidget(panel)
    assert panel.kind.count() == 11 and panel.kind.itemText(5) == "人民调解协议书"
    assert set(TITLE_STRINGS) == set(TITLES.values())  # every title reaches the translators
    panel.select_kind("notice")
    qtbot.mouseClick(panel.render_button, Qt.MouseButton.LeftButton)
    assert page.shown is not None and page.shown.kind == "notice"
    assert panel.preview.page_count() >= 1 and panel.preview.view.document() is panel.preview.document
    assert "人民调解当事人权利义务告知书" in panel.info.text()
    assert panel.issued.topLevelItemCount() == 1
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)  # the previewed file, one copy
    assert dialogs.printed[-1][1] == 1 and dialogs.printed[-1][0] == page.shown.pdf.pdf

    panel.select_kind("agreement")
    assert "3 份" in panel.copies_label.text()
    qtbot.mouseClick(panel.wet_button, Qt.MouseButton.LeftButton)
    pdf, copies, title = dialogs.printed[-1]
    assert copies == 3 and title.startswith("人民调解协议书")
    assert "按指印" in pdf_text(pdf) and page.shown.wet
    assert "供手写签名" in panel.info.text()
    dialogs.save_paths.append(str(tmp_path / "wet.pdf"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "wet.pdf").read_bytes() == pdf
    assert any(label.startswith("正在生成") for label in progress.started)
    # An earlier issue can be reopened from the list.
    item = panel.issued.topLevelItem(panel.issued.topLevelItemCount() - 1)
    panel.issued.itemActivated.emit(item, 0)
    assert page.shown.kind == "notice"


def test_print_paints_every_page_of_every_copy(qtbot, tmp_path: Path, page: DocumentsPage) -> None:  # noqa: ANN001
    page.render_document("notice")
    pdf = page.shown.pdf.pdf
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setCopyCount(2)
    painted = print_to(printer, pdf)
    expected = pages if printer.supportsMultipleCopies() else 2 * pages
    assert painted == expected
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == expected


def drop_files(widget, paths: list[Path]) -> None:  # noqa: ANN001
    """Drag files from the file manager onto `widget` and drop them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.rect().center())
    args = (pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(*args))


def test_scanned_copy_is_attached_and_text_is_refused(page: DocumentsPage, qtbot, dialogs, tmp_path: Path,  # noqa: ANN001
                                                      services, agreed) -> None:
    panel = page.attachments
    page.tabs.setCurrentWidget(panel)
    note = tmp_path / "说明.txt"
    note.write_text("已签字", encoding="utf-8")
    dialogs.open_paths.append([str(note)])
    qtbot.mouseClick(panel.drop.browse_button, Qt.MouseButton.LeftButton)
    assert "只能添加 PDF、PNG 或 JPEG 格式的扫描件。" in panel.banner.text.text()
    assert panel.banner.property("tone") == "error" and panel.filenames() == []
    scan = tmp_path / "协议书签字页.png"
    Image.new("RGB", (40, 60), "white").save(scan)
    pdf_scan = tmp_path / "协议书扫描.pdf"
    Image.new("RGB", (40, 60), "white").save(pdf_scan, format="PDF")
    drop_files(panel.drop, [scan, pdf_scan])
    assert panel.filenames() == ["协议书签字页.png", "协议书扫描.pdf"]
    assert "已添加" in panel.banner.text.text()
    listed = services.attachments.list(agreed["actors"]["spec"], agreed["case_id"])
    assert [a.media_type for a in listed] == ["image/png", "application/pdf"]


def test_verify_reports_good_appended_and_foreign_files(page: DocumentsPage, qtbot, services, agreed,  # noqa: ANN001
                                                        tmp_path: Path, dialogs) -> None:
    spec = agreed["actors"]["spec"]
    view = services.documents.open_agreement(spec, agreed["case_id"])
    for i, (slot, _, _) in enumerate(view.slots):
        services.documents.add_signature(spec, view.id, slot, [[[0, 0, 0, 0.5], [10 + i, 5, 16, 0.6]]])
    sealed = services.documents.seal_agreement(spec, view.id)
    good = tmp_path / "sealed.pdf"
    good.write_bytes(sealed.pdf)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.verify
    dialogs.open_paths.append([str(good)])
    qtbot.mouseClick(page.verify.drop.browse_button, Qt.MouseButton.LeftButton)
    panel = page.verify
    assert panel.headline.text() == "文件完整、印章有效" and panel.headline.property("tone") == "ok"
    assert sealed.number in panel.issued_value.text() and "人民调解协议书" in panel.issued_value.text()
    assert panel.sha_value.text() == sealed.sha256

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(sealed.pdf + b"\n% trailing garbage\n")
    drop_files(panel.drop, [appended])
    assert panel.outcome is not None and panel.outcome.code == "appended_bytes"
    assert panel.headline.text() == "验证未通过：盖章后文件末尾被附加了数据"
    assert panel.headline.property("tone") == "error"
    assert panel.reason.text() == "文件末尾在盖章后被附加了额外数据。"
    assert "没有出具过" in panel.issued_value.text()
    assert "附加" in panel.result.accessibleName()

    unsigned = page.services.documents.render(spec, "notice", agreed["case_id"])
    page.verify_bytes("notice.pdf", unsigned.pdf)
    assert panel.outcome.code == "no_signature" and "没有电子印章" in panel.headline.text()
    assert "权利义务告知书" in panel.issued_value.text()  # issued unsealed, still ours
    page.verify_bytes("readme.txt", b"hello")
    assert panel.outcome.code == "unreadable" and panel.reason.text() == "这不是 PDF 文件。"
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)  # 返回案件文书
    assert page.stack.currentWidget() is page.tabs


def test_landing_finds_cases_and_no_permission_is_explained(qtbot, services, agreed, runner, dialogs) -> None:  # noqa: ANN001
    spec = agreed["actors"]["spec"]
    w = DocumentsPage(services, lambda: spec, runner, dialogs=dialogs)
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.landing and w.permission_note.isHidden()
    assert w.results.count() == 1
    type_text(qtbot, w.search, "张堃")
    w.search_cases()
    assert w.results.count() == 1
    opened: list[str] = []
    w.case_opened.connect(opened.append)
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    assert opened == [agreed["case_id"]] and w.stack.currentWidget() is w.tabs
    wanted: list[str] = []
    w.open_case_requested.connect(wanted.append)
    qtbot.mouseClick(w.case_button, Qt.MouseButton.LeftButton)
    assert wanted == [agreed["case_id"]]

    rec = agreed["actors"]["rec"]
    other = DocumentsPage(services, lambda: rec, runner, dialogs=dialogs)
    qtbot.addWidget(other)
    other.show()
    assert not other.permission_note.isHidden() and not other.search.isEnabled()
    other.open_case(agreed["case_id"])
    assert other.stack.currentWidget() is other.landing and "无权" in other.banner.text.text()


def test_a_draft_can_be_started_for_a_case_without_one(qtbot, services, agreed, runner, dialogs) -> None:  # noqa: ANN001
    from tests.services.test_intake import simple_intake
    spec = agreed["actors"]["spec"]
    case_id = services.intake.register(spec, simple_intake("邻居漏水损坏天花板")).case_id
    w = DocumentsPage(services, lambda: spec, runner, dialogs=dialogs)
    qtbot.addWidget(w)
    w.show()
    w.open_case(case_id)
    assert w.agreement_stack.currentIndex() == 0 and "尚无书面调解协议" in w.signing.seal_status.text()
    qtbot.mouseClick(w.draft_button, Qt.MouseButton.LeftButton)
    assert w.agreement_stack.currentIndex() == 1 and w.agreement is not None
    assert "邻居漏水" in w.editor.facts.toPlainText()
    term = w.editor.terms.terms()[0]
    assert (term.obligor, term.obligee, term.what) == ("深圳市某劳务有限公司", "张堃", "款项")
    assert w.editor.terms.capital.text() == "叁万元整"


def test_saving_runs_on_the_worker_and_is_written_on_shutdown(qtbot, services, agreed, dialogs,  # noqa: ANN001
                                                              monkeypatch) -> None:
    """With the real single-worker runner: the debounced save never runs on the GUI thread,
    and closing the page waits for what was typed."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from app.ui.tasks import TaskRunner
    spec = agreed["actors"]["spec"]
    threads: list[threading.Thread] = []
    original = services.documents.save_agreement

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(services.documents, "save_agreement", spy)
    runner = TaskRunner(ThreadPoolExecutor(max_workers=1))
    w = DocumentsPage(services, lambda: spec, runner, dialogs=dialogs)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.case_opened, timeout=5000):
        w.open_case(agreed["case_id"])
    type_text(qtbot, w.editor.responsibilities, "被申请人承担全部责任")
    with qtbot.waitSignal(w.agreement_saved, timeout=5000):
        pass
    assert threads and all(t is not threading.main_thread() for t in threads)
    type_text(qtbot, w.editor.performance_place, "东门街道调解室")
    w.shutdown()  # flushes at once and waits for the worker
    stored = services.documents.agreement(spec, w.agreement.id).content
    assert stored.responsibilities == "被申请人承担全部责任" and stored.performance_place == "东门街道调解室"
    runner.shutdown()


def test_print_dialog_is_preset_to_the_number_of_copies(qtbot, monkeypatch, page: DocumentsPage) -> None:  # noqa: ANN001
    from app.views.documents import interaction
    seen: dict[str, object] = {}

    class FakePrintDialog:
        class DialogCode:
            Accepted = 1

        def __init__(self, printer, parent) -> None:  # noqa: ANN001
            seen["copies"], seen["name"] = printer.copyCount(), printer.docName()

        def setWindowTitle(self, title: str) -> None:  # noqa: N802
            seen["title"] = title

        def exec(self) -> int:
            return 0  # the user cancels

    monkeypatch.setattr(interaction, "QPrintDialog", FakePrintDialog)
    page.render_document("agreement")
    assert interaction.DocumentDialogs().print_pdf(page, page.shown.pdf.pdf, copies=3, title="人民调解协议书") is False
    assert seen == {"copies": 3, "name": "人民调解协议书", "title": "打印：人民调解协议书"}
