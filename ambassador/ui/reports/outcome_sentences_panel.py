"""The outcome sentences of the chosen period on the Rapporter screen: selectable, and copied
whole with one button, ready for an annual report or a web page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.figures import Period
from ambassador.services.bundle import Services
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.when_seen import WhenSeen
from ambassador.ui.i18n import current_language


def _translate(context: str, source: str, n: int | None = None) -> str:
    return QCoreApplication.translate(context, source)


class OutcomeSentencesPanel(QWidget):
    def __init__(
        self,
        services: Services,
        chosen_period: Callable[[], Period],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._chosen_period = chosen_period
        # Below the fold on Rapporter: read when scrolled to (0.2 s on a ten-times register).
        self.when_seen = WhenSeen(self, self.refresh)
        self._build_ui()

    def _build_ui(self) -> None:
        self.heading_label = QLabel(self.tr("<b>Outcome sentences</b>"))
        self.help_label = QLabel(
            self.tr(
                "Ready to publish, for the placements that ended in the period. A number under 5 "
                "is not shown, nor any number from which one could be worked out."
            )
        )
        self.help_label.setWordWrap(True)
        self.sentences_edit = QPlainTextEdit()
        self.sentences_edit.setReadOnly(True)
        self.sentences_edit.setAccessibleName(self.tr("Outcome sentences"))
        # Room for the four sentences there can be, wrapped a little: no more.
        lines = self.sentences_edit.fontMetrics().lineSpacing()
        self.sentences_edit.setFixedHeight(lines * 6 + 12)
        self.copy_action = screen_action(
            self,
            self.tr("&Copy sentences"),
            self._on_copy_button_clicked,
            tip=self.tr("Copy the sentences, to paste them into a report"),
        )
        self.copy_button = ActionButton(self.copy_action)
        self.copied_label = QLabel()
        self.copied_label.setAccessibleName(self.tr("Copy status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.help_label)
        layout.addWidget(self.sentences_edit)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied_label, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        period = self._chosen_period()
        self.copied_label.clear()
        if period.end < period.start:
            self.sentences_edit.clear()
            self.copy_button.setEnabled(False)
            return
        lines = self._services.sentences.text(period, _translate, current_language())
        self.sentences_edit.setPlainText("\n".join(lines))
        self.copy_button.setEnabled(True)

    def text(self) -> str:
        return self.sentences_edit.toPlainText()

    def _on_copy_button_clicked(self) -> None:
        # From the menu, the panel may be out of sight, unread since the data changed.
        if self.when_seen.is_stale:
            self.when_seen.read_now()
        QApplication.clipboard().setText(self.text())
        self.copied_label.setText(self.tr("Copied."))
