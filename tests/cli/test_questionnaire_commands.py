"""`ambassador questionnaire …`: print one for a placement, key a returned one's answers in by
its code, with clear refusals and exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.domain.enums import Respondent
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_placement
from tests.pdfs import pdf_words


def run(database_path: Path, *args: str) -> int:
    return main(["--lang", "en", "questionnaire", *args, "--db", str(database_path)])


def printed_code(output: str) -> str:
    found = re.search(r"Questionnaire (\w{3}-\w{3}) for placement", output)
    assert found is not None, output
    return found.group(1)


def test_printed_answered_and_refused_the_second_time(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    placement_id = make_placement(services)
    out = tmp_path / "enkat.pdf"
    assert run(database_path, "print", str(placement_id), "--out", str(out)) == EXIT_OK
    code = printed_code(capsys.readouterr().out)
    assert code in pdf_words(out)
    with database.read() as uow:
        assert uow.export_log.count() == 1

    args = ("answer", code.lower(), "4", "5", "3", "5", "4", "--hire", "no")
    assert run(database_path, *args, "--strengths", "Noggrann") == EXIT_OK
    assert f"questionnaire {code} are recorded" in capsys.readouterr().out
    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert list(feedback.ratings().values()) == [4, 5, 3, 5, 4]
    assert (feedback.respondent, feedback.could_consider_hiring) == (Respondent.EMPLOYER, False)
    assert feedback.strengths == "Noggrann"

    assert run(database_path, "answer", code, "55555") == EXIT_FAILED
    assert "already answered" in capsys.readouterr().err
    assert len(services.follow_up.feedback_of_placement(placement_id)) == 1


def test_participant_questionnaire_takes_blanks(
    database_path: Path, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    placement_id = make_placement(services)
    out = tmp_path / "enkat.pdf"
    args = ("print", str(placement_id), "--respondent", "participant", "--out", str(out))
    assert run(database_path, *args) == EXIT_OK
    code = printed_code(capsys.readouterr().out)
    assert run(database_path, "answer", code, "5-4-3") == EXIT_OK
    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert list(feedback.ratings().values()) == [5, None, 4, None, 3]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("answer", "AAA-AAA", "45354"), "No questionnaire has the code AAA-AAA."),
        (("answer", "AAA-AAC", "45354"), "AAA-AAC is not a questionnaire code"),
        (("answer", "AAA-AAA", "4535"), "Give the five answers as digits 1 to 5"),
        (("print", "999", "--out", "x.pdf"), "There is no placement number 999."),
    ],
)
def test_refusals_say_why(
    database_path: Path,
    database: Database,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    assert run(database_path, *args) == EXIT_FAILED
    assert message in capsys.readouterr().err
    with database.read() as uow:
        assert uow.export_log.count() == 0
