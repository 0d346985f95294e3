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


def test_a_placement_pane_with_a_long_plan_fits_and_its_timeline_has_the_height(
    qtbot: QtBot, services: Services
) -> None:
    """A tab widget is as tall as its tallest page: the Plan's wrapped texts, hidden behind the
    Timeline, made the pane taller than the window, so it scrolled as a whole and the timeline
    was stretched down past the window's bottom. The plan scrolls in its own tab instead."""
    person = make_participant(services)
    long_text = " ".join(["Arbetsträning i köket med handledare varje förmiddag."] * 8)
    placement = make_placement(
        services, person, purpose=long_text, goals=long_text, tasks=long_text, support=long_text
    )
    for day in range(1, 13):
        services.follow_up.add_note(note_fields(person, placement, datetime(2026, 11, day, 10)))
    window = _laptop_window(qtbot, services)
    window.open_placement(placement)
    pane = window.placements_screen.detail_pane
    scroll = next(s for s in window.findChildren(QScrollArea) if s.widget() is pane)
    qtbot.waitUntil(lambda: pane.timeline_view.table.isVisible())
    qtbot.wait(20)
    assert scroll.verticalScrollBar().maximum() == 0  # the pane fits: no scroll bar of its own
    assert pane.height() <= scroll.viewport().height()
    timeline = pane.timeline_view
    bottom = timeline.mapTo(pane, QPoint(0, timeline.height())).y()
    assert pane.height() - bottom <= 12  # the timeline takes the pane's height to its foot

    pane.tabs.setCurrentIndex(1)  # the Plan: whole, scrolling in its tab
    plan = pane.plan_facts
    qtbot.waitUntil(plan.isVisible)
    plan_scroll = next(s for s in pane.findChildren(QScrollArea) if s.isAncestorOf(plan))
    assert plan_scroll.verticalScrollBar().maximum() > 0
    assert plan.height() >= plan.heightForWidth(plan.width()) > 0  # no line of it cut
    assert scroll.verticalScrollBar().maximum() == 0


def test_an_employers_network_log_takes_the_panes_height_without_scrolling_it(
    qtbot: QtBot, services: Services
) -> None:
    employer = make_employer(services, name="Bageriet", organisation_number=None)
    for _ in range(8):
        make_placement(services, make_participant(services), employer)
    window = _laptop_window(qtbot, services)
    window.open_employer(employer)
    pane = window.employers_screen.detail_pane
    pane.tabs.setCurrentWidget(pane.network_tab)
    timeline = pane.network_tab.timeline
    qtbot.waitUntil(lambda: timeline.table.isVisible())
    qtbot.wait(20)
    scroll = next(s for s in window.findChildren(QScrollArea) if s.widget() is pane)
    assert scroll.verticalScrollBar().maximum() == 0
    bottom = timeline.mapTo(pane, QPoint(0, timeline.height())).y()
    assert pane.height() - bottom <= 24
