"""What the Datasäkerhet tabs share: the screen's status line they report to, failures said
the same way in each, and their wrapped labels and buttons (each button the face of an
action that the Data safety menu holds too)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from ambassador.domain.errors import AmbassadorError, ValidationError
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.i18n import problem_text


def wrapped_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # As wide as the layout allows: a form would otherwise keep a wrapping label at its
    # narrow size hint and cut off its last lines.
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    return label


class SafetyTab(QWidget):
    # A line for the screen's status label; "" clears it.
    status_changed = Signal(str)
    # Something another tab shows changed (a backup taken, a line in the audit log): the
    # screen shows every tab's state anew.
    state_changed = Signal()
    # One of the tab's actions was chosen (from its button or the menu): the screen shows it.
    action_chosen = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        # The tab's actions, in the order of its buttons, for the Data safety menu.
        self.menu_actions: list[QAction] = []

    def _button(self, text: str, tooltip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _action_button(self, text: str, tooltip: str, slot: Callable[[], None]) -> ActionButton:
        """A button that is the face of an action of the tab: the same action is an entry of
        the Data safety menu (see `menu_actions`)."""
        return ActionButton(self._menu_action(text, slot, tip=tooltip))

    def _menu_action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcuts: Sequence[QKeySequence.StandardKey | str] = (),
        tip: str = "",
    ) -> QAction:
        def run() -> None:
            self.action_chosen.emit()  # from the menu, the tab comes into view first
            slot()

        action = screen_action(self, text, run, shortcuts, tip)
        self.menu_actions.append(action)
        return action

    def _failed(self, title: str, error: AmbassadorError) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(problem_text(problem) for problem in error.problems)
            dialogs.show_error(self, title, text)
        else:
            dialogs.show_failure(self, title, error)
        self.status_changed.emit(title)
