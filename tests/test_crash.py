"""The crash log: a traceback with kinds and places, never what the error said or held."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from ambassador import crash
from ambassador.domain.errors import StorageError

NAME = "Anna-Karin Åström"
NUMBER = "19811228-9874"


def _remove_handlers() -> None:
    logger = logging.getLogger(crash.LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Path]:
    yield crash.install_log(tmp_path / "logs")
    _remove_handlers()


def _raise_with_personal_data() -> None:
    person = {"name": NAME, "number": NUMBER}
    raise KeyError(f"{person['name']} {person['number']}")


def test_a_crash_is_logged_with_its_place_and_without_its_message(log: Path) -> None:
    try:
        _raise_with_personal_data()
    except KeyError as error:
        assert crash.record(error, "the test") == log
    text = log.read_text(encoding="utf-8")
    assert "an error escaped the test" in text
    assert "KeyError (its message is not logged" in text
    assert 'tests/test_crash.py", line' in text and "in _raise_with_personal_data" in text
    assert NAME not in text and NUMBER not in text and "Åström" not in text


def test_the_cause_of_a_crash_comes_first_as_python_prints_it() -> None:
    try:
        try:
            raise ValueError(NAME)
        except ValueError as inner:
            raise RuntimeError(NUMBER) from inner
    except RuntimeError as error:
        text = crash.describe(error)
    assert text.index("ValueError") < text.index("direct cause") < text.index("RuntimeError")
    assert NAME not in text and NUMBER not in text


def test_the_programs_own_errors_keep_their_fixed_message(tmp_path: Path) -> None:
    where = tmp_path / NAME / "ambassador.db"
    try:
        raise StorageError("The database could not be written", str(where))
    except StorageError as error:
        text = crash.describe(error)
    assert "StorageError: The database could not be written" in text
    assert NAME not in text


def test_file_names_lose_the_home_folder() -> None:
    assert crash._short("/home/anna/.venv/lib/python3.11/site-packages/sqlalchemy/orm/x.py") == (
        "sqlalchemy/orm/x.py"
    )
    assert crash._short(str(Path(crash.__file__))) == "ambassador/crash.py"
    assert crash._short("/home/anna/secret/script.py") == "script.py"


def test_nothing_is_written_until_something_is_logged(tmp_path: Path) -> None:
    try:
        path = crash.install_log(tmp_path / "data" / "logs")
        assert not (tmp_path / "data").exists()
        try:
            raise ValueError(NAME)
        except ValueError as error:
            assert crash.record(error, "the test") == path
        assert path.is_file()
    finally:
        _remove_handlers()


def test_a_folder_that_cannot_be_written_loses_the_record_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be")
    try:
        crash.install_log(blocker)
        try:
            raise ValueError(NAME)
        except ValueError as error:
            assert crash.record(error, "the test") is None
    finally:
        _remove_handlers()
    assert capsys.readouterr().err == ""  # not logging's own traceback


def test_the_log_rotates_instead_of_filling_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash, "LOG_BYTES", 2_000)  # a few records a file
    log = crash.install_log(tmp_path / "logs")
    try:
        for _ in range(40):
            try:
                _raise_with_personal_data()
            except KeyError as error:
                assert crash.record(error, "the test") == log
    finally:
        _remove_handlers()
    kept = sorted(path.name for path in log.parent.iterdir())
    assert kept == [log.name] + [f"{log.name}.{n}" for n in range(1, crash.LOG_FILES + 1)]
    assert all(path.stat().st_size <= 2_000 for path in log.parent.iterdir())
