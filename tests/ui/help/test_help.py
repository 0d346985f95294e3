"""Hjälp: the keyboard shortcuts listed from the actions themselves, and About with the
version and the licences of everything shipped."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pytestqt.qtbot import QtBot

import ambassador
from ambassador import paths
from ambassador.app import build_window
from ambassador.services.bundle import Services
from ambassador.ui.common.record_actions import plain_text
from ambassador.ui.help import about_dialog
from ambassador.ui.help.about_dialog import AboutDialog
from ambassador.ui.help.shortcuts_dialog import ShortcutsDialog, shortcut_text
from ambassador.ui.main_window import MainWindow
from tests.factories import make_placement

ROOT = Path(__file__).resolve().parents[3]


def test_the_shortcuts_dialog_lists_every_action_with_a_shortcut(
    qtbot: QtBot, services: Services
) -> None:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    window.open_placement(make_placement(services))
    window.menus.shortcuts_action.trigger()
    [dialog] = [child for child in window.findChildren(ShortcutsDialog) if child.isVisible()]
    listed = dialog.listed()
    expected = [
        (plain_text(action), shortcut_text(action))
        for _menu, action in window.menus.all_actions()
        if action.shortcuts()
    ]
    assert listed == expected
    keys = {keys for _text, keys in listed}
    # The window's own, the screens', and the placement pane's, all from their actions.
    for shortcut in ("Ctrl+P", "Ctrl+K", "Ctrl+Shift+E", "Ctrl+1", "Ctrl+9", "Ctrl+Shift+N"):
        assert any(shortcut in entry.split(", ") for entry in keys), shortcut
    assert ("Write note…", "Ctrl+Shift+N") in listed
    dialog.reject()


def test_about_shows_the_version(qtbot: QtBot, services: Services) -> None:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.menus.about_action.trigger()
    [dialog] = window.findChildren(AboutDialog)
    assert ambassador.__version__ in dialog.title_label.text()
    names = [name for name, _version, _licence in dialog.components()]
    assert {"Qt", "Qt for Python (PySide6)", "ReportLab", "SQLAlchemy"} <= set(names)
    versions = dict((name, version) for name, version, _licence in dialog.components())
    assert versions["SQLAlchemy"]  # read from the installed package
    dialog.reject()


def test_about_names_every_library_the_program_depends_on() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = {re.split(r"[<>=!~ \[;]", spec, maxsplit=1)[0] for spec in project["dependencies"]}
    listed = {distribution for distribution, _name, _licence in about_dialog.LIBRARIES}
    assert required <= listed


def test_about_names_the_licence_of_every_font_shipped() -> None:
    shipped = {path.name for path in (paths.resources_dir() / "fonts").glob("LICENSE-*")}
    assert shipped and shipped == set(about_dialog.FONTS)


def test_help_menu_offers_shortcuts_log_folder_and_about(qtbot: QtBot) -> None:
    window = MainWindow("a.db")
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [action.text() for action in help_menu.actions() if not action.isSeparator()] == [
        "&Keyboard shortcuts",
        "Show &log folder",
        "&About Ambassador",
    ]
