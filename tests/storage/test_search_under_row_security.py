"""Search for a coordinator under row-level security (migration 0011): the functions that
search as the owner find exactly what the policies let the coordinator read, never another
unit's name or note, whichever of their paths (the newest entries walked, more windows, the
GIN index) finds it; the owner keeps the direct statements."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, text

from ambassador.domain.clock import FixedClock
from ambassador.domain.team import StaffRole
from ambassador.storage import server_search
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.faults import NO_PERMISSION_READING
from ambassador.storage.search_index import KIND_SPAN, Kind
from ambassador.storage.server import create_server_engine
from tests.team import Team, TwoUnits, UnitPeople, team_on, two_units

pytestmark = pytest.mark.postgresql_only

WORDS = ("veckan", "norrsken", "sydvind", "Norrström", "Södergren", "Arbetsplats", "a", "s")


@pytest.fixture
def team(server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as made:
        yield made


@pytest.fixture
def units(team: Team) -> TwoUnits:
    return two_units(team)


def _unit_rowids(team: Team, unit: str) -> set[int]:
    """Every search entry (names and notes) of `unit`'s people, read as the owner."""
    with team.owner.engine.connect() as connection:
        return set(
            connection.scalars(
                text(
                    "SELECT p.id * 4 + 1 FROM participants p JOIN units u ON u.id = p.unit_id "
                    "WHERE u.name = :unit UNION ALL "
                    "SELECT n.id * 4 + 3 FROM notes n JOIN participants p "
                    "ON p.id = n.participant_id JOIN units u ON u.id = p.unit_id "
                    "WHERE u.name = :unit"
                ),
                {"unit": unit},
            )
        )


def _search(connection: Connection, words: str, *, functions: bool) -> list[int]:
    connection.execution_options(**{server_search.ROW_SECURITY_OPTION: functions})
    return [rowid for rowid, _snippet in server_search.search(connection, words, 50)]


def _count(connection: Connection, words: str, most: int, *, functions: bool) -> tuple[int, int]:
    connection.execution_options(**{server_search.ROW_SECURITY_OPTION: functions})
    return server_search.count(connection, words, most)


def _people(unit: UnitPeople) -> Database:
    return unit.coordinator.database


def test_a_coordinators_connection_is_under_row_security_and_the_owners_is_not(
    team: Team, units: TwoUnits
) -> None:
    with _people(units.norr).engine.connect() as connection:
        assert server_search.under_row_security(connection)
    with team.owner.engine.connect() as connection:
        assert not server_search.under_row_security(connection)
    # An engine not opened by the program asks its connection, once.
    anna = units.norr.coordinator
    plain = create_server_engine(dataclasses.replace(team.address, user=anna.name), anna.password)
    try:
        with plain.connect() as connection:
            assert server_search.under_row_security(connection)
            assert server_search.under_row_security(connection)
    finally:
        plain.dispose()


def test_the_functions_find_what_the_policies_let_the_coordinator_read(
    team: Team, units: TwoUnits
) -> None:
    for own, other in ((units.norr, units.soder), (units.soder, units.norr)):
        theirs = _unit_rowids(team, other.coordinator.unit or "")
        with _people(own).engine.connect() as connection:
            for words in WORDS:
                found = _search(connection, words, functions=True)
                assert found == _search(connection, words, functions=False), words
                assert not set(found) & theirs, words
                for most in (1, 2, 1001):
                    assert _count(connection, words, most, functions=True) == _count(
                        connection, words, most, functions=False
                    ), (words, most)
            assert _search(connection, other.note_word, functions=True) == []
            employers = _search(connection, "Arbetsplats", functions=True)
            assert {own.employer * KIND_SPAN + Kind.EMPLOYER, other.employer * 4 + 2} <= set(
                employers
            )


@pytest.mark.parametrize("recent", [1, 2, 3, 5000])
@pytest.mark.parametrize("most", [1, 2, 3, None])
def test_every_path_of_the_notes_function_keeps_to_the_unit(
    team: Team, units: TwoUnits, recent: int, most: int | None
) -> None:
    """Windows of one entry make the function walk on, stop, and turn to the GIN index."""
    for own in (units.norr, units.soder):
        mine = _unit_rowids(team, own.coordinator.unit or "")
        with _people(own).engine.connect() as connection:
            for words in ("veckan", own.note_word, "handledaren", "zzz"):
                found = connection.scalars(
                    text(
                        "SELECT rowid FROM ambassador_search_notes("
                        "to_tsquery('ambassador', :query), :most, :recent)"
                    ),
                    {"query": f"'{words}':*", "most": most, "recent": recent},
                ).all()
                everything = connection.scalars(
                    text(
                        "SELECT rowid FROM search_index_notes "
                        "WHERE document @@ to_tsquery('ambassador', :query) ORDER BY rowid DESC"
                    ),
                    {"query": f"'{words}':*"},
                ).all()
                assert set(everything) <= mine
                assert found == everything[:most], (words, most, recent)


def test_a_coordinator_in_no_unit_finds_employers_and_no_one(team: Team, units: TwoUnits) -> None:
    loner = team.add("ulla", StaffRole.COORDINATOR, None)
    with loner.database.engine.connect() as connection:
        assert _search(connection, "veckan", functions=True) == []
        assert _search(connection, "Norrström", functions=True) == []
        found = _search(connection, "Arbetsplats", functions=True)
        assert {rowid % KIND_SPAN for rowid in found} == {Kind.EMPLOYER}


def test_a_manager_may_not_run_the_search_functions(units: TwoUnits) -> None:
    maja = units.manager.services
    with pytest.raises(Exception) as refused:
        maja.search.search("veckan")
    assert getattr(refused.value, "message", "") == NO_PERMISSION_READING


def test_a_person_moved_to_another_unit_is_found_there_with_their_notes(
    team: Team, units: TwoUnits
) -> None:
    moved = units.norr.participants[0]
    team.service.assign_unit("Söder", [moved])
    with _people(units.soder).engine.connect() as connection:
        found = set(_search(connection, units.norr.name_word, functions=True))
        assert moved * KIND_SPAN + Kind.PARTICIPANT in found
        notes = _search(connection, units.norr.note_word, functions=True)
        assert len(notes) == 1  # the moved person's; the other Norr note stays in Norr
    with _people(units.norr).engine.connect() as connection:
        found = set(_search(connection, units.norr.name_word, functions=True))
        assert moved * KIND_SPAN + Kind.PARTICIPANT not in found
        assert len(_search(connection, units.norr.note_word, functions=True)) == 1


def test_an_entrys_unit_is_the_databases_to_say(team: Team, units: TwoUnits) -> None:
    """A coordinator who writes a unit into their own entries does not show them to another
    unit: the trigger puts back the note's own."""
    anna = _people(units.norr)
    with anna.engine.begin() as connection:
        connection.execute(
            text("UPDATE search_index_notes SET unit_id = unit_id + 1, body = body || ' x'")
        )
    with _people(units.soder).engine.connect() as connection:
        assert _search(connection, units.norr.note_word, functions=True) == []
    with anna.engine.connect() as connection:
        assert len(_search(connection, units.norr.note_word, functions=True)) == 2


def test_the_programs_sessions_run_without_jit(team: Team, units: TwoUnits) -> None:
    """A list's plan under the policies costs enough to be JIT-compiled, which took longer
    than the query (storage/server.py's SESSION_OPTIONS)."""
    for database in (team.owner, _people(units.norr)):
        with database.engine.connect() as connection:
            assert connection.execute(text("SHOW jit")).scalar() == "off"
