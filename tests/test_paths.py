"""Where files live: resources from a source checkout or from inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ambassador import paths


def test_resources_come_from_the_top_of_a_checkout() -> None:
    assert paths.resources_dir() == Path(paths.__file__).resolve().parent.parent / "resources"
    assert (paths.translations_dir() / "ambassador_sv.qm").is_file()
    assert paths.window_icon().is_file()


def test_resources_come_from_inside_the_package_when_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "ambassador"
    (package / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.resources_dir() == package / "resources"


def test_resources_come_from_the_bundle_when_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "ambassador" / "resources"
    assert paths.window_icon() == tmp_path / "ambassador" / "resources" / "icons" / "ambassador.png"
    assert paths.translations_dir() == tmp_path / "ambassador" / "resources" / "translations"


def test_user_data_never_lives_inside_the_program() -> None:
    program = Path(paths.__file__).resolve().parent
    for place in (paths.default_database(), paths.demo_database(), paths.data_dir()):
        assert program not in place.resolve().parents
