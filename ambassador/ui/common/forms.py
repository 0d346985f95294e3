"""Dialogs that edit one record: each field with its error beside it, checked as you type.

A `FormDialog[Fields]` subclass lays out its fields with `add_field`, reads them into the
domain's fields object (`Fields`) in `read_fields` (a `FieldReader` turns text into dates and
numbers, collecting what it cannot read), checks them with the domain's own validation in
`validate`, and saves with one service call in `save`. Errors show beside the field once the
person has touched it, and beside every field after a save attempt. A failed save keeps
everything typed, and so does closing: Esc, Cancel or the close button on a form whose fields
differ from when it opened asks "Save changes?" (Save / Discard / Keep editing). Required
fields carry an asterisk, explained once under the form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QDateTime, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import (
    ConflictError,
    NotFoundError,
    Problem,
    RuleViolationError,
    StorageError,
    ValidationError,
)
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs, screen_fit
from ambassador.ui.common.date_field import DateField, DateTimeField
from ambassador.ui.common.date_field import from_qdate as from_qdate
from ambassador.ui.common.date_field import to_qdate as to_qdate
from ambassador.ui.common.unsaved import ChangeGuard, may_close
from ambassador.ui.i18n import message, problem_text

BAD_DATE = QT_TRANSLATE_NOOP("Messages", "Write the date as YYYY-MM-DD, for example 2026-03-01.")
BAD_TIME = QT_TRANSLATE_NOOP("Messages", "Write the time as HH:MM, for example 09:30.")
BAD_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Messages", "Write a whole number, for example 20.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Messages", "Write a number, for example 20 or 37,5.")
# Problems that belong to no field on this form are shown above the buttons.
GENERAL = ""

# The domain's fields object a form reads into (ParticipantFields, EmployerFields, ...).
Fields = TypeVar("Fields")
W = TypeVar("W", bound=QWidget)


class FieldReader:
    """Reads widgets into values, collecting a problem for each text it cannot read."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def text(self, widget: QLineEdit | QPlainTextEdit) -> str:
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def optional_date(self, name: str, widget: DateField) -> date | None:
        if not widget.text().strip():
            return None
        day = widget.day()
        if day is None:
            self.problems.append(Problem(name, BAD_DATE))
        return day

    def optional_int(self, name: str, widget: QLineEdit) -> int | None:
        text = widget.text().strip().replace(" ", "")
        if not text:
            return None
        if not re.fullmatch(r"-?\d+", text):
            self.problems.append(Problem(name, BAD_WHOLE_NUMBER))
            return None
        return int(text)

    def optional_float(self, name: str, widget: QLineEdit) -> float | None:
        text = widget.text().strip().replace(" ", "").replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            self.problems.append(Problem(name, BAD_NUMBER))
            return None

    def date(self, widget: DateField | QDateEdit, name: str = "") -> date:
        """The field's date; text that is no date (or none) is a problem of the field, and
        the date read last stands in for it meanwhile."""
        if isinstance(widget, DateField) and not widget.is_acceptable():
            self.problems.append(Problem(name or widget.field_name, BAD_DATE))
        return from_qdate(widget.date())

    def date_time(self, widget: DateTimeField, name: str = "") -> datetime:
        name = name or widget.field_name
        if not widget.date_field.is_acceptable():
            self.problems.append(Problem(name, BAD_DATE))
        if widget.clock_time() is None:
            self.problems.append(Problem(name, BAD_TIME))
        return widget.moment()


def _changed_signal(widget: QWidget) -> SignalInstance | None:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


def show_problems_at_fields(
    problems: Sequence[Problem], error_labels: Mapping[str, QLabel], general_label: QLabel
) -> None:
    """Each problem under its field's label, any other under `general_label`; every label
    without a problem hidden. The same text twice is shown once."""
    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    for problem in problems:
        if problem.field in error_labels:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        else:
            general.append(problem_text(problem))
    for field, label in error_labels.items():
        texts = list(dict.fromkeys(by_field.get(field, [])))
        label.setText("\n".join(texts))
        label.setVisible(bool(texts))
    general_label.setText("\n".join(dict.fromkeys(general)))
    general_label.setVisible(bool(general))


def error_label() -> QLabel:
    """A label for an error message: wraps, reads as text, and is announced by screen readers."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A red that reads on light and on dark backgrounds; the words say what is wrong.
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#a4161a"))
    label.setPalette(palette)
    label.hide()
    return label


def field_row(
    form: QFormLayout,
    text: str | QLabel,
    widget: QWidget,
    *,
    help_text: str = "",
    errors: QLabel | None = None,
    buddy: QWidget | None = None,
    natural_width: bool = False,
) -> QLabel:
    """Add a row to `form`: the label (`text`, or a label of the caller's; none when empty),
    `widget`, and under it the help text and the field's error label, which is returned.
    Every form of the window lays out its fields this way, so help and errors look and read
    the same everywhere."""
    container = QWidget()
    # As wide as the form allows, so help and error texts wrap at the form's width, not at a
    # narrow widget's.
    container.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(container)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if natural_width:  # a spin box stays as wide as its numbers
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        column.addWidget(widget)
    if help_text:
        help_label = QLabel(help_text)
        help_label.setWordWrap(True)
        help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(help_label)
        widget.setAccessibleDescription(help_text)
    errors = errors or error_label()
    column.addWidget(errors)
    label = text if isinstance(text, QLabel) else QLabel(text) if text else None
    if label is None:
        form.addRow("", container)
        return errors
    label.setBuddy(buddy or widget)
    form.addRow(label, container)
    if not widget.accessibleName() and label.text():  # a name given on purpose stays
        widget.setAccessibleName(label.text().replace("&", "").rstrip(":"))
    return errors


def date_edit(day: date | None = None, *, optional: bool = False) -> DateField:
    """The window's date field (date_field.py); `day` is shown and gives the year of a date
    typed without one."""
    return DateField(day, optional=optional)


def date_time_edit(moment: QDateTime | datetime) -> DateTimeField:
    value = moment.toPython() if isinstance(moment, QDateTime) else moment
    assert isinstance(value, datetime)
    return DateTimeField(value)


def text_area(lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # keyboard first: Tab leaves the field, as in a form
    metrics = edit.fontMetrics()
    edit.setMinimumHeight(metrics.lineSpacing() * lines + 12)
    return edit


class FormDialog(QDialog, Generic[Fields]):
    """A record's form. Subclasses implement `read_fields`, `validate` and `save`."""

    saved = Signal(object)  # Changes
    edited = Signal()  # a field changed (typing included): a draft may be kept

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.changes: Changes | None = None
        self.field_widgets: dict[str, QWidget] = {}
        # Each field's label as shown, without its asterisk: named in a conflict's dialog.
        self.field_labels: dict[str, str] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._show_every_error = False
        # The fields' values when the form was shown: closing asks only when they differ.
        self.change_guard = ChangeGuard(self)

        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form_layout.setVerticalSpacing(8)
        form = QWidget()
        form.setLayout(self.form_layout)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(form)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        self.general_error_label = error_label()
        self.error_labels[GENERAL] = self.general_error_label
        self.required_note_label = QLabel(self.tr("* Required"))
        self.required_note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.required_note_label.hide()  # shown with the first required field
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.cancel_button = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.required_note_label)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.button_box)
        self.resize(560, 520)

    # Building ---------------------------------------------------------------------------

    def add_field(
        self,
        name: str,
        text: str,
        widget: W,
        *,
        help_text: str = "",
        tracked: bool = True,
        required: bool = False,
    ) -> W:
        """A row: the label, the widget, and under it the error for field `name`; returns
        `widget`. A `required` field's label ends in an asterisk, and screen readers are
        told so."""
        self.field_labels[name] = text.replace("&", "").rstrip(":")
        if required:
            if not widget.accessibleName():
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            text = self.tr("%1 *").replace("%1", text)
            self.required_note_label.show()
        self.error_labels[name] = field_row(self.form_layout, text, widget, help_text=help_text)
        if required:
            described = widget.accessibleDescription()
            required_text = self.tr("Required.")
            widget.setAccessibleDescription(
                f"{required_text} {described}" if described else required_text
            )
        self.field_widgets[name] = widget
        if isinstance(widget, DateField | DateTimeField):
            widget.field_name = name
            if tracked:
                # Checked when left or when the text reads as another day, not at every key:
                # "2026-1" on the way to a date is no mistake. A shown error goes as soon as
                # the text reads.
                changed = (
                    widget.dateChanged if isinstance(widget, DateField) else widget.dateTimeChanged
                )
                changed.connect(lambda *_args, field=name: self._on_field_edited(field))
                widget.finished.connect(lambda field=name: self._on_field_edited(field))
                widget.edited.connect(lambda field=name: self._on_date_typed(field))
            return widget
        signal = _changed_signal(widget) if tracked else None
        if signal is not None:
            signal.connect(lambda *_args, field=name: self._on_field_edited(field))
        return widget

    def add_heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.form_layout.addRow(heading)
        return heading

    def add_checkbox(self, name: str, text: str, *, help_text: str = "") -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))
        self.field_labels[name] = text.replace("&", "")
        self.error_labels[name] = field_row(self.form_layout, "", box, help_text=help_text)
        self.field_widgets[name] = box
        box.toggled.connect(lambda *_args, field=name: self._on_field_edited(field))
        return box

    # For subclasses ---------------------------------------------------------------------

    def read_fields(self, reader: FieldReader) -> Fields:
        raise NotImplementedError

    def validate(self, fields: Fields) -> None:
        """Raise the domain's ValidationError when `fields` would be refused."""

    def save(self, fields: Fields) -> Changes:
        raise NotImplementedError

    # Checking and saving ----------------------------------------------------------------

    def problems(self) -> tuple[Fields, list[Problem]]:
        reader = FieldReader()
        fields = self.read_fields(reader)
        problems = list(reader.problems)
        try:
            self.validate(fields)
        except ValidationError as error:
            unreadable = {p.field for p in problems}
            problems.extend(p for p in error.problems if p.field not in unreadable)
        return fields, problems

    def revalidate(self) -> list[Problem]:
        _fields, problems = self.problems()
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: Sequence[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            field = problem.field if problem.field in self.error_labels else GENERAL
            by_field.setdefault(field, []).append(problem_text(problem))
        for field, label in self.error_labels.items():
            visible = self._show_every_error or field in self._touched or field == GENERAL
            texts = by_field.get(field, []) if visible else []
            label.setText("\n".join(dict.fromkeys(texts)))
            label.setVisible(bool(texts))

    def show_message(self, text: str) -> None:
        self.general_error_label.setText(text)
        self.general_error_label.setVisible(bool(text))

    def discarded(self) -> None:
        """The person closed the form without saving it: Discard, or nothing was changed.
        A form that keeps a draft lets it go here."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Within the screen it opens on: a 1280×720 laptop at 125 % has about 500 px for it.
        screen_fit.keep_on_screen(self)
        super().showEvent(event)
        if not self.change_guard.remembered:
            self.change_guard.remember()
        if self.focusWidget() is None:
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """The cursor in the first field that takes one, so typing starts at once. Without
        it Qt gives the focus to the first widget made, which is the Save button."""
        for widget in self.field_widgets.values():
            takes_focus = (widget.focusProxy() or widget).focusPolicy()
            if (
                widget.isEnabled()
                and widget.isVisibleTo(self)
                and takes_focus != Qt.FocusPolicy.NoFocus
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: at once when nothing changed; else
        ask, and Keep editing (the default) returns to the form with everything in it."""
        if may_close(self.change_guard, self, self.windowTitle(), self.accept, self.discarded):
            super().reject()

    def accept(self) -> None:
        self._show_every_error = True
        fields, problems = self.problems()
        self.show_problems(problems)
        if problems:
            self._focus_first(problems)
            return
        self.save_and_close(fields)

    def save_and_close(self, fields: Fields) -> None:
        """Save `fields`; close when it worked, else show why and keep the form as it is."""
        try:
            changes = self.save(fields)
        except ConflictError as error:
            self.resolve_conflict(fields, error)
            return
        except ValidationError as error:
            self.show_problems(error.problems)
            self._focus_first(error.problems)
            return
        except RuleViolationError as error:
            self.show_message(message(error.message, **error.params))
            return
        except NotFoundError:
            self.show_message(message(dialogs.NOT_FOUND))
            return
        except StorageError as error:
            dialogs.show_error(self, self.tr("The change was not saved"), message(error.message))
            return
        self.changes = changes
        self.saved.emit(changes)
        super().accept()

    def resolve_conflict(self, fields: Fields, error: ConflictError) -> None:
        """Someone else saved the record since the form read it; nothing was written. A
        form that edits a versioned record merges (versioned_form.py); any other says so."""
        del fields
        self.show_message(message(dialogs.CHANGED_ELSEWHERE))

    def _focus_first(self, problems: Sequence[Problem]) -> None:
        for problem in problems:
            widget = self.field_widgets.get(problem.field)
            if widget is not None:
                self.scroll_area.ensureWidgetVisible(widget)
                widget.setFocus()
                return

    def _on_field_edited(self, field: str) -> None:
        self._touched.add(field)
        self.revalidate()
        self.edited.emit()

    def _on_date_typed(self, field: str) -> None:
        if field in self._touched or self._show_every_error:
            self.revalidate()
        self.edited.emit()

    def mark_untouched(self) -> None:
        """Forget edits made while filling the form in; errors show only for what the person
        changes afterwards."""
        self._touched.clear()
        self._show_every_error = False
        self.show_problems([])
