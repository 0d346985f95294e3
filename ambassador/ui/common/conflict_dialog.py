"""The "someone else changed this" dialog: a stale save's fields side by side, chosen one by one.

A form's save that finds the record saved by someone else since the form read it gets a
`ConflictError` carrying the stored record. `differences` compares, field by field, the record
as the form read it, what the form holds now and what is stored, and `ConflictDialog` shows
only the fields the other person changed: those the coordinator changed too, with Mine and
Theirs and a choice (keep mine, take theirs, or for a text edit a merged one prefilled with
mine); those only the other person changed are taken from theirs, and the dialog says so.
Nothing is saved here: the form saves what `merged_values` returns. Cancel (and Esc) return
to the form with everything it holds; a merged text edited here is asked about first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import ConflictError
from ambassador.ui.common import dialogs, screen_fit

# About how many characters a merged text's line holds, for the height of its edit.
WRAPPED_LINE = 100
# The choice of one field, as the id of its radio button in the field's group.
KEEP_MINE = 0
TAKE_THEIRS = 1
MERGE = 2


@dataclass(frozen=True)
class FieldDifference:
    """One field the other person changed. `theirs_only`: the coordinator had not changed
    it, so theirs is taken without asking."""

    name: str
    label: str
    mine: object
    theirs: object
    theirs_only: bool


def same(first: object, second: object) -> bool:
    """Equal as a person reads them: text compared without surrounding blanks or Windows
    line ends, a tuple or list by its items."""
    if isinstance(first, str) and isinstance(second, str):
        return _plain(first) == _plain(second)
    if isinstance(first, list | tuple) and isinstance(second, list | tuple):
        return len(first) == len(second) and all(map(same, first, second))
    if first in (None, "") and second in (None, ""):
        return True
    return first == second


def _plain(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def differences(
    original: Mapping[str, object],
    opened: Mapping[str, object],
    mine: Mapping[str, object],
    theirs: Mapping[str, object],
    labels: Mapping[str, str],
) -> list[FieldDifference]:
    """The fields of `mine` the other person changed, in `mine`'s order.

    `original` and `theirs` are the stored record when the form read it and now: whether the
    other person changed a field compares those two. `opened` is what the form read from the
    record when it opened, and `mine` what it holds now: whether the coordinator changed a
    field compares those, both as the form reads them, so a field the form shows differently
    from how it is stored (a formatted number) is not mistaken for an edit."""
    found: list[FieldDifference] = []
    for name, my_value in mine.items():
        their_value = theirs.get(name)
        if same(original.get(name), their_value):
            continue  # the other person left it as it was
        mine_changed = not same(opened.get(name), my_value)
        if mine_changed and same(my_value, their_value):
            continue  # both made the same change
        found.append(
            FieldDifference(
                name=name,
                label=labels.get(name, name),
                mine=my_value,
                theirs=their_value,
                theirs_only=not mine_changed,
            )
        )
    return found


def opened_after_merge(
    opened: Mapping[str, object],
    mine: Mapping[str, object],
    original: Mapping[str, object],
    theirs: Mapping[str, object],
) -> dict[str, object]:
    """What the form is taken to have read once it merges with `theirs`: their stored value
    wherever either side had changed a field, the form's own reading elsewhere. A second
    stale save then compares the merged values against this, as the first compared against
    `opened`."""
    return {
        name: value
        if same(original.get(name), theirs.get(name)) and same(value, mine.get(name))
        else theirs.get(name)
        for name, value in opened.items()
    }


def value_label(text: str) -> QLabel:
    """A value shown whole: wrapped, plain, selectable to copy, in a light frame."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setBackgroundRole(QPalette.ColorRole.Base)
    label.setAutoFillBackground(True)
    return label


class FieldChoice(QGroupBox):
    """One field both people changed: Mine and Theirs side by side, a choice, and for a text
    an editable merge prefilled with mine."""

    def __init__(
        self,
        difference: FieldDifference,
        mine_text: str,
        theirs_text: str,
        who: str,
        *,
        editable: bool,
        long_text: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(difference.label, parent)
        self.difference = difference
        self.group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.mine_radio = QRadioButton(self.tr("Keep mine"))
        self.theirs_radio = QRadioButton(self.tr("Take theirs"))
        self.mine_radio.setAccessibleName(self.tr("%1: keep mine").replace("%1", difference.label))
        self.theirs_radio.setAccessibleName(
            self.tr("%1: take theirs").replace("%1", difference.label)
        )
        self.group.addButton(self.mine_radio, KEEP_MINE)
        self.group.addButton(self.theirs_radio, TAKE_THEIRS)
        mine_heading = QLabel(self.tr("You typed"))
        theirs_heading = QLabel(self.tr("%1 saved").replace("%1", who))
        theirs_heading.setWordWrap(True)
        self.mine_label = value_label(mine_text)
        self.theirs_label = value_label(theirs_text)
        self.mine_label.setAccessibleName(self.tr("You typed"))
        self.theirs_label.setAccessibleName(theirs_heading.text())
        grid.addWidget(mine_heading, 0, 0)
        grid.addWidget(theirs_heading, 0, 1)
        grid.addWidget(self.mine_label, 1, 0)
        grid.addWidget(self.theirs_label, 1, 1)
        grid.addWidget(self.mine_radio, 2, 0)
        grid.addWidget(self.theirs_radio, 2, 1)
        self.merge_radio: QRadioButton | None = None
        self.merge_edit: QPlainTextEdit | QLineEdit | None = None
        self._merge_start = mine_text
        if editable:
            self.merge_radio = QRadioButton(self.tr("Merge: edit the text below"))
            self.merge_radio.setAccessibleName(
                self.tr("%1: merge by editing").replace("%1", difference.label)
            )
            self.group.addButton(self.merge_radio, MERGE)
            text = difference.mine if isinstance(difference.mine, str) else mine_text
            self._merge_start = text
            edit: QPlainTextEdit | QLineEdit
            if long_text:
                area = QPlainTextEdit(text)
                area.setTabChangesFocus(True)
                # As tall as the text, roughly, within reason: the dialog scrolls, not it.
                lines = max(3, min(12, text.count("\n") + len(text) // WRAPPED_LINE + 2))
                area.setFixedHeight(area.fontMetrics().lineSpacing() * lines + 12)
                area.textChanged.connect(self._on_merge_edit_changed)
                edit = area
            else:
                line = QLineEdit(text)
                line.textEdited.connect(self._on_merge_edit_changed)
                edit = line
            edit.setAccessibleName(self.tr("%1, merged").replace("%1", difference.label))
            self.merge_edit = edit
            grid.addWidget(self.merge_radio, 3, 0, 1, 2)
            grid.addWidget(edit, 4, 0, 1, 2)
        self.mine_radio.setChecked(True)

    def _on_merge_edit_changed(self, *_args: object) -> None:
        if self.merge_radio is not None:
            self.merge_radio.setChecked(True)

    def merged_text(self) -> str:
        if isinstance(self.merge_edit, QPlainTextEdit):
            return self.merge_edit.toPlainText()
        return "" if self.merge_edit is None else self.merge_edit.text()

    def merge_edited(self) -> bool:
        return self.merge_edit is not None and self.merged_text() != self._merge_start

    def choice(self) -> int:
        return self.group.checkedId()

    def choose(self, choice: int) -> None:
        button = self.group.button(choice)
        if button is not None:
            button.setChecked(True)

    def value(self) -> object:
        chosen = self.choice()
        if chosen == TAKE_THEIRS:
            return self.difference.theirs
        if chosen == MERGE:
            return self.merged_text()
        return self.difference.mine


class ConflictDialog(QDialog):
    """Shows what the other person changed in the record a form was saving, and asks what to
    keep. `what` names the record ("this placement"); `text_of(name, value)` shows a value as
    the form does; `long_fields` are the form's multi-line texts, `text_fields` every field
    holding free text (a merge can be typed for those)."""

    def __init__(
        self,
        error: ConflictError,
        found: Sequence[FieldDifference],
        *,
        what: str,
        text_of: Callable[[str, object], str],
        text_fields: Collection[str] = (),
        long_fields: Collection[str] = (),
        mine_summary: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.who = error.changed_by or self.tr("Another user")
        self.choices: dict[str, FieldChoice] = {}
        self.taken: list[FieldDifference] = []
        self.mine_summary = mine_summary
        title = self.tr("Changed by someone else")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro_label)
        self.button_box = QDialogButtonBox()
        self.save_button: QPushButton | None = None
        self.copy_button: QPushButton | None = None
        if error.deleted:
            self._build_deleted(layout, what)
        else:
            self._build_merge(layout, found, what, text_of, text_fields, long_fields)
        layout.addWidget(self.button_box)
        # Wide enough that two long texts side by side read as paragraphs.
        self.resize(screen_fit.fitted_size(self, QSize(1120, 720)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        screen_fit.keep_on_screen(self)
        super().showEvent(event)

    def _build_merge(
        self,
        layout: QVBoxLayout,
        found: Sequence[FieldDifference],
        what: str,
        text_of: Callable[[str, object], str],
        text_fields: Collection[str],
        long_fields: Collection[str],
    ) -> None:
        both = [difference for difference in found if not difference.theirs_only]
        self.taken = [difference for difference in found if difference.theirs_only]
        intro = self.tr(
            "%1 saved changes to %2 after you opened the form. "
            "Your changes have not been saved yet."
        )
        if both:
            intro += " " + self.tr(
                "Choose, for each field you both changed, what to keep; then save."
            )
        self.intro_label.setText(intro.replace("%1", self.who).replace("%2", what))
        content = QWidget()
        column = QVBoxLayout(content)
        for difference in both:
            choice = FieldChoice(
                difference,
                self._shown(text_of, difference.name, difference.mine),
                self._shown(text_of, difference.name, difference.theirs),
                self.who,
                editable=difference.name in text_fields,
                long_text=difference.name in long_fields,
            )
            self.choices[difference.name] = choice
            column.addWidget(choice)
        if self.taken:
            self.taken_box = QGroupBox()
            rows = QVBoxLayout(self.taken_box)
            # A label, not the box's title: a title does not wrap, and a name may be long.
            self.taken_label = QLabel(
                self.tr("%1 changed these and you did not: they are kept as saved.").replace(
                    "%1", self.who
                )
            )
            self.taken_label.setWordWrap(True)
            rows.addWidget(self.taken_label)
            for difference in self.taken:
                name_label = QLabel(difference.label)
                font = name_label.font()
                font.setBold(True)
                name_label.setFont(font)
                rows.addWidget(name_label)
                shown = value_label(self._shown(text_of, difference.name, difference.theirs))
                shown.setAccessibleName(difference.label)
                rows.addWidget(shown)
            column.addWidget(self.taken_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        self.save_button = self.button_box.addButton(
            self.tr("Save merged"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        cancel = self.button_box.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setToolTip(self.tr("Back to the form, with everything you typed in it."))
        self.cancel_button = cancel
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def _build_deleted(self, layout: QVBoxLayout, what: str) -> None:
        self.intro_label.setText(
            self.tr(
                "%1 removed %2 after you opened the form, so your changes cannot be saved. "
                "Copy what you typed if you want to keep it."
            )
            .replace("%1", self.who)
            .replace("%2", what)
        )
        self.summary_edit = QPlainTextEdit(self.mine_summary)
        self.summary_edit.setReadOnly(True)
        self.summary_edit.setAccessibleName(self.tr("What you typed"))
        layout.addWidget(self.summary_edit, 1)
        self.copy_button = self.button_box.addButton(
            self.tr("Copy my text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        close = self.button_box.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button = close
        self.button_box.rejected.connect(self.reject)

    def _shown(self, text_of: Callable[[str, object], str], name: str, value: object) -> str:
        return text_of(name, value) or self.tr("(empty)")

    def _on_copy_button_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.mine_summary)

    def merged_values(self) -> dict[str, object]:
        """The value to save for every field the other person changed."""
        values: dict[str, object] = {d.name: d.theirs for d in self.taken}
        for name, choice in self.choices.items():
            values[name] = choice.value()
        return values

    def reject(self) -> None:
        """Cancel and Esc: back to the form, which keeps everything typed; a merge typed
        here is asked about first, so no key press loses it."""
        edited = [choice for choice in self.choices.values() if choice.merge_edited()]
        if edited and not dialogs.ask(
            self,
            self.tr("Discard the merged text?"),
            self.tr("The text you merged here is lost. Your form keeps what you typed in it."),
            self.tr("Discard merged text"),
        ):
            return
        super().reject()


def run(dialog: ConflictDialog) -> bool:
    """Show the dialog modally; True for "Save merged". The seam tests replace."""
    return dialogs.run_dialog(dialog)
