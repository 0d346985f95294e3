"""A record's actions as QActions: one object serves the detail pane's buttons and the menu
bar's record menu (Deltagare, Arbetsgivare, Placering), so the two can never differ in
text, shortcut or whether they can be used now.

A detail pane shows one primary action as a default-looking button, a few everyday ones
beside it, and the rest, the destructive ones last and apart, under one "More" button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidget

from ambassador.ui.common.flow_layout import FlowLayout
from ambassador.ui.common.screen_actions import screen_action

# A place in `actions_for_menu()`'s list where the menu draws a separator.
Separator = None


class RecordPane(Protocol):
    """A detail pane as the menu bar sees it."""

    # Moves the record to the trash, asking first: Del on the list triggers it.
    delete_action: QAction

    def actions_for_menu(self) -> list[QAction | None]:
        """Every action of the pane, `None` where the record menu draws a separator."""

    def document_action(self) -> QAction | None:
        """What Ctrl+P prints for the record shown, if it has a document."""

    def clear_actions(self) -> None:
        """No record is shown any more: every action is disabled until one is."""


def record_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """An action of the record in `owner` (a detail pane): it starts disabled, as no record is
    shown yet; the pane enables it when it shows one.

    Added to `owner` as well, so its shortcut works while the pane is in view even where no
    menu bar holds it (a pane on its own in a test, or a screen built before the menu), and
    never while the pane is hidden behind another screen."""
    action = screen_action(owner, text, slot, () if shortcut is None else (shortcut,), tip)
    action.setEnabled(False)
    return action


def plain_text(action: QAction) -> str:
    """The action's text as a button or a list shows it: without the menu's mnemonic."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def tool_tip(action: QAction) -> str:
    """The action's tip with its shortcut, as the person would read it on a button."""
    tip = action.toolTip() if action.toolTip() != plain_text(action) else ""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if tip and keys:
        return f"{tip} ({keys})"
    return tip or keys


class ActionButton(QPushButton):
    """A push button that is the face of one QAction: text, tip and whether it can be used
    follow the action; a click triggers it.

    Its text carries no mnemonic: the action's shortcut is shown in its tip and in the menu,
    and an Alt+letter on a button would compete with the menu bar's."""

    def __init__(
        self, action: QAction, parent: QWidget | None = None, text: str | None = None
    ) -> None:
        """`text`, if given, is a shorter face than the action's menu text ("Previous" for
        "Previous period"); the action's text stays the button's accessible name."""
        super().__init__(parent)
        self._action = action
        self._text = text
        self.clicked.connect(lambda _checked=False: action.trigger())
        action.changed.connect(self._on_action_changed)
        self._on_action_changed()

    def default_action(self) -> QAction:
        return self._action

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt's name
        """Enabling the button enables the action, so the menu says the same."""
        self._action.setEnabled(enabled)

    def nextCheckState(self) -> None:  # noqa: N802 - Qt's name
        """A checkable action checks itself when triggered; the button follows it."""

    def _on_action_changed(self) -> None:
        text = plain_text(self._action)
        self.setText(text if self._text is None else self._text)
        self.setAccessibleName(text)
        self.setToolTip(tool_tip(self._action))
        if not self._action.icon().isNull():
            self.setIcon(self._action.icon())
        self.setCheckable(self._action.isCheckable())
        self.setChecked(self._action.isChecked())
        super().setEnabled(self._action.isEnabled())


def primary_button(action: QAction) -> ActionButton:
    """The record's one primary action: the default button's look, so the eye finds it."""
    button = ActionButton(action)
    button.setDefault(True)
    button.setAutoDefault(False)
    font = button.font()
    font.setBold(True)  # the default look alone is faint in some styles
    button.setFont(font)
    return button


def more_button(text: str, entries: Sequence[QAction | QMenu | None]) -> QPushButton:
    """ "More": the record's less frequent actions in one menu, the destructive ones last.
    It can be opened while one of them can be used."""
    button = QPushButton(text)
    button.setAccessibleName(text)
    menu = QMenu(button)
    fill_menu(menu, entries)
    button.setMenu(menu)
    actions = [entry for entry in entries if isinstance(entry, QAction) and entry.menu() is None]

    def follow() -> None:
        button.setEnabled(not actions or any(action.isEnabled() for action in actions))

    for action in actions:
        action.changed.connect(follow)
    follow()
    return button


def fill_menu(menu: QMenu, entries: Sequence[QAction | QMenu | None]) -> None:
    """Put `entries` in `menu`: actions, submenus, and a separator for each `None`."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.addMenu(entry)
        else:
            menu.addAction(entry)


def button_row(buttons: Sequence[QPushButton], apart: Sequence[QPushButton] = ()) -> FlowLayout:
    """Buttons from the left, and the ones `apart` (destructive) at the far right; on a narrow
    pane they wrap onto a second line rather than make the window wider than the screen."""
    row = FlowLayout()
    for button in buttons:
        row.addWidget(button)
    for button in apart:
        row.add_apart(button)
    return row


def links_label(slot: Callable[[str], None]) -> QLabel:
    """A line of links to related records ("Ada Lind at Café Norr"): navigation reads as
    navigation, not as one more action button. Tab reaches the links; Enter follows one."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.linkActivated.connect(slot)
    return label


def enable(actions: Sequence[QAction], enabled: bool) -> None:
    for action in actions:
        action.setEnabled(enabled)
