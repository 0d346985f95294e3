"""The import limits on Datasäkerhet's Settings tab: shown as stored, saved as typed, and the
audit log names them in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.services.bundle import Services
from ambassador.ui.safety.audit_tab import detail_text
from ambassador.ui.safety.settings_tab import SettingsTab
from tests.ui.driving import RecordingNavigator


def test_import_limits_are_shown_and_saved(
    qtbot: QtBot, english: None, services: Services, navigator: RecordingNavigator
) -> None:
    tab = SettingsTab(services, navigator)
    qtbot.addWidget(tab)
    tab.load(services.settings.get())

    assert (
        tab.import_megabytes_spin.value(),
        tab.import_rows_spin.value(),
        tab.import_cell_spin.value(),
        tab.import_unpacked_spin.value(),
    ) == (50, 200_000, 32_767, 300)

    tab.import_megabytes_spin.setValue(20)
    tab.import_rows_spin.setValue(5000)
    tab.import_cell_spin.setValue(1000)
    tab.import_unpacked_spin.setValue(100)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    limits = services.imports.limits()
    assert (limits.max_bytes, limits.max_rows, limits.max_cell_characters) == (
        20 * 1024 * 1024,
        5000,
        1000,
    )
    assert limits.max_unpacked_bytes == 100 * 1024 * 1024
    (entry,) = services.audit.recent()
    assert detail_text(entry) == (
        "Largest file to import, Most rows to import, Longest cell to import, "
        "Largest workbook unpacked"
    )
