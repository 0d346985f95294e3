"""Where files live: resources from a source checkout or from inside a PyInstaller bundle."""

from __future__ import annotations

import os
import stat
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


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has ACLs, not modes")
def test_files_kept_private_tightens_the_mask_and_puts_it_back(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        with paths.files_kept_private():
            (tmp_path / "fil").write_text("x")
            (tmp_path / "mapp").mkdir()
            assert os.umask(0o022) == 0o077
            os.umask(0o027)  # a stricter mask the person set stays stricter
            assert paths.keep_new_files_private() == 0o027
            assert os.umask(0o077) == 0o077
        assert os.umask(0o022) == 0o022
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "fil").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "mapp").stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has ACLs, not modes")
def test_private_file_and_folder_whatever_the_mask(tmp_path: Path) -> None:
    previous = os.umask(0o277)  # would leave a file its owner cannot write
    try:
        paths.create_private_file(tmp_path / "ny.db")
        paths.make_private_folder(tmp_path / "a" / "b")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "ny.db").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700
    with pytest.raises(FileExistsError):  # never over a file that is there
        paths.create_private_file(tmp_path / "ny.db")


def test_a_replacing_file_is_never_more_open_than_the_old_one(tmp_path: Path) -> None:
    old = tmp_path / "gammal.csv"
    assert paths.replacing_mode(old) == 0o600  # none there: owner-only
    old.write_text("x")
    for before, after in ((0o644, 0o600), (0o600, 0o600), (0o400, 0o400), (0o640, 0o600)):
        old.chmod(before)
        if sys.platform != "win32":
            assert paths.replacing_mode(old) == after


def test_the_users_server_profile_comes_before_the_one_it_deployed_for_the_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, site = tmp_path / "user", tmp_path / "site"
    monkeypatch.setattr(paths, "user_config_path", lambda *_a, **_k: user)
    monkeypatch.setattr(paths, "site_config_path", lambda *_a, **_k: site)
    assert paths.server_profile() is None
    site.mkdir()
    (site / "server.toml").write_text("[server]\n")
    assert paths.server_profile() == site / "server.toml"
    user.mkdir()
    (user / "server.toml").write_text("[server]\n")
    assert paths.server_profile() == user / "server.toml"
