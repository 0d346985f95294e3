"""The window on a small laptop: the measuring of scripts/ui_report.py (a cut text is counted,
a whole one not; another language's text is found), columns sized by priority, the window
opening within its screen, and the screenshot report clean on two configurations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.enums import ListName
from ambassador.domain.list_names import ListEntry
from ambassador.services.bundle import Services
from ambassador.ui.common import screen_fit
from ambassador.ui.common.column_sizing import ColumnSizer, elided
from ambassador.ui.common.flow_layout import FlowLayout
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.main_window import MainWindow
from ambassador.ui.settings.list_editor import ListEditor
from ambassador.ui.ui_state import UiState
from scripts import ui_report

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "ambassador_sv.ts"


def test_a_cut_label_is_counted_and_a_whole_one_not(qtbot: QtBot) -> None:
    label = QLabel("Region Norrtorp, Regionservice Strömsnäs")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    cut = ui_report.label_cut(label)
    assert cut is not None and cut.needed > cut.had
    label.setFixedWidth(label.sizeHint().width() + 10)
    assert ui_report.label_cut(label) is None


def test_a_cut_name_in_a_list_is_counted_as_a_name(qtbot: QtBot) -> None:
    model: RowsTableModel[str] = RowsTableModel(
        [Column("Namn", lambda r: r, name=True), Column("Ort", lambda _r: "Solbacka")]
    )
    model.set_rows(["Tesfamariam, Yohannes Alemayehu"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(400, 200)
    table.show()
    table.setColumnWidth(0, 40)
    cuts = ui_report.cell_cuts(table, ["Namn"])
    assert [cut.text for cut in cuts if cut.name] == ["Tesfamariam, Yohannes Alemayehu"]
    table.setColumnWidth(0, 300)
    assert not [cut for cut in ui_report.cell_cuts(table, ["Namn"]) if cut.name]


def test_english_in_the_swedish_window_and_swedish_in_the_english_are_found() -> None:
    swedish = ui_report.Language(TS_FILE, translated=True)
    assert swedish.foreign("Participants")
    assert swedish.foreign("Cancel")  # Qt's own, untranslated
    assert not swedish.foreign("Deltagare")
    assert not swedish.foreign("Status")  # the same in both
    english = ui_report.Language(TS_FILE, translated=False)
    assert english.foreign("Deltagare")
    assert not english.foreign("Participants")


def test_names_keep_their_width_and_the_last_other_columns_give_way() -> None:
    widths = ColumnSizer.widths(
        {0: 200, 1: 80, 2: 80, 3: 80},
        300,
        names={0},
        stretching=set(),
        character=6,
        headers={0: 40, 1: 60, 2: 60, 3: 60},
    )
    assert widths[0] >= 200  # the name whole
    assert widths[2] == widths[3] == 0  # left out: the table has no room for them
    assert sum(widths.values()) <= 300
    assert all(width == 0 or width >= 60 for width in widths.values())  # titles whole
    roomy = ColumnSizer.widths(
        {0: 200, 1: 80}, 500, names={0}, stretching=set(), character=6, headers={}
    )
    assert roomy == {0: 420, 1: 80}  # what is left goes to the name


def test_a_short_value_is_whole_or_left_out_never_cut() -> None:
    """A date ("2026-10-15", 77 px) cut to "2026-1…" says nothing: its column keeps its width
    and a later column gives way, while a long type ("Offentligt skyddad anställning") may be
    cut and read on hover."""
    widths = ColumnSizer.widths(
        {0: 200, 1: 180, 2: 77, 3: 77},
        370,
        names={0},
        stretching=set(),
        character=6,
        headers={0: 40, 1: 30, 2: 40, 3: 40},
    )
    assert widths[2] == 77  # the date whole
    assert widths[3] == 0  # the last date left out rather than cut
    assert 0 < widths[1] < 180  # the long value gives way
    assert sum(widths.values()) <= 370


def test_the_window_opens_within_its_screen_whatever_it_remembered(
    qtbot: QtBot, services: Services
) -> None:
    ui_state = UiState()
    too_big = MainWindow("stor.db", UiState())
    qtbot.addWidget(too_big)
    too_big.setGeometry(QRect(0, 0, 4000, 3000))
    screen = screen_fit.screen_of(too_big)
    ui_state.set_geometry(too_big.saveGeometry(), screen_fit.screen_key(screen))
    window = MainWindow("liten.db", ui_state)
    qtbot.addWidget(window)
    assert screen_fit.fits(window, window.frameGeometry())
    assert ui_state.geometry("another screen 1920x1080") is None
    assert isinstance(ui_state.geometry(screen_fit.screen_key(screen)), QByteArray)


@pytest.mark.parametrize(("language", "scale"), [("sv", "1"), ("sv", "1.5"), ("da", "1.5")])
def test_every_view_fits_a_1366_by_768_laptop(tmp_path: Path, language: str, scale: str) -> None:
    """The screenshot report on three configurations (the others: scripts/screenshots.py). At
    150 % the window is 911 px wide: the employer list keeps its long names whole beside an
    open record (the pane's tab bar scrolls instead), the placements list too, and Rapporter's
    key figures and self-check wrap their names rather than scroll sideways. Danish, with its
    longer words and a Danish organisation's sample data, too."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(tmp_path)]
        + ["--size", "1366x768", "--scale", scale, "--lang", language, "--data", "small"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    views = report["views"]
    assert len(views) > 30, result.stderr
    assert [view["name"] for view in views if not view["fits"]] == []
    assert [view["name"] for view in views if view["horizontal_scrollbars"]] == []
    assert [name for view in views for name in view["cut_names"]] == []
    assert result.returncode == 0, result.stdout


def test_a_row_of_buttons_wraps_when_narrow_and_keeps_the_one_apart_at_the_right(
    qtbot: QtBot,
) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    layout = FlowLayout(row)
    buttons = [QPushButton(f"Everyday action number {n}") for n in range(3)]
    for button in buttons:
        layout.addWidget(button)
    delete = QPushButton("Delete")
    layout.add_apart(delete)
    one_line = layout.sizeHint().width()
    row.resize(one_line + 200, layout.heightForWidth(one_line + 200))
    row.show()
    assert delete.geometry().right() == row.width() - 1  # apart, at the far right
    assert len({button.y() for button in buttons}) == 1
    assert layout.minimumSize().width() < one_line // 2  # the row never widens the window
    narrow = buttons[0].sizeHint().width() + 10
    assert layout.heightForWidth(narrow) >= 4 * buttons[0].sizeHint().height()


def test_a_cut_cell_shows_its_whole_text_on_hover_and_a_whole_one_does_not(
    qtbot: QtBot,
) -> None:
    model: RowsTableModel[str] = RowsTableModel([Column("Namn", lambda r: r, name=True)])
    model.set_rows(["Solbacka kommun, Kostenheten Björkhagen"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(400, 200)
    table.show()
    table.setColumnWidth(0, 50)
    assert elided(table, 0, 0)
    table.setColumnWidth(0, 380)
    assert not elided(table, 0, 0)


def test_a_long_entry_in_a_settings_list_wraps_rather_than_scroll_sideways(
    qtbot: QtBot,
) -> None:
    editor = ListEditor(ListName.PLACEMENT_TYPES, "Placement types")
    qtbot.addWidget(editor)
    long_name = "Sheltered employment in the public sector"
    editor.set_entries([ListEntry("a", long_name), ListEntry("b", "Other")])
    lines = editor.list_widget
    editor.resize(lines.fontMetrics().horizontalAdvance(long_name) // 2 + 150, 300)
    editor.show()
    qtbot.waitUntil(
        lambda: lines.viewport().width() < lines.fontMetrics().horizontalAdvance(long_name)
    )
    bar = lines.horizontalScrollBar()
    assert bar.maximum() == bar.minimum()
    assert lines.visualItemRect(lines.item(0)).height() >= 2 * lines.fontMetrics().lineSpacing()
