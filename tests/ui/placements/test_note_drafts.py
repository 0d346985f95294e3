"""A note being written is a draft in the database: kept a moment after typing stops, offered
back when the same form opens again (after the program was killed, too), and let go when the
note is saved or discarded. It is kept per form: a placement's, a person's, a check-in's."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.drafts import note_key
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from ambassador.ui.common import dialogs
from ambassador.ui.common.dialogs import SaveChoice
from ambassador.ui.placements.followup_dialogs import NoteDialog
from tests.factories import every, make_participant, make_placement
from tests.ui.driving import click_save, show
from tests.ui.placements import draft_child

TYPED = "Ringde handledaren om schemat"
CHILD = Path(draft_child.__file__)
# Enough for a loaded machine to start Python, Qt and the program; a child that says
# nothing for this long has failed.
CHILD_SILENCE_S = 120


def note_form(qtbot: QtBot, services: Services, clock: FixedClock, placement_id: int) -> NoteDialog:
    return show(qtbot, NoteDialog(services, services.placements.get(placement_id), clock.now()))


def type_and_wait_for_draft(qtbot: QtBot, dialog: NoteDialog, text: str = TYPED) -> None:
    with qtbot.waitSignal(dialog.draft_kept, timeout=10_000):
        dialog.text_edit.insertPlainText(text)


def test_a_note_being_typed_is_kept_as_a_draft_and_offered_back(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = note_form(qtbot, services, clock, placement_id)
    assert not dialog.draft_label.isVisible()
    dialog.minutes_edit.setText("20")
    dialog.dropout_risk_check.setChecked(True)
    type_and_wait_for_draft(qtbot, dialog)
    key = note_key(
        participant_id=services.placements.get(placement_id).participant_id,
        placement_id=placement_id,
    )
    draft = services.drafts.get(key)
    assert draft is not None and draft.fields["text"] == TYPED
    assert draft.placement_id == placement_id

    dialog.done(0)  # the window went away without a word: a crash, as far as it knows
    again = note_form(qtbot, services, clock, placement_id)
    assert again.text_edit.toPlainText() == TYPED
    assert again.minutes_edit.text() == "20" and again.dropout_risk_check.isChecked()
    assert again.draft_label.isVisible()
    assert "2026-11-24 09:00" in again.draft_label.text()


def test_saving_the_note_lets_its_draft_go(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = note_form(qtbot, services, clock, placement_id)
    type_and_wait_for_draft(qtbot, dialog)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.drafts.get(dialog.draft_key) is None
    [note] = services.follow_up.notes_of_placement(placement_id)
    assert note.text == TYPED
    again = note_form(qtbot, services, clock, placement_id)
    assert again.text_edit.toPlainText() == "" and not again.draft_label.isVisible()


def test_discarding_the_note_lets_its_draft_go(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: SaveChoice.DISCARD)
    placement_id = make_placement(services)
    dialog = note_form(qtbot, services, clock, placement_id)
    type_and_wait_for_draft(qtbot, dialog)
    dialog.reject()
    assert not dialog.isVisible()
    assert services.drafts.get(dialog.draft_key) is None
    assert services.follow_up.notes_of_placement(placement_id) == []


def test_a_restored_draft_is_a_change_that_escape_asks_about(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Esc on a form holding a restored draft must not throw it away unasked."""
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "ask_save_changes",
        lambda _parent, title: asked.append(title) or SaveChoice.KEEP_EDITING,
    )
    placement_id = make_placement(services)
    dialog = note_form(qtbot, services, clock, placement_id)
    type_and_wait_for_draft(qtbot, dialog)
    dialog.done(0)
    again = note_form(qtbot, services, clock, placement_id)
    again.reject()
    assert asked and again.isVisible()
    assert services.drafts.get(again.draft_key) is not None


def test_drafts_are_kept_apart_per_placement_person_and_check_in(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, plan=every(7))
    placement = services.placements.get(placement_id)
    other = make_placement(services, make_participant(services, first_name="Bo"))
    for_placement = note_form(qtbot, services, clock, placement_id)
    type_and_wait_for_draft(qtbot, for_placement, "Om placeringen")
    for_person = show(
        qtbot,
        NoteDialog(services, None, clock.now(), participant_id=placement.participant_id),
    )
    type_and_wait_for_draft(qtbot, for_person, "Om personen")
    [check_in, *_rest] = services.follow_up.check_ins_of_placement(placement_id)
    for_check_in = show(qtbot, NoteDialog(services, placement, clock.now(), check_in))
    type_and_wait_for_draft(qtbot, for_check_in, "Om avstämningen")
    for dialog in (for_placement, for_person, for_check_in):
        dialog.done(0)

    assert note_form(qtbot, services, clock, placement_id).text_edit.toPlainText() == (
        "Om placeringen"
    )
    person = NoteDialog(services, None, clock.now(), participant_id=placement.participant_id)
    assert show(qtbot, person).text_edit.toPlainText() == "Om personen"
    recorded = show(qtbot, NoteDialog(services, placement, clock.now(), check_in))
    assert recorded.text_edit.toPlainText() == "Om avstämningen"
    assert note_form(qtbot, services, clock, other).text_edit.toPlainText() == ""


def test_emptying_the_form_again_leaves_no_draft(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = note_form(qtbot, services, clock, placement_id)
    type_and_wait_for_draft(qtbot, dialog)
    dialog.text_edit.clear()
    qtbot.waitUntil(lambda: services.drafts.get(dialog.draft_key) is None, timeout=10_000)


def test_a_draft_survives_the_program_being_killed(
    qtbot: QtBot,
    services: Services,
    database: Database,
    database_path: Path,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """A child process types a note into the form and is killed (SIGKILL: no clean-up, no
    chance to save) once the draft is kept; the program opened again offers the note."""
    placement_id = make_placement(services)
    database.dispose()
    errors = tmp_path / "child.err"
    with errors.open("wb") as stderr:
        child = subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                str(database_path),
                str(placement_id),
                clock.now().isoformat(),
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    assert child.stdout is not None
    try:
        ready, _, _ = select.select([child.stdout], [], [], CHILD_SILENCE_S)
        assert ready, errors.read_text()
        assert child.stdout.readline().strip() == b"kept", errors.read_text()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()

    reopened, _report = open_database(database_path, tmp_path / "backups", clock.now())
    try:
        after = Services.build(reopened, clock)
        dialog = note_form(qtbot, after, clock, placement_id)
        assert dialog.text_edit.toPlainText() == draft_child.TYPED
        assert dialog.draft_label.isVisible()
        click_save(qtbot, dialog)
        assert [n.text for n in after.follow_up.notes_of_placement(placement_id)] == [
            draft_child.TYPED
        ]
        assert after.drafts.get(dialog.draft_key) is None
    finally:
        reopened.dispose()
