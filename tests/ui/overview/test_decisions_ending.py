"""Översikt's subsidy decisions ending: the placement, its subsidy in the window's words and
how long the decision has left, or since it ended; a click opens the placement."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.ui import i18n
from ambassador.ui.overview.screen import OverviewScreen
from tests.factories import make_placement
from tests.ui.driving import RecordingNavigator


def test_decisions_ending_say_when_and_open_the_placement(
    qtbot: QtBot, services: Services, clock: FixedClock, english: None
) -> None:
    today = clock.today()
    ended = make_placement(
        services,
        start_date=today - timedelta(days=200),
        planned_end_date=None,
        subsidy_type="Lönebidrag",
        decision_end=today - timedelta(days=2),
    )
    soon = make_placement(
        services,
        start_date=today - timedelta(days=200),
        planned_end_date=None,
        subsidy_type="Nystartsjobb",
        decision_end=today + timedelta(days=1),
    )
    navigator = RecordingNavigator()
    screen = OverviewScreen(services.overview, navigator=navigator)
    qtbot.addWidget(screen)
    i18n.use_list_names(screen, services.settings.list_names)
    screen.refresh()
    section = screen.decisions_section
    assert section in screen.sections()
    assert section.count() == 2
    model = section.model
    texts = [[model.index(row, c).data() for c in range(model.columnCount())] for row in (0, 1)]
    # "day(s)" until the English catalogue gives the plural its forms.
    assert texts[0][1] in ("Ended 2 days ago", "Ended 2 day(s) ago")
    assert texts[0][4] == "Wage subsidy"  # the list's English name of Lönebidrag
    assert texts[1][1] in ("Ends in 1 day", "Ends in 1 day(s)")
    screen.show()
    screen.show_section(section)
    qtbot.waitExposed(screen)
    rect = section.table.visualRect(model.index(1, 2))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert navigator.opened == [(soon, None)]
    assert ended != soon


def test_no_decision_ending_says_what_goes_there(
    qtbot: QtBot, services: Services, english: None
) -> None:
    make_placement(services)
    screen = OverviewScreen(services.overview)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.show()
    screen.show_section(screen.decisions_section)
    qtbot.waitExposed(screen)
    assert screen.decisions_section.empty_label.isVisible()
    assert "renewal" in screen.decisions_section.empty_label.text()
