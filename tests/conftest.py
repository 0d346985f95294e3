"""Shared fixtures: a fixed clock, and a fresh migrated SQLite file per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import re
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Literal

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.factories import HANDED_OUT

# A Tuesday, so "today" and "the rest of the week" both have days in them.
NOW = datetime(2026, 11, 24, 9, 0)


# Ten or twelve digits, optionally split by - or +, standing alone: a personnummer's shape.
IDENTITY_NUMBER = re.compile(r"(?<![\w.])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![\w])")
_PHASES: tuple[Literal["setup", "call", "teardown"], ...] = ("setup", "call", "teardown")


def _record_text(record: logging.LogRecord) -> str:
    parts = [record.getMessage(), record.exc_text or "", record.stack_info or ""]
    if record.exc_info and not record.exc_text:
        parts.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(parts)


def personal_data_in(record: logging.LogRecord) -> str | None:
    """What in the record looks like personal data, or None."""
    text = _record_text(record)
    found = IDENTITY_NUMBER.search(text)
    if found:
        return f"an identity number ({found.group()})"
    for value in HANDED_OUT:
        if value in text:
            return f"test data handed out by the factories ({value[:40]!r})"
    return None


@pytest.fixture(autouse=True)
def _no_personal_data_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every record of every phase, at DEBUG (pyproject's log_level), is free of personal data.

    Autouse fixtures are set up first and torn down last, so the teardown records of every
    other fixture are in by the time this looks.
    """
    yield
    leaks = [
        f"{when}: {record.name} {record.levelname}: {leak}"
        for when in _PHASES
        for record in caplog.get_records(when)
        if (leak := personal_data_in(record)) is not None
    ]
    if leaks:
        pytest.fail("log records carry personal data:\n" + "\n".join(leaks[:10]), pytrace=False)


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once per session; each test copies the closed file instead of migrating."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database, _report = open_database(path, path.parent / "backups", NOW)
    database.dispose()
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def database_path(tmp_path: Path, template_database: Path) -> Path:
    path = tmp_path / "ambassador.db"
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture
def database(database_path: Path, clock: FixedClock) -> Iterator[Database]:
    database, _report = open_database(database_path, database_path.parent / "backups", clock.now())
    yield database
    database.dispose()


@pytest.fixture
def services(database: Database, clock: FixedClock) -> Services:
    return Services.build(database, clock)
