"""The server's notifications heard: payloads read (and anything else refused), the channels
each session hears (a coordinator their own unit's only, with real roles), the rows a change
belongs to, the program's own saves told apart, and a connection the server drops."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from ambassador.domain.clock import FixedClock
from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services
from ambassador.services.live import MOST_SECONDS, QUIET_SECONDS, LiveService
from ambassador.storage import live
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.live import (
    SHARED_CHANNEL,
    ChangeListener,
    ConnectionLostError,
    Heard,
    Notice,
    channels_for,
    parse_payload,
    unit_channel,
)
from ambassador.storage.server import create_server_engine, open_server
from tests.conftest import NOW
from tests.factories import make_employer, make_participant, make_placement, note_fields
from tests.team import Member, Team, team_on

# -- Payloads --------------------------------------------------------------------------------


def test_a_payload_is_read_into_a_notice() -> None:
    assert parse_payload("notes:123:insert:anna") == Notice("notes", 123, "insert", "anna")
    assert parse_payload("list_items:7:delete:") == Notice("list_items", 7, "delete", "")


def test_a_user_name_may_hold_a_colon() -> None:
    # Only the first three colons separate: a role name is the server's to choose.
    assert parse_payload("placements:9:update:it:admin") == Notice(
        "placements", 9, "update", "it:admin"
    )


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "notes",
        "notes:1:insert",  # no user
        "notes:x:insert:anna",  # no number
        "notes:-1:insert:anna",
        "notes:١٢:insert:anna",  # digits, but not ASCII ones
        "notes:1:truncate:anna",  # no such action
        "no tes:1:insert:anna",
        "notes; DROP TABLE notes:1:insert:anna",
    ],
)
def test_anything_but_our_payload_is_refused(payload: str) -> None:
    assert parse_payload(payload) is None


@given(st.text())
def test_no_payload_makes_reading_fail(payload: str) -> None:
    notice = parse_payload(payload)
    if notice is not None:
        assert notice.table.isidentifier() and notice.record_id >= 0


# -- Channels --------------------------------------------------------------------------------


def test_a_coordinator_hears_the_shared_channel_and_their_own_unit() -> None:
    assert channels_for("coordinator", 1, [1, 2]) == (SHARED_CHANNEL, "ambassador_unit_1")
    assert channels_for("admin", 2, []) == (SHARED_CHANNEL, "ambassador_unit_2")


def test_staff_in_no_unit_hear_the_shared_channel_only() -> None:
    assert channels_for("coordinator", None, [1, 2]) == (SHARED_CHANNEL,)


def test_a_manager_hears_nothing() -> None:
    # A list entry's notice would have the window read the settings, which are not theirs.
    assert channels_for("manager", 1, [1, 2]) == ()
    assert channels_for("manager", None, [1, 2]) == ()


def test_a_session_that_is_not_staff_hears_every_unit_and_the_people_in_none() -> None:
    assert channels_for(None, None, [2, 1]) == (
        SHARED_CHANNEL,
        "ambassador_unit_0",
        "ambassador_unit_1",
        "ambassador_unit_2",
    )
    assert unit_channel(None) == "ambassador_unit_0"


# -- On a server -----------------------------------------------------------------------------

WAIT = 10.0  # seconds: a bound on a wait that ends as soon as the notification comes


def _receive(listener: ChangeListener) -> Heard:
    heard = listener.receive(WAIT, quiet=0.05, most=1.0)
    assert heard is not None, "nothing was heard"
    return heard


def _receive_until(listener: ChangeListener, table: str) -> Heard:
    """What is heard until a notice about `table` comes, in one."""
    notices: list[Notice] = []
    parents: dict[str, frozenset[int]] = {}
    while not any(notice.table == table for notice in notices):
        heard = _receive(listener)
        notices.extend(heard.notices)
        for kind, record_ids in heard.parents.items():
            parents[kind] = parents.get(kind, frozenset()) | record_ids
    return Heard(tuple(notices), parents)


@contextmanager
def _program(address: ServerAddress, password: str | None = None) -> Iterator[Services]:
    """Another program on the same database: another coordinator's, or the same one's at
    another desk."""
    database = open_server(address, password)
    try:
        yield Services.build(database, FixedClock(NOW))
    finally:
        database.dispose()


@pytest.fixture
def owner(server_address: ServerAddress) -> Iterator[Database]:
    database = open_server(server_address)
    yield database
    database.dispose()


@pytest.fixture
def listening(owner: Database) -> Iterator[ChangeListener]:
    listener = ChangeListener(owner.engine)
    listener.open()
    yield listener
    listener.close()


@pytest.mark.postgresql_only
def test_the_owner_hears_another_programs_change_with_the_rows_it_belongs_to(
    server_address: ServerAddress, listening: ChangeListener
) -> None:
    with _program(server_address) as other:
        person = make_participant(other)
        placement = make_placement(other, person)
        note = other.follow_up.add_note(note_fields(person, placement, NOW)).note.id
    heard = _receive_until(listening, "notes")
    assert [(n.table, n.action) for n in heard.notices][-1] == ("notes", "insert")
    assert ("participants", person) in [(n.table, n.record_id) for n in heard.notices]
    assert {n.user_name for n in heard.notices} == {server_address.user}
    assert heard.parents["participants"] >= {person}
    assert heard.parents["placements"] >= {placement}
    assert note in [n.record_id for n in heard.notices if n.table == "notes"]
    assert listening.channels[:2] == (SHARED_CHANNEL, "ambassador_unit_0")


@pytest.mark.postgresql_only
def test_the_programs_own_saves_are_not_heard(
    owner: Database, listening: ChangeListener, server_address: ServerAddress
) -> None:
    make_employer(Services.build(owner, FixedClock(NOW)))  # the window refreshed for it
    with _program(server_address) as other:
        someone_elses = make_employer(other, name="Annan AB", organisation_number=None)
    heard = _receive(listening)
    assert [(n.table, n.record_id) for n in heard.notices] == [("employers", someone_elses)]


@pytest.mark.postgresql_only
def test_ten_thousand_rows_of_one_import_are_heard_as_one_burst(
    listening: ChangeListener, server_address: ServerAddress
) -> None:
    importing = create_server_engine(server_address)
    try:
        with importing.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO employers (name, sector, industry, address, agreement_status,"
                    " tasks_offered, capacity, created_at, updated_at)"
                    " SELECT 'Import ' || n, 'private', '', '', 'none', '', 1, :at, :at"
                    " FROM generate_series(1, 10000) AS n"
                ),
                {"at": NOW},
            )
    finally:
        importing.dispose()
    # As the window's thread gathers (services/live.py).
    heard = listening.receive(WAIT, quiet=QUIET_SECONDS, most=MOST_SECONDS)
    assert heard is not None
    assert len(heard.notices) == 10000
    assert {notice.table for notice in heard.notices} == {"employers"}


@pytest.mark.postgresql_only
def test_a_dropped_connection_is_said_and_opened_again(
    owner: Database, listening: ChangeListener, server_address: ServerAddress
) -> None:
    with owner.engine.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    with pytest.raises(ConnectionLostError):
        listening.receive(WAIT, quiet=0.05, most=1.0)
    listening.open()
    with _program(server_address) as other:
        employer = make_employer(other)
    assert [n.record_id for n in _receive(listening).notices] == [employer]


# -- Units, with real roles -------------------------------------------------------------------


@pytest.fixture
def team(server_address: ServerAddress) -> Iterator[Team]:
    """A coordinator in each of two units and a manager, made by IT's add-user."""
    with team_on(server_address, FixedClock(NOW)) as made:
        made.add("norr", StaffRole.COORDINATOR, "norr")
        made.add("syd", StaffRole.COORDINATOR, "syd")
        made.add("chef", StaffRole.MANAGER, None)
        yield made


def signed_in(member: Member) -> Database:
    """A program of `member`'s own, as they would start it; the caller disposes it."""
    return open_server(member.address, member.password)


@pytest.mark.postgresql_only
def test_a_coordinator_hears_their_own_units_people_and_not_anothers(
    team: Team, server_address: ServerAddress
) -> None:
    units = team.unit_ids()
    north, south = units["norr"], units["syd"]
    database = signed_in(team.member("norr"))
    listener = ChangeListener(database.engine)
    try:
        assert listener.open() == (SHARED_CHANNEL, f"ambassador_unit_{north}")
        # Someone moved into the other unit and someone in no unit first, then someone moved
        # into this one: notifications come in the order of the commits, so the first heard
        # shows whether the others were. (The owner writes: what is tested is who hears.)
        with _program(server_address) as it:
            theirs, nobodys, ours = (make_participant(it) for _ in range(3))
            moved = create_server_engine(server_address)
            try:
                for person, unit_id in ((theirs, south), (nobodys, None), (ours, north)):
                    with moved.begin() as connection:
                        connection.execute(
                            text("UPDATE participants SET unit_id = :unit WHERE id = :id"),
                            {"unit": unit_id, "id": person},
                        )
            finally:
                moved.dispose()
        heard = _receive(listener)
    finally:
        listener.close()
        database.dispose()
    assert [(n.table, n.record_id, n.action) for n in heard.notices] == [
        ("participants", ours, "update")
    ]


@pytest.mark.postgresql_only
def test_a_manager_listens_to_nothing_and_the_owner_to_every_unit(
    team: Team, owner: Database
) -> None:
    database = signed_in(team.member("chef"))
    managers = ChangeListener(database.engine)
    try:
        assert managers.open() == ()
        managers.close()
        handed: list[object] = []
        updates = LiveService(database).start(handed.append)
        updates.join(WAIT)  # it ends by itself: nothing to hear, no connection kept
        assert not updates.running and not handed
    finally:
        database.dispose()
    listener = ChangeListener(owner.engine)
    try:
        assert listener.open() == (
            SHARED_CHANNEL,
            "ambassador_unit_0",
            *(f"ambassador_unit_{unit}" for unit in sorted(team.unit_ids().values())),
        )
    finally:
        listener.close()


@pytest.mark.postgresql_only
def test_the_owner_hears_a_unit_made_after_it_began_listening(
    owner: Database,
    listening: ChangeListener,
    server_address: ServerAddress,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with owner.engine.begin() as connection:
        unit_id = connection.scalar(
            text("INSERT INTO units (name, created_at) VALUES ('Ny', :at) RETURNING id"),
            {"at": NOW},
        )
    monkeypatch.setattr(live, "CHECK_EVERY_SECONDS", 0.0)  # the half-minute look, now
    assert listening.receive(0.01, quiet=0.01, most=0.01) is None
    assert listening.channels[-1] == f"ambassador_unit_{unit_id}"
    another = create_server_engine(server_address)  # not the listener's program: heard
    try:
        with _program(server_address) as it:
            person = make_participant(it)
        with another.begin() as connection:
            connection.execute(
                text("UPDATE participants SET unit_id = :unit WHERE id = :id"),
                {"unit": unit_id, "id": person},
            )
    finally:
        another.dispose()
    heard: list[tuple[str, int, str]] = []
    while ("participants", person, "update") not in heard:  # each wait bounded by WAIT
        heard += [(n.table, n.record_id, n.action) for n in _receive(listening).notices]
    assert heard == [("participants", person, "insert"), ("participants", person, "update")]
