"""The words the window shows for the domain's closed vocabularies, in the current language."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT, RATING_LABELS

CONTEXT = LABELS_CONTEXT


E = TypeVar("E", bound=StrEnum)


def label(value: StrEnum) -> str:
    """The word for `value` in the current language."""
    return QCoreApplication.translate(CONTEXT, LABELS[value])


def rating_label(name: str) -> str:
    return QCoreApplication.translate(CONTEXT, RATING_LABELS[name])


def fill_combo(combo: QComboBox, values: list[E] | type[E], *, any_text: str | None = None) -> None:
    """Put `values` in `combo` with the enum as item data; `any_text` first means "no filter"."""
    combo.clear()
    if any_text is not None:
        combo.addItem(any_text, None)
    for value in values:
        combo.addItem(label(value), value)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals `value` (Qt's findData does not compare Python
    objects by value); the first item when none does."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0)


def current_value(combo: QComboBox, kind: type[E]) -> E | None:
    """The chosen enum, or None for an "any" entry. Qt hands a StrEnum back as a plain str."""
    data = combo.currentData()
    return None if data is None else kind(data)
