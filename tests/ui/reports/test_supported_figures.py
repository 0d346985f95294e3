"""Rapporter's two "felt supported" figures each say what they count: the key figures count
the followed-up placements, the questionnaire panel the questionnaires that came back."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from ambassador.services.bundle import Services
from ambassador.ui.reports.screen import ReportsScreen
from ambassador.ui.reports.selfcheck_panel import SelfCheckPanel
from tests.factories import make_placement
from tests.ui.driving import RecordingNavigator


def test_the_two_felt_supported_figures_say_what_each_counts(
    qtbot: QtBot, services: Services, english: None
) -> None:
    make_placement(services, start_date=date(2026, 9, 1))
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    view = screen.figures_view
    names = [view.cell_text(row, 0) for row in range(1, view.figures_grid.rowCount())]
    supported = [name for name in names if "felt supported" in name]
    assert len(supported) == 2
    assert all("of the placements followed up" in name for name in supported)

    panel = screen.questionnaire_panel
    form = panel.findChild(QFormLayout)
    assert form is not None
    row_labels = [
        label.text()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(label := item.widget(), QLabel)
    ]
    assert row_labels == ["Employer questionnaires:", "Participant questionnaires:"]
    assert "counts placements" in panel.explanation_label.text()


def test_the_self_check_is_headed_in_plain_words(
    qtbot: QtBot, services: Services, english: None
) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    panel = screen.findChild(SelfCheckPanel)
    assert panel is not None
    heading = panel.heading_label.text()
    assert heading == "Contact with the workplaces: how soon and how often"
    assert "Supported" not in heading and "self-check" not in heading
