"""The wheel `pip install .` builds: every module and every resource file in it, at the place
`ambassador/paths.py` looks for them once installed (resources/ → ambassador/resources)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("ambassador", "resources", "setup.py", "pyproject.toml", "README.md")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built offline from a copy of the source, so the checkout gains no build folders."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--wheel-dir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("ambassador-*.whl")
    return built


def test_the_wheel_holds_every_module_and_every_resource_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "ambassador").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    resources = {
        "ambassador/" + path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    assert modules - names == set()
    assert resources - names == set()
    assert "ambassador/storage/migrations/script.py.mako" in names
    assert "ambassador/resources/translations/ambassador_sv.qm" in names


def test_an_installed_wheel_finds_its_resources_inside_itself(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from ambassador import paths; "
            "print(paths.resources_dir()); print(paths.translations_dir() / 'ambassador_sv.ts')",
        ],
        cwd=tmp_path,  # not the checkout, so only the extracted wheel can be imported
        env={"PYTHONPATH": str(site), "PATH": ""},
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    assert Path(found[0]) == site / "ambassador" / "resources"
    assert Path(found[1]).is_file()
