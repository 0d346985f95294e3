"""The command line's tests: the user's data folder (and so the crash log) under tmp_path."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from ambassador import crash, paths


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each command's log goes to this test's folder, and its handler goes with the test."""
    folder = tmp_path / "data"
    monkeypatch.setattr(paths, "data_dir", lambda: folder)
    yield folder
    logger = logging.getLogger(crash.LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
