"""After ending a placement, through the window: every list, timeline, Översikt section and
count tells the same story (nothing is late), a closing note is still written, and the reason
is shown."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Outcome
from ambassador.domain.plan import DEFAULT_PLAN
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.main_window import MainWindow
from tests.factories import make_employer, make_participant, make_placement
from tests.ui.driving import click_save

LATE = "försen"  # "Försenad", "2 försenade"


def texts(model: QAbstractItemModel) -> list[str]:
    return [
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def late_words(window: MainWindow) -> list[str]:
    """Every cell of every table the window has built that speaks of lateness."""
    found: list[str] = []
    for table in window.findChildren(QTableView):
        model = table.model()
        if model is not None:
            found.extend(text for text in texts(model) if LATE in text.lower())
    return found


@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_ending_a_late_placement_leaves_nothing_late_anywhere(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    swedish: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialogs, "inform", lambda *_args: None)
    participant = make_participant(services, first_name="Lin", last_name="Ahmadi")
    employer = make_employer(services, name="Region Norrtälje")
    placement_id = make_placement(
        services,
        participant,
        employer,
        start_date=clock.today() - timedelta(days=60),
        plan=DEFAULT_PLAN,
    )
    window = build_window(services, "slut.db")
    qtbot.addWidget(window)
    window.show()
    window.show_screen(MainWindow.SCREEN_CALENDAR)
    window.show_screen(MainWindow.SCREEN_OVERVIEW)
    overview = window.overview_screen
    assert overview.overdue_section.model.rowCount() > 0
    window.open_placement(placement_id)
    placements = window.placements_screen
    pane = placements.detail_pane
    assert late_words(window)  # before: late in the list, the timeline and on Översikt

    qtbot.mouseClick(pane.end_button, Qt.MouseButton.LeftButton)
    dialog = pane.open_dialog
    qtbot.mouseClick(dialog.outcome_buttons[Outcome.ENDED_EARLY], Qt.MouseButton.LeftButton)
    dialog.reason_combo.setCurrentText("Ohälsa")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    window.refresh()

    assert late_words(window) == []
    # Still asked for: its closing feedback and, later, the outcome check; never as late.
    for section in (
        overview.today_section,
        overview.week_section,
        overview.overdue_section,
        overview.at_risk_section,
    ):
        assert not any("Ahmadi" in text for text in texts(section.model))
    assert services.overview.overview().overdue_check_ins == []
    statuses = {c.status for c in services.follow_up.check_ins_of_placement(placement_id)}
    assert CheckInStatus.PLANNED not in statuses
    # The list row reads the status alone, without a count of late check-ins.
    model = placements.model
    [status] = [
        column
        for column in range(model.columnCount())
        if model.headerData(column, Qt.Orientation.Horizontal) == "Status"
    ]
    assert model.rowCount() == 1
    assert "·" not in str(model.index(0, status).data())

    # The outcome and the reason where the status is read, and in the timeline.
    assert "Ohälsa" in pane.status_label.text()
    timeline = pane.timeline_view
    ends = [
        timeline.model.row_at(number)
        for number in range(timeline.model.rowCount())
        if "Ohälsa" in timeline.full_text(timeline.model.row_at(number))
    ]
    assert len(ends) == 1

    # A closing note, written after the end.
    assert pane.note_button.isEnabled()
    qtbot.mouseClick(pane.note_button, Qt.MouseButton.LeftButton)
    dialog = pane.open_dialog
    dialog.text_edit.setPlainText("Avslutande samtal med Lin och handledaren.")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert any(
        "Avslutande samtal" in timeline.full_text(timeline.model.row_at(number))
        for number in range(timeline.model.rowCount())
    )
    assert late_words(window) == []
