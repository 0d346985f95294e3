"""Both languages complete: every visible string has Swedish, and the .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from ambassador import paths

ROOT = Path(__file__).resolve().parents[2]
TS = paths.translations_dir() / "ambassador_sv.ts"
QM = paths.translations_dir() / "ambassador_sv.qm"


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} comes with PySide6; it should be installed"
    return found


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    tree = ElementTree.parse(ts)
    result: dict[tuple[str, str], ElementTree.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            result[(name, message.findtext("source") or "")] = translation
    return result


def test_every_translatable_string_in_code_has_swedish(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ambassador").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    committed = messages(TS)
    missing = in_code - set(committed)
    assert not missing, f"run scripts/translations and translate: {sorted(missing)[:5]}"
    unfinished = [
        key
        for key, translation in committed.items()
        if key in in_code
        and (translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip())
    ]
    assert not unfinished, f"untranslated: {unfinished[:5]}"
    assert ("", "") not in in_code


def test_no_string_lost_its_class_context(tmp_path: Path) -> None:
    """lupdate files a `tr` alias under an empty context, where no translation is found."""
    assert all(context for context, _source in messages(TS))


@pytest.mark.parametrize("placeholder", ["{", "%1", "%n"])
def test_translations_keep_their_placeholders(placeholder: str) -> None:
    for (_context, source), translation in messages(TS).items():
        if placeholder in source:
            text = "".join(translation.itertext())
            assert placeholder in text, source


def test_compiled_translation_matches_source(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == QM.read_bytes(), "run scripts/translations to rebuild the .qm"
