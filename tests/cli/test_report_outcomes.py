"""`ambassador report stats --system` and `ambassador report sentences` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.services.bundle import Services
from tests.factories import make_ended_placement
from tests.pdfs import pdf_words


def run(database_path: Path, *args: str) -> int:
    return main(["report", *args, "--db", str(database_path)])


@pytest.fixture
def ended(services: Services) -> None:
    """Six placements ended in 2026: five women employed (all in work 90 days later), one man
    ended early for ill health."""
    for _ in range(5):
        make_ended_placement(services, Gender.WOMAN, Outcome.EMPLOYMENT, result=FollowUpResult.WORK)
    make_ended_placement(services, Gender.MAN, Outcome.ENDED_EARLY, reason="Ohälsa")


def test_statistics_in_the_sus_breakdown(
    database_path: Path, ended: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sus.pdf"
    args = ("stats", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out))
    assert run(database_path, *args, "--system", "sus", "--lang", "en") == EXIT_OK
    text = pdf_words(out)
    assert "In the categories of SUS (coordination associations)" in text
    assert "Arbete 5 0 0 0 5" in text  # five women employed: SUS "Arbete"
    assert "Avbrott – ohälsa 0 1 0 0 1" in text
    assert "Outcome sentences" in text


def test_an_unknown_system_is_a_usage_error(database_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(
            database_path,
            "stats",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--out",
            str(tmp_path / "x.pdf"),
            "--system",
            "af",
        )
    assert stopped.value.code == 2


def test_sentences_are_printed(
    database_path: Path, ended: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        database_path, "sentences", "--from", "2026-01-01", "--to", "2026-12-31", "--lang", "en"
    )
    assert code == EXIT_OK
    # 6 ended; 6 - 5 = 1 not employed: the 5 employed are not shown, nor the 5 onward.
    # 6 checked? No: 5 checked (6 - 5 = 1 unchecked), so the count checked is not shown;
    # 5 in work of 6 ended gives 6 - 5 = 1 again: not shown either.
    assert capsys.readouterr().out.splitlines() == [
        "6 placements ended in the period; how many led to employment is not shown, to protect "
        "numbers under 5.",
        "How many of the 6 placements led to work or education is not shown, to protect "
        "numbers under 5.",
        "The results 90 days after the end are not shown, to protect numbers under 5.",
        "A number under 5 is not shown, nor any number from which one could be worked out.",
    ]


def test_sentences_of_a_backward_period_are_refused(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(database_path, "sentences", "--from", "2026-12-31", "--to", "2026-01-01")
    assert code == EXIT_FAILED
    assert capsys.readouterr().err.startswith("Fel: ")
