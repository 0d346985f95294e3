"""The placement form's tasks covered: the chosen employer's tasks to tick, read again when
the employer changes, saved with the placement and shown ticked when it is edited."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from ambassador.ui.placements.detail_pane import PlacementDetailPane
from ambassador.ui.placements.dialog import PlacementDialog
from tests.factories import employer_fields, make_participant, make_placement
from tests.ui.driving import RecordingNavigator, choose, click_save, show

LAGER = "Lager och logistik"


def employer_offering(services: Services, name: str, *titles: str) -> tuple[int, list[int]]:
    saved = services.employers.create(
        employer_fields(name=name, organisation_number=None),
        [
            EmployerTask(title=title, category=LAGER if i == 0 else "")
            for i, title in enumerate(titles)
        ],
    )
    ids = [task.id for task in services.employers.tasks(saved.employer.id)]
    return saved.employer.id, [task_id for task_id in ids if task_id is not None]


def shown(dialog: PlacementDialog) -> list[tuple[str, bool]]:
    checklist = dialog.tasks_covered.checklist
    return [
        (checklist.item(row).text(), checklist.item(row).checkState() == Qt.CheckState.Checked)
        for row in range(checklist.count())
    ]


def test_the_chosen_employers_tasks_are_offered_and_the_ticked_ones_saved(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant_id = make_participant(services)
    lager, (plocka, packa) = employer_offering(services, "Lagerhuset", "Plocka", "Packa")
    kok, _ = employer_offering(services, "Köket", "Diska")
    tomt, _ = employer_offering(services, "Tomma AB")
    dialog = show(qtbot, PlacementDialog(services, clock.today(), participant_id=participant_id))
    covered = dialog.tasks_covered
    assert not covered.checklist.isVisible() and covered.empty_label.isVisible()
    assert "Choose an employer" in covered.empty_label.text()

    choose(dialog.employer_combo, kok)
    assert shown(dialog) == [("Diska – " + LAGER, False)]
    choose(dialog.employer_combo, tomt)
    assert covered.empty_label.isVisible() and "no tasks" in covered.empty_label.text()
    choose(dialog.employer_combo, lager)
    assert shown(dialog) == [("Plocka – " + LAGER, False), ("Packa", False)]
    covered.checklist.set_id_checked(packa)
    assert "task_ids" in dialog._touched  # a tick is an edit, as typing is

    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    saved = dialog.saved_placement
    assert saved is not None and services.placements.get(saved.id).task_ids == (packa,)
    assert plocka not in saved.task_ids


def test_an_edited_placement_shows_its_tasks_ticked_and_saves_a_change(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    employer, (plocka, packa) = employer_offering(services, "Lagerhuset", "Plocka", "Packa")
    placement_id = make_placement(services, employer_id=employer, task_ids=(plocka,))
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, PlacementDialog(services, clock.today(), placement))
    assert shown(dialog) == [("Plocka – " + LAGER, True), ("Packa", False)]
    assert not dialog.change_guard.changed()

    dialog.tasks_covered.checklist.set_id_checked(plocka, False)
    dialog.tasks_covered.checklist.set_id_checked(packa)
    assert dialog.change_guard.changed()  # closing now asks whether to save
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.placements.get(placement_id).task_ids == (packa,)


def test_a_conflict_names_the_tasks_covered_by_their_titles(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    employer, (plocka, packa) = employer_offering(services, "Lagerhuset", "Plocka", "Packa")
    placement_id = make_placement(services, employer_id=employer, task_ids=(plocka,))
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, PlacementDialog(services, clock.today(), placement))
    assert dialog.value_text("task_ids", (plocka, packa)) == f"Plocka – {LAGER}\nPacka"
    assert "task_ids" in dialog.compared_fields()
    services.placements.update(placement_id, replace(placement, task_ids=(packa,)))
    assert dialog.record_values(services.placements.get(placement_id))["task_ids"] == (packa,)


def test_the_detail_pane_shows_the_tasks_covered(qtbot: QtBot, services: Services) -> None:
    employer, (plocka, packa) = employer_offering(services, "Lagerhuset", "Plocka", "Packa")
    covering = make_placement(services, employer_id=employer, task_ids=(plocka, packa))
    covering_none = make_placement(services, employer_id=employer)
    pane = PlacementDetailPane(services, RecordingNavigator())
    qtbot.addWidget(pane)
    pane.show_placement(covering)
    assert pane.plan_facts.values["Tasks covered"].text() == f"Plocka – {LAGER}\nPacka"
    pane.show_placement(covering_none)
    assert "Tasks covered" not in pane.plan_facts.values


def test_the_employer_form_keeps_a_renamed_tasks_id_so_its_placements_still_cover_it(
    qtbot: QtBot, services: Services
) -> None:
    from ambassador.ui.employers.dialog import EmployerDialog

    employer, (plocka, packa) = employer_offering(services, "Lagerhuset", "Plocka", "Packa")
    placement_id = make_placement(services, employer_id=employer, task_ids=(plocka, packa))
    dialog = show(qtbot, EmployerDialog(services, services.employers.get(employer)))
    editor = dialog.tasks_editor
    editor.title_edit.setText("Plocka varor")  # the first task, chosen as the form opens
    editor.table.setCurrentCell(1, 0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    (kept,) = services.employers.tasks(employer)
    assert (kept.id, kept.title) == (plocka, "Plocka varor")
    assert services.placements.get(placement_id).task_ids == (plocka,)
