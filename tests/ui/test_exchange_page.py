"""The 上报 page with real widgets: enrolment steps, the next bundle, export through the
button, receipts."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from app.ui.accessibility import unnamed_controls
from app.views.exchange_page import ExchangePage
from tests.exchange.conftest import district, enrolled  # noqa: F401 - fixtures
from tests.services.test_intake import simple_intake


class FakeDialogs:
    def __init__(self) -> None:
        self.folder: str | None = None
        self.open: str | None = None
        self.save: str | None = None

    def choose_folder(self, parent, title):  # noqa: ANN001, ANN201
        return self.folder

    def open_file(self, parent, title, name_filter):  # noqa: ANN001, ANN201
        return self.open

    def save_file(self, parent, title, suggested, name_filter):  # noqa: ANN001, ANN201
        return self.save


def _page(qtbot, make_workspace, actor, dialogs):  # noqa: ANN001, ANN202
    page = ExchangePage(make_workspace(actor), dialogs=dialogs)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.activate()
    return page


def test_enrol_export_and_receipt_through_the_page(qtbot, services, staff, make_workspace, district,  # noqa: F811
                                                    tmp_path: Path):
    spec = staff["specialist"] if "specialist" in staff else next(a for a in staff.values()
                                                                  if a.role == "legal_specialist")
    services.intake.register(next(a for a in staff.values() if a.role == "reception"), simple_intake())
    dialogs = FakeDialogs()
    page = _page(qtbot, make_workspace, spec, dialogs)
    assert unnamed_controls(page) == []
    assert not page.export_button.isEnabled() and "未登记" in page.enrol_state.text()
    dialogs.save = str(tmp_path / "station.csr")
    page.request_button.setFocus()
    qtbot.keyClick(page.request_button, Qt.Key.Key_Space)
    assert "已生成证书申请" in page.enrol_state.text()
    answer, _ = district.enrol(Path(dialogs.save).read_bytes())
    (tmp_path / "enrol.p7b").write_bytes(answer)
    dialogs.open = str(tmp_path / "enrol.p7b")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert "已登记" in page.enrol_state.text() and page.export_button.isEnabled()
    counts = {page.counts.item(r, 0).text(): page.counts.item(r, 1).text() for r in range(page.counts.rowCount())}
    assert counts["案件"] == "1" and counts["当事人"] == "2"
    sample = json.loads(page.sample.toPlainText())
    assert sample["type"] == "case" and "summary" not in sample["data"]

    dialogs.folder = str(tmp_path / "usb")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    files = list((tmp_path / "usb").iterdir())
    assert len(files) == 1 and files[0].name.endswith("-000001.p7m")
    assert page.history.rowCount() == 1 and page.history.item(0, 3).text() == "待回执"
    opened = district.open_bundle(files[0].read_bytes())
    assert opened.document["records"][0] == sample  # the sample is exactly what the district sees

    receipt, _ = district.receipt(files[0].read_bytes())
    (tmp_path / "r.p7s").write_bytes(receipt)
    dialogs.open = str(tmp_path / "r.p7s")
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    assert page.history.item(0, 3).text() == "已回执"
    counts = {page.counts.item(r, 0).text(): page.counts.item(r, 1).text() for r in range(page.counts.rowCount())}
    assert counts["案件"] == "0"
    if __import__("os").environ.get("MD_SHOT"):
        page.grab().save(__import__("os").environ["MD_SHOT"])


def test_page_refuses_roles_without_export(qtbot, staff, make_workspace):
    mediator = next(a for a in staff.values() if a.role == "mediator")
    page = ExchangePage(make_workspace(mediator), dialogs=FakeDialogs())
    qtbot.addWidget(page)
    assert not hasattr(page, "export_button")
