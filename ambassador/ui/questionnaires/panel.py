"""Rapporter's questionnaire panel: the period's response figures and the way to key in the
answers that came back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ambassador.domain.figures import Period
from ambassador.domain.questionnaire import ResponseFigures, figures_parts
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import icons
from ambassador.ui.common.formatting import percent
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.questionnaires.dialog import labels_text, open_questionnaire_dialog


class QuestionnairePanel(QWidget):
    """Rapporter's response figures for the period, employers and participants, each with
    what it rests on, and the way to key in the answers that came back."""

    def __init__(
        self,
        services: Services,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._publish = publish
        heading = QLabel(self.tr("<b>Questionnaires</b>"))
        self.employers_label = QLabel()
        self.participants_label = QLabel()
        grid = QFormLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for text, value in (
            # Said apart from the key figures' "felt supported", which counts placements.
            (self.tr("Employer questionnaires:"), self.employers_label),
            (self.tr("Participant questionnaires:"), self.participants_label),
        ):
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addRow(QLabel(text), value)
        self.explanation_label = QLabel(
            self.tr(
                "Of the questionnaires printed in the period: how many came back, and how many "
                "of those who answered felt supported (4 or 5 of 5). The key figures' "
                "“felt supported” counts placements instead: every feedback recorded, "
                "by questionnaire or not."
            )
        )
        self.explanation_label.setWordWrap(True)
        self.register_action = screen_action(
            self,
            self.tr("&Register questionnaire answers…"),
            lambda: open_questionnaire_dialog(self, self._services, self._publish),
            tip=self.tr("Ctrl+Shift+E, from any screen"),
            icon=icons.get("feedback"),
        )
        self.register_button = ActionButton(self.register_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.explanation_label)
        register_row = QHBoxLayout()
        register_row.addWidget(self.register_button)
        register_row.addStretch(1)
        layout.addLayout(register_row)

    def show_period(self, period: Period) -> None:
        employers, participants = self._services.questionnaires.figures(period)
        self.employers_label.setText(figures_text(employers))
        self.participants_label.setText(figures_text(participants))
        self.show()


def figures_text(figures: ResponseFigures) -> str:
    """ "8 of 10 respondents (80 %) felt supported · 10 answers of 14 sent"."""
    return " · ".join(
        labels_text(source).format(**params) for source, params in figures_parts(figures, percent)
    )
