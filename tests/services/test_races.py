"""Two coordinators on one database, each with a connection of their own (issue 22's races).

(a) Anna and Bo open the same placement; Anna saves the purpose, Bo then the goals from his
    form: Bo is refused with Anna's purpose in hand, and nothing of Anna's is lost.
(b) Both end the placement at the same moment: one ending, the second told it has ended.
(c) Both key in the same returned questionnaire: one feedback row, the second told it was
    already answered.

(b) and (c) are made truly concurrent: Anna's transaction is held open right after its write
until Bo's has begun and read. On a server Bo's transaction then read what Anna had not yet
committed, so only SERIALIZABLE (which rolls Bo's back when he writes the same row) and the
services' retry (which runs Bo's again, and it sees Anna's) keep one ending and one answer; under
READ COMMITTED Bo's write would wait for Anna's and then go through. On a file Bo's transaction
waits for Anna's lock before it reads, and nothing is run twice.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import event

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome, Respondent
from ambassador.domain.errors import ConflictError, ValidationError
from ambassador.domain.placement import ALREADY_ENDED, Ending, PlacementFields
from ambassador.domain.questionnaire import ALREADY_ANSWERED, QuestionnaireAnswers
from ambassador.services import retrying
from ambassador.services.bundle import Services
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.conftest import NOW
from tests.factories import make_placement
from tests.peek import table
from tests.team import staff_in_two_units, team_on

T = TypeVar("T")
# Only a guard against a hung test: the hold is released by an event, never by the clock.
PATIENCE = 30


@pytest.fixture
def bos_database(database: Database, clock: FixedClock) -> Iterator[Database]:
    """A second connection to the same database: a second window on the file, a second
    coordinator's program on the server."""
    if database.server is not None:
        from ambassador.storage.server import open_server

        other = open_server(database.server)
    else:
        assert database.path is not None
        other, _report = open_database(database.path, database.path.parent / "b", clock.now())
    yield other
    other.dispose()


@pytest.fixture
def anna(services: Services) -> Services:
    return services


@pytest.fixture
def bo(bos_database: Database, clock: FixedClock) -> Services:
    return Services.build(bos_database, clock)


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The retries the services made (one pause before each run again)."""
    taken: list[int] = []
    monkeypatch.setattr(retrying, "pause", taken.append)
    return taken


def editable(placement: object) -> PlacementFields:
    names = [field.name for field in dataclasses.fields(PlacementFields)]
    return PlacementFields(**{name: getattr(placement, name) for name in names})


def user_of(database: Database) -> str:
    return "" if database.server is None else database.server.user or ""


class Interleaving:
    """Holds Anna's transaction open right after her `write` statement ran, until Bo's
    transaction has begun and read (on a server: his `read` statement ran; on a file: his
    BEGIN IMMEDIATE was sent, after which SQLite makes him wait for Anna's lock)."""

    def __init__(self, annas: Database, bos: Database, write: str, read: str) -> None:
        self.anna_wrote = threading.Event()
        self.bo_read = threading.Event()
        self.bo_read_before_anna_committed = False
        self._annas = annas.engine
        self._bos = bos.engine
        self._write = write
        self._read = read
        self._on_file = bos.server is None
        event.listen(self._annas, "after_cursor_execute", self._anna_executed)
        event.listen(self._annas, "commit", self._anna_commits)
        event.listen(self._bos, "before_cursor_execute", self._bo_executes)
        event.listen(self._bos, "after_cursor_execute", self._bo_executed)

    def close(self) -> None:
        event.remove(self._annas, "after_cursor_execute", self._anna_executed)
        event.remove(self._annas, "commit", self._anna_commits)
        event.remove(self._bos, "before_cursor_execute", self._bo_executes)
        event.remove(self._bos, "after_cursor_execute", self._bo_executed)

    def _anna_executed(self, *args: Any) -> None:
        statement: str = args[2]
        if statement.startswith(self._write) and not self.anna_wrote.is_set():
            self.anna_wrote.set()
            assert self.bo_read.wait(PATIENCE), "Bo's transaction never began"

    def _anna_commits(self, _connection: Any) -> None:
        if self.anna_wrote.is_set() and not self.bo_read_before_anna_committed:
            self.bo_read_before_anna_committed = self.bo_read.is_set()

    def _bo_executes(self, *args: Any) -> None:
        statement: str = args[2]
        if self._on_file and statement == "BEGIN IMMEDIATE" and self.anna_wrote.is_set():
            self.bo_read.set()

    def _bo_executed(self, *args: Any) -> None:
        statement: str = args[2]
        if not self._on_file and statement.startswith(self._read) and self.anna_wrote.is_set():
            self.bo_read.set()


def at_once(
    annas: Database,
    bos: Database,
    write: str,
    read: str,
    anna_does: Callable[[], T],
    bo_does: Callable[[], Any],
) -> tuple[T, BaseException | None, Interleaving]:
    """Anna's work, held open after its `write`, and Bo's, begun meanwhile: Anna's result,
    the error Bo's ended in (None if it went through), and how they interleaved."""
    interleaving = Interleaving(annas, bos, write, read)
    try:
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="coordinator") as pool:
            annas_work: Future[T] = pool.submit(anna_does)
            assert interleaving.anna_wrote.wait(PATIENCE), "Anna's transaction never wrote"
            bos_work = pool.submit(bo_does)
            return annas_work.result(), bos_work.exception(), interleaving
    finally:
        interleaving.close()


def test_a_stale_save_from_the_other_connection_is_refused_and_nothing_lost(
    anna: Services, bo: Services, database: Database, bos_database: Database
) -> None:
    """(a) Bo's form read the placement before Anna saved the purpose; his save of the goals
    is refused with her purpose in hand, and he merges."""
    placement_id = make_placement(anna, purpose="Syfte", goals="Mål")
    annas_form = anna.placements.get(placement_id)
    bos_form = bo.placements.get(placement_id)
    assert annas_form == bos_form

    anna.placements.update(
        placement_id,
        editable(dataclasses.replace(annas_form, purpose="Annas syfte")),
        expected_version=annas_form.version,
    )
    with pytest.raises(ConflictError) as refused:
        bo.placements.update(
            placement_id,
            editable(dataclasses.replace(bos_form, goals="Bos mål")),
            expected_version=bos_form.version,
        )

    conflict = refused.value
    assert conflict.current.purpose == "Annas syfte" and conflict.current.goals == "Mål"
    assert conflict.changed_by == user_of(database) and not conflict.deleted
    stored = bo.placements.get(placement_id)
    assert (stored.purpose, stored.goals) == ("Annas syfte", "Mål")  # nothing of Anna's lost
    # Bo takes Anna's purpose and keeps his goals: both are saved.
    merged = dataclasses.replace(conflict.current, goals="Bos mål")
    bo.placements.update(placement_id, editable(merged), expected_version=merged.version)
    final = anna.placements.get(placement_id)
    assert (final.purpose, final.goals, final.version) == ("Annas syfte", "Bos mål", 3)


def test_both_ending_a_placement_at_once_end_it_once(
    anna: Services,
    bo: Services,
    database: Database,
    bos_database: Database,
    pauses: list[int],
) -> None:
    """(b) Both press End placement on the same form version at the same moment."""
    placement_id = make_placement(anna)
    read = anna.placements.get(placement_id)
    annas_ending = Ending(ended_on=NOW.date(), outcome=Outcome.EMPLOYMENT)
    bos_ending = Ending(ended_on=NOW.date(), outcome=Outcome.STUDIES)

    saved, bos_error, interleaving = at_once(
        database,
        bos_database,
        "UPDATE placements",
        "SELECT placements.",
        lambda: anna.placements.end(placement_id, annas_ending, expected_version=read.version),
        lambda: bo.placements.end(placement_id, bos_ending, expected_version=read.version),
    )

    assert interleaving.bo_read_before_anna_committed
    assert saved.placement.ending == annas_ending
    assert isinstance(bos_error, ValidationError)
    assert [(p.field, p.message) for p in bos_error.problems] == [("ended_on", ALREADY_ENDED)]
    assert bo.placements.get(placement_id).ending == annas_ending
    assert table(database, "SELECT placement_id FROM outcome_checks") == [(placement_id,)]
    # On a server Bo's first run read the placement before Anna's ending was committed: the
    # server rolled it back, and the second run saw the ending. A file's lock kept him out.
    assert pauses == ([] if database.server is None else [1])


def _issue(services: Services, placement_id: int, tmp_path: Path) -> str:
    issued = services.questionnaires.write(placement_id, Respondent.EMPLOYER, tmp_path / "q.pdf")
    return issued.questionnaire.code


def _answers(felt_supported: int) -> QuestionnaireAnswers:
    return QuestionnaireAnswers.from_ratings(NOW.date(), (4, 5, 3, 5, felt_supported), True, "", "")


def test_both_keying_in_one_questionnaire_save_one_answer(
    anna: Services,
    bo: Services,
    database: Database,
    bos_database: Database,
    pauses: list[int],
    tmp_path: Path,
) -> None:
    """(c) Both key in the same returned questionnaire at the same moment: it is counted
    once, and the second is told it was already answered."""
    placement_id = make_placement(anna)
    code = _issue(anna, placement_id, tmp_path)
    assert bo.questionnaires.find(code).questionnaire.answered_on is None  # both forms open

    saved, bos_error, interleaving = at_once(
        database,
        bos_database,
        "UPDATE questionnaires",
        "SELECT questionnaires.",
        lambda: anna.questionnaires.enter_answers(code, _answers(5)),
        lambda: bo.questionnaires.enter_answers(code, _answers(2)),
    )

    assert interleaving.bo_read_before_anna_committed
    assert isinstance(bos_error, ValidationError)
    [problem] = bos_error.problems
    assert (problem.field, problem.message) == ("code", ALREADY_ANSWERED)
    [feedback] = bo.follow_up.feedback_of_placement(placement_id)
    assert feedback == saved.feedback and feedback.felt_supported == 5
    assert table(database, "SELECT count(*) FROM feedback") == [(1,)]
    assert pauses == ([] if database.server is None else [1])


@pytest.mark.postgresql_only
def test_the_second_coordinator_is_told_who_saved_first(
    server_address: ServerAddress, clock: FixedClock, pauses: list[int]
) -> None:
    """(a) and (b) as two of a unit's staff, each signed in as their own database role under
    row-level security: the stale save names the one who saved, by their login."""
    with team_on(server_address, clock) as team:
        staff = staff_in_two_units(team)
        annas, anna = staff.anna.database, staff.anna.services
        idas, ida = staff.ida.database, staff.ida.services
        placement_id = make_placement(anna, purpose="Syfte")
        annas_form = anna.placements.get(placement_id)
        idas_form = ida.placements.get(placement_id)  # the same unit: she sees it
        anna.placements.update(
            placement_id,
            editable(dataclasses.replace(annas_form, purpose="Annas syfte")),
            expected_version=annas_form.version,
        )
        with pytest.raises(ConflictError) as refused:
            ida.placements.set_paused(placement_id, True, expected_version=idas_form.version)
        assert refused.value.changed_by == staff.anna.name
        assert refused.value.current.purpose == "Annas syfte"

        current = ida.placements.get(placement_id)
        ending = Ending(ended_on=NOW.date(), outcome=Outcome.EMPLOYMENT)
        saved, idas_error, _interleaving = at_once(
            annas,
            idas,
            "UPDATE placements",
            "SELECT placements.",
            lambda: anna.placements.end(placement_id, ending, expected_version=current.version),
            lambda: ida.placements.end(placement_id, ending, expected_version=current.version),
        )
        assert saved.placement.ending == ending
        assert isinstance(idas_error, ValidationError) and pauses == [1]
