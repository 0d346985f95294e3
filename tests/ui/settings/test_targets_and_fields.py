"""Inställningar's targets (set for a year, replaced, removed; a placement type where the
measure has one) and the gender balance of the fields (a figure of one's own, the default
back), each saved at once and announced."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ambassador.domain.targets import Measure, Target
from ambassador.services.bundle import Services
from ambassador.ui.settings.screen import SettingsScreen
from tests.ui.driving import RecordingNavigator


@pytest.fixture
def screen(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> SettingsScreen:
    widget = SettingsScreen(services, navigator)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def test_a_target_set_replaced_and_removed(
    services: Services, navigator: RecordingNavigator, screen: SettingsScreen, english: None
) -> None:
    editor = screen.targets_editor
    assert editor.year() == services.clock.today().year
    assert editor.empty_label.isVisibleTo(screen) and not editor.targets_table.isVisibleTo(screen)
    editor.choose(Measure.INTO_WORK_OR_EDUCATION, value=40)
    assert not editor.subject_combo.isEnabled()  # no placement type for this measure
    editor.set_button.click()
    editor.choose(Measure.STARTED_OF_TYPE, "Resursjobb", 12)
    assert editor.subject_combo.isEnabled()
    editor.set_button.click()
    year = editor.year()
    assert services.targets.targets() == [
        Target(Measure.INTO_WORK_OR_EDUCATION, year, 40),
        Target(Measure.STARTED_OF_TYPE, year, 12, "Resursjobb"),
    ]
    assert navigator.published[-1].settings
    table = editor.targets_table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(3)] == [
        "Into work or education (%)",
        "",
        "40%",
    ]
    # Selecting a row fills the form: a new value replaces the year's target.
    table.selectRow(0)
    assert editor.chosen_measure() is Measure.INTO_WORK_OR_EDUCATION
    editor.value_spin.setValue(45)
    editor.set_button.click()
    assert services.targets.targets()[0].value == 45
    table.selectRow(1)
    editor.remove_button.click()
    assert [t.measure for t in services.targets.targets()] == [Measure.INTO_WORK_OR_EDUCATION]
    # Another year shows its own (none).
    editor.year_spin.setValue(year - 1)
    assert editor.empty_label.isVisibleTo(screen)


def test_a_count_of_a_type_needs_the_type(screen: SettingsScreen, services: Services) -> None:
    editor = screen.targets_editor
    editor.choose(Measure.STARTED_OF_TYPE, "", 12)
    assert not editor.set_target()
    assert editor.error_label.isVisibleTo(screen)
    assert services.targets.targets() == []


def test_a_field_figure_of_ones_own_and_the_default_back(
    services: Services, navigator: RecordingNavigator, screen: SettingsScreen, english: None
) -> None:
    editor = screen.field_balances_editor
    categories = [b.category for b in editor.balances]
    row = categories.index("Kök och restaurang")
    table = editor.balances_table
    assert table.item(row, 1).text() == "50 %"
    assert table.item(row, 2).text() == "Neither"
    assert "SCB" in table.item(row, 3).text()
    editor.choose("Kök och restaurang")
    assert not editor.reset_button.isEnabled()  # the default already
    editor.women_spin.setValue(65)
    editor.source_edit.setText("Egen kartläggning 2026")
    editor.save_button.click()
    assert navigator.published[-1].settings
    assert table.item(row, 1).text() == "65 %"
    assert table.item(row, 2).text() == "Women"
    assert table.item(row, 3).text() == "Your figure: Egen kartläggning 2026"
    assert editor.reset_button.isEnabled()
    editor.reset_button.click()
    assert table.item(row, 1).text() == "50 %"
    reuse = categories.index("Återbruk och second hand")
    assert table.item(reuse, 1).text() == "–"
    assert table.item(reuse, 3).text() == "No figure: not counted"
