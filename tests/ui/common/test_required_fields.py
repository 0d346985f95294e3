"""Required fields are marked, and no field holds a default that quietly becomes data: a new
participant's gender starts unchosen and must be chosen ("Prefers not to say" is a choice)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.forms import FormDialog
from ambassador.ui.participants.dialog import CHOOSE_GENDER, ParticipantDialog
from ambassador.ui.placements.dialog import PlacementDialog
from tests.factories import make_employer, make_participant
from tests.ui.driving import click_save, show


def label_of(dialog: FormDialog[object], field: str) -> str:
    label = dialog.form_layout.labelForField(dialog.error_labels[field].parentWidget())
    assert isinstance(label, QLabel)
    return label.text()


def test_required_fields_carry_an_asterisk_explained_once(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = show(qtbot, ParticipantDialog(services, today=clock.today()))
    for field in ("first_name", "last_name", "gender"):
        assert label_of(dialog, field).endswith(" *"), field
        widget = dialog.field_widgets[field]
        assert "*" not in widget.accessibleName()  # read as its name, the asterisk said below
        assert widget.accessibleDescription().startswith("Required.")
    for field in ("phone", "email", "referral_date"):
        assert not label_of(dialog, field).endswith("*"), field
    assert dialog.required_note_label.isVisible()
    assert dialog.required_note_label.text() == "* Required"

    placement = show(qtbot, PlacementDialog(services, clock.today()))
    for field in ("participant_id", "employer_id", "placement_type", "start_date"):
        assert label_of(placement, field).endswith(" *"), field
    assert not label_of(placement, "planned_end_date").endswith("*")


def test_a_new_participants_gender_starts_unchosen_and_must_be_chosen(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = show(qtbot, ParticipantDialog(services, today=clock.today()))
    assert dialog.gender_combo.currentIndex() == 0 and dialog.gender_combo.currentData() is None
    dialog.first_name_edit.setText("Lina")
    dialog.last_name_edit.setText("Berg")
    click_save(qtbot, dialog)
    error = dialog.error_labels["gender"]
    assert dialog.isVisible() and error.isVisible() and error.text() == CHOOSE_GENDER
    assert services.participants.page() == []

    # "Prefers not to say" is there, and chosen on purpose it is saved.
    undisclosed = dialog.gender_combo.findData(Gender.UNDISCLOSED)
    assert undisclosed > 0
    dialog.gender_combo.setCurrentIndex(undisclosed)
    assert not error.isVisible()
    click_save(qtbot, dialog)
    assert dialog.saved_participant is not None
    assert dialog.saved_participant.gender is Gender.UNDISCLOSED


def test_editing_a_participant_shows_their_gender(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant = services.participants.get(make_participant(services, gender=Gender.MAN))
    dialog = show(qtbot, ParticipantDialog(services, participant, today=clock.today()))
    assert dialog.gender_combo.currentData() == Gender.MAN


@pytest.mark.parametrize("answer", [True, False])
def test_a_new_placement_starting_in_the_past_is_warned_of_and_asked(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask", lambda _parent, _title, text, _confirm: asked.append(text) or answer
    )
    participant_id = make_participant(services)
    dialog = show(
        qtbot,
        PlacementDialog(
            services,
            clock.today(),
            participant_id=participant_id,
            employer_id=make_employer(services),
        ),
    )
    assert not dialog.past_start_label.isVisible()
    start = clock.today() - timedelta(days=10)
    dialog.start_date_edit.setText(start.isoformat())
    assert dialog.past_start_label.isVisible()
    assert " 10 " in dialog.past_start_label.text()

    click_save(qtbot, dialog)

    assert len(asked) == 1 and start.isoformat() in asked[0]
    saved = services.placements.of_participant(participant_id)
    if answer:
        assert not dialog.isVisible() and [p.start_date for p in saved] == [start]
    else:
        assert dialog.isVisible() and saved == []
        assert dialog.start_date_edit.text() == start.isoformat()


def test_a_placement_starting_today_or_later_is_saved_unasked(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *_args: pytest.fail("asked"))
    participant_id = make_participant(services)
    dialog = show(
        qtbot,
        PlacementDialog(
            services,
            clock.today(),
            participant_id=participant_id,
            employer_id=make_employer(services),
        ),
    )
    dialog.start_date_edit.setText((clock.today() + timedelta(days=7)).isoformat())
    assert not dialog.past_start_label.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
