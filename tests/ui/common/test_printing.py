"""Printing from the window: the summary, the agreement, the register extract and the
statistics report are saved where the person chooses, logged, and opened."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.enums import ConsentScope
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.consent_dialog import ConsentDialog
from ambassador.ui.placements import summary_consent
from ambassador.ui.placements.summary_consent import SummaryChoice
from ambassador.ui.reports.screen import CUSTOM, ReportsScreen
from tests.factories import make_placement
from tests.pdfs import pdf_text
from tests.ui.driving import RecordingNavigator, finish_work


@dataclass
class Desk:
    """The file chooser, the viewer and the message boxes, as the person would answer them."""

    save_as: Path | None
    answer: bool = True
    viewer_found: bool = True
    suggested: list[Path] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    summary_choice: SummaryChoice | None = None  # None: as `answer` says

    def choose_save_path(
        self, _parent: QWidget | None, _title: str, suggested: Path, _filter: str = ""
    ) -> Path | None:
        self.suggested.append(suggested)
        return self.save_as

    def open_file(self, path: Path) -> bool:
        self.opened.append(path)
        return self.viewer_found

    def ask(self, _parent: QWidget | None, _title: str, text: str, _confirm: str) -> bool:
        self.asked.append(text)
        return self.answer

    def ask_summary_consent(self, _parent: QWidget | None, text: str) -> SummaryChoice:
        self.asked.append(text)
        return self.summary_choice or (
            SummaryChoice.PRINT_ANYWAY if self.answer else SummaryChoice.CANCEL
        )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the person saves documents: apart from the database, to see what is written."""
    folder = tmp_path / "documents"
    folder.mkdir()
    return folder


@pytest.fixture
def desk(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Desk:
    desk = Desk(save_as=folder / "dokument")
    monkeypatch.setattr(dialogs, "choose_save_path", desk.choose_save_path)
    monkeypatch.setattr(dialogs, "open_file", desk.open_file)
    monkeypatch.setattr(dialogs, "ask", desk.ask)
    monkeypatch.setattr(summary_consent, "ask_summary_consent", desk.ask_summary_consent)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: desk.errors.append(text))
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: desk.informed.append(text))
    return desk


def window_on(qtbot: QtBot, services: Services) -> MainWindow:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot: QtBot, button: QPushButton | QAction) -> None:
    """Click (or choose the action from its menu), and wait for the document the click
    writes on the worker."""
    if isinstance(button, QAction):
        button.trigger()
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finish_work(qtbot)


def exports(database_path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(database_path)) as connection:
        return connection.execute("SELECT kind, file_path FROM export_log ORDER BY id").fetchall()


def consent_to_summary(services: Services, placement_id: int) -> None:
    placement = services.placements.get(placement_id)
    services.participants.give_consent(
        placement.participant_id,
        ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER,
        placement.employer_id,
        date(2026, 9, 1),
    )


def test_summary_with_consent_is_saved_as_pdf_logged_and_opened(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path, swedish: None
) -> None:
    placement_id = make_placement(services)
    consent_to_summary(services, placement_id)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    click(qtbot, window.placements_screen.detail_pane.summary_action)
    written = folder / "dokument.pdf"  # the extension is added when left out
    assert desk.asked == []
    assert desk.suggested[0].name == f"uppfoljning-placering-{placement_id}.pdf"
    assert desk.opened == [written]
    assert "Uppföljning av placering" in pdf_text(written)
    assert exports(database_path) == [("placement_summary", str(written))]


def test_summary_without_consent_asks_and_a_no_writes_nothing(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path, swedish: None
) -> None:
    desk.answer = False
    placement_id = make_placement(services)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    click(qtbot, window.placements_screen.detail_pane.summary_action)
    assert len(desk.asked) == 1 and "Åsa Öberg" in desk.asked[0]
    assert desk.suggested == [] and list(folder.iterdir()) == []
    assert exports(database_path) == []


def test_summary_without_consent_records_it_from_the_question_then_prints(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path
) -> None:
    desk.summary_choice = SummaryChoice.RECORD_CONSENT
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    pane = window.placements_screen.detail_pane
    pane.print_summary()
    assert len(desk.asked) == 1 and "consent" in desk.asked[0]
    dialog = pane.open_dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    assert dialog.scope_combo.currentData() == ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER
    assert dialog.employer_combo.currentData() == placement.employer_id
    assert "notes marked as shareable" in dialog.meaning_label.text()
    assert desk.suggested == []  # nothing printed before the consent is saved

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finish_work(qtbot)
    assert services.documents.summary_consented(placement_id)
    assert len(desk.asked) == 1  # not asked again
    assert desk.opened == [folder / "dokument.pdf"]
    assert [kind for kind, _path in exports(database_path)] == ["placement_summary"]


def test_summary_consent_form_closed_unsaved_prints_nothing(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk
) -> None:
    desk.summary_choice = SummaryChoice.RECORD_CONSENT
    placement_id = make_placement(services)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    pane = window.placements_screen.detail_pane
    pane.print_summary()
    dialog = pane.open_dialog
    assert isinstance(dialog, ConsentDialog)
    dialog.reject()
    finish_work(qtbot)
    assert desk.suggested == [] and exports(database_path) == []


def test_cancelled_file_chooser_writes_and_logs_nothing(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path
) -> None:
    desk.save_as = None
    placement_id = make_placement(services)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    click(qtbot, window.placements_screen.detail_pane.agreement_action)
    assert len(desk.suggested) == 1
    assert desk.opened == [] and exports(database_path) == []
    assert list(folder.iterdir()) == []


def test_agreement_saved_in_the_folder_chosen_last_time(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path, swedish: None
) -> None:
    placement_id = make_placement(services)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    pane = window.placements_screen.detail_pane
    desk.save_as = folder / "första.pdf"
    click(qtbot, pane.agreement_action)
    desk.save_as = folder / "andra.pdf"
    click(qtbot, pane.agreement_action)
    assert desk.suggested[1] == folder / f"overenskommelse-placering-{placement_id}.pdf"
    assert "Överenskommelse" in pdf_text(folder / "andra.pdf")
    assert [kind for kind, _path in exports(database_path)] == ["placement_agreement"] * 2


def test_unwritable_folder_is_refused_in_swedish_and_logs_nothing(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path, swedish: None
) -> None:
    desk.save_as = folder / "finns-inte" / "avtal.pdf"
    placement_id = make_placement(services)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    click(qtbot, window.placements_screen.detail_pane.agreement_action)
    assert len(desk.errors) == 1 and "kunde inte skrivas" in desk.errors[0]
    assert desk.opened == [] and exports(database_path) == []


def test_no_pdf_viewer_says_where_the_file_is(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path, english: None
) -> None:
    desk.viewer_found = False
    placement_id = make_placement(services)
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    click(qtbot, window.placements_screen.detail_pane.agreement_action)
    assert len(desk.informed) == 1 and str(folder / "dokument.pdf") in desk.informed[0]


def test_register_extract_asks_first_then_prints_everything(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path, swedish: None
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    window = window_on(qtbot, services)
    window.open_participant(participant_id)
    pane = window.participants_screen.detail_pane
    desk.answer = False
    click(qtbot, pane.extract_action)
    assert desk.suggested == [] and exports(database_path) == []
    desk.answer = True
    click(qtbot, pane.extract_action)
    assert len(desk.asked) == 2 and "hela personnumret" in desk.asked[1]
    assert desk.suggested[0].name == f"registerutdrag-deltagare-{participant_id}.pdf"
    assert "Registerutdrag" in pdf_text(folder / "dokument.pdf")
    assert exports(database_path) == [("register_extract", str(folder / "dokument.pdf"))]


def test_numbers_the_command_line_asks_for_are_shown(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    window = window_on(qtbot, services)
    window.open_placement(placement_id)
    plan = window.placements_screen.detail_pane.plan_facts
    assert plan.values["Placering nr"].text() == str(placement_id)
    window.open_participant(participant_id)
    profile = window.participants_screen.detail_pane.profile_facts
    assert profile.values["Deltagare nr"].text() == str(participant_id)


def test_statistics_report_printed_for_the_chosen_period(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk, folder: Path, swedish: None
) -> None:
    make_placement(services)
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.choose(CUSTOM)
    screen.start_date_edit.setDate(date(2026, 7, 1))
    screen.end_date_edit.setDate(date(2026, 12, 31))
    click(qtbot, screen.print_button)
    assert desk.suggested[0].name == "statistik-2026-07-01-2026-12-31.pdf"
    assert "2026-07-01" in pdf_text(folder / "dokument.pdf")
    assert [kind for kind, _path in exports(database_path)] == ["statistics_report"]


def test_statistics_cannot_be_printed_for_a_backwards_period(
    qtbot: QtBot, services: Services, database_path: Path, desk: Desk
) -> None:
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.choose(CUSTOM)
    screen.start_date_edit.setDate(date(2026, 12, 31))
    screen.end_date_edit.setDate(date(2026, 1, 1))
    assert not screen.print_button.isEnabled()
    screen.print_report()  # the shortcut path, were the button reached anyway
    assert desk.suggested == [] and exports(database_path) == []
