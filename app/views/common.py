"""Helpers shared by several views (combo boxes filled from the catalogue, field errors)."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from app.domain.catalog import Category
from app.ui.labels import tr_label


def add_category_items(combo: QComboBox, categories: Iterable[Category]) -> None:
    """National categories, then local ones, each under a header that cannot be chosen."""
    cats = list(categories)
    national = QCoreApplication.translate("CategoryCombo", "全国统计分类")
    local = QCoreApplication.translate("CategoryCombo", "本地分类（按所属全国分类上报）")
    groups = ((national, [c for c in cats if not c.local]), (local, [c for c in cats if c.local]))
    model = combo.model()
    for title, members in groups:
        if not members:
            continue
        combo.addItem(title, None)
        if isinstance(model, QStandardItemModel):
            header = model.item(combo.count() - 1)
            header.setEnabled(False)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
        for c in members:
            combo.addItem(tr_label(c.label), c.code)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
