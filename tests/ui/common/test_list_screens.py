"""Deltagare, Arbetsgivare and Placeringar: empty states, filters, SQL sorting, paging, panes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.browse import PAGE_SIZE
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender, PlacementStatus
from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.dialog import ParticipantDialog
from tests.factories import make_identity_number, make_participant, make_placement, note_fields
from tests.ui.driving import choose


def window_on(qtbot: QtBot, services: Services, screen: int) -> MainWindow:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    window.show_screen(screen)
    return window


def test_empty_list_says_what_belongs_there_and_offers_to_add(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    window = window_on(qtbot, services, MainWindow.SCREEN_PARTICIPANTS)
    screen = window.participants_screen
    assert screen.list_stack.currentWidget() is screen.empty_page
    assert screen.empty_label.text().startswith("Inga deltagare ännu")
    assert screen.empty_new_button.isVisible()
    qtbot.mouseClick(screen.empty_new_button, Qt.MouseButton.LeftButton)
    assert isinstance(screen.detail_pane.open_dialog, ParticipantDialog)
    screen.detail_pane.open_dialog.reject()

    make_participant(services, first_name="Åsa")
    screen.search_edit.setText("zzz")
    screen.reload()
    assert screen.empty_label.text().startswith("Inga deltagare matchar")
    assert not screen.empty_new_button.isVisible()
    screen.search_edit.clear()
    screen.reload()
    assert screen.list_stack.currentWidget() is screen.table and screen.model.total == 1


def test_placement_filters_in_the_window_narrow_the_list(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    active = make_placement(services, start_date=clock.today() - timedelta(days=3))
    planned = make_placement(services, start_date=clock.today() + timedelta(days=3))
    window = window_on(qtbot, services, MainWindow.SCREEN_PLACEMENTS)
    screen = window.placements_screen
    assert screen.model.total == 2
    choose(screen.status_combo, PlacementStatus.PLANNED)
    assert [row.id for row in screen.model.rows()] == [planned]
    choose(screen.status_combo, None)
    employer = services.placements.get(active).employer_id
    screen.filter_employer(employer)
    assert [row.id for row in screen.model.rows()] == [active]
    screen.filter_employer(None)
    assert screen.model.total == 2
    # The employer the box names, in any case, even while another entry is the current one.
    screen.filter_employer(services.placements.get(planned).employer_id)
    line = screen.employer_combo.lineEdit()
    line.setText(services.employers.get(employer).name.lower())  # as pasted: no popup
    choose(screen.status_combo, PlacementStatus.ACTIVE)
    assert [row.id for row in screen.model.rows()] == [active]


def test_header_click_sorts_in_the_database_and_pages_load_as_you_scroll(
    qtbot: QtBot,
    services: Services,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    names = ["Öberg", "Andersson", "Berg"]
    for name in names:
        make_participant(services, first_name="Kim", last_name=name)
    window = window_on(qtbot, services, MainWindow.SCREEN_PARTICIPANTS)
    screen = window.participants_screen
    screen.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [row.last_name for row in screen.model.rows()] == ["Öberg", "Berg", "Andersson"]
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [row.last_name for row in screen.model.rows()] == ["Andersson", "Berg", "Öberg"]
    qtmodeltester.check(screen.model)


@pytest.mark.parametrize("count", [PAGE_SIZE + 5])
def test_long_list_fetches_the_next_page_on_demand(
    qtbot: QtBot, services: Services, count: int
) -> None:
    for number in range(count):
        make_participant(
            services,
            first_name="Kim",
            last_name="Ek",
            personal_identity_number=make_identity_number(date(1980, 1, 1) + timedelta(number)),
        )
    window = window_on(qtbot, services, MainWindow.SCREEN_PARTICIPANTS)
    model = window.participants_screen.model
    assert (model.rowCount(), model.total) == (PAGE_SIZE, count)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == count and not model.canFetchMore()
    ids = [row.id for row in model.rows()]
    assert len(set(ids)) == count


def test_identity_number_shown_only_on_request(qtbot: QtBot, services: Services) -> None:
    participant = make_participant(
        services, personal_identity_number=make_identity_number(date(1990, 5, 6))
    )
    window = window_on(qtbot, services, MainWindow.SCREEN_OVERVIEW)
    window.open_participant(participant)
    pane = window.participants_screen.detail_pane
    assert pane.identity_label.text() == "19900506-****"
    qtbot.mouseClick(pane.reveal_button, Qt.MouseButton.LeftButton)
    assert pane.identity_label.text().startswith("19900506-") and "*" not in (
        pane.identity_label.text()
    )
    qtbot.mouseClick(pane.reveal_button, Qt.MouseButton.LeftButton)
    assert pane.identity_label.text() == "19900506-****"


def test_deleting_asks_first_and_a_no_keeps_everything(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    monkeypatch.setattr(dialogs, "ask", lambda *_args: answers.pop(0))
    participant = make_participant(services)
    window = window_on(qtbot, services, MainWindow.SCREEN_OVERVIEW)
    window.open_participant(participant)
    pane = window.participants_screen.detail_pane
    pane.delete_action.trigger()  # under More, and in the Participant menu
    assert services.participants.get(participant)
    pane.delete_action.trigger()
    assert window.participants_screen.model.total == 0
    assert window.participants_screen.selected_id is None
    assert [item.record_id for item in services.trash.items()] == [participant]


def test_employer_with_placements_is_not_deleted_and_says_why(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    placement = make_placement(services)
    employer = services.placements.get(placement).employer_id
    window = window_on(qtbot, services, MainWindow.SCREEN_OVERVIEW)
    window.open_employer(employer)
    window.employers_screen.detail_pane.delete_action.trigger()
    assert shown and "has placements" in shown[0]
    assert services.employers.get(employer)


def test_note_about_the_person_outside_any_placement(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant = make_participant(services)
    window = window_on(qtbot, services, MainWindow.SCREEN_OVERVIEW)
    window.open_participant(participant)
    pane = window.participants_screen.detail_pane
    qtbot.mouseClick(pane.note_button, Qt.MouseButton.LeftButton)
    dialog = pane.open_dialog
    assert not dialog.shareable_check.isVisibleTo(dialog)
    dialog.text_edit.setPlainText("Inskrivningssamtal. Vill arbeta med djur.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (entry,) = services.browse.participant(participant).timeline
    assert entry.item.placement_id is None and not entry.item.shareable  # type: ignore[union-attr]
    assert pane.timeline_view.model.rowCount() == 1


def test_note_deleted_from_the_timeline_goes_to_the_trash(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    placement = make_placement(services, start_date=clock.today() - timedelta(days=9))
    participant = services.placements.get(placement).participant_id
    services.follow_up.add_note(note_fields(participant, placement, clock.now()))
    window = window_on(qtbot, services, MainWindow.SCREEN_OVERVIEW)
    window.open_placement(placement)
    pane = window.placements_screen.detail_pane
    assert not pane.delete_note_button.isEnabled()
    pane.timeline_view.table.selectRow(0)
    assert pane.delete_note_button.isEnabled() and not pane.done_button.isEnabled()
    qtbot.mouseClick(pane.delete_note_button, Qt.MouseButton.LeftButton)
    assert pane.timeline_view.model.rowCount() == 0
    assert [item.kind.value for item in services.trash.items()] == ["note"]


def test_a_save_the_disk_refuses_keeps_what_was_typed(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, _text: errors.append(title))

    def full_disk(_fields: object) -> None:
        raise StorageError(QT_TRANSLATE_NOOP("Messages", "The disk is full"))

    monkeypatch.setattr(services.participants, "create", full_disk)
    window = window_on(qtbot, services, MainWindow.SCREEN_PARTICIPANTS)
    window.participants_screen.new_record()
    dialog = window.participants_screen.detail_pane.open_dialog
    dialog.first_name_edit.setText("Åsa")
    dialog.last_name_edit.setText("Öberg")
    choose(dialog.gender_combo, Gender.WOMAN)
    dialog.needs_edit.setPlainText("Behöver korta pass.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert errors and dialog.isVisible()
    assert dialog.first_name_edit.text() == "Åsa"
    assert dialog.needs_edit.toPlainText() == "Behöver korta pass."


def test_opening_a_record_deleted_meanwhile_shows_nothing_stale(
    qtbot: QtBot, services: Services
) -> None:
    first = make_participant(services, first_name="Kim")
    gone = make_participant(services, first_name="Borta")
    window = window_on(qtbot, services, MainWindow.SCREEN_OVERVIEW)
    window.open_participant(first)
    services.participants.delete(gone)
    window.open_participant(gone)
    screen = window.participants_screen
    assert screen.selected_id is None
    assert screen.detail_stack.currentWidget() is screen.detail_empty_label


def test_lists_open_in_their_natural_order(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    for name in ("Öberg", "Andersson", "Berg"):
        make_participant(services, first_name="Kim", last_name=name)
    older = make_placement(services, start_date=clock.today() - timedelta(days=90))
    newer = make_placement(services, start_date=clock.today() - timedelta(days=9))
    window = window_on(qtbot, services, MainWindow.SCREEN_PARTICIPANTS)
    names = [row.last_name for row in window.participants_screen.model.rows()]
    assert names[0] == "Andersson" and names[-1] == "Öberg"
    assert [row.id for row in window.placements_screen.model.rows()] == [newer, older]
    header = window.participants_screen.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.AscendingOrder,
    )
