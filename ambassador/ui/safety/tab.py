"""What the Datasäkerhet tabs share: the screen's status line they report to, failures said
the same way in each, and their wrapped labels and buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from ambassador.domain.errors import AmbassadorError, ValidationError
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
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

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services

    def _button(self, text: str, tooltip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _failed(self, title: str, error: AmbassadorError) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(problem_text(problem) for problem in error.problems)
            dialogs.show_error(self, title, text)
        else:
            dialogs.show_failure(self, title, error)
        self.status_changed.emit(title)
