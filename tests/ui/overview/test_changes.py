"""The Översikt takes a change by showing again only the parts the change concerns."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Outcome
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes, ids
from ambassador.ui import screens
from ambassador.ui.overview.screen import OverviewScreen
from tests.factories import make_placement, note_fields
from tests.ui.driving import RecordingNavigator


def _screen(qtbot: QtBot, services: Services) -> OverviewScreen:
    screen = OverviewScreen(services.overview, navigator=RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def test_a_note_shows_the_placements_at_risk_again_and_nothing_else(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    person = services.placements.get(placement_id).participant_id
    services.follow_up.schedule_check_in(
        placement_id, clock.now() + timedelta(hours=1), "Telefonsamtal"
    )
    screen = _screen(qtbot, services)
    screen.show_section(screen.figures_view)
    figures = screen.figures_view.figures
    assert figures is not None
    screen.show_section(screen.at_risk_section)
    assert screen.at_risk_section.count() == 1 and screen.today_section.count() == 1
    reset: list[str] = []
    for section in screen.sections():
        section.model.modelReset.connect(lambda name=section.list_title: reset.append(name))

    saved = services.follow_up.add_note(note_fields(person, placement_id, clock.now()))
    screen.on_changes(saved.changes)

    assert reset == [screen.at_risk_section.list_title]
    assert screen.at_risk_section.count() == 0
    assert screen.sections_list.item(screen.sections().index(screen.at_risk_section)).text() == (
        f"{screen.at_risk_section.list_title} (0)"
    )
    assert screen.figures_view.figures is figures  # not drawn again


def test_an_ended_placement_shows_every_part_again(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    screen = _screen(qtbot, services)
    screen.show_section(screen.figures_view)
    assert screen.figures_view.figures is not None
    assert screen.figures_view.figures.ended.total == 0
    saved = services.placements.end(
        placement_id, Ending(ended_on=clock.today(), outcome=Outcome.STUDIES)
    )
    screen.on_changes(saved.changes)
    assert screen.figures_view.figures.ended.total == 1
    assert screen.at_risk_section.count() == 0


def test_the_key_figures_are_read_when_they_come_into_view(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    """At the start the lists are in view and the figures are not read; choosing them reads
    them, and from then on a change that concerns them reads them again."""
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    screen = _screen(qtbot, services)
    figures_item = screen.sections_list.item(len(screen.sections()))
    assert figures_item.text() == "Key figures 2026"  # named before they are read
    assert screen.figures_view.figures is None

    screen.show_section(screen.figures_view)
    figures = screen.figures_view.figures
    assert figures is not None and figures.active.total == 1
    assert screen.figures_view.heading_label.text() == figures_item.text()

    screen.show_section(screen.today_section)
    saved = services.placements.end(
        placement_id, Ending(ended_on=clock.today(), outcome=Outcome.STUDIES)
    )
    screen.on_changes(saved.changes)
    assert screen.figures_view.figures is not None
    assert screen.figures_view.figures.ended.total == 1


def test_a_change_before_the_first_reading_reads_the_lists(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    make_placement(services, start_date=clock.today() - timedelta(days=30))
    screen = OverviewScreen(services.overview, navigator=RecordingNavigator())
    qtbot.addWidget(screen)
    screen.on_changes(Changes(notes=ids(1)))
    assert screen.at_risk_section.count() == 1
    assert screen.figures_view.figures is None  # not in view: read when it is


def test_the_window_hands_each_change_to_the_live_screens(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    assert tuple(entry for entry in screens.SCREENS if entry.live) == screens.LIVE_SCREENS
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    person = services.placements.get(placement_id).participant_id
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    overview = window.overview_screen
    overview.show_section(overview.figures_view)
    figures = overview.figures_view.figures
    assert figures is not None
    assert overview.at_risk_section.count() == 1

    window.publish(
        services.follow_up.add_note(note_fields(person, placement_id, clock.now())).changes
    )

    assert overview.at_risk_section.count() == 0
    assert overview.figures_view.figures is figures
