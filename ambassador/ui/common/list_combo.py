"""Combo boxes over an editable list: each entry shown by its name in the window's language,
and read back as the label a record stores (see domain/list_names.py)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from ambassador.domain.enums import ListName
from ambassador.ui.i18n import list_name


def fill(combo: QComboBox, name: ListName, labels: Iterable[str], current: str = "") -> None:
    """Put the entries in `combo` and choose `current`; a current label the list no longer
    holds (an entry since removed) is added, so an old record shows what it says."""
    combo.clear()
    for label in labels:
        combo.addItem(list_name(name, label), label)
    if current:
        choose(combo, name, current)


def choose(combo: QComboBox, name: ListName, label: str) -> None:
    index = combo.findData(label)
    if index < 0:
        combo.addItem(list_name(name, label), label)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def chosen(combo: QComboBox) -> str:
    """The chosen entry's label; in an editable combo, the text typed where it names no
    entry."""
    index = combo.currentIndex()
    if combo.isEditable():
        index = combo.findText(combo.currentText())
        if index < 0:
            return combo.currentText()
    data = combo.itemData(index) if index >= 0 else None
    return data if isinstance(data, str) else combo.currentText()
