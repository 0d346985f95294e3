"""The participant form when someone else saved the person after it opened: what they
changed is shown field by field, the merge is stored, Cancel keeps the typed text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.participant import ParticipantFields
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.ui.common.conflict_dialog import ConflictDialog
from ambassador.ui.participants.dialog import ParticipantDialog
from tests.factories import make_participant
from tests.ui.conflicts import answer_conflicts, cancel, save_merged


def fields_of(services: Services, participant_id: int) -> ParticipantFields:
    stored = services.participants.get(participant_id)
    return ParticipantFields(
        **{name: getattr(stored, name) for name in ParticipantFields.__dataclass_fields__}
    )


def open_form(qtbot: QtBot, services: Services, participant_id: int) -> ParticipantDialog:
    dialog = ParticipantDialog(services, services.participants.get(participant_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def other_user(database: Database, clock: FixedClock) -> Services:
    """A second coordinator's services on the same database."""
    return Services.build(database, clock)


def test_stale_save_shows_only_what_the_other_changed_and_stores_the_merge(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_participant(
        services, goals="Arbeta i butik.", strengths="Noggrann.", phone="070-111 11 11"
    )
    dialog = open_form(qtbot, services, person)
    dialog.goals_edit.setPlainText("Arbeta i butik, helst med kassan.")
    dialog.strengths_edit.setPlainText("Noggrann och punktlig.")
    # Bo saves first: the goals (which I changed too) and the phone (which I did not).
    other_user.participants.update(
        person,
        replace(fields_of(other_user, person), goals="Arbeta i lager.", phone="070-222 22 22"),
    )

    def merge(conflict: ConflictDialog) -> None:
        goals = conflict.choices["goals"]
        assert goals.merge_edit is not None
        goals.merge_edit.setFocus()
        goals.merge_edit.selectAll()  # type: ignore[union-attr]
        goals.merge_edit.insertPlainText(  # type: ignore[union-attr]
            "Arbeta i butik med kassan, eller i lager."
        )
        save_merged(conflict)

    shown = answer_conflicts(monkeypatch, merge)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [conflict] = shown
    assert list(conflict.choices) == ["goals"]  # the strengths were mine alone
    assert conflict.choices["goals"].mine_label.text() == "Arbeta i butik, helst med kassan."
    assert conflict.choices["goals"].theirs_label.text() == "Arbeta i lager."
    assert [d.name for d in conflict.taken] == ["phone"]
    assert not dialog.isVisible() and dialog.changes is not None
    stored = services.participants.get(person)
    assert stored.goals == "Arbeta i butik med kassan, eller i lager."
    assert stored.strengths == "Noggrann och punktlig."
    assert stored.phone == "070-222 22 22"  # theirs, not overwritten by the form's old one


def test_cancel_returns_to_the_form_with_the_typed_text_and_saves_nothing(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_participant(services, goals="Arbeta i butik.")
    dialog = open_form(qtbot, services, person)
    dialog.goals_edit.setPlainText("Arbeta i butik, helst med kassan.")
    other_user.participants.update(
        person, replace(fields_of(other_user, person), goals="Arbeta i lager.")
    )
    shown = answer_conflicts(monkeypatch, cancel)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1
    assert dialog.isVisible() and dialog.changes is None
    assert dialog.goals_edit.toPlainText() == "Arbeta i butik, helst med kassan."
    assert services.participants.get(person).goals == "Arbeta i lager."
    # Saving again asks again: the other person's goals are never overwritten unseen.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 2 and services.participants.get(person).goals == "Arbeta i lager."


def test_a_change_elsewhere_to_fields_i_did_not_touch_is_kept_without_asking_for_choices(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_participant(services, language="", address="")
    dialog = open_form(qtbot, services, person)
    dialog.language_edit.setText("arabiska")
    other_user.participants.update(
        person, replace(fields_of(other_user, person), address="Storgatan 1")
    )
    shown = answer_conflicts(monkeypatch, save_merged)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [conflict] = shown
    assert conflict.choices == {} and [d.name for d in conflict.taken] == ["address"]
    stored = services.participants.get(person)
    assert (stored.language, stored.address) == ("arabiska", "Storgatan 1")


def test_banner_says_who_saved_the_open_record_and_leaves_the_typed_text(
    qtbot: QtBot, services: Services
) -> None:
    person = make_participant(services)
    other = make_participant(services, first_name="Bertil")
    dialog = open_form(qtbot, services, person)
    dialog.goals_edit.setPlainText("Skrivet men inte sparat.")

    assert not dialog.editing("participants", other)
    assert dialog.editing("participants", person)
    dialog.record_changed_elsewhere("bo")

    banner = dialog.changed_elsewhere_banner
    assert banner.isVisible()
    assert banner.message_label.text().startswith("bo saved changes to this participant")
    assert dialog.goals_edit.toPlainText() == "Skrivet men inte sparat."


def test_a_person_someone_else_deleted_offers_the_typed_text_and_saves_nothing(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_participant(services, goals="Arbeta i butik.")
    dialog = open_form(qtbot, services, person)
    dialog.goals_edit.setPlainText("Arbeta i butik, helst med kassan.")
    other_user.participants.delete(person)
    shown = answer_conflicts(monkeypatch, cancel)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [conflict] = shown
    assert conflict.error.deleted and conflict.save_button is None
    assert "Arbeta i butik, helst med kassan." in conflict.summary_edit.toPlainText()
    assert dialog.isVisible()
    assert dialog.goals_edit.toPlainText() == "Arbeta i butik, helst med kassan."


@pytest.mark.postgresql_only
def test_stale_save_on_a_server_merges_as_on_a_file(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    test_stale_save_shows_only_what_the_other_changed_and_stores_the_merge(
        qtbot, services, other_user, monkeypatch
    )


def test_escape_in_the_conflict_dialog_returns_to_the_form_with_the_typed_text(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_participant(services, strengths="Noggrann.")
    dialog = open_form(qtbot, services, person)
    dialog.strengths_edit.setPlainText("Noggrann och glad.")
    other_user.participants.update(
        person, replace(fields_of(other_user, person), strengths="Punktlig.")
    )
    shown = answer_conflicts(
        monkeypatch, lambda conflict: qtbot.keyClick(conflict, Qt.Key.Key_Escape)
    )

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1 and not shown[0].isVisible()
    assert dialog.isVisible() and dialog.strengths_edit.toPlainText() == "Noggrann och glad."
    assert services.participants.get(person).strengths == "Punktlig."
