"""`ambassador report stats --db URL` signed in as a manager prints the organisation's figures
of a year, each unit's and the people in no unit, "fewer than 5" where the database withholds
a figure: the same figures as the manager's window. A coordinator (and a file) still needs
the period and the PDF file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender, Outcome
from ambassador.services import credentials
from ambassador.storage.address import ServerAddress
from tests.factories import make_ended_placement
from tests.keyrings import in_memory
from tests.team import Staff, staff_in_two_units, team_on


@pytest.fixture
def staff(server_address: ServerAddress, clock: FixedClock) -> Iterator[Staff]:
    """Eight placements ended in 2026 (six women's, two men's), registered by the owner, and
    the team's passwords in the keyring."""
    with team_on(server_address, clock) as team, in_memory():
        for _ in range(6):
            make_ended_placement(team.owner_services, Gender.WOMAN, Outcome.EMPLOYMENT)
        for _ in range(2):
            make_ended_placement(team.owner_services, Gender.MAN, Outcome.EMPLOYMENT)
        staff = staff_in_two_units(team)
        for person in (staff.anna, staff.maja):
            credentials.save_password(person.address, person.password)
        yield staff


def row(out: str, heading: str, label: str) -> list[str]:
    """The cells of one line of the table under `heading`, split at two spaces or more."""
    lines = out.splitlines()
    start = lines.index(heading)
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        if line.strip().startswith(label):
            return [cell.strip() for cell in line.strip().split("  ") if cell.strip()][1:]
    raise AssertionError(f"no {label!r} under {heading!r}")


@pytest.mark.postgresql_only
def test_a_manager_gets_the_years_figures_printed(
    staff: Staff, capsys: pytest.CaptureFixture[str]
) -> None:
    url = staff.maja.address.url()
    assert main(["--lang", "en", "report", "stats", "--year", "2026", "--db", url]) == EXIT_OK
    out = capsys.readouterr().out
    organisation = row(out, "Statistics 2026: Whole organisation", "Placements ended")
    # Woman, man, other, prefers not to say, total.
    assert organisation == ["6", "fewer than 5", "fewer than 5", "fewer than 5", "8"]
    assert row(out, "Statistics 2026: No unit", "Placements ended")[-1] == "8"
    assert row(out, "Statistics 2026: Norr", "Placements ended")[-1] == "fewer than 5"
    assert "Employment" in out
    assert "fewer than 5" in out.splitlines()[-1] or "not shown" in out.splitlines()[-1]


@pytest.mark.postgresql_only
def test_a_manager_gets_the_figures_in_the_organisations_language(
    staff: Staff, capsys: pytest.CaptureFixture[str]
) -> None:
    url = staff.maja.address.url()
    assert main(["report", "stats", "--from", "2026-01-01", "--db", url]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2026" in out.splitlines()[0]
    assert "Kvinna" in out  # the database's Swedish, read from the views


@pytest.mark.postgresql_only
def test_a_manager_cannot_have_the_report_as_a_file(
    staff: Staff, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = staff.maja.address.url()
    out = tmp_path / "s.pdf"
    code = main(["--lang", "en", "report", "stats", "--out", str(out), "--db", url])
    assert code == EXIT_FAILED
    assert "printed, not written" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.postgresql_only
def test_a_coordinator_still_needs_the_period_and_the_file(
    staff: Staff, capsys: pytest.CaptureFixture[str]
) -> None:
    url = staff.anna.address.url()
    assert main(["--lang", "en", "report", "stats", "--db", url]) == EXIT_FAILED
    assert "--from, --to and --out" in capsys.readouterr().err


def test_on_a_file_the_report_needs_the_period_and_the_file(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--lang", "en", "report", "stats", "--db", str(database_path)])
    assert code == EXIT_FAILED
    assert "--from, --to and --out" in capsys.readouterr().err
