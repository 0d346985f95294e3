"""A form over a stored record with a version: a stale save merged, and a banner when someone
else saves the record while it is open.

A `VersionedFormDialog` keeps the record it loaded (`loaded_record`, with its `version`) and
what it read from it (`edit_record`); its `save` passes `expected_version()` to the service.
When the service finds the record saved by someone else since (`ConflictError`), the form
opens the conflict dialog (conflict_dialog.py) and, on "Save merged", saves the merged values
with the stored record's version; Cancel leaves the form as it was, typed text and all.

The live updates (another coordinator's save, announced by the server) reach an open form
through `record_changed_elsewhere(changed_by)`: the main window finds its open forms whose
record it is (`editing(table, record_id)`; ui/main_window.py, `_tell_forms`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import ConflictError
from ambassador.ui.common import conflict_dialog, labels
from ambassador.ui.common.conflict_dialog import ConflictDialog
from ambassador.ui.common.formatting import editable_number, shown_date, shown_moment
from ambassador.ui.common.forms import FieldReader, Fields, FormDialog

Values = dict[str, object]


class ChangedElsewhereBanner(QFrame):
    """A line at the top of a form: someone else saved (or removed) its record just now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 4, 6)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        row.addWidget(self.message_label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.setAccessibleName(text)
        self.show()


class VersionedFormDialog(FormDialog[Fields]):
    """A form that edits one stored record with a version. Subclasses set `record_table`
    (the table the server names in its notifications), call `edit_record` once the fields
    hold the record, and pass `expected_version()` in `save`."""

    record_table = ""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.loaded_record: Any = None
        self._opened: Values = {}
        # While a merged save runs: the stored record it merged with.
        self._merge_base: Any = None
        self._merge_original: Values | None = None
        self._merge_opened: Values = {}
        self.last_conflict_dialog: ConflictDialog | None = None  # for tests and screenshots
        self.changed_elsewhere_banner = ChangedElsewhereBanner(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.changed_elsewhere_banner)

    # For subclasses ---------------------------------------------------------------------

    def record_noun(self) -> str:
        """The record in a sentence: "this placement"."""
        return self.tr("this record")

    def record_values(self, record: Any) -> Values:
        """The stored record's values under the names `field_values` uses: by default the
        attributes of the same names (a record is its fields object with an id)."""
        return {name: getattr(record, name, None) for name in self.compared_fields()}

    def field_values(self, fields: Fields) -> Values:
        """The fields object's values by name, for comparing with the record's."""
        return {name: getattr(fields, name, None) for name in self.compared_fields()}

    def merged_fields(self, fields: Fields, values: Mapping[str, object]) -> Fields:
        """`fields` with `values` put in: what a merged save saves."""
        return dataclasses.replace(fields, **values)  # type: ignore[type-var]

    def compared_fields(self) -> list[str]:
        """The names compared in a conflict: every field with a label, in the form's order."""
        return list(self.field_labels)

    def text_fields(self) -> set[str]:
        """Fields of free text, where a merge may be typed."""
        return {
            name
            for name, widget in self.field_widgets.items()
            if isinstance(widget, QLineEdit | QPlainTextEdit)
        }

    def long_fields(self) -> set[str]:
        return {
            name
            for name, widget in self.field_widgets.items()
            if isinstance(widget, QPlainTextEdit)
        }

    def value_text(self, name: str, value: object) -> str:
        """A value as the form shows it: a choice by its words in the form's list."""
        widget = self.field_widgets.get(name)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                if widget.itemData(index) == value and value is not None:
                    return widget.itemText(index)
        if isinstance(widget, QAbstractButton) and isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return self.plain_text(value)

    def plain_text(self, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, StrEnum):
            return labels.label(value)
        if isinstance(value, datetime):
            return shown_moment(value)
        if isinstance(value, date):
            return shown_date(value)
        if isinstance(value, float):
            return editable_number(value)
        if isinstance(value, list | tuple):
            return ", ".join(self.plain_text(item) for item in value)
        return str(value)

    # The record -------------------------------------------------------------------------

    def edit_record(self, record: Any) -> None:
        """The form now shows `record` (just filled in): remember it and what the form reads
        from it, to tell later what the person changed."""
        self.loaded_record = record
        self._opened = self.field_values(self.read_fields(FieldReader()))

    def expected_version(self) -> int | None:
        """The version the next save expects: the loaded record's, or during a merged save
        the version of the record it merged with."""
        base = self._merge_base if self._merge_base is not None else self.loaded_record
        return getattr(base, "version", None)

    def editing(self, table: str, record_id: int) -> bool:
        record = self.loaded_record
        return (
            record is not None
            and bool(self.record_table)
            and table == self.record_table
            and getattr(record, "id", None) == record_id
        )

    def record_changed_elsewhere(self, changed_by: str, *, deleted: bool = False) -> None:
        """Someone else just saved (or removed) this form's record: say so at the top of the
        form, leaving everything typed as it is. Called by the live updates for changes by
        other users only; a save from this form then shows what changed."""
        who = changed_by or self.tr("Another user")
        if deleted:
            text = self.tr(
                "%1 removed %2 just now. Your changes cannot be saved to it; "
                "saving offers to copy what you typed."
            )
        else:
            text = self.tr("%1 saved changes to %2 just now. Your save will show you what changed.")
        self.changed_elsewhere_banner.show_message(
            text.replace("%1", who).replace("%2", self.record_noun())
        )

    # A stale save -----------------------------------------------------------------------

    def resolve_conflict(self, fields: Fields, error: ConflictError) -> None:
        mine = self.field_values(fields)
        if self._merge_base is None:
            original = self.record_values(self.loaded_record)
            opened = self._opened
        else:  # a merged save found the record changed again
            original = self._merge_original or {}
            opened = self._merge_opened
        dialog: ConflictDialog
        if error.deleted:
            dialog = ConflictDialog(
                error,
                [],
                what=self.record_noun(),
                text_of=self.value_text,
                mine_summary=self._summary(mine),
                parent=self,
            )
            conflict_dialog.run(dialog)
            self._end_merge()
            return
        theirs = self.record_values(error.current)
        found = conflict_dialog.differences(original, opened, mine, theirs, self.field_labels)
        chosen: dict[str, object] = {}
        if found:
            dialog = ConflictDialog(
                error,
                found,
                what=self.record_noun(),
                text_of=self.value_text,
                # A merge is typed only where the form's value is text (not a number).
                text_fields={n for n in self.text_fields() if isinstance(mine.get(n), str)},
                long_fields=self.long_fields(),
                parent=self,
            )
            self.last_conflict_dialog = dialog
            if not conflict_dialog.run(dialog):
                self._end_merge()
                return
            chosen = dialog.merged_values()
        merged = self.merged_fields(fields, chosen)
        self._merge_opened = conflict_dialog.opened_after_merge(opened, mine, original, theirs)
        self._merge_original = theirs
        self._merge_base = error.current
        try:
            self.save_and_close(merged)
        finally:
            self._end_merge()

    def _end_merge(self) -> None:
        """Back to the record the form loaded: a later save that finds it changed asks
        again, so nothing the other person saved is overwritten unseen."""
        self._merge_base = None
        self._merge_original = None

    def _summary(self, values: Mapping[str, object]) -> str:
        lines = []
        for name, value in values.items():
            shown = self.value_text(name, value)
            if shown:
                lines.append(f"{self.field_labels.get(name, name)}:\n{shown}\n")
        return "\n".join(lines)
