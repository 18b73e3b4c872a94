"""Signing the agreement on screen, then the committee seal.

The order keeps every signature valid: each human mark first (every party, the mediator, the
recorder, one slot at a time on the pad), then one committee seal over the whole file. The
paper copy printed for wet signatures has a signature and a fingerprint box for every party;
that paper, signed in ink and stamped, remains the legal original.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.documents import AgreementView
from app.ui.i18n import enumeration, parenthesised
from app.ui.labels import tr_label
from app.ui.theme import set_tone
from app.ui.widgets import Card, button, label
from app.views.documents.signature_pad import SignatureCapture

SIGNED_MARK = "✓"


class SigningPanel(QWidget):
    sign_requested = Signal(str, list)   # slot, strokes
    seal_requested = Signal()
    wet_print_requested = Signal()
    preview_requested = Signal()
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: AgreementView | None = None
        self._signed: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        row = QHBoxLayout()
        row.setSpacing(14)
        outer.addLayout(row, 1)

        slots_card = Card(self.tr("签名栏"), grow=True)
        slots_card.setFixedWidth(290)
        caption = label(self.tr("签名顺序"), hint=True)
        slots_card.body.addWidget(caption)
        self.slots = QListWidget()
        self.slots.setObjectName("SignatureSlots")
        caption.setBuddy(self.slots)
        self.slots.currentRowChanged.connect(self._slot_chosen)
        slots_card.body.addWidget(self.slots, 1)
        self.fingerprint_note = label(
            self.tr("纸质协议书为每位当事人留有签名栏和指印框：请当事人在纸质文本上签名并按指印，"
                    "由调解员、记录人签名后加盖调解委员会实物印章。"), hint=True, wrap=True)
        slots_card.body.addWidget(self.fingerprint_note)
        self.wet_print_button = button(self.tr("打印（供手写签名）"), on_click=self.wet_print_requested.emit)
        slots_card.body.addWidget(self.wet_print_button)
        row.addWidget(slots_card)

        pad_card = Card(self.tr("在屏幕上签名"), grow=True)
        self.capture = SignatureCapture()
        self.capture.save_requested.connect(self._save)
        pad_card.body.addWidget(self.capture, 1)
        self.freeze_hint = label(self.tr("第一位签名后，协议内容即锁定，不能再修改。"), hint=True, wrap=True)
        pad_card.body.addWidget(self.freeze_hint)
        row.addWidget(pad_card, 1)

        seal_card = Card(self.tr("加盖调解委员会印章"))
        seal_row = QHBoxLayout()
        seal_row.setSpacing(10)
        self.seal_status = label("", wrap=True)
        seal_row.addWidget(self.seal_status, 1)
        self.seal_button = button(self.tr("加盖调解委员会印章"), primary=True, on_click=self.seal_requested.emit)
        self.preview_button = button(self.tr("预览"), on_click=self.preview_requested.emit)
        self.print_button = button(self.tr("打印"), on_click=self.print_requested.emit)
        self.save_button = button(self.tr("另存为PDF"), on_click=self.save_requested.emit)
        for b in (self.seal_button, self.preview_button, self.print_button, self.save_button):
            seal_row.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
        seal_card.body.addLayout(seal_row)
        self.sha_label = label("", selectable=True, hint=True)
        seal_card.body.addWidget(self.sha_label)
        seal_card.body.addWidget(label(
            self.tr("电子印章（PAdES）证明文件自盖章后未被改动；屏幕签名图像本身不是可靠电子签名，"
                    "经手写签名、按指印并盖实物印章的纸质文本仍为法律原件。"), hint=True, wrap=True))
        outer.addWidget(seal_card)
        self.show_agreement(None)

    # --- state ------------------------------------------------------------------------------
    @property
    def view(self) -> AgreementView | None:
        return self._view

    def current_slot(self) -> str | None:
        item = self.slots.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def missing(self) -> list[tuple[str, str, str]]:
        if self._view is None:
            return []
        return [s for s in self._view.slots if s[0] not in self._signed]

    def show_agreement(self, view: AgreementView | None, sealed_sha256: str | None = None) -> None:
        previous = self.current_slot()
        self._view = view
        self._signed = {s[0] for s in view.signatures} if view else set()
        names = {s[0]: s[2] for s in view.signatures} if view else {}
        self.slots.blockSignals(True)
        self.slots.clear()
        for slot, role_label, name in (view.slots if view else []):
            role = tr_label(role_label)
            shown = names.get(slot) or name
            done = slot in self._signed
            state = self.tr("已签名") if done else self.tr("待签名")
            item = QListWidgetItem(f"{role}  {shown}\n{(SIGNED_MARK + ' ') if done else ''}{state}".strip())
            item.setData(Qt.ItemDataRole.UserRole, slot)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{who}，{state}").format(
                who=f"{role} {shown}".strip(), state=state))
            if done:
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.slots.addItem(item)
        self.slots.blockSignals(False)
        sealed = view is not None and view.status == "sealed"
        signable = view is not None and not sealed and not view.superseded
        self.capture.setEnabled(signable)
        self.capture.pad.setVisible(not sealed)  # nothing more to sign: give the room back
        self.capture.buttons_visible(not sealed)
        self.freeze_hint.setVisible(signable and not self._signed)
        self.wet_print_button.setEnabled(view is not None)
        # Select the slot shown before, else the first one still to sign.
        target = previous if (previous and previous not in self._signed) else None
        if target is None:
            target = next((s[0] for s in self.missing()), previous)
        for i in range(self.slots.count()):
            if self.slots.item(i).data(Qt.ItemDataRole.UserRole) == target:
                self.slots.setCurrentRow(i)
                break
        else:
            self._slot_chosen(self.slots.currentRow())
        self._show_seal_state(sealed, sealed_sha256 or (view.sha256 if view else None))

    def _show_seal_state(self, sealed: bool, sha256: str | None) -> None:
        missing = self.missing()
        if self._view is None:
            text, tone = self.tr("本案尚无书面调解协议。"), "muted"
        elif sealed:
            text, tone = self.tr("已加盖调解委员会印章，协议已生效。"), "ok"
        elif missing:
            who = enumeration(parenthesised(tr_label(role), name) if name else tr_label(role)
                              for _s, role, name in missing)
            text, tone = self.tr("还差 {n} 个签名：{who}。全部签名后才能盖章。").format(n=len(missing), who=who), "weak"
        else:
            text, tone = self.tr("全部签名已完成，可以加盖调解委员会印章。"), "ok"
        self.seal_status.setText(text)
        set_tone(self.seal_status, tone)
        self.sha_label.setText(self.tr("SHA-256：{sha}").format(sha=sha256) if sealed and sha256 else "")
        self.sha_label.setVisible(bool(sealed and sha256))
        self.seal_button.setEnabled(self._view is not None and not sealed and not missing
                                    and not self._view.superseded)
        for b in (self.preview_button, self.print_button, self.save_button):
            b.setEnabled(sealed)

    def _slot_chosen(self, row: int) -> None:
        if self._view is None or row < 0:
            self.capture.set_signer(self.tr("请在左侧选择签名栏"))
            return
        slot, role, name = self._view.slots[row]
        done = {s[0]: s for s in self._view.signatures}
        shown = done[slot][2] if slot in done else name
        who = f"{tr_label(role)} {shown}".strip()
        if self._view.status == "sealed":
            caption = self.tr("全部签名已完成，协议已加盖调解委员会印章。")
        elif slot in done:
            caption = self.tr("{who} 已签名。如需重签，请在下方重新签写并保存（将替换原签名）。").format(who=who)
        else:
            caption = self.tr("请 {who} 在下方签名").format(who=who)
        self.capture.set_signer(caption)
        if self._view.status == "sealed":
            self.capture.show_message(self.tr("如需更正，请在“协议书”页新建更正版本，再重新签署。"))

    def _save(self, strokes: list) -> None:
        slot = self.current_slot()
        if slot is None:
            self.capture.show_message(self.tr("请先在左侧选择签名栏。"), "error")
            return
        self.sign_requested.emit(slot, strokes)
