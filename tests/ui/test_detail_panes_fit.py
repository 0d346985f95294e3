"""The detail panes on a 1366×768 laptop at 125 % (1093×614 logical pixels): the placement's
timeline keeps its What column whole ("Check-in: Workplace visit", not "Check… Work…"), the
employer's tabs and subtitle show whole, the subtitle wrapping rather than cut at the right."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.enums import AgreementStatus, Sector
from ambassador.services.bundle import Services
from ambassador.ui.common.column_sizing import elided
from ambassador.ui.common.timeline import TimelineView, two_lines
from ambassador.ui.main_window import MainWindow
from tests.factories import make_employer, make_participant, make_placement, note_fields

LAPTOP = (1093, 614)
# The What column holds at least this many average characters: "Note: Workplace visit".
WHAT_CHARACTERS = 20


def _laptop_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def _what_column(timeline: TimelineView) -> int:
    model = timeline.model
    return next(
        column
        for column in range(model.columnCount())
        if model.headerData(column, Qt.Orientation.Horizontal) == timeline.tr("What")
    )


def test_the_timelines_what_column_is_not_squeezed_on_a_laptop(
    qtbot: QtBot, services: Services
) -> None:
    person = make_participant(services)
    placement = make_placement(services, person)
    for day in (3, 10, 17):
        fields = note_fields(
            person,
            placement,
            datetime(2026, 11, day, 10, 0),
            kind="Arbetsplatsbesök",
            dropout_risk=True,  # a long status: "Internal, Risk of drop-out"
            text="Besök på arbetsplatsen; pratade med handledaren om veckan och nästa steg.",
        )
        services.follow_up.add_note(fields)
    window = _laptop_window(qtbot, services)
    window.open_placement(placement)
    timeline = window.placements_screen.detail_pane.timeline_view
    table = timeline.table
    what = _what_column(timeline)
    qtbot.waitUntil(lambda: table.isVisible() and table.columnWidth(what) > 0)

    splitter = window.placements_screen.splitter

    def fitted() -> bool:  # the list and the pane split, the columns fitted to the width
        if splitter.sizes()[1] < sum(splitter.sizes()) // 3:
            return False
        shown = range(timeline.model.columnCount())
        widths = [table.columnWidth(c) for c in shown if not table.isColumnHidden(c)]
        return sum(widths) == table.viewport().width()

    qtbot.waitUntil(fitted)
    assert not any(elided(table, row, what) for row in range(3))
    character = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(what) >= WHAT_CHARACTERS * character
    assert not table.isColumnHidden(what)
    # The When column is a date over its time, so the What has the width.
    when = timeline.model.index(0, 0).data()
    assert when.count("\n") == 1 and when.startswith("2026-11-17")


def test_a_long_status_takes_two_lines_and_a_short_one_one() -> None:
    assert two_lines("Planned") == "Planned"
    assert two_lines("Done, Internal, Risk of drop-out") == "Done, Internal,\nRisk of drop-out"


def _right_edge_in(widget: QWidget, scroll: QScrollArea) -> int:
    return widget.mapTo(scroll.viewport(), QPoint(widget.width(), 0)).x()


def test_the_employers_subtitle_wraps_and_its_tabs_show_whole(
    qtbot: QtBot, services: Services
) -> None:
    employer = make_employer(
        services,
        sector=Sector.NON_PROFIT,
        agreement_status=AgreementStatus.PARTNERSHIP,
        capacity=12,
        name="Equmeniakyrkan Tallbacken, caféet",
    )
    window = _laptop_window(qtbot, services)
    window.open_employer(employer)
    screen = window.employers_screen
    pane = screen.detail_pane
    label: QLabel = pane.summary_label
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0)
    scroll = next(s for s in screen.findChildren(QScrollArea) if s.isAncestorOf(pane))
    bar = pane.tabs.tabBar()
    # As the screen opens on a laptop (its split set once laid out), every tab whole, in view.
    qtbot.waitUntil(lambda: bar.width() >= bar.sizeHint().width())
    for tab in range(bar.count()):
        assert bar.tabRect(tab).width() >= bar.tabSizeHint(tab).width()
        assert bar.tabRect(tab).right() < bar.width()
    # The pane narrowed as far as it goes: the subtitle wraps onto more lines, within the pane.
    total = sum(screen.splitter.sizes())
    screen.splitter.setSizes([total, 1])
    qtbot.waitUntil(lambda: label.width() < label.fontMetrics().horizontalAdvance(label.text()))
    assert label.wordWrap()
    assert _right_edge_in(label, scroll) <= scroll.viewport().width()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.height() >= 2 * label.fontMetrics().lineSpacing()
    # The tab bar then scrolls (a laptop at 150 %), each tab's name still whole, never "Konta…".
    for tab in range(bar.count()):
        assert bar.tabRect(tab).width() >= bar.tabSizeHint(tab).width()
