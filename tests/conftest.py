"""Shared fixtures: a fixed clock, and a fresh migrated SQLite file per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database

# A Tuesday, so "today" and "the rest of the week" both have days in them.
NOW = datetime(2026, 11, 24, 9, 0)


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
