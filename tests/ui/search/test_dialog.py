"""Search everywhere: results as the person types, matches in bold, markup shown as text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.search import HitKind
from ambassador.services import search as search_service
from ambassador.services.bundle import Services
from ambassador.ui.search import dialog as search_dialog
from ambassador.ui.search.dialog import SearchDialog
from ambassador.ui.search.result_delegate import TEXT_ROLE, Marked, ResultText
from tests.factories import make_employer, make_participant, make_placement, note_fields
from tests.ui.driving import RecordingNavigator

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> SearchDialog:
    widget = SearchDialog(services, navigator)
    qtbot.addWidget(widget)
    return widget


def search(dialog: SearchDialog, text: str) -> None:
    dialog.query_edit.setText(text)
    dialog.run_search_now()


def text_of(dialog: SearchDialog, row: int) -> ResultText:
    shown = dialog.results_list.item(row).data(TEXT_ROLE)
    assert isinstance(shown, ResultText)
    return shown


def test_typing_searches_after_a_pause_and_finds_part_of_a_name(
    qtbot: QtBot, dialog: SearchDialog, services: Services, navigator: RecordingNavigator
) -> None:
    participant_id = make_participant(services, first_name="Karolina", last_name="Svensson")
    make_participant(services, first_name="Bodil", last_name="Nilsson")
    qtbot.keyClicks(dialog.query_edit, "karo")
    assert dialog.search_timer.isActive()
    qtbot.waitUntil(lambda: dialog.results_list.count() == 1)
    assert dialog.results_list.item(0).text() == "Participant: Karolina Svensson"
    assert text_of(dialog, 0) == ResultText("Participant", Marked("Karolina Svensson", ((0, 8),)))
    assert dialog.status_label.text().startswith("1 match")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert navigator.calls == [("participant", participant_id)]
    assert dialog.result() == SearchDialog.DialogCode.Accepted


def test_an_employer_opens_in_employers(
    qtbot: QtBot, dialog: SearchDialog, services: Services, navigator: RecordingNavigator
) -> None:
    employer_id = make_employer(services, name="Kvarnens Café")
    search(dialog, "kvarn")
    assert dialog.results()[0].hit.kind is HitKind.EMPLOYER
    assert dialog.results_list.item(0).text() == "Employer: Kvarnens Café"
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Enter)
    assert navigator.calls == [("employer", employer_id)]


def test_a_word_in_a_note_is_marked_and_markup_kept_as_text(
    qtbot: QtBot,
    dialog: SearchDialog,
    services: Services,
    clock: FixedClock,
    navigator: RecordingNavigator,
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    text = "Har tagit truckkort <img src=x onerror=alert(1)> & <b>trivs</b>."
    services.follow_up.add_note(note_fields(participant_id, placement_id, clock.now(), text=text))
    search(dialog, "truckkort")
    (result,) = dialog.results()
    assert result.hit.kind is HitKind.NOTE
    shown = text_of(dialog, 0)
    assert shown.kind == "Note" and shown.title == Marked("Åsa Öberg, 2026-11-24")
    # The markup is text to paint, never interpreted: only the matched word is marked.
    assert shown.snippet == Marked(text, ((text.index("truckkort"), len("truckkort")),))
    assert dialog.results_list.item(0).text().startswith("Note: Åsa Öberg, 2026-11-24 – Har")
    assert dialog.results_list.item(0).toolTip() == dialog.results_list.item(0).text()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.results_list.viewport().grab().isNull()
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert navigator.calls == [("placement", placement_id, None)]


def test_a_note_without_placement_opens_its_participant(
    qtbot: QtBot,
    dialog: SearchDialog,
    services: Services,
    clock: FixedClock,
    navigator: RecordingNavigator,
) -> None:
    participant_id = make_participant(services)
    services.follow_up.add_note(
        note_fields(participant_id, None, clock.now(), text="Ringde om cykelverkstaden.")
    )
    search(dialog, "cykelverkstaden")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert navigator.calls == [("participant", participant_id)]


def test_arrow_keys_in_the_search_field_choose_the_result(
    qtbot: QtBot, dialog: SearchDialog, services: Services, navigator: RecordingNavigator
) -> None:
    ids = [make_participant(services, first_name="Anna", last_name=last) for last in "ABC"]
    search(dialog, "anna")
    assert dialog.results_list.count() == 3
    assert dialog.results_list.currentRow() == 0
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)  # stays on the last
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Up)
    assert dialog.results_list.currentRow() == 1
    chosen = dialog.results()[1].participant_id
    assert chosen in ids
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert navigator.calls == [("participant", chosen)]


def test_enter_before_the_pause_searches_first(
    qtbot: QtBot, dialog: SearchDialog, services: Services, navigator: RecordingNavigator
) -> None:
    participant_id = make_participant(services, first_name="Karolina")
    qtbot.keyClicks(dialog.query_edit, "karol")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert navigator.calls == [("participant", participant_id)]


def test_no_matches_says_so_with_the_text_as_typed(
    qtbot: QtBot, dialog: SearchDialog, services: Services, navigator: RecordingNavigator
) -> None:
    make_participant(services)
    search(dialog, "<b>zzq</b>")
    assert dialog.results_list.count() == 0
    assert dialog.status_label.text() == "No matches for “<b>zzq</b>”."
    assert dialog.status_label.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert navigator.calls == []
    search(dialog, "   ")
    assert dialog.results_list.count() == 0
    assert "No matches" not in dialog.status_label.text()


def test_escape_closes(qtbot: QtBot, dialog: SearchDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.query_edit.setFocus()
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == SearchDialog.DialogCode.Rejected


def test_controls_have_accessible_names_and_a_placeholder(dialog: SearchDialog) -> None:
    assert dialog.query_edit.placeholderText() == "Search participants, employers and notes"
    assert dialog.query_edit.accessibleName()
    assert dialog.results_list.accessibleName()


def test_more_matches_than_shown_are_counted_and_shown_on_request(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    navigator: RecordingNavigator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_dialog, "RESULT_LIMIT", 5)
    dialog = SearchDialog(services, navigator)
    qtbot.addWidget(dialog)
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    for n in range(12):
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now(), text=f"Veckan gick bra {n}.")
        )
    dialog.show()
    search(dialog, "veckan")
    assert dialog.results_list.count() == 5
    assert dialog.status_label.text().startswith("12 matches in all; 5 shown")
    assert dialog.more_button.isVisible()

    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert dialog.results_list.count() == 10
    assert dialog.status_label.text().startswith("12 matches in all; 10 shown")
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert dialog.results_list.count() == 12
    assert dialog.status_label.text() == "12 matches"
    assert not dialog.more_button.isVisible()

    search(dialog, "veckan gick")  # a new search starts from the first page again
    assert dialog.results_list.count() == 5


def test_past_the_count_cap_the_window_says_more_than_the_cap(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    navigator: RecordingNavigator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_dialog, "RESULT_LIMIT", 3)
    monkeypatch.setattr(search_service, "COUNT_CAP", 5)
    dialog = SearchDialog(services, navigator)
    qtbot.addWidget(dialog)
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    for n in range(8):
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now(), text=f"Veckan gick bra {n}.")
        )
    dialog.show()
    search(dialog, "veckan")
    assert dialog.status_label.text() == (
        "More than 5 matches; 3 shown: names first, then the newest notes."
    )
    assert dialog.more_button.isVisible()
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert dialog.results_list.count() == 6
    assert dialog.status_label.text().startswith("More than 5 matches; 6 shown")
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert dialog.results_list.count() == 8
    assert dialog.status_label.text() == "8 matches"  # all shown: counted exactly
    assert not dialog.more_button.isVisible()

    monkeypatch.setattr(search_service, "COUNT_CAP", 8)
    search(dialog, "gick")  # a new search: the first page again
    assert dialog.status_label.text().startswith("8 matches in all; 3 shown")  # at the cap

    # The cap in the person's number format.
    monkeypatch.setattr(search_service, "COUNT_CAP", 1000)
    monkeypatch.setattr(search_service.SearchOutcome, "past_cap", property(lambda _self: True))
    search(dialog, "bra")
    assert dialog.status_label.text().startswith("More than 1,000 matches; 3 shown")
