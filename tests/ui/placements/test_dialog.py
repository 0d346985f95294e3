"""The placement and ending forms over real services."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.plan import DEFAULT_PLAN, FollowUpPlan
from ambassador.services.bundle import Services
from ambassador.services.placements import OVERLAP_WARNING
from ambassador.ui.common import dialogs
from ambassador.ui.placements import plan_editor
from ambassador.ui.placements.dialog import (
    CHOOSE_PARTICIPANT,
    PlacementDialog,
)
from tests.factories import every, make_employer, make_participant, make_placement, make_supervisor
from tests.ui.driving import choose, click_save, show

# Typing into a picker opens its completion popup, which the offscreen platform remarks on.
popup_remarks = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def choose_plan(monkeypatch: pytest.MonkeyPatch, plan: FollowUpPlan | None) -> list[object]:
    """The plan dialog answers with `plan`; the list gets the plan each call was shown."""
    asked: list[object] = []

    def answer(_parent: object, shown: FollowUpPlan | None) -> tuple[bool, FollowUpPlan | None]:
        asked.append(shown)
        return True, plan

    monkeypatch.setattr(plan_editor, "ask_for_plan", answer)
    return asked


def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _parent, _title, text: shown.append(text))
    return shown


@popup_remarks
def test_placement_created_arrives_with_plan_and_check_ins(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = no_boxes(monkeypatch)
    participant_id = make_participant(services, first_name="Anna", last_name="Berg")
    employer_id = make_employer(services, name="Ekby Bygg AB", organisation_number=None)
    supervisor_id = make_supervisor(services, employer_id)
    dialog = show(qtbot, PlacementDialog(services, clock.today()))
    assert dialog.windowTitle()
    assert dialog.plan() == DEFAULT_PLAN
    assert dialog.plan_label.text() == (
        "Every 7 days for 4 weeks; then every 14 days for 8 weeks; then every 30 days"
    )

    qtbot.keyClicks(dialog.participant_combo.lineEdit(), "Berg Anna")
    choose(dialog.employer_combo, employer_id)
    choose(dialog.supervisor_combo, supervisor_id)
    dialog.type_combo.setCurrentText("Arbetsträning")
    qtbot.keyClicks(dialog.unit_edit, "Lagret")
    qtbot.keyClicks(dialog.planned_end_edit, "2027-01-19")
    qtbot.keyClicks(dialog.hours_edit, "20,5")
    qtbot.keyClicks(dialog.percent_edit, "50")
    qtbot.keyClicks(dialog.purpose_edit, "Prova lagerarbete")
    qtbot.keyClicks(dialog.goals_edit, "Fyra timmar om dagen")
    qtbot.keyClicks(dialog.tasks_edit, "Plock och pack")
    qtbot.keyClicks(dialog.support_edit, "Skriftliga instruktioner")
    qtbot.keyClicks(dialog.compensation_edit, "Handledarersattning")
    choose_plan(monkeypatch, every(14))
    qtbot.mouseClick(dialog.change_plan_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)

    assert not dialog.isVisible() and shown == []
    saved = dialog.saved_placement
    assert saved is not None and saved.id in dialog.changes.placements
    stored = services.placements.get(saved.id)
    assert (stored.participant_id, stored.employer_id) == (participant_id, employer_id)
    assert (stored.supervisor_id, stored.placement_type, stored.unit) == (
        supervisor_id,
        "Arbetsträning",
        "Lagret",
    )
    assert (stored.start_date, stored.planned_end_date) == (clock.today(), date(2027, 1, 19))
    assert (stored.hours_per_week, stored.extent_percent) == (20.5, 50)
    assert stored.purpose == "Prova lagerarbete" and stored.goals == "Fyra timmar om dagen"
    assert stored.tasks == "Plock och pack" and stored.support == "Skriftliga instruktioner"
    assert stored.compensation == "Handledarersattning" and stored.plan == every(14)

    check_ins = services.follow_up.check_ins_of_placement(saved.id)
    assert sorted(c.scheduled_at for c in check_ins) == [
        datetime(2026, 12, 8, 10, 0),
        datetime(2026, 12, 22, 10, 0),
        datetime(2027, 1, 5, 10, 0),
        datetime(2027, 1, 19, 10, 0),
    ]
    assert {c.id for c in check_ins} == set(dialog.changes.check_ins)


def test_no_planned_check_ins_creates_none(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    participant_id = make_participant(services)
    employer_id = make_employer(services)
    dialog = show(qtbot, PlacementDialog(services, clock.today(), participant_id=participant_id))
    choose(dialog.employer_combo, employer_id)
    choose_plan(monkeypatch, None)
    qtbot.mouseClick(dialog.change_plan_button, Qt.MouseButton.LeftButton)
    assert dialog.plan_label.text() == "No planned follow-up"
    click_save(qtbot, dialog)

    assert dialog.saved_placement is not None
    assert dialog.saved_placement.plan is None
    assert services.follow_up.check_ins_of_placement(dialog.saved_placement.id) == []


def test_planned_end_before_start_refused_beside_field(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant_id = make_participant(services)
    employer_id = make_employer(services)
    dialog = show(
        qtbot,
        PlacementDialog(
            services, clock.today(), participant_id=participant_id, employer_id=employer_id
        ),
    )
    qtbot.keyClicks(dialog.planned_end_edit, "2026-11-01")

    error = dialog.error_labels["planned_end_date"]
    assert error.isVisible() and error.text()
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.saved_placement is None
    assert services.placements.of_participant(participant_id) == []
    assert not dialog.error_labels["participant_id"].isVisible()


@popup_remarks
def test_participant_not_in_list_refused(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    make_participant(services, first_name="Anna", last_name="Berg")
    employer_id = make_employer(services)
    dialog = show(qtbot, PlacementDialog(services, clock.today(), employer_id=employer_id))
    qtbot.keyClicks(dialog.participant_combo.lineEdit(), "Nobody Here")
    click_save(qtbot, dialog)

    error = dialog.error_labels["participant_id"]
    assert dialog.isVisible() and error.isVisible()
    assert CHOOSE_PARTICIPANT in error.text()  # English source: no translation installed


def test_participant_picker_finds_any_part_of_the_name(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    make_participant(services, first_name="Anna", last_name="Bergström")
    make_participant(services, first_name="Omar", last_name="Haddad")
    dialog = show(qtbot, PlacementDialog(services, clock.today()))
    assert dialog.participant_combo.count() == 2
    completer = dialog.participant_combo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    completer.setCompletionPrefix("ström")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Bergström Anna"


def test_supervisor_combo_follows_employer(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    first = make_employer(services, name="Ekby Bygg AB", organisation_number=None)
    second = make_employer(services, name="Ekby kommun", organisation_number=None)
    kerstin = make_supervisor(services, first, "Kerstin Lind")
    johan = make_supervisor(services, second, "Johan Ek")
    dialog = show(qtbot, PlacementDialog(services, clock.today()))
    combo = dialog.supervisor_combo
    assert combo.count() == 1 and combo.currentData() is None

    choose(dialog.employer_combo, first)
    assert [combo.itemData(i) for i in range(combo.count())] == [None, kerstin]
    choose(combo, kerstin)

    choose(dialog.employer_combo, second)
    assert [combo.itemData(i) for i in range(combo.count())] == [None, johan]
    assert combo.currentData() is None  # Kerstin does not work there


def test_edit_keeps_participant_and_employer_and_saves_plan(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = make_placement(services, plan=None, hours_per_week=37.5)
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, PlacementDialog(services, clock.today(), placement))
    assert not dialog.participant_combo.isEnabled() and not dialog.employer_combo.isEnabled()
    assert dialog.plan() is None
    assert dialog.hours_edit.text() == "37.5"  # no translation installed: English
    assert dialog.planned_end_edit.text() == "2027-02-28"
    assert not any(label.isVisible() for label in dialog.error_labels.values())

    dialog.goals_edit.setPlainText("Anställning efter praktiken")
    choose_plan(monkeypatch, every(30))
    qtbot.mouseClick(dialog.change_plan_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)

    stored = services.placements.get(placement_id)
    assert not dialog.isVisible()
    assert (stored.goals, stored.plan) == ("Anställning efter praktiken", every(30))
    assert (stored.participant_id, stored.employer_id) == (
        placement.participant_id,
        placement.employer_id,
    )
    assert stored.start_date == placement.start_date and stored.hours_per_week == 37.5


def test_overlapping_placement_saved_with_warning(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = no_boxes(monkeypatch)
    participant_id = make_participant(services)
    make_placement(services, participant_id)
    employer_id = make_employer(services, name="Ekby kommun", organisation_number=None)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show(
        qtbot,
        PlacementDialog(
            services,
            clock.today(),
            participant_id=participant_id,
            employer_id=employer_id,
            parent=parent,
        ),
    )
    click_save(qtbot, dialog)

    assert dialog.saved_placement is not None
    assert shown == [OVERLAP_WARNING]
    assert len(services.placements.of_participant(participant_id)) == 2
