"""Grab the 文书 page to PNG files for a look (not a test).

    QT_QPA_PLATFORM=offscreen python -m tests.ui_documents.screenshots [out folder] [width height]

Builds a throwaway station in a temporary folder, with the application's theme and font, and
saves: the agreement editor (with an unclear second term and its warning), signing half-way
with a drawn signature, the sealed state, the preview of the wet-signature copy, the
attachments, the verify panel on a tampered file, and the case picker.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QScrollArea, QWidget  # noqa: E402

from app.services import auth  # noqa: E402
from app.services.setup import AdminSetup, StationSetup, initialise  # noqa: E402
from app.storage.datadir import DataDir  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from app.ui.tasks import SyncExecutor, TaskRunner  # noqa: E402
from app.views.documents import DocumentsPage  # noqa: E402
from tests.ui_documents.conftest import ScriptedDialogs, make_agreed  # noqa: E402

# A signature-like scribble: 张 then 堃, roughly.
SCRIBBLE = [
    [(60, 80), (110, 78), (108, 120), (70, 125)], [(85, 60), (80, 170), (60, 190)],
    [(140, 70), (135, 185)], [(120, 120), (185, 95)], [(150, 130), (200, 190)],
    [(230, 70), (260, 90), (245, 120), (290, 110)], [(225, 140), (300, 135)], [(262, 120), (262, 195)],
    [(220, 195), (310, 190)],
]


def _save(widget: QWidget, out: Path, name: str) -> None:
    QTest.qWait(400)  # layouts settle, QPdfView renders its pages
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def _draw(pad: QWidget) -> None:
    for stroke in SCRIBBLE:
        first, *rest = stroke
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*first))
        for x, y in rest:
            QTest.mouseMove(pad, QPoint(x, y), 12)
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*rest[-1]))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(tempfile.gettempdir())
    width, height = (int(argv[1]), int(argv[2])) if len(argv) >= 3 else (1280, 860)
    out.mkdir(parents=True, exist_ok=True)
    create_application(["screenshots"])
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)  # a throwaway station
    with tempfile.TemporaryDirectory() as tmp:
        services = initialise(DataDir(Path(tmp) / "station"), StationSetup(
            name="罗湖区东门街道群众诉求服务站", street="东门", committee_name="东门街道人民调解委员会"),
            AdminSetup("admin", "赵管理", "admin-pass-1"), passphrase="screenshot-passphrase-1")
        room = make_agreed(services)
        spec = room["actors"]["spec"]
        dialogs = ScriptedDialogs()
        page = DocumentsPage(services, lambda: spec, TaskRunner(SyncExecutor()), dialogs=dialogs)
        page.resize(width, height)
        page.show()
        page.open_case(room["case_id"])

        # 1. The editor: prefilled, a second clause without amount or deadline, its warning.
        e = page.editor
        e.responsibilities.setPlainText("被申请人未按约定支付劳动报酬，应承担全部责任。")
        e.performance_manner.setText("银行转账")
        e.performance_deadline.setText("本协议生效之日起十日内")
        e.terms.add_term()
        e.terms.what.setText("误工补偿")
        e.terms._edited()
        e.terms.list.setCurrentRow(0)
        page.save_now()
        _save(page, out, "documents_editor")
        _save(page.editor.findChild(QScrollArea).widget(), out, "documents_editor_full")

        # 2. Signing: the applicant has signed, the respondent is drawing.
        page.tabs.setCurrentWidget(page.signing)
        _draw(page.signing.capture.pad)
        page.signing.capture.save()
        _draw(page.signing.capture.pad)
        _save(page, out, "documents_signing")
        page.signing.capture.save()
        for _ in range(2):
            _draw(page.signing.capture.pad)
            page.signing.capture.save()

        # 3. Sealed.
        page.seal()
        page.banner.clear()
        _save(page, out, "documents_sealed")

        # 4. The locked editor after signing.
        page.tabs.setCurrentWidget(page.agreement_stack)
        _save(page, out, "documents_editor_locked")

        # 5. The wet-signature copy in the preview.
        page.tabs.setCurrentWidget(page.render_panel)
        page.render_document("agreement", True)
        _save(page, out, "documents_preview")

        # 6. Attachments.
        scan = Path(tmp) / "协议书签字页（扫描）.png"
        Image.new("RGB", (1200, 1700), "white").save(scan)
        note = Path(tmp) / "备注.txt"
        note.write_text("x", encoding="utf-8")
        page.tabs.setCurrentWidget(page.attachments)
        page.attach_files([str(scan)])
        page.attach_files([str(note)])
        _save(page, out, "documents_attachments")

        # 7. Verify: a sealed file with bytes appended, then the intact one.
        tampered = Path(tmp) / "协议书（已盖章）.pdf"
        tampered.write_bytes(page.sealed_pdf.pdf + b"\n% appended\n")
        page.verify_files([str(tampered)])
        _save(page, out, "documents_verify_bad")
        tampered.write_bytes(page.sealed_pdf.pdf)
        page.verify_files([str(tampered)])
        _save(page, out, "documents_verify_ok")

        # 8. The case picker.
        page.show_landing()
        _save(page, out, "documents_landing")
        page.shutdown()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
