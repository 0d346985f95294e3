"""A Danish organisation's window offers the region's follow-up alone: the reporting-categories
editor lists only that system, with the Danish ending reasons as rows, and the printed report's
breakdown adds up the endings in its categories."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.country import DENMARK
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.placement import Ending
from ambassador.domain.reporting_systems import ReportingSystem
from ambassador.services.bundle import Services
from ambassador.ui.reports.screen import ReportsScreen
from ambassador.ui.settings.report_mapping_editor import ReportMappingEditor
from tests.factories import make_employer, make_participant, make_placement
from tests.pdfs import pdf_words
from tests.ui.driving import RecordingNavigator
from tests.ui.reports.test_outcome_reports import PrintingNavigator


def test_the_editor_offers_the_regions_follow_up_with_the_danish_reasons(
    qtbot: QtBot, services: Services, english: None
) -> None:
    services.settings.set_country(DENMARK)
    editor = ReportMappingEditor(services, RecordingNavigator())
    qtbot.addWidget(editor)
    editor.refresh()
    combo = editor.system_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [ReportingSystem.DK_REGION.value]
    assert editor.system() is ReportingSystem.DK_REGION
    rows = [
        editor.mappings_table.item(row, editor.SOURCE_COLUMN).text()
        for row in range(editor.mappings_table.rowCount())
    ]
    assert "Fik job andetsteds" in rows and "Sygdom" in rows
    assert {m.category for m in editor.mappings()} >= {"I arbejde", "I uddannelse"}


def test_a_swedish_window_does_not_offer_the_region(
    qtbot: QtBot, services: Services, english: None
) -> None:
    editor = ReportMappingEditor(services, RecordingNavigator())
    qtbot.addWidget(editor)
    combo = editor.system_combo
    systems = [combo.itemData(i) for i in range(combo.count())]
    assert ReportingSystem.DK_REGION.value not in systems and len(systems) == 3


def test_the_report_prints_in_the_regions_categories(
    qtbot: QtBot, services: Services, tmp_path: Path, english: None
) -> None:
    services.settings.set_country(DENMARK)
    for gender in (Gender.WOMAN, Gender.MAN):
        for _ in range(5):
            placement_id = make_placement(
                services,
                make_participant(services, gender=gender, personal_identity_number=None),
                make_employer(services, organisation_number=None),
                placement_type="Virksomhedspraktik",
                start_date=date(2026, 1, 12),
                planned_end_date=date(2026, 6, 30),
            )
            ending = Ending(ended_on=date(2026, 3, 31), outcome=Outcome.EMPLOYMENT)
            services.placements.end(placement_id, ending)
    navigator = PrintingNavigator(tmp_path)
    screen = ReportsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    combo = screen.breakdown_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "",
        ReportingSystem.DK_REGION.value,
    ]
    combo.setCurrentIndex(1)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert "I arbejde 5 5 0 0 10" in pdf_words(navigator.written[-1].path)
