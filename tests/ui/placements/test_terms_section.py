"""The placement form's subsidy and terms (folded until used), its mentor (the employer's and
the unit's, or a new one) and its project (those covering the start)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.mentors import MentorFields
from ambassador.domain.projects import ProjectFields
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs
from ambassador.ui.placements.dialog import PlacementDialog
from ambassador.ui.settings.mentors import MentorDialog
from tests.factories import make_employer, make_participant, make_placement
from tests.ui.driving import choose, click_save, show


@pytest.fixture(autouse=True)
def _no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "inform", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)


def project(services: Services, name: str, start: date, end: date) -> int:
    fields = ProjectFields(name=name, start_date=start, end_date=end)
    return services.projects.add(fields).project.id


def test_a_new_placement_saves_its_terms_mentor_and_project(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant_id = make_participant(services)
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    garage = make_employer(services, name="Verkstaden", organisation_number=None)
    own = services.mentors.add(MentorFields(name="Per Lund", employer_id=bakery)).mentor
    services.mentors.add(MentorFields(name="Åsa Berg", employer_id=garage))
    unit = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    covering = project(services, "Vägen vidare", date(2025, 1, 1), date(2027, 12, 31))
    project(services, "Gammalt", date(2020, 1, 1), date(2021, 12, 31))
    dialog = show(
        qtbot,
        PlacementDialog(services, clock.today(), participant_id=participant_id, employer_id=bakery),
    )
    terms = dialog.terms
    assert not terms.body.isVisibleTo(dialog)  # folded: nothing in it yet
    mentors = [terms.mentor_combo.itemData(i) for i in range(terms.mentor_combo.count())]
    assert mentors == [None, own.id, unit.id]
    projects = [terms.project_combo.itemData(i) for i in range(terms.project_combo.count())]
    assert projects == [None, covering]

    qtbot.mouseClick(terms.toggle_button, Qt.MouseButton.LeftButton)
    assert terms.body.isVisibleTo(dialog)
    choose(terms.subsidy_type_combo, "Lönebidrag")
    terms.subsidy_amount_edit.setText("18 000")
    terms.subsidy_percent_edit.setText("80")
    terms.decision_number_edit.setText("Af-2026-1")
    terms.decision_start_edit.setText("2026-11-01")
    terms.decision_end_edit.setText("2027-10-31")
    choose(terms.agreement_form_combo, terms.agreement_form_combo.itemData(1))
    terms.employer_of_record_edit.setText("Bageriet AB")
    terms.municipal_cost_edit.setText("4200,50")
    choose(terms.mentor_combo, unit.id)
    terms.mentor_hours_edit.setText("2,5")
    choose(terms.project_combo, covering)
    click_save(qtbot, dialog)

    assert dialog.saved_placement is not None
    stored = services.placements.get(dialog.saved_placement.id)
    assert (stored.subsidy_type, stored.subsidy_amount, stored.subsidy_percent) == (
        "Lönebidrag",
        18_000.0,
        80,
    )
    assert (stored.decision_start, stored.decision_end) == (date(2026, 11, 1), date(2027, 10, 31))
    assert stored.decision_number == "Af-2026-1"
    assert stored.agreement_form == terms.agreement_form_combo.itemData(1)
    assert (stored.employer_of_record, stored.municipal_cost) == ("Bageriet AB", 4200.5)
    assert (stored.mentor_id, stored.mentor_hours, stored.project_id) == (unit.id, 2.5, covering)


def test_an_edited_placement_shows_its_terms_unfolded(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    mentor = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    placement_id = make_placement(
        services,
        subsidy_type="Nystartsjobb",
        subsidy_amount=12_000.0,
        decision_end=date(2027, 1, 31),
        mentor_id=mentor.id,
        mentor_hours=1.0,
    )
    dialog = show(
        qtbot, PlacementDialog(services, clock.today(), services.placements.get(placement_id))
    )
    terms = dialog.terms
    assert terms.body.isVisibleTo(dialog)
    assert terms.subsidy_type_combo.currentData() == "Nystartsjobb"
    assert terms.subsidy_amount_edit.text() == "12000"
    assert terms.decision_end_edit.text() == "2027-01-31"
    assert terms.mentor_combo.currentData() == mentor.id
    assert terms.mentor_hours_edit.text() == "1"
    terms.subsidy_percent_edit.setText("70")
    click_save(qtbot, dialog)
    stored = services.placements.get(placement_id)
    assert (stored.subsidy_percent, stored.subsidy_amount, stored.mentor_id) == (
        70,
        12_000.0,
        mentor.id,
    )


def test_a_wrong_term_unfolds_the_section_and_is_not_saved(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = show(
        qtbot, PlacementDialog(services, clock.today(), services.placements.get(placement_id))
    )
    terms = dialog.terms
    assert not terms.body.isVisibleTo(dialog)
    terms.subsidy_amount_edit.setText("5000")  # without a subsidy type
    terms.decision_start_edit.setText("2027-02-01")
    terms.decision_end_edit.setText("2027-01-01")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert terms.body.isVisibleTo(dialog)
    assert dialog.error_labels["subsidy_type"].isVisibleTo(dialog)
    assert dialog.error_labels["decision_end"].isVisibleTo(dialog)
    assert services.placements.get(placement_id).subsidy_amount is None


def test_new_mentor_is_added_for_the_employer_and_chosen(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant_id = make_participant(services)
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    dialog = show(
        qtbot,
        PlacementDialog(services, clock.today(), participant_id=participant_id, employer_id=bakery),
    )
    qtbot.mouseClick(dialog.terms.new_mentor_button, Qt.MouseButton.LeftButton)
    mentor_dialog = dialog.terms.mentor_dialog
    assert isinstance(mentor_dialog, MentorDialog)
    assert mentor_dialog.where_combo.currentData() == bakery
    mentor_dialog.name_edit.setText("Per Lund")
    mentor_dialog.accept()
    [mentor] = services.mentors.mentors()
    assert mentor.employer_id == bakery
    assert dialog.terms.mentor_combo.currentData() == mentor.id
    click_save(qtbot, dialog)
    assert dialog.saved_placement is not None
    assert services.placements.get(dialog.saved_placement.id).mentor_id == mentor.id
    assert dialog.changes is not None and mentor.id in dialog.changes.mentors


def test_a_new_mentor_is_told_when_the_placement_form_closes_unsaved(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    """The mentor is saved whatever becomes of the placement: a form cancelled after "New
    mentor…" still hands the window the mentor's change (Inställningar lists them)."""
    participant_id = make_participant(services)
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    dialog = show(
        qtbot,
        PlacementDialog(services, clock.today(), participant_id=participant_id, employer_id=bakery),
    )
    told: list[Changes] = []
    dialog.saved.connect(told.append)
    qtbot.mouseClick(dialog.terms.new_mentor_button, Qt.MouseButton.LeftButton)
    mentor_dialog = dialog.terms.mentor_dialog
    assert isinstance(mentor_dialog, MentorDialog)
    mentor_dialog.name_edit.setText("Per Lund")
    mentor_dialog.accept()
    [mentor] = services.mentors.mentors()
    assert told == []  # with the placement's save, if there is one
    dialog.reject()  # "Save changes?": Discard (tests/ui/conftest.py)
    assert not dialog.isVisible()
    assert services.placements.of_participant(participant_id) == []
    assert [changes.mentors for changes in told] == [{mentor.id}]


def test_projects_follow_the_start_date(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    early = project(services, "Unga in", date(2024, 1, 1), date(2025, 12, 31))
    late = project(services, "Vägen vidare", date(2026, 1, 1), date(2027, 12, 31))
    dialog = show(qtbot, PlacementDialog(services, clock.today()))
    combo = dialog.terms.project_combo

    def offered() -> list[object]:
        return [combo.itemData(i) for i in range(combo.count())]

    assert offered() == [None, late]
    dialog.start_date_edit.setText("2025-06-01")
    assert offered() == [None, early]


def test_escape_on_a_term_typed_in_the_folded_section_asks_before_closing(
    qtbot: QtBot, services: Services, clock: FixedClock, _changed_forms_close_unsaved: list[str]
) -> None:
    """A decision number typed in the section is a change like any other: Esc asks."""
    placement_id = make_placement(services)
    dialog = show(
        qtbot, PlacementDialog(services, clock.today(), services.placements.get(placement_id))
    )
    dialog.terms.decision_number_edit.setText("Af-2026-4711")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _changed_forms_close_unsaved == [dialog.windowTitle()]
