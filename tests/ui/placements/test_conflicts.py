"""The placement forms when someone else saved the placement after they opened: the issue's
race (Anna saves the purpose, Bo the goals) keeps both, and ending still ends."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome
from ambassador.domain.placement import Ending, PlacementFields
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.ui.common import dialogs
from ambassador.ui.common.conflict_dialog import ConflictDialog
from ambassador.ui.i18n import message
from ambassador.ui.placements.dialog import PlacementDialog
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from tests.factories import make_placement
from tests.ui.conflicts import answer_conflicts, cancel, fields_of, save_merged
from tests.ui.driving import click_save, show


@pytest.fixture
def other_user(database: Database, clock: FixedClock) -> Services:
    """A second coordinator's services on the same database."""
    return Services.build(database, clock)


def save_as_other(other_user: Services, placement_id: int, **changes: object) -> None:
    stored = fields_of(other_user.placements.get(placement_id), PlacementFields)
    other_user.placements.update(placement_id, replace(stored, **changes))


def edit_form(qtbot: QtBot, services: Services, placement_id: int) -> PlacementDialog:
    placement = services.placements.get(placement_id)
    return show(qtbot, PlacementDialog(services, services.clock.today(), placement))


def test_anna_saves_the_purpose_and_bo_the_goals_and_both_are_kept(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = make_placement(services, purpose="Prova på lager.", goals="")
    bos_form = edit_form(qtbot, services, placement_id)
    save_as_other(other_user, placement_id, purpose="Prova på lager och kassa.")
    bos_form.goals_edit.setPlainText("Klara en hel dag i kassan.")
    shown = answer_conflicts(monkeypatch, save_merged)

    click_save(qtbot, bos_form)

    [conflict] = shown
    assert conflict.choices == {}  # nothing both changed: nothing to choose
    assert [(d.name, d.theirs) for d in conflict.taken] == [
        ("purpose", "Prova på lager och kassa.")
    ]
    stored = services.placements.get(placement_id)
    assert stored.purpose == "Prova på lager och kassa."
    assert stored.goals == "Klara en hel dag i kassan."
    assert not bos_form.isVisible()


def test_both_changed_the_goals_take_theirs_for_one_field_keep_mine_for_another(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = make_placement(services, goals="Mål.", tasks="Plocka varor.", unit="Lager")
    form = edit_form(qtbot, services, placement_id)
    form.goals_edit.setPlainText("Mina mål.")
    form.tasks_edit.setPlainText("Plocka och packa varor.")
    form.unit_edit.setText("Lager 2")
    save_as_other(other_user, placement_id, goals="Deras mål.", tasks="Packa varor.")

    def choose(conflict: ConflictDialog) -> None:
        conflict.choices["goals"].theirs_radio.click()
        save_merged(conflict)

    shown = answer_conflicts(monkeypatch, choose)
    click_save(qtbot, form)

    [conflict] = shown
    assert list(conflict.choices) == ["goals", "tasks"]  # not the unit: only mine changed
    stored = services.placements.get(placement_id)
    assert (stored.goals, stored.tasks, stored.unit) == (
        "Deras mål.",
        "Plocka och packa varor.",
        "Lager 2",
    )


def test_cancel_keeps_the_placement_form_as_typed(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = make_placement(services, goals="Mål.")
    form = edit_form(qtbot, services, placement_id)
    form.goals_edit.setPlainText("Mina mål.")
    save_as_other(other_user, placement_id, goals="Deras mål.")
    answer_conflicts(monkeypatch, cancel)

    click_save(qtbot, form)

    assert form.isVisible() and form.goals_edit.toPlainText() == "Mina mål."
    assert services.placements.get(placement_id).goals == "Deras mål."


def test_ending_a_placement_someone_else_just_edited_ends_it_and_keeps_their_edit(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = make_placement(services, goals="Mål.")
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, EndPlacementDialog(services, placement, services.clock.today()))
    dialog.outcome_buttons[Outcome.EMPLOYMENT].click()
    save_as_other(other_user, placement_id, goals="Deras mål.")
    shown = answer_conflicts(monkeypatch, save_merged)

    click_save(qtbot, dialog)

    assert shown == []  # nothing of theirs is on this form: nothing to ask
    stored = services.placements.get(placement_id)
    assert stored.ending is not None and stored.ending.outcome is Outcome.EMPLOYMENT
    assert stored.goals == "Deras mål."


def test_ending_a_placement_someone_else_ended_says_so(
    qtbot: QtBot, services: Services, other_user: Services
) -> None:
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, EndPlacementDialog(services, placement, services.clock.today()))
    dialog.outcome_buttons[Outcome.EMPLOYMENT].click()
    other_user.placements.end(
        placement_id, Ending(ended_on=services.clock.today(), outcome=Outcome.STUDIES)
    )

    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_labels["ended_on"].isVisible()
    ending = services.placements.get(placement_id).ending
    assert ending is not None and ending.outcome is Outcome.STUDIES


def test_deleting_a_placement_someone_else_just_changed_deletes_nothing_and_says_why(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = make_placement(services, goals="Mål.")
    window = build_window(services, "konflikt.db")
    qtbot.addWidget(window)
    window.show()
    window.open_placement(placement_id)
    save_as_other(other_user, placement_id, goals="Deras mål.")
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: errors.append(text))

    window.placements_screen.detail_pane.delete_placement()

    assert errors == [message(dialogs.CHANGED_ELSEWHERE)]
    assert services.placements.get(placement_id).deleted_at is None
