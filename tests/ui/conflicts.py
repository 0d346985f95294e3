"""Answering the "someone else changed this" dialog in a test: the real dialog, its real
widgets, driven by the test instead of a person (conflict_dialog.run is the seam)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

import pytest

from ambassador.ui.common import conflict_dialog
from ambassador.ui.common.conflict_dialog import ConflictDialog

T = TypeVar("T")


def answer_conflicts(
    monkeypatch: pytest.MonkeyPatch, answer: Callable[[ConflictDialog], None]
) -> list[ConflictDialog]:
    """Each conflict dialog shown is handed to `answer` (which clicks its buttons: Save
    merged or Cancel) and kept in the list returned."""
    shown: list[ConflictDialog] = []

    def run(dialog: ConflictDialog) -> bool:
        shown.append(dialog)
        dialog.show()
        answer(dialog)
        return dialog.result() == ConflictDialog.DialogCode.Accepted

    monkeypatch.setattr(conflict_dialog, "run", run)
    return shown


def save_merged(dialog: ConflictDialog) -> None:
    assert dialog.save_button is not None
    dialog.save_button.click()


def cancel(dialog: ConflictDialog) -> None:
    assert dialog.cancel_button is not None
    dialog.cancel_button.click()


def fields_of(record: object, kind: type[T]) -> T:
    """A stored record as its fields object (`kind`), to save it changed as another user."""
    names = [field.name for field in dataclasses.fields(kind)]  # type: ignore[arg-type]
    return kind(**{name: getattr(record, name) for name in names})
