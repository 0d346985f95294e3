"""The self-check on Rapporter: this month's figures with their basis, the trend, the empty
state, and a refresh when the data change."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ambassador.domain.enums import WithWhom
from ambassador.domain.selfcheck import (
    SelfCheck,
    SelfCheckNote,
    SelfCheckPlacement,
    compute,
    months_ending,
)
from ambassador.services.bundle import Services
from ambassador.ui.reports.screen import ReportsScreen
from ambassador.ui.reports.selfcheck_panel import SelfCheckPanel
from tests.factories import make_participant, make_placement, note_fields
from tests.ui.driving import RecordingNavigator, see

TODAY = date(2026, 11, 24)


class FixedSelfCheck:
    """The service's one question, answered from facts written in the test."""

    def __init__(self, check: SelfCheck) -> None:
        self.check = check

    def self_check(self, months: int = 12) -> SelfCheck:
        return self.check


def november_check() -> SelfCheck:
    placements = [
        SelfCheckPlacement(1, date(2026, 11, 2), None, False, datetime(2026, 11, 5, 10, 0)),
        SelfCheckPlacement(2, date(2026, 11, 9), None, False, datetime(2026, 11, 19, 10, 0)),
        SelfCheckPlacement(3, date(2026, 11, 16), None, False, None),
        SelfCheckPlacement(4, date(2026, 9, 1), None, True, None),  # paused now
    ]
    notes = [
        SelfCheckNote(1, datetime(2026, 11, 5, 10, 0), WithWhom.SUPERVISOR, 60),
        SelfCheckNote(1, datetime(2026, 11, 12, 10, 0), WithWhom.PARTICIPANT, None),
        SelfCheckNote(2, datetime(2026, 11, 19, 10, 0), WithWhom.BOTH, 90),
        SelfCheckNote(4, datetime(2026, 10, 7, 10, 0), WithWhom.SUPERVISOR, 30),
    ]
    return compute(months_ending(TODAY), placements, notes, TODAY)


def test_panel_shows_this_months_figures_with_what_they_rest_on(
    qtbot: QtBot, english: None
) -> None:
    panel = SelfCheckPanel(FixedSelfCheck(november_check()))  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.refresh()

    value, basis = SelfCheckPanel.VALUE_COLUMN, SelfCheckPanel.BASIS_COLUMN
    first, contacted = SelfCheckPanel.FIRST_CONTACT_ROW, SelfCheckPanel.CONTACTED_ROW
    week, time = SelfCheckPanel.PER_WEEK_ROW, SelfCheckPanel.TIME_ROW
    assert panel.month_label.text() == "This month so far: 1–24 Nov 2026"
    # Started 2, 9 and 16 November; first contacts after 3 and 10 days: median 6.5 on 2.
    assert panel.cell_text(first, value) == "6.5 days"
    assert "2 placement" in panel.cell_text(first, basis)
    assert "1 with no workplace contact yet" in panel.cell_text(first, basis)
    # Active 4, the paused one left out: 2 of 3 had a workplace contact.
    assert panel.cell_text(contacted, value) == "67%"
    assert panel.cell_text(contacted, basis).startswith("2 of 3 active placements")
    assert "1 paused" in panel.cell_text(contacted, basis)
    # 2 contacts in 24 days: 2 / (24 / 7) = 0.58 a week.
    assert panel.cell_text(week, value) == "0.6"
    # (60 + 90) known minutes / 4 active placements = 37.5 -> 38 min; 2 of 3 notes say.
    assert panel.cell_text(time, value) == "38 min"
    assert panel.cell_text(time, basis).startswith("over 4 active placement")
    assert panel.cell_text(time, basis).endswith("2 of 3 notes say the time spent")
    assert panel.cell_text(first, SelfCheckPanel.GUIDE_COLUMN) == "within 30 days"
    assert not panel.figures.isHidden() and panel.empty_label.isHidden()


def test_trend_has_twelve_months_oldest_first(qtbot: QtBot, english: None) -> None:
    panel = SelfCheckPanel(FixedSelfCheck(november_check()))  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.refresh()

    model = panel.trend_table.model_rows
    texts = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert len(texts) == 12
    assert texts[0][0] == "Dec 2025" and texts[-1][0] == "Nov 2026"
    # October: placement 4 active, contacted on the 7th; 1 contact / (31 / 7) weeks = 0.2;
    # 30 minutes / 1 placement.
    assert texts[-2] == ["Oct 2026", "0", "–", "100% (1 of 1)", "0.2", "30 min"]
    assert texts[-1][2] == "6.5 (1 without contact)"
    assert texts[-1][5] == "38 min (1 note without time)"


def test_reports_screen_without_placements_says_what_will_appear(
    qtbot: QtBot, services: Services, english: None
) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()

    panel = screen.self_check_panel
    see(qtbot, panel.when_seen)
    assert not panel.empty_label.isHidden()
    assert "When placements have started" in panel.empty_label.text()
    assert panel.figures.isHidden()


def test_reports_screen_shows_a_new_contact_on_refresh(
    qtbot: QtBot, services: Services, english: None
) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    panel = screen.self_check_panel
    see(qtbot, panel.when_seen)
    assert panel.figures.isHidden()
    person = make_participant(services)
    placement = make_placement(services, person, start_date=date(2026, 11, 10))

    services.follow_up.add_note(
        note_fields(person, placement, datetime(2026, 11, 17, 10, 0), minutes_spent=45)
    )
    screen.refresh()  # what the window does on every published change
    see(qtbot, panel.when_seen)  # in view still: read at its next paint

    assert not panel.figures.isHidden()
    assert panel.cell_text(SelfCheckPanel.FIRST_CONTACT_ROW, 1) == "7 days"  # 10 -> 17 Nov
    assert panel.cell_text(SelfCheckPanel.CONTACTED_ROW, 1) == "100%"
    assert panel.cell_text(SelfCheckPanel.TIME_ROW, 1) == "45 min"


def test_the_self_check_is_read_when_scrolled_to_not_when_rapporter_opens(
    qtbot: QtBot, services: Services
) -> None:
    make_placement(services, start_date=date(2026, 11, 10))
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.refresh()
    panel = screen.self_check_panel
    qtbot.waitExposed(screen)
    screen.grab()  # drawn: what is in view
    QApplication.processEvents()
    assert panel.check is None
    assert panel.when_seen.is_stale
    assert panel.empty_label.isHidden() and panel.figures.isHidden()  # says nothing unread

    see(qtbot, panel.when_seen)
    assert panel.check is not None
    assert not panel.figures.isHidden()


def test_panel_counts_network_contacts_as_employer_contacts_and_tells_them_apart(
    qtbot: QtBot, english: None
) -> None:
    placements = [SelfCheckPlacement(1, date(2026, 11, 2), None, False, None)]
    notes = [SelfCheckNote(1, datetime(2026, 11, 5, 10, 0), WithWhom.SUPERVISOR, 60)]
    network = [datetime(2026, 11, day, 9, 0) for day in (3, 10, 17, 23)]
    check = compute(months_ending(TODAY), placements, notes, TODAY, network)
    panel = SelfCheckPanel(FixedSelfCheck(check))  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.refresh()

    week = SelfCheckPanel.PER_WEEK_ROW
    # 1 workplace and 4 network contacts in 24 days: 5 / (24 / 7) = 1.46 a week.
    assert panel.cell_text(week, SelfCheckPanel.VALUE_COLUMN) == "1.5"
    basis = panel.cell_text(week, SelfCheckPanel.BASIS_COLUMN)
    assert basis.startswith("5 employer contact") and "of which 4 network contacts" in basis
    assert panel.cell_text(week, 0) == "Employer contacts a week"
