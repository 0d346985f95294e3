"""The calendar in Danish: the week's title and its days as Danes write dates ("23.–29.
november", "man. 23. nov.")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.ui.calendar.screen import CalendarScreen
from tests.ui.driving import RecordingNavigator

pytestmark = pytest.mark.usefixtures("danish")


def test_a_danish_week_is_titled_and_its_days_written_as_danes_do(
    qtbot: QtBot, services: Services, clock: FixedClock, navigator: RecordingNavigator
) -> None:
    screen = CalendarScreen(services, navigator, clock.today)
    qtbot.addWidget(screen)
    screen.refresh()
    assert clock.today().isoformat() == "2026-11-24"
    assert screen.title_label.text() == "Uge 48, 23.–29. november 2026"
    model = screen.week_view.model
    days = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert [day for day in days if day][0] == "man. 23. nov."
    screen.next_button.click()
    assert screen.title_label.text() == "Uge 49, 30. november – 6. december 2026"
