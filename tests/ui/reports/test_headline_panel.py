"""Rapporter's targets and headline figures: each figure beside its target, the conversion
for a chosen placement type, and the trend chart with its text alternative."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ambassador.domain.enums import Outcome
from ambassador.domain.figures import Period
from ambassador.domain.headline import Trend, TrendPoint
from ambassador.domain.placement import Ending
from ambassador.domain.targets import Measure
from ambassador.services.bundle import Services
from ambassador.ui.reports.headline_panel import HeadlinePanel, measure_name
from ambassador.ui.reports.screen import ReportsScreen
from ambassador.ui.reports.trend_chart import TARGET_COLOUR, TrendChart
from tests.factories import make_placement
from tests.ui.driving import RecordingNavigator, see

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def fill(services: Services) -> None:
    """2025: one internship ended in work. 2026: two internships ended (one in work), one
    work trial ended without."""
    for kind, ended_on, outcome in (
        ("Praktik", date(2025, 5, 1), Outcome.EMPLOYMENT),
        ("Praktik", date(2026, 5, 1), Outcome.EMPLOYMENT),
        ("Praktik", date(2026, 6, 1), Outcome.NO_OCCUPATION),
        ("Arbetsprövning", date(2026, 6, 1), Outcome.OTHER_MEASURE),
    ):
        placement = make_placement(
            services,
            placement_type=kind,
            start_date=date(ended_on.year, 2, 1),
            planned_end_date=date(ended_on.year, 9, 1),
        )
        services.placements.end(placement, Ending(ended_on=ended_on, outcome=outcome))
    services.targets.save_target("conversion_to_employment", "", 2026, 60)
    services.targets.save_target("conversion_to_employment", "", 2025, 50)
    services.targets.save_target("placements_started", "", 2026, 5)


def row_of(panel: HeadlinePanel, name: str) -> str:
    for row in range(panel.figures_grid.rowCount()):
        if panel.cell_text(row, 0) == name:
            return panel.cell_text(row, 1)
    raise AssertionError(name)


def test_figures_stand_beside_their_targets(
    qtbot: QtBot, services: Services, english: None
) -> None:
    fill(services)
    panel = HeadlinePanel(services, lambda: YEAR)
    qtbot.addWidget(panel)
    panel.show_period()
    assert row_of(panel, "Placements started") == "3 (target 5)"
    assert row_of(panel, "People started") == "3"
    # Of all types: one of three ended in employment, beside the year's target.
    assert panel.conversion_label.text() == (
        "Ended placements that became employment: 1 of 3 (33% (target 60%))"
    )
    panel.choose_type("Praktik")
    assert panel.conversion_label.text() == (
        "Ended placements that became employment: 1 of 2 (50%)"
    )
    assert "Employers with a placement started in the period: 3" in panel.returning_label.text()
    assert panel.cost_label.text() == "No municipal cost is recorded for the period."


def test_trend_chart_shows_each_year_with_its_target(
    qtbot: QtBot, services: Services, english: None
) -> None:
    fill(services)
    panel = HeadlinePanel(services, lambda: YEAR)
    qtbot.addWidget(panel)
    panel.show_period()
    panel.choose_trend(Measure.CONVERSION_TO_EMPLOYMENT)
    chart = panel.trend_chart
    see(qtbot, panel.trend_seen)
    assert chart.trend is not None
    assert [(p.year, round(p.value or 0, 2), p.target) for p in chart.trend.points] == [
        (2025, 100.0, 50),
        (2026, 33.33, 60),
    ]
    assert chart.accessibleDescription() == "2025: 100%, target 50%; 2026 so far: 33%, target 60%"
    assert chart.accessibleName() == "Trend of " + measure_name(Measure.CONVERSION_TO_EMPLOYMENT)


def paint(chart: TrendChart) -> QImage:
    image = QImage(400, 190, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.resize(400, 190)
    chart.render(image)
    return image


def colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) & 0xFFFFFF
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_chart_paints_bars_and_a_target_line(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    with_target = Trend(
        Measure.INTO_WORK_OR_EDUCATION,
        "",
        [TrendPoint(2025, 40.0, 45.0), TrendPoint(2026, 50.0, 45.0, partial=True)],
    )
    chart.set_trend(with_target, lambda v: f"{v:.0f} %")
    assert TARGET_COLOUR.rgb() & 0xFFFFFF in colours(paint(chart))
    without = Trend(Measure.INTO_WORK_OR_EDUCATION, "", [TrendPoint(2025, 40.0, None)])
    chart.set_trend(without, lambda v: f"{v:.0f} %")
    assert TARGET_COLOUR.rgb() & 0xFFFFFF not in colours(paint(chart))
    chart.set_trend(None, str)
    assert chart.text_alternative() == chart.tr("No figures yet.")


def test_count_scale_leaves_room_above_the_highest(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_trend(
        Trend(
            Measure.PLACEMENTS_STARTED, "", [TrendPoint(2025, 40, 50), TrendPoint(2026, 20, None)]
        ),
        str,
    )
    assert chart.scale_top() == 60.0
    chart.set_trend(Trend(Measure.NON_TRADITIONAL, "", [TrendPoint(2026, 5, None)]), str)
    assert chart.scale_top() == 100.0


def test_reports_screen_shows_the_panel_and_hides_it_for_a_wrong_period(
    qtbot: QtBot, services: Services, english: None
) -> None:
    fill(services)
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.headline_panel.report is not None
    assert screen.headline_panel.report.year == services.clock.today().year
    assert not screen.headline_panel.isHidden()


def test_the_trend_is_read_again_when_the_data_changes(
    qtbot: QtBot, services: Services, english: None
) -> None:
    fill(services)
    screen = ReportsScreen(services, RecordingNavigator())
    qtbot.addWidget(screen)
    screen.refresh()
    panel = screen.headline_panel
    panel.choose_trend(Measure.PLACEMENTS_STARTED)
    see(qtbot, panel.trend_seen)
    assert panel.trend_chart.trend is not None
    assert [p.value for p in panel.trend_chart.trend.points] == [1, 3]
    make_placement(services, start_date=date(2026, 3, 1))
    screen.refresh()  # as the window does on a change
    see(qtbot, panel.trend_seen)
    assert [p.value for p in panel.trend_chart.trend.points] == [1, 4]
