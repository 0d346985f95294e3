"""The command line in Danish: `--lang da` gives argparse's words and the program's own in
Danish, and the documents it writes are Danish, with dates and numbers as Danes write them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ambassador.cli import EXIT_OK, main
from ambassador.services.bundle import Services
from tests.factories import make_placement
from tests.pdfs import pdf_words


def test_help_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--lang", "da", "--help"])
    assert raised.value.code == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("brug: ambassador [-h]")
    assert "positionelle argumenter" in out  # argparse's own words
    assert "skriv et dokument eller en opgørelse" in out  # the program's


def test_active_summaries_in_danish(
    database_path: Path,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_placement(services)  # started 2026-09-01, planned to end 2027-02-28
    folder = tmp_path / "ud"
    argv = ["report", "summaries", "--active", "--out-dir", str(folder)]
    assert main([*argv, "--db", str(database_path), "--lang", "da"]) == EXIT_OK
    [written] = list(folder.iterdir())
    text = pdf_words(written)
    assert "Opfølgning på forløb" in text
    assert "1. sep. 2026" in text and "28. feb. 2027" in text
    assert "2026-09-01" not in text
    assert "Uppföljning" not in text and "Follow-up" not in text
    # The seconds it took with a decimal comma, as Danes write them.
    assert re.search(r" \d+,\d s ", capsys.readouterr().out)
