"""Every language complete: every visible string has Swedish and Danish, English has its
plural forms, and each .qm matches its .ts."""

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
DANISH_TS = paths.translations_dir() / "ambassador_da.ts"
ENGLISH_TS = paths.translations_dir() / "ambassador_en.ts"
# The languages whose file holds every string (English is the source language).
FULL = pytest.mark.parametrize("ts", [TS, DANISH_TS], ids=["sv", "da"])


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


def strings_in_code(folder: Path, *options: str) -> set[tuple[str, str]]:
    fresh = folder / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ambassador").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(fresh), *options],
        check=True,
        capture_output=True,
    )
    return set(messages(fresh))


def unfinished(translation: ElementTree.Element) -> bool:
    forms = translation.findall("numerusform") or [translation]
    return translation.get("type") == "unfinished" or any(
        not "".join(form.itertext()).strip() for form in forms
    )


@FULL
def test_every_translatable_string_in_code_is_translated(tmp_path: Path, ts: Path) -> None:
    in_code = strings_in_code(tmp_path)
    committed = messages(ts)
    missing = in_code - set(committed)
    assert not missing, f"run scripts/translations and translate: {sorted(missing)[:5]}"
    untranslated = [key for key, value in committed.items() if key in in_code and unfinished(value)]
    assert not untranslated, f"untranslated: {untranslated[:5]}"
    assert ("", "") not in in_code


def test_every_plural_has_its_english_forms(tmp_path: Path) -> None:
    plurals = strings_in_code(tmp_path, "-pluralonly")
    committed = messages(ENGLISH_TS)
    assert plurals and plurals <= set(committed)
    assert not [key for key in plurals if unfinished(committed[key])]


@FULL
def test_no_string_lost_its_class_context(ts: Path) -> None:
    """lupdate files a `tr` alias under an empty context, where no translation is found."""
    assert all(context for context, _source in messages(ts))


def test_every_count_has_plural_forms() -> None:
    """A source with a count is filed with plural forms only when called as `self.tr(text,
    "", n)`: lupdate takes `QCoreApplication.translate(context, text, "", n)` as a plain
    string, and the window said "59 dag(ar)"."""
    tree = ElementTree.parse(TS)
    plain = [
        message.findtext("source")
        for message in tree.getroot().iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert not plain


@FULL
@pytest.mark.parametrize("placeholder", ["{", "%1", "%n"])
def test_translations_keep_their_placeholders(placeholder: str, ts: Path) -> None:
    for (_context, source), translation in messages(ts).items():
        if placeholder in source:
            text = "".join(translation.itertext())
            assert placeholder in text, source


@pytest.mark.parametrize("source", [TS, DANISH_TS, ENGLISH_TS], ids=["sv", "da", "en"])
def test_compiled_translation_matches_source(tmp_path: Path, source: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(source), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    committed = source.with_suffix(".qm").read_bytes()
    assert built.read_bytes() == committed, "run scripts/translations to rebuild the .qm"
