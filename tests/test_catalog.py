"""The catalog: the window's translations read without Qt, for documents and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador import paths
from ambassador.catalog import Catalog, Catalogs

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Documents</name>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Inte än</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Fish &amp; chips &lt;b&gt;</source>
        <translation>Fisk &amp; pommes &lt;b&gt;</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    (tmp_path / "ambassador_sv.ts").write_text(TS, encoding="utf-8")
    return Catalog.load("sv", tmp_path)


def test_finished_translation_is_used(catalog: Catalog) -> None:
    assert catalog("Documents", "Signature") == "Underskrift"
    assert catalog("Documents", "Fish & chips <b>") == "Fisk & pommes <b>"


def test_unfinished_or_unknown_text_falls_back_to_the_source(catalog: Catalog) -> None:
    assert catalog("Documents", "Not yet") == "Not yet"
    assert catalog("Other", "Signature") == "Signature"


@pytest.mark.parametrize(("n", "text"), [(1, "1 sida"), (0, "0 sidor"), (3, "3 sidor")])
def test_plural_form_follows_the_count(catalog: Catalog, n: int, text: str) -> None:
    assert catalog("Documents", "%n pages", n) == text


def test_plural_without_translation_counts_in_the_source() -> None:
    assert Catalog("en")("Documents", "%n pages", 2) == "2 pages"


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="fi"):
        Catalog.load("fi", tmp_path)


def test_program_catalogs_are_loaded_once_each() -> None:
    catalogs = Catalogs(paths.translations_dir())
    swedish = catalogs("sv")
    assert catalogs("sv") is swedish
    assert swedish("Cli", "Error: {message}") == "Fel: {message}"
    assert catalogs("en")("Cli", "Error: {message}") == "Error: {message}"
