"""Rapporter's outcome sentences and printed breakdowns, and the reporting categories in
Inställningar, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Period
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.reporting_systems import ReportingSystem, SourceKind
from ambassador.services.bundle import Services
from ambassador.services.files import WrittenDocument
from ambassador.ui.common import dialogs
from ambassador.ui.common.navigation import Write
from ambassador.ui.reports.screen import LAST_YEAR, ReportsScreen
from ambassador.ui.settings.report_mapping_editor import ReportMappingEditor
from tests.factories import make_ended_placement
from tests.pdfs import pdf_words
from tests.ui.driving import RecordingNavigator, see


class PrintingNavigator(RecordingNavigator):
    """Writes the document straight to a file, as if the person chose it."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.written: list[WrittenDocument] = []

    def print_document(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        self.calls.append(("print", suggested_name))
        self.written.append(write(self.folder / suggested_name))


@pytest.fixture
def ended(services: Services) -> None:
    """Ten placements ended in 2026: 5 women and 5 men employed, all in work 90 days later."""
    for gender in (Gender.WOMAN, Gender.MAN):
        for _ in range(5):
            make_ended_placement(services, gender, Outcome.EMPLOYMENT, result=FollowUpResult.WORK)


def test_the_sentences_are_shown_and_copied(
    qtbot: QtBot, services: Services, ended: None, english: None
) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    see(qtbot, screen.sentences_panel.when_seen)
    text = screen.sentences_panel.text()
    # 10 ended, 10 employed (5 women, 5 men): 10 - 5 = 5 each, nothing under 5.
    assert text.splitlines()[0] == (
        "10 placements ended in the period, of which 10 led to employment (100%): 5 women, 5 men."
    )
    QApplication.clipboard().clear()
    qtbot.mouseClick(screen.sentences_panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text
    assert screen.sentences_panel.copied_label.text() == "Copied."


def test_copied_from_the_menu_out_of_sight_the_sentences_are_read_first(
    qtbot: QtBot, services: Services, ended: None, english: None
) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    panel = screen.sentences_panel
    see(qtbot, panel.when_seen)
    assert panel.text().startswith("10 placements ended")
    screen.choose(LAST_YEAR)  # none ended in 2025; the panel is out of sight of the menu
    assert panel.when_seen.is_stale
    QApplication.clipboard().clear()
    panel.copy_action.trigger()
    assert QApplication.clipboard().text() == "No placement ended in the period."
    assert not panel.when_seen.is_stale


def test_no_placement_ended_says_so(qtbot: QtBot, services: Services, english: None) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    see(qtbot, screen.sentences_panel.when_seen)
    assert screen.sentences_panel.text() == "No placement ended in the period."


def test_the_report_prints_in_the_chosen_breakdown(
    qtbot: QtBot, services: Services, ended: None, tmp_path: Path, english: None
) -> None:
    navigator = PrintingNavigator(tmp_path)
    screen = ReportsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.chosen_system() is None
    combo = screen.breakdown_combo
    combo.setCurrentIndex(combo.findData(ReportingSystem.SOCIAL_SERVICES.value))
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    text = pdf_words(navigator.written[-1].path)
    # The documents speak the database's language (Swedish), whatever the window speaks.
    assert "I kategorierna för Socialtjänstens månadsrapportering" in text
    assert "Osubventionerat arbete 5 5 0 0 10" in text
    combo.setCurrentIndex(0)  # the program's own
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert "I kategorierna för" not in pdf_words(navigator.written[-1].path)


def test_a_changed_category_is_saved_and_shows_in_the_statistics(
    qtbot: QtBot, services: Services, ended: None, tmp_path: Path, english: None
) -> None:
    navigator = RecordingNavigator()
    editor = ReportMappingEditor(services, navigator)
    qtbot.addWidget(editor)
    editor.refresh()
    editor.choose(ReportingSystem.ESF)
    assert editor.system() is ReportingSystem.ESF
    editor.set_category(SourceKind.OUTCOME, "employment", "Anställd")
    assert editor.status_label.text() == "Not saved yet."
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status_label.text() == "Saved."
    assert navigator.published and navigator.published[-1].settings
    path = tmp_path / "esf.pdf"
    year = Period.year_of(services.clock.today())
    services.documents.write_statistics(year, path, "en", ReportingSystem.ESF)
    assert "Anställd 5 5 0 0 10" in pdf_words(path)


def test_every_active_reason_has_a_row(qtbot: QtBot, services: Services) -> None:
    editor = ReportMappingEditor(services, RecordingNavigator())
    qtbot.addWidget(editor)
    services.report_mappings.save(ReportingSystem.SUS, [])  # nothing mapped at all
    editor.refresh()
    reasons = services.report_mappings.reasons()
    rows = [
        editor.mappings_table.item(row, editor.SOURCE_COLUMN).text()
        for row in range(editor.mappings_table.rowCount())
    ]
    assert all(reason in rows for reason in reasons)
    assert all(m.category == "" for m in editor.mappings())


def test_unsaved_categories_are_not_lost_silently(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = ReportMappingEditor(services, RecordingNavigator())
    qtbot.addWidget(editor)
    editor.refresh()
    editor.set_category(SourceKind.REASON, "Flytt", "Något annat")
    monkeypatch.setattr(dialogs, "ask", lambda *_args: False)
    editor.choose(ReportingSystem.ESF)
    assert editor.system() is ReportingSystem.SUS  # kept, with the change
    assert editor.system_combo.currentData() == ReportingSystem.SUS.value
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    editor.choose(ReportingSystem.ESF)
    assert editor.system() is ReportingSystem.ESF
    assert services.report_mappings.mappings(ReportingSystem.SUS)[0].category == "Arbete"


def test_restore_defaults_asks_first(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.report_mappings.save(ReportingSystem.SUS, [])
    editor = ReportMappingEditor(services, RecordingNavigator())
    qtbot.addWidget(editor)
    editor.refresh()
    monkeypatch.setattr(dialogs, "ask", lambda *_args: False)
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert services.report_mappings.mappings(ReportingSystem.SUS) == []
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert len(services.report_mappings.mappings(ReportingSystem.SUS)) == 17
