"""The administrator reads the audit log in the app: filters, CSV export, and the viewing audited."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.storage.models import AuditEvent


def test_admin_filters_and_exports_the_audit_log(qtbot, make_workspace, staff, services, tmp_path):  # noqa: ANN001
    from app.views.audit_log import AuditLogCard
    from app.views.settings import SettingsPage

    services.auth.login("reception", "pass-12345")
    try:
        services.auth.login("mediator", "wrong-password")
    except Exception:  # noqa: BLE001 - the failure is what we look for
        pass
    page = SettingsPage(make_workspace(staff["admin"]))
    qtbot.addWidget(page)
    assert isinstance(page.audit_card, AuditLogCard)
    page.activate()
    card = page.audit_card
    assert card.table.rowCount() > 0
    qtbot.keyClicks(card.user, "mediator")
    card.action.setCurrentText("login_failed")
    qtbot.mouseClick(card.search_button, Qt.MouseButton.LeftButton)
    assert card.table.rowCount() == 1
    assert card.table.item(0, 2).text() == "mediator" and card.table.item(0, 3).text() == "login_failed"
    out = tmp_path / "audit.csv"
    card._ask_path = lambda _parent, _title: str(out)  # noqa: SLF001 - the save dialog
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    text = out.read_text(encoding="utf-8-sig")
    assert "login_failed" in text and "mediator" in text and "# audit head" in text
    with services.db.read() as s:
        actions = [a for (a,) in s.query(AuditEvent.action).filter(AuditEvent.actor == "admin")]
    assert "audit_view" in actions and "audit_export" in actions


def test_only_administrators_see_the_audit_log(qtbot, make_workspace, staff, services):  # noqa: ANN001
    import pytest

    from app.domain.errors import PermissionDenied
    from app.views.settings import SettingsPage

    for name in ("reception", "specialist", "counsellor"):
        page = SettingsPage(make_workspace(staff[name]))
        qtbot.addWidget(page)
        assert page.audit_card is None
        with pytest.raises(PermissionDenied):
            services.audit_log.search(staff[name])
