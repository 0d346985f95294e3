"""Owner-only exports: every document, list and calendar file leaves through `write_logged`,
which makes it 0600 under any mask; one written over keeps a stricter mode it had."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ambassador.services.bundle import Services
from ambassador.services.files import write_atomically
from tests.factories import make_placement
from tests.file_modes import mode, only_with_modes, usual_mask  # noqa: F401

pytestmark = [only_with_modes, pytest.mark.usefixtures("usual_mask")]


def test_printed_document_is_owner_only(services: Services, tmp_path: Path) -> None:
    placement = make_placement(services)
    written = services.documents.write_summary(placement, tmp_path / "uppfoljning.pdf")
    assert mode(written.path) == 0o600


def test_file_written_over_is_tightened_or_keeps_a_stricter_mode(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_bytes(b"old")
    os.chmod(path, 0o644)
    write_atomically(path, b"new")
    assert mode(path) == 0o600
    os.chmod(path, 0o400)
    write_atomically(path, b"newer")
    assert (mode(path), path.read_bytes()) == (0o400, b"newer")
