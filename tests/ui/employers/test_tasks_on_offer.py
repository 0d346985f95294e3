"""Tasks on offer in the window: listed in the employer's form and shown beside the employer,
ticked as interests and limits on the participant, and employers suggested from them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from ambassador.ui.employers.dialog import EmployerDialog
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.dialog import ParticipantDialog
from ambassador.ui.participants.matching_dialog import MatchingDialog
from ambassador.ui.placements.dialog import PlacementDialog, chosen_id
from tests.factories import employer_fields, make_participant, make_placement, without_ids
from tests.ui.driving import click_save, show

LAGER = "Lager och logistik"
KOK = "Kök och restaurang"
LYFT = "Tunga lyft"
KUND = "Kundkontakt"


def window_on(qtbot: QtBot, services: Services, screen: int) -> MainWindow:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    window.show_screen(screen)
    return window


def test_a_task_added_in_the_employer_form_shows_beside_the_employer(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    window = window_on(qtbot, services, MainWindow.SCREEN_EMPLOYERS)
    screen = window.employers_screen
    screen.new_record()
    dialog = screen.detail_pane.open_dialog
    assert isinstance(dialog, EmployerDialog)
    editor = dialog.tasks_editor
    assert editor.empty_label.isVisibleTo(dialog) and not editor.table.isVisibleTo(dialog)
    dialog.name_edit.setText("Lagerhuset i Åsen")

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    # A task without a name is refused beside the tasks, and nothing is saved.
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "1" in dialog.error_labels["tasks"].text()
    assert services.employers.page() == []

    qtbot.keyClicks(editor.title_edit, "Plocka varor")
    editor.category_combo.setCurrentIndex(editor.category_combo.findData(LAGER))
    editor.requirements_list.set_label_checked(LYFT)
    assert editor.table.item(0, 0).text() == "Plocka varor"
    assert editor.table.item(0, 2).text() == LYFT
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)

    employer = services.employers.page()[0]
    assert without_ids(services.employers.tasks(employer.id)) == [
        EmployerTask(title="Plocka varor", category=LAGER, requirements=(LYFT,))
    ]
    pane = screen.detail_pane
    assert pane.detail is not None and pane.detail.employer.id == employer.id
    model = pane.tasks_table.model_rows
    assert [model.data(model.index(0, c)) for c in range(3)] == ["Plocka varor", LAGER, LYFT]
    assert not pane.tasks_table.isHidden() and pane.tasks_empty_label.isHidden()


def test_editing_an_employer_keeps_its_tasks_and_removes_one(
    qtbot: QtBot, services: Services
) -> None:
    employer = services.employers.create(
        employer_fields(name="Gläntan", organisation_number=None),
        [EmployerTask(title="Diska", category=KOK), EmployerTask(title="Servera", category=KOK)],
    ).employer
    dialog = show(qtbot, EmployerDialog(services, employer))
    editor = dialog.tasks_editor
    assert editor.table.rowCount() == 2
    assert editor.title_edit.text() == "Diska"
    assert editor.category_combo.currentData() == KOK
    editor.table.setCurrentCell(1, 0)
    assert editor.title_edit.text() == "Servera"
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)
    assert without_ids(services.employers.tasks(employer.id)) == [
        EmployerTask(title="Diska", category=KOK)
    ]


def test_interests_and_limits_are_ticked_in_the_participant_form(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    person = make_participant(services, task_interests=(KOK,))
    dialog = show(qtbot, ParticipantDialog(services, services.participants.get(person)))
    assert dialog.task_interests_list.checked_labels() == (KOK,)
    assert dialog.task_limits_list.checked_labels() == ()
    dialog.task_interests_list.set_label_checked(LAGER)
    dialog.task_limits_list.set_label_checked(KUND)
    dialog.task_limits_list.set_label_checked(LYFT)
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    stored = services.participants.get(person)
    # In the lists' order, not the order ticked.
    assert stored.task_interests == (LAGER, KOK)
    assert stored.task_limits == (LYFT, KUND)


def test_suggest_employers_lists_the_match_and_starts_a_prefilled_placement(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    person = make_participant(
        services, first_name="Zeynep", task_interests=(LAGER,), task_limits=(LYFT,)
    )
    lager = services.employers.create(
        employer_fields(name="Lagerhuset", organisation_number=None, capacity=3),
        [
            EmployerTask(title="Lasta lastbil", category=LAGER, requirements=(LYFT,)),
            EmployerTask(title="Plocka varor", category=LAGER),
        ],
    ).employer.id
    # One of Lagerhuset's three places is taken: 3 − 1 = 2 free.
    make_placement(services, make_participant(services, first_name="Bo"), lager)
    services.employers.create(
        employer_fields(name="Gläntan", organisation_number=None, capacity=2),
        [EmployerTask(title="Diska", category=KOK)],
    )
    window = window_on(qtbot, services, MainWindow.SCREEN_PARTICIPANTS)
    window.open_participant(person)
    pane = window.participants_screen.detail_pane
    pane.suggest_action.trigger()
    dialog = pane.matching_dialog
    assert isinstance(dialog, MatchingDialog)
    model = dialog.suggestions_table.model_rows
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in range(3)] == [
        "Lagerhuset",
        "2",
        "Lager och logistik: Plocka varor",
    ]
    why = dialog.why(dialog.suggestions[0])
    # "— 2 lediga platser" once the Swedish catalogue has the plural.
    assert why.startswith("Lager och logistik: Plocka varor — 2 ")
    # The task left out for the limit is not named, nor the limit.
    shown = " ".join(
        [why, dialog.basis_label.text(), dialog.limits_label.text(), dialog.windowTitle()]
    )
    assert "Lasta" not in shown and LYFT not in shown

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    placement_dialog = pane.open_dialog
    assert isinstance(placement_dialog, PlacementDialog)
    assert chosen_id(placement_dialog.participant_combo) == person
    assert chosen_id(placement_dialog.employer_combo) == lager
    placement_dialog.reject()


def test_no_suggestion_says_what_to_do(qtbot: QtBot, services: Services) -> None:
    person = make_participant(services, task_interests=(KOK,))
    window = window_on(qtbot, services, MainWindow.SCREEN_PARTICIPANTS)
    window.open_participant(person)
    pane = window.participants_screen.detail_pane
    pane.suggest_action.trigger()
    dialog = pane.matching_dialog
    assert dialog is not None
    assert dialog.empty_label.isVisible() and not dialog.suggestions_table.isVisible()
    assert not dialog.start_button.isEnabled()
    # No language installed: the window is English and names the category in English.
    assert "Kitchen and restaurant" in dialog.basis_label.text()
    dialog.reject()


def test_settings_offer_the_task_lists(qtbot: QtBot, services: Services) -> None:
    window = window_on(qtbot, services, MainWindow.SCREEN_SETTINGS)
    screen = window.settings_screen
    assert LAGER in [entry.label for entry in screen.task_categories_editor.entries()]
    assert LYFT in [entry.label for entry in screen.task_requirements_editor.entries()]
