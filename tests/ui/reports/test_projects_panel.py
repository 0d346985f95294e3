"""Rapporter's projects: listed with their people beside the target, added, edited, removed
(refused while placements belong), and each project's report printed and exported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.figures import Period
from ambassador.services.bundle import Services
from ambassador.services.files import WrittenDocument
from ambassador.ui.common import dialogs
from ambassador.ui.common.printing import Write
from ambassador.ui.reports.projects_panel import ProjectDialog
from ambassador.ui.reports.screen import CUSTOM, ReportsScreen
from tests.factories import make_placement
from tests.pdfs import pdf_words
from tests.services.test_projects import project_fields
from tests.ui.driving import RecordingNavigator


class FilingNavigator(RecordingNavigator):
    """Writes each document or file straight into a folder, as if the person chose it."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.written: list[WrittenDocument] = []

    def print_document(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        self.calls.append(("print", suggested_name))
        self.written.append(write(self.folder / suggested_name))

    def save_file(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        self.calls.append(("save", suggested_name))
        self.written.append(write(self.folder / suggested_name))


@pytest.fixture
def navigator(tmp_path: Path) -> FilingNavigator:
    return FilingNavigator(tmp_path)


@pytest.fixture
def screen(qtbot: QtBot, services: Services, navigator: FilingNavigator) -> ReportsScreen:
    widget = ReportsScreen(services, navigator)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def test_the_empty_state_says_what_a_project_is_and_offers_one(
    qtbot: QtBot, screen: ReportsScreen, english: None
) -> None:
    panel = screen.projects_panel
    assert panel.empty_label.isVisibleTo(screen)
    assert not panel.table.isVisibleTo(screen)
    assert "funded programme" in panel.note_label.text()
    assert panel.new_button.isEnabled()
    assert not panel.print_button.isEnabled()
    assert not panel.export_button.isEnabled()
    assert panel.new_action in screen.actions_for_menu()


def test_a_project_added_edited_and_removed(
    qtbot: QtBot,
    services: Services,
    navigator: FilingNavigator,
    screen: ReportsScreen,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    panel = screen.projects_panel
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = panel.open_dialog
    assert isinstance(dialog, ProjectDialog)
    dialog.name_edit.setText("Unga in")
    dialog.funding_edit.setText("ESF+")
    dialog.start_date_edit.setDate(date(2025, 1, 1))
    dialog.end_date_edit.setDate(date(2027, 6, 30))
    dialog.target_edit.setText("25")
    dialog.accept()
    [project] = services.projects.projects()
    assert (project.name, project.target_participants) == ("Unga in", 25)
    assert project.end_date == date(2027, 6, 30)
    assert navigator.published[-1].projects == {project.id}
    assert panel.model.rowCount() == 1
    assert panel.chosen() is not None and panel.chosen().id == project.id  # type: ignore[union-attr]
    assert panel.model.index(0, 4).data() == "0 (0%)"

    make_placement(services, project_id=project.id, start_date=date(2026, 9, 1))
    screen.refresh()
    assert panel.model.index(0, 4).data() == "1 (4%)"

    panel.edit_project()
    dialog = panel.open_dialog
    assert isinstance(dialog, ProjectDialog)
    assert dialog.target_edit.text() == "25"
    dialog.target_edit.setText("50")
    dialog.accept()
    assert services.projects.get(project.id).target_participants == 50
    assert panel.model.index(0, 4).data() == "1 (2%)"

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert shown and "1 placements belong to the project" in shown[0]
    assert services.projects.projects() != []

    other = services.projects.add(project_fields(name="Tom")).project
    screen.refresh()
    panel.select(other.id)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in services.projects.projects()] == [project.id]


def test_a_project_that_ends_before_it_starts_is_not_saved(
    services: Services, screen: ReportsScreen, english: None
) -> None:
    screen.projects_panel.new_project()
    dialog = screen.projects_panel.open_dialog
    assert dialog is not None
    dialog.name_edit.setText("Baklänges")
    dialog.start_date_edit.setDate(date(2026, 6, 1))
    dialog.end_date_edit.setDate(date(2026, 1, 1))
    dialog.target_edit.setText("tio")
    dialog.accept()
    assert services.projects.projects() == []
    assert dialog.error_labels["end_date"].isVisibleTo(dialog)
    assert dialog.error_labels["target_participants"].isVisibleTo(dialog)
    dialog.reject()


def test_the_report_printed_and_exported_for_the_project_or_the_chosen_period(
    qtbot: QtBot,
    services: Services,
    navigator: FilingNavigator,
    screen: ReportsScreen,
    english: None,
) -> None:
    project = services.projects.add(project_fields()).project
    make_placement(services, project_id=project.id, start_date=date(2026, 9, 1))
    make_placement(services, project_id=project.id, start_date=date(2026, 10, 1))
    screen.refresh()
    panel = screen.projects_panel
    assert panel.chosen() is not None  # the one project is chosen at once
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert navigator.calls[-1] == ("print", f"project-report-{project.id}.pdf")
    # In the database's language (Swedish), whatever the window's.
    printed = pdf_words(navigator.written[-1].path)
    assert "2 av målet 60 personer (3 %)" in printed
    assert "Rapportperiod 2025-01-01 – 2027-12-31" in printed

    screen.choose(CUSTOM)
    screen.start_date_edit.setDate(date(2026, 10, 1))
    screen.end_date_edit.setDate(date(2026, 10, 31))
    panel.period_check.setChecked(True)
    assert panel.report_period() == Period(date(2026, 10, 1), date(2026, 10, 31))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert navigator.calls[-1] == ("save", f"project-report-{project.id}.xlsx")
    with navigator.written[-1].path.open("rb") as file:
        sheet = load_workbook(file).active
        assert sheet is not None
        rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
    assert rows["Rapportperiod"][1:3] == (datetime(2026, 10, 1), datetime(2026, 10, 31))
    assert rows["Personer som startat"][5] == 1


def test_a_project_changed_elsewhere_meanwhile_is_merged_not_overwritten(
    services: Services,
    screen: ReportsScreen,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    from dataclasses import replace

    from ambassador.domain.projects import ProjectFields
    from tests.ui.conflicts import answer_conflicts, fields_of, save_merged

    project = services.projects.add(project_fields()).project
    screen.refresh()
    panel = screen.projects_panel
    panel.edit_project()
    dialog = panel.open_dialog
    assert isinstance(dialog, ProjectDialog)
    # Someone else raises the target while the form is open.
    services.projects.update(
        project.id, replace(fields_of(project, ProjectFields), target_participants=80)
    )
    dialog.funding_edit.setText("ESF+ och kommunen")
    shown = answer_conflicts(monkeypatch, save_merged)
    dialog.accept()
    assert len(shown) == 1
    stored = services.projects.get(project.id)
    assert (stored.funding_source, stored.target_participants) == ("ESF+ och kommunen", 80)
