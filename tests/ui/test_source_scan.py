"""PySide6's question of every module imported after it (does it use PySide6?) is answered
from the module's names: no source is read into linecache, and the answer is the same."""

from __future__ import annotations

import importlib
import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import ambassador.ui  # noqa: F401 - installs the answer, as any window module does
from ambassador.ui import source_scan


@pytest.fixture
def modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "scan_with_qt.py").write_text(
        "from PySide6.QtWidgets import QLabel\n\nLABEL = QLabel\n", encoding="utf-8"
    )
    (tmp_path / "scan_without_qt.py").write_text(
        '"""Says PySide6 in its text, but uses none of it."""\n\nimport json\n', encoding="utf-8"
    )
    yield tmp_path
    for name in ("scan_with_qt", "scan_without_qt"):
        sys.modules.pop(name, None)


def test_a_module_imported_after_pyside_leaves_no_source_in_linecache(modules: Path) -> None:
    feature = sys.modules[source_scan.FEATURE_MODULE]
    # An import statement, which PySide6's hook sees (importlib's function it does not).
    with_qt = __import__("scan_with_qt")
    without_qt = __import__("scan_without_qt")
    cached = set(linecache.cache)
    assert str(modules / "scan_with_qt.py") not in cached
    assert str(modules / "scan_without_qt.py") not in cached
    # PySide6's own record: 0 for a module that uses it, -1 ("ignore") for one that does not.
    assert feature.pyside_feature_dict[with_qt.__name__] == 0
    assert feature.pyside_feature_dict[without_qt.__name__] == -1


def test_a_module_uses_pyside_when_it_holds_a_module_or_class_of_it(modules: Path) -> None:
    import json

    import PySide6.QtCore

    assert source_scan.uses_pyside(importlib.import_module("scan_with_qt"))
    assert not source_scan.uses_pyside(importlib.import_module("scan_without_qt"))
    assert source_scan.uses_pyside(source_scan) and not source_scan.uses_pyside(json)
    assert PySide6.QtCore.__name__.startswith(source_scan.PYSIDE)


def test_where_pyside_asks_no_more_nothing_is_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, source_scan.FEATURE_MODULE)
    assert source_scan.install() is False
