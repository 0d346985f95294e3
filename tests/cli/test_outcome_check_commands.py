"""`ambassador outcome-check`: the checks due, and recording one, as on the Översikt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.cli import database as cli_database
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from tests.factories import make_participant, make_placement


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch, clock: FixedClock) -> None:
    monkeypatch.setattr(cli_database, "SystemClock", lambda: clock)


def _ended(services: Services, first_name: str, ended_on: date) -> int:
    person = make_participant(services, first_name=first_name, last_name="Lund")
    placement_id = make_placement(services, person, start_date=date(2026, 3, 1))
    services.placements.end(placement_id, Ending(ended_on=ended_on, outcome=Outcome.STUDIES))
    return placement_id


def test_list_shows_the_checks_due(
    database_path: Path, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    due = _ended(services, "Dagny", date(2026, 6, 1))  # due 2026-08-30
    _ended(services, "Elvira", date(2026, 11, 1))  # due 2027-01-30: not yet
    check = services.outcome_checks.of_placement(due)
    assert check is not None
    code = main(["--lang", "en", "outcome-check", "list", "--db", str(database_path)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "Outcome checks due: 1" in out
    (line,) = [line for line in out.splitlines() if line.startswith("  ")]
    assert line.split()[:3] == [str(check.id), "2026-08-30", "2026-06-01"]
    assert "Dagny Lund" in line and "Elvira" not in out


def test_list_when_none_is_due(database_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "outcome-check", "list", "--db", str(database_path)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "No outcome check is due."


def test_record_once_then_refuse_the_second_time(
    database_path: Path, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    check = services.outcome_checks.of_placement(_ended(services, "Dagny", date(2026, 6, 1)))
    assert check is not None
    args = ["--lang", "en", "outcome-check", "record", str(check.id)]
    db = ["--db", str(database_path)]
    assert main([*args, "work", *db]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"Outcome check {check.id} recorded: In work."

    assert main([*args, "none", *db]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "already has a result, recorded on 2026-11-24" in err
    assert services.outcome_checks.get(check.id).result is FollowUpResult.WORK

    assert main([*args, "none", "--correct", *db]) == EXIT_OK
    assert services.outcome_checks.get(check.id).result is FollowUpResult.NONE


def test_record_of_an_unknown_check_says_so(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--lang", "en", "outcome-check", "record", "999", "work", "--db", str(database_path)]
    )
    assert code == EXIT_FAILED
    assert "There is no outcome check number 999." in capsys.readouterr().err


def test_record_refuses_an_unknown_result(database_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["outcome-check", "record", "1", "employed", "--db", str(database_path)])
    assert raised.value.code == 2
