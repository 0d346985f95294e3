"""The follow-up plan in the window: the editor's phases, the placement form proposing its
type's plan, and the settings' default plan and plans by type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.plan import DEFAULT_PLAN, PLAN_SILENT, FollowUpPlan, Phase
from ambassador.services.bundle import Services
from ambassador.ui.placements import plan_editor
from ambassador.ui.placements.dialog import PlacementDialog
from ambassador.ui.placements.plan_editor import PlanDialog, PlanEditor
from ambassador.ui.settings.screen import SettingsScreen
from tests.factories import every, make_employer, make_participant, make_placement
from tests.ui.driving import RecordingNavigator, choose, click_save, show

MONTHLY_AFTER_TWO_WEEKS = FollowUpPlan((Phase(7, 2, 10), Phase(30, None, 35)))


def test_editor_shows_the_plan_in_words_and_adds_and_removes_phases(qtbot: QtBot) -> None:
    editor = PlanEditor()
    qtbot.addWidget(editor)
    editor.show()
    assert editor.plan() == DEFAULT_PLAN and editor.phase_count() == 3
    assert editor.summary_label.text() == (
        "Every 7 days for 4 weeks; then every 14 days for 8 weeks; then every 30 days."
    )
    last_weeks = editor.spins(2)[1]
    assert not last_weeks.isEnabled() and last_weeks.text() == "until the end"

    with qtbot.waitSignal(editor.edited):
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.plan() == FollowUpPlan((Phase(7, 4, 10), Phase(14, None, 18)))

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    # The phase before gets 4 weeks; the new last one twice its interval and silence.
    assert editor.plan() == FollowUpPlan((Phase(7, 4, 10), Phase(14, 4, 18), Phase(28, None, 36)))

    editor.spins(0)[2].setValue(5)  # silent before the next check-in is due
    assert [p.message for p in editor.problems()] == [PLAN_SILENT]
    assert editor.error_label.isVisible() and editor.summary_label.text() == ""


def test_editor_without_none_has_no_none_check(qtbot: QtBot) -> None:
    editor = PlanEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_plan(None)  # no "none" here: the default's phases
    assert not editor.none_check.isVisible() and editor.plan() == DEFAULT_PLAN


def test_plan_dialog_refuses_a_wrong_plan_and_gives_none_when_asked(qtbot: QtBot) -> None:
    dialog = show(qtbot, PlanDialog(every(14)))
    assert dialog.chosen_plan() == every(14)
    dialog.editor.spins(0)[2].setValue(10)  # silent after 10 days, every 14: refused
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.editor.error_label.isVisible()

    dialog.editor.none_check.setChecked(True)
    assert not dialog.editor.add_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.chosen_plan() is None


def test_new_placement_proposes_its_types_plan_until_the_person_chooses(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.settings.set_type_plan("Lönebidrag", MONTHLY_AFTER_TWO_WEEKS)
    participant_id = make_participant(services)
    employer_id = make_employer(services)
    dialog = show(qtbot, PlacementDialog(services, clock.today(), participant_id=participant_id))
    choose(dialog.employer_combo, employer_id)

    dialog.type_combo.setCurrentText("Lönebidrag")
    assert dialog.plan() == MONTHLY_AFTER_TWO_WEEKS
    assert dialog.plan_label.text() == "Every 7 days for 2 weeks; then every 30 days"
    dialog.type_combo.setCurrentText("Praktik")
    assert dialog.plan() == DEFAULT_PLAN

    shown: list[FollowUpPlan | None] = []

    def answer(_parent: object, plan: FollowUpPlan | None) -> tuple[bool, FollowUpPlan | None]:
        shown.append(plan)
        return True, every(21)

    monkeypatch.setattr(plan_editor, "ask_for_plan", answer)
    qtbot.mouseClick(dialog.change_plan_button, Qt.MouseButton.LeftButton)
    assert shown == [DEFAULT_PLAN]  # the editor opens on the plan proposed
    dialog.type_combo.setCurrentText("Lönebidrag")
    assert dialog.plan() == every(21)  # the person's choice stays

    click_save(qtbot, dialog)
    assert dialog.saved_placement is not None
    assert services.placements.get(dialog.saved_placement.id).plan == every(21)


def test_editing_a_placement_keeps_its_plan_when_the_type_changes(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    services.settings.set_type_plan("Lönebidrag", MONTHLY_AFTER_TWO_WEEKS)
    placement_id = make_placement(services, plan=every(14))
    dialog = show(
        qtbot, PlacementDialog(services, clock.today(), services.placements.get(placement_id))
    )
    dialog.type_combo.setCurrentText("Lönebidrag")
    assert dialog.plan() == every(14)


def test_settings_save_a_types_own_plan_and_give_it_up(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator
) -> None:
    screen = SettingsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.show()
    types = screen.type_plans_editor
    types.type_combo.setCurrentText("Lönebidrag")
    assert types.uses_default_check.isChecked() and not types.editor.isEnabled()

    types.uses_default_check.setChecked(False)
    types.editor.remove_button.click()  # weekly for 4 weeks, then every 14 days
    types.editor.spins(0)[1].setValue(2)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    own = FollowUpPlan((Phase(7, 2, 10), Phase(14, None, 18)))
    assert services.settings.type_plans() == {"Lönebidrag": own}
    assert services.settings.plan_for_type("Lönebidrag") == own

    types.type_combo.setCurrentText("Praktik")
    assert types.uses_default_check.isChecked()
    types.type_combo.setCurrentText("Lönebidrag")
    assert types.editor.plan() == own
    types.uses_default_check.setChecked(True)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.type_plans() == {}


def test_settings_refuse_a_wrong_type_plan_and_save_nothing(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator
) -> None:
    screen = SettingsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.show()
    types = screen.type_plans_editor
    types.type_combo.setCurrentText("Lönebidrag")
    types.uses_default_check.setChecked(False)
    types.editor.spins(2)[2].setValue(20)  # every 30 days, silent after 20: refused
    screen.coordinator_name_edit.setText("Maja Lind")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.error_labels["type_plan"].isVisible()
    assert services.settings.type_plans() == {}
    assert services.settings.get().coordinator_name == ""
