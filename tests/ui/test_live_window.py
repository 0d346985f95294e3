"""Two windows on one server database, as two coordinators at two desks: what one saves
appears in the other's Översikt and in the screen it has in view within two seconds, a form
the other has open on the record says who saved it, a connection the server drops is taken
up again, and closing a window stops its listening at once. A window on a file listens to
nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import ListName
from ambassador.domain.mentors import MentorFields
from ambassador.domain.participant import ParticipantFields
from ambassador.domain.placement import PlacementFields
from ambassador.domain.plan import DEFAULT_PLAN
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.live import LiveChanges
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.server import open_server
from ambassador.ui.common.forms import FieldReader
from ambassador.ui.common.versioned_form import VersionedFormDialog
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.dialog import ParticipantDialog
from tests.factories import make_participant, make_placement, note_fields
from tests.ui.conflicts import fields_of

# What the issue asks: another's save shows within two seconds.
TWO_SECONDS = 2000
# A bound for what waits on the server taking a connection back, not a figure asked for.
RECONNECTED = 15000


@dataclass
class Desk:
    database: Database
    services: Services
    window: MainWindow

    def listening(self) -> bool:
        updates = self.window.live_updates
        return (
            updates is not None
            and updates.listening is not None
            and updates.listening.connected.is_set()
        )


@pytest.fixture
def desks(
    qtbot: QtBot, server_address: ServerAddress, clock: FixedClock, swedish: None
) -> Iterator[tuple[Desk, Desk]]:
    """Two windows, each on its own connection to the same database, both listening, in the
    database's language (as the program starts them)."""
    made: list[Desk] = []
    try:
        for label in ("one", "two"):
            database = open_server(server_address)
            services = Services.build(database, clock)
            window = build_window(services, label)
            qtbot.addWidget(window)
            made.append(Desk(database, services, window))
        for desk in made:
            qtbot.waitUntil(desk.listening, timeout=RECONNECTED)
        yield made[0], made[1]
    finally:
        for desk in made:
            desk.window.close()
            desk.database.dispose()


def _placement(services: Services, clock: FixedClock) -> tuple[int, int]:
    """A placement begun two days ago: in contact, so not at risk until a note says so."""
    person = make_participant(services)
    placement = make_placement(
        services, person, start_date=clock.today() - timedelta(days=2), plan=DEFAULT_PLAN
    )
    return person, placement


@pytest.mark.postgresql_only
def test_a_note_saved_in_one_window_appears_in_the_others_overview_within_two_seconds(
    qtbot: QtBot, desks: tuple[Desk, Desk], clock: FixedClock
) -> None:
    one, two = desks
    person, placement = _placement(one.services, clock)
    at_risk = two.window.overview_screen.at_risk_section
    assert at_risk.count() == 0
    saved = one.services.follow_up.add_note(
        note_fields(person, placement, clock.now(), dropout_risk=True)
    )
    one.window.publish(saved.changes)  # as the note's form does
    assert one.window.overview_screen.at_risk_section.count() == 1
    qtbot.waitUntil(lambda: at_risk.count() == 1, timeout=TWO_SECONDS)


@pytest.mark.postgresql_only
def test_the_screen_in_view_shows_another_windows_new_placement(
    qtbot: QtBot, desks: tuple[Desk, Desk], clock: FixedClock
) -> None:
    one, two = desks
    two.window.show_screen(MainWindow.SCREEN_PLACEMENTS)
    listed = two.window.placements_screen.model
    before = listed.rowCount()
    _placement(one.services, clock)
    qtbot.waitUntil(lambda: listed.rowCount() == before + 1, timeout=TWO_SECONDS)


@pytest.mark.postgresql_only
def test_the_window_takes_up_a_dropped_connection_and_reads_everything_again(
    qtbot: QtBot, desks: tuple[Desk, Desk], clock: FixedClock
) -> None:
    one, two = desks
    with one.database.engine.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    qtbot.waitUntil(lambda: not two.listening(), timeout=RECONNECTED)
    qtbot.waitUntil(two.listening, timeout=RECONNECTED)
    person, placement = _placement(one.services, clock)
    one.services.follow_up.add_note(note_fields(person, placement, clock.now(), dropout_risk=True))
    at_risk = two.window.overview_screen.at_risk_section
    qtbot.waitUntil(lambda: at_risk.count() == 1, timeout=TWO_SECONDS)


@pytest.mark.postgresql_only
def test_closing_the_window_stops_its_listening_at_once(desks: tuple[Desk, Desk]) -> None:
    _one, two = desks
    assert two.window.live_updates is not None
    thread = two.window.live_updates.listening
    assert thread is not None and thread.running
    two.window.close()  # waits for the thread, which looks every quarter of a second
    assert not thread.running


def test_a_window_on_a_file_listens_to_nothing(qtbot: QtBot, services: Services) -> None:
    window = build_window(services, "file")
    qtbot.addWidget(window)
    assert window.live_updates is None
    assert not services.live.available


@pytest.mark.postgresql_only
def test_after_a_lost_connection_the_window_reads_everything_again(
    qtbot: QtBot, desks: tuple[Desk, Desk], clock: FixedClock
) -> None:
    """What was saved while the connection was away was announced to nobody: the window
    reads it all again when the listening thread says it is back."""
    _one, two = desks
    person, placement = _placement(two.services, clock)
    two.services.follow_up.add_note(note_fields(person, placement, clock.now(), dropout_risk=True))
    at_risk = two.window.overview_screen.at_risk_section
    assert at_risk.count() == 0  # saved without the window's knowing: as if unheard
    assert two.window.live_updates is not None
    two.window.live_updates.received.emit(LiveChanges(Changes(), everything=True))
    assert at_risk.count() == 1


class _PlacementForm(VersionedFormDialog[object]):
    """A form open on a placement, as the placement's form is (conflict-ui's forms)."""

    record_table = "placements"

    def read_fields(self, reader: FieldReader) -> object:
        return object()


@pytest.mark.postgresql_only
def test_a_form_open_on_a_record_another_window_saves_says_who_saved_it(
    qtbot: QtBot, desks: tuple[Desk, Desk], clock: FixedClock, server_address: ServerAddress
) -> None:
    one, two = desks
    _person, placement = _placement(one.services, clock)
    form = _PlacementForm("Placement", two.window)
    form.edit_record(two.services.placements.get(placement))
    form.show()
    qtbot.addWidget(form)
    banner = form.changed_elsewhere_banner
    assert not banner.isVisible()
    stored = one.services.placements.get(placement)
    names = [field.name for field in dataclasses.fields(PlacementFields)]
    fields = {name: getattr(stored, name) for name in names}
    one.services.placements.update(placement, PlacementFields(**{**fields, "purpose": "Nytt"}))
    qtbot.waitUntil(banner.isVisible, timeout=TWO_SECONDS)
    assert banner.message_label.text().startswith(server_address.user or "")


@pytest.mark.postgresql_only
def test_another_windows_list_change_waits_while_settings_are_being_edited(
    qtbot: QtBot, desks: tuple[Desk, Desk]
) -> None:
    """Inställningar is edited in place: another's change does not read it again under the
    person's typing, only when it is next shown."""
    one, two = desks
    two.window.show_screen(MainWindow.SCREEN_SETTINGS)
    settings_screen = two.window.settings_screen
    settings_screen.organisation_edit.setText("Typed here")
    kinds = one.services.settings.list_labels(ListName.PLACEMENT_TYPES)
    assert two.window.live_updates is not None
    with qtbot.waitSignal(two.window.live_updates.received, timeout=TWO_SECONDS):
        one.services.settings.save_list(ListName.PLACEMENT_TYPES, [*kinds, "Sommarjobb"])
    assert settings_screen.organisation_edit.text() == "Typed here"
    two.window.show_screen(MainWindow.SCREEN_OVERVIEW)
    two.window.show_screen(MainWindow.SCREEN_SETTINGS)
    assert settings_screen.organisation_edit.text() != "Typed here"


@pytest.mark.postgresql_only
def test_a_mentor_another_adds_shows_when_settings_are_next_shown(
    qtbot: QtBot, desks: tuple[Desk, Desk]
) -> None:
    """Inställningar reads its mentors only when a change concerns them: another's new mentor
    is one, heard from the server."""
    one, two = desks
    two.window.show_screen(MainWindow.SCREEN_SETTINGS)
    mentors = two.window.settings_screen.mentors_group.model
    assert mentors.rowCount() == 0
    two.window.show_screen(MainWindow.SCREEN_OVERVIEW)
    assert two.window.live_updates is not None
    with qtbot.waitSignal(two.window.live_updates.received, timeout=TWO_SECONDS):
        one.services.mentors.add(MentorFields(name="Per Lund"))
    two.window.show_screen(MainWindow.SCREEN_SETTINGS)
    assert [mentors.index(row, 0).data() for row in range(mentors.rowCount())] == ["Per Lund"]


@pytest.mark.postgresql_only
def test_the_participant_form_open_in_one_window_says_the_other_saved_it(
    qtbot: QtBot, desks: tuple[Desk, Desk], server_address: ServerAddress
) -> None:
    one, two = desks
    person = make_participant(one.services)
    form = ParticipantDialog(two.services, two.services.participants.get(person), two.window)
    qtbot.addWidget(form)
    form.show()
    form.goals_edit.setPlainText("What I am typing")
    stored = one.services.participants.get(person)
    one.services.participants.update(
        person,
        dataclasses.replace(fields_of(stored, ParticipantFields), phone="070-000 00 00"),
        expected_version=stored.version,
    )
    banner = form.changed_elsewhere_banner
    qtbot.waitUntil(banner.isVisible, timeout=TWO_SECONDS)
    assert banner.message_label.text().startswith(f"{server_address.user} ")
    assert form.goals_edit.toPlainText() == "What I am typing"
    # The window's own save is no one else's: the first window's form is not told.
    own = ParticipantDialog(one.services, one.services.participants.get(person), one.window)
    qtbot.addWidget(own)
    own.show()
    again = one.services.participants.get(person)
    # Heard by the other window, so by this one's listener too (the same notification).
    assert two.window.live_updates is not None
    with qtbot.waitSignal(two.window.live_updates.received, timeout=TWO_SECONDS):
        saved = one.services.participants.update(
            person,
            dataclasses.replace(fields_of(again, ParticipantFields), phone="070-111 11 11"),
            expected_version=again.version,
        )
        one.window.publish(saved.changes)
    assert not own.changed_elsewhere_banner.isVisible()
