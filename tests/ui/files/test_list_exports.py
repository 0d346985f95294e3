"""The lists and the calendar leave the window as files: Rapporter's panel, the calendar's
Outlook button and a placement's notes, each through the save dialog and into the export log."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ambassador.domain.exports import ListKind
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from ambassador.ui.calendar.screen import CalendarScreen
from ambassador.ui.common import dialogs
from ambassador.ui.placements.screen import PlacementsScreen
from ambassador.ui.reports.screen import ReportsScreen
from tests.factories import every, make_identity_number, make_participant, make_placement
from tests.ui.driving import RecordingNavigator, finish_work

NUMBER = make_identity_number(date(1988, 6, 9), woman=True)


class Desk:
    """The save dialog and the message box, answered by the test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.suggested: list[Path] = []
        self.filters: list[str] = []
        self.informed: list[str] = []

    def choose_save_path(
        self, _parent: object, _title: str, suggested: Path, name_filter: str
    ) -> Path:
        self.suggested.append(suggested)
        self.filters.append(name_filter)
        return self.folder / suggested.name

    def inform(self, _parent: object, _title: str, text: str) -> None:
        self.informed.append(text)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    desk = Desk(tmp_path)
    monkeypatch.setattr(dialogs, "choose_save_path", desk.choose_save_path)
    monkeypatch.setattr(dialogs, "inform", desk.inform)
    return desk


def logged(database_path: Path) -> list[tuple[str, int]]:
    connection = sqlite3.connect(database_path)
    rows = connection.execute("SELECT kind, row_count FROM export_log ORDER BY id").fetchall()
    connection.close()
    return rows


def test_reports_panel_exports_each_list(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    desk: Desk,
    database_path: Path,
    swedish: None,
) -> None:
    participant = make_participant(services, personal_identity_number=NUMBER)
    make_placement(services, participant, plan=every(14))
    screen = ReportsScreen(services, navigator)
    qtbot.addWidget(screen)
    panel = screen.list_exports

    panel.list_combo.setCurrentIndex(0)  # participants, as an Excel workbook
    panel.identity_check.setChecked(True)
    panel.export_button.click()
    finish_work(qtbot)  # written on the worker
    assert desk.suggested[-1].name == "deltagare.xlsx"
    assert desk.filters[-1] == "Excel-arbetsbok (*.xlsx)"
    written = desk.folder / "deltagare.xlsx"
    sheet = read_sheet(written)
    assert sheet.headers[:3] == ("Förnamn", "Efternamn", "Personnummer")
    assert sheet.rows[0].cells[2] == NUMBER
    assert desk.informed[-1] == f"Sparad som {written}. Rader: 1."

    kinds = [panel.list_combo.itemData(i) for i in range(panel.list_combo.count())]
    panel.list_combo.setCurrentIndex(kinds.index(ListKind.EMPLOYERS))
    assert not panel.identity_check.isEnabled()
    panel.format_combo.setCurrentIndex(1)  # CSV
    panel.export_button.click()
    finish_work(qtbot)
    assert (desk.folder / "arbetsgivare.csv").is_file()

    panel.list_combo.setCurrentIndex(kinds.index(ListKind.CHECK_INS))
    panel.export_button.click()
    finish_work(qtbot)
    panel.calendar_button.click()
    finish_work(qtbot)
    assert [kind for kind, _rows in logged(database_path)] == [
        "list_participants",
        "list_employers",
        "list_check_ins",
        "calendar",
    ]


def test_calendar_screen_saves_an_ics_file(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, desk: Desk, swedish: None
) -> None:
    make_placement(services, make_participant(services), plan=every(7))
    screen = CalendarScreen(services, navigator, services.clock.today)
    qtbot.addWidget(screen)
    screen.outlook_button.click()
    finish_work(qtbot)
    assert desk.suggested[-1].name == "avstamningar.ics"
    saved = desk.folder / "avstamningar.ics"
    assert saved.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert ("save", "avstamningar.ics") in navigator.calls


def test_placement_pane_exports_its_notes(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, desk: Desk, swedish: None
) -> None:
    placement = make_placement(services, make_participant(services))
    screen = PlacementsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.detail_pane.show_placement(placement)
    screen.detail_pane.notes_action.trigger()
    finish_work(qtbot)
    assert desk.suggested[-1].name == f"anteckningar-placering-{placement}.xlsx"
    assert (desk.folder / desk.suggested[-1].name).exists()
