"""`ambassador report selfcheck`: the self-check printed as a table of months."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from ambassador.cli import EXIT_OK, main
from ambassador.cli import database as cli_database
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import WithWhom
from ambassador.services.bundle import Services
from tests.factories import make_participant, make_placement, note_fields


def run(database_path: Path, *args: str) -> int:
    return main(["--lang", "en", "report", "selfcheck", "--db", str(database_path), *args])


@pytest.fixture
def fixed_cli_clock(monkeypatch: pytest.MonkeyPatch, clock: FixedClock) -> None:
    monkeypatch.setattr(cli_database, "SystemClock", lambda: clock)


def table_row(out: str, month: str) -> list[str]:
    (line,) = [line for line in out.splitlines() if line.startswith(month)]
    return line[len(month) :].split()


def test_selfcheck_prints_a_month_per_row_with_its_figures(
    database_path: Path,
    services: Services,
    fixed_cli_clock: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    started = {}
    for start in (date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 20)):
        person = make_participant(services)
        started[start] = (person, make_placement(services, person, start_date=start))
    for start, at, minutes in (
        (date(2026, 10, 5), datetime(2026, 10, 8, 10, 0), 60),  # 3 days
        (date(2026, 10, 12), datetime(2026, 10, 22, 10, 0), None),  # 10 days
    ):
        person, pid = started[start]
        services.follow_up.add_note(
            note_fields(person, pid, at, with_whom=WithWhom.BOTH, minutes_spent=minutes)
        )

    assert run(database_path, "--months", "2") == EXIT_OK

    out = capsys.readouterr().out
    assert out.startswith(
        "Contact with the workplaces: how soon and how often, 2 months up to and including "
        "2026-11-24"
    )
    # October: 3 started; median (3 + 10) / 2 = 6.5 on 2, 1 waiting; 2 of 3 contacted;
    # 2 contacts / (31 / 7) weeks = 0.45 -> 0.5; 60 known minutes / 3 placements = 20 min;
    # 1 note without time.
    # Shares as English writes them everywhere (the window, the PDFs): 67%.
    assert table_row(out, "Oct 2026") == ["3", "6.5", "1", "67%", "(2", "of", "3)",
                                          "0.5", "20", "min", "1"]  # fmt: skip
    # November (1-24): nothing started, none contacted of 3, no notes.
    assert table_row(out, "Nov 2026") == ["0", "–", "0", "0%", "(0", "of", "3)",
                                          "0.0", "0", "min", "0"]  # fmt: skip
    assert "within 30 days" in out and "not a verdict" in out


def test_selfcheck_without_placements_says_what_will_appear(
    database_path: Path, fixed_cli_clock: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(database_path) == EXIT_OK

    out = capsys.readouterr().out
    assert "12 months up to and including 2026-11-24" in out
    assert "when placements have started" in out


def test_selfcheck_refuses_a_month_count_out_of_range(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        run(database_path, "--months", "0")

    assert raised.value.code == 2
    assert "expected 1 to 120" in capsys.readouterr().err


def test_selfcheck_counts_network_contacts_and_says_how_many(
    database_path: Path,
    services: Services,
    fixed_cli_clock: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ambassador.domain.network import NetworkContactFields
    from tests.factories import make_employer

    person = make_participant(services)
    make_placement(services, person, start_date=date(2026, 10, 5))
    employer = make_employer(services, name="Bageriet i Byn", organisation_number=None)
    for at in (
        datetime(2026, 10, 7, 9, 0),
        datetime(2026, 10, 21, 9, 0),
        datetime(2026, 11, 3, 9, 0),
    ):
        services.network.add(
            NetworkContactFields(
                employer_id=employer, occurred_at=at, kind="Nätverksmöte", text="Möte."
            )
        )

    assert run(database_path, "--months", "2") == EXIT_OK

    out = capsys.readouterr().out
    # October: no workplace contact, 2 network contacts: 2 / (31 / 7) = 0.45 -> 0.5 a week.
    assert table_row(out, "Oct 2026")[7] == "0.5"
    assert "network contacts too" in out and "3 in these months, 1 this month" in out
