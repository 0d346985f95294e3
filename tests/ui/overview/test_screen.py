"""The Översikt at a glance: every section listed with its count, one section's table in the
rest of the screen, everything reachable by keyboard, and the whole fitting a laptop at 125 %
without a page that scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database
from ambassador.ui.common.column_sizing import elided
from ambassador.ui.overview.screen import OverviewScreen
from tests.ui.driving import RecordingNavigator

# A 1366×768 and a 1280×720 screen at 125 %: the whole window, menu bar included, in logical
# pixels.
LAPTOPS_125 = [(1093, 614), (1024, 576)]


@pytest.fixture
def sample(database: Database, clock: FixedClock) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=1)


def _screen(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> OverviewScreen:
    screen = OverviewScreen(
        services.overview, navigator=navigator, outcome_checks=services.outcome_checks
    )
    qtbot.addWidget(screen)
    screen.resize(900, 560)
    screen.refresh()
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_every_section_listed_with_its_count_and_the_first_busy_one_shown(
    qtbot: QtBot, services: Services, sample: None, english: None
) -> None:
    screen = _screen(qtbot, services, RecordingNavigator())
    listed = screen.sections_list
    sections = screen.sections()
    assert listed.count() == len(sections) + 1  # and the key figures
    for row, section in enumerate(sections):
        item = listed.item(row)
        assert item.text() == f"{section.list_title} ({section.model.rowCount()})"
        assert item.toolTip() == section.title
        assert item.font().bold() == (section.model.rowCount() > 0)
    assert listed.item(len(sections)).text().startswith("Key figures")
    busy = next(section for section in sections if section.model.rowCount())
    assert screen.current_section() is busy and busy.table.isVisible()
    assert [s for s in sections if s.isVisible()] == [busy]  # one table at a time


def test_sections_by_keyboard_and_enter_opens_the_row(
    qtbot: QtBot, services: Services, sample: None, english: None
) -> None:
    navigator = RecordingNavigator()
    screen = _screen(qtbot, services, navigator)
    listed = screen.sections_list
    listed.setFocus()
    shown = []
    for _ in range(listed.count() - 1):
        qtbot.keyClick(listed, Qt.Key.Key_Down)
        shown.append(screen.section_stack.currentWidget())
    # Every section and the key figures came into view, each in turn.
    assert set(shown) | {screen.section_stack.widget(0)} == {
        screen.section_stack.widget(row) for row in range(screen.section_stack.count())
    }
    assert screen.figures_view.isVisible()

    screen.show_section(screen.ending_section)
    qtbot.keyClick(listed, Qt.Key.Key_Return)  # into the rows, the first chosen
    table = screen.ending_section.table
    assert screen.window().focusWidget() is table and table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Return)
    first = screen.ending_section.model.row_at(0)
    assert navigator.opened == [(first.placement_id, None)]


def test_a_chosen_section_stays_chosen_when_the_overview_is_read_again(
    qtbot: QtBot, services: Services, sample: None, english: None
) -> None:
    screen = _screen(qtbot, services, RecordingNavigator())
    listed = screen.sections_list
    rect = listed.visualItemRect(listed.item(screen.sections().index(screen.week_section)))
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.current_section() is screen.week_section
    screen.refresh()
    assert screen.current_section() is screen.week_section


def test_nothing_to_do_shows_todays_section_saying_so(
    qtbot: QtBot, services: Services, english: None
) -> None:
    from tests.factories import make_participant

    make_participant(services)
    screen = _screen(qtbot, services, RecordingNavigator())
    assert screen.current_section() is screen.today_section
    assert screen.today_section.empty_label.isVisible()
    assert screen.sections_list.item(0).text() == "Today (0)"


def _scrolling_ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, QAbstractScrollArea):
            found.append(parent)
        parent = parent.parentWidget()
    return found


@pytest.mark.parametrize("size", LAPTOPS_125)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_overview_fits_a_laptop_at_125_percent(
    qtbot: QtBot,
    services: Services,
    sample: None,
    language: str,
    size: tuple[int, int],
    request: pytest.FixtureRequest,
) -> None:
    request.getfixturevalue("swedish" if language == "sv" else "english")
    window = build_window(services, "laptop.db")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    screen = window.overview_screen
    assert screen.minimumSizeHint().width() < size[0] - window.navigation_list.width()
    assert window.width() <= size[0] and window.height() <= size[1]
    listed = screen.sections_list
    # Every section's name and count whole, with no scrolling in the list.
    assert not listed.verticalScrollBar().isVisible()
    for row in range(listed.count()):
        item = listed.item(row)
        rect = listed.visualItemRect(item)
        assert listed.viewport().rect().contains(rect), item.text()
        text_width = listed.fontMetrics().horizontalAdvance(item.text())
        assert rect.width() >= text_width, item.text()
    for section in screen.sections():
        screen.show_section(section)
        qtbot.waitUntil(section.isVisible)
        if not section.model.rowCount():
            continue
        table = section.table
        # The table scrolls, nothing around it does.
        assert _scrolling_ancestors(table, window) == [], section.title
        bottom = table.mapTo(window, QPoint(0, table.height()))
        assert bottom.y() <= window.height(), section.title
        assert table.height() >= 5 * table.verticalHeader().defaultSectionSize()
        assert not table.horizontalScrollBar().isVisible()
        for column in section.model.name_columns():
            for row in range(section.model.rowCount()):
                assert not elided(table, row, column), (
                    section.title,
                    section.model.index(row, column).data(),
                )
    screen.show_section(screen.figures_view)
    qtbot.waitUntil(screen.figures_view.isVisible)
    assert not screen.figures_page.horizontalScrollBar().isVisible()


def test_rows_at_risk_grow_to_their_words_while_in_view_and_are_not_measured_hidden(
    qtbot: QtBot, services: Services, sample: None, english: None
) -> None:
    screen = _screen(qtbot, services, RecordingNavigator())
    table = screen.at_risk_section.table
    assert screen.at_risk_section.count() > 0
    rows = table.verticalHeader()
    if screen.current_section() is screen.at_risk_section:
        screen.show_section(screen.today_section)
    # Hidden behind another section: no row of it laid out to find its height.
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    screen.show_section(screen.at_risk_section)
    qtbot.waitUntil(table.isVisible)
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    for row in range(screen.at_risk_section.count()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row)
    screen.refresh()  # read again while in view: still as tall as its words
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
