"""The actions of a screen that is not a record list (Kalender, Rapporter, Papperskorg,
Inställningar, Datasäkerhet) as QActions: one object serves the screen's button and the
entry of the screen's menu in the menu bar, so the two never differ in text, shortcut or
whether they can be used now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget


@runtime_checkable
class MenuScreen(Protocol):
    """A screen as the menu bar sees it: its menu is shown while it is in view."""

    def actions_for_menu(self) -> list[QAction | None]:
        """Every action of the screen, `None` where the menu draws a separator."""


def screen_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object] | None,
    shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
    tip: str = "",
    icon: QIcon | None = None,
) -> QAction:
    """An action of the screen (or part of a screen) `owner`, enabled from the start.

    Added to `owner` as well, so its shortcut works while `owner` is in view even where no
    menu bar holds it (a screen on its own in a test), and never while it is hidden."""
    action = QAction(text, owner)
    if shortcuts:
        action.setShortcuts([QKeySequence(keys) for keys in shortcuts])
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if icon is not None:
        action.setIcon(icon)
        # The menu shows the text alone, as every other menu does.
        action.setIconVisibleInMenu(False)
    if slot is not None:  # a checkable one is followed by its toggled signal instead
        action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
