"""Rapporter's list export offers the task catalogue: every employer's tasks to a file,
logged like every list."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ambassador.domain.exports import ListKind
from ambassador.domain.tasks import EmployerTask
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from ambassador.ui.reports.screen import ReportsScreen
from tests.factories import employer_fields
from tests.ui.driving import RecordingNavigator, finish_work
from tests.ui.files.test_list_exports import Desk, desk, logged

__all__ = ["desk"]  # the fixture, used by name


def test_the_task_list_is_exported_from_reports(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    desk: Desk,
    database_path: Path,
    english: None,
) -> None:
    services.employers.create(
        employer_fields(name="Lagerhuset", organisation_number=None),
        [EmployerTask(title="Plocka varor", category="Lager och logistik")],
    )
    screen = ReportsScreen(services, navigator)
    qtbot.addWidget(screen)
    panel = screen.list_exports
    kinds = [panel.list_combo.itemData(i) for i in range(panel.list_combo.count())]
    panel.list_combo.setCurrentIndex(kinds.index(ListKind.TASKS))
    assert panel.list_combo.currentText() == "Employers' tasks on offer"
    assert not panel.identity_check.isEnabled()
    panel.export_button.click()
    finish_work(qtbot)
    written = desk.folder / "tasks.xlsx"
    assert desk.suggested[-1].name == written.name
    sheet = read_sheet(written)
    assert sheet.rows[0].cells[:4] == ("Lagerhuset", "", "Plocka varor", "Lager och logistik")
    assert logged(database_path) == [("list_tasks", 1)]
