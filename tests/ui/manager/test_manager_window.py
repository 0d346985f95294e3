"""The manager's window: the statistics per unit and in total for the year chosen, "fewer than
5" where the database withholds a figure, and nothing else: no list of people, no search. On a
real server too, signed in as a manager's role."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QListWidget, QTableView
from pytestqt.qtbot import QtBot

from ambassador import app
from ambassador.domain.clock import FixedClock
from ambassador.domain.country import SWEDEN
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.team_statistics import (
    CONTEXT,
    FEWER_THAN,
    NO_UNIT,
    ORGANISATION,
    Figures,
    TeamStatistics,
    UnitFigures,
)
from ambassador.storage.address import ServerAddress
from ambassador.ui.manager.window import FiguresTable, ManagerWindow
from tests.factories import make_ended_placement
from tests.team import Staff, staff_in_two_units, team_on


def figures(ended: int | None, women: int | None, **more: int | None) -> Figures:
    cells: dict[tuple[str, str, str], int | None] = {
        ("ended", "", ""): ended,
        ("ended", "", "woman"): women,
        ("ended", "", "man"): None,
        ("active", "type:Praktik", ""): more.get("praktik"),
    }
    return Figures(cells)


class FakeFigures:
    """The service's answers, as the views would give them."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def years(self) -> list[int]:
        return [2026, 2025]

    def language_and_country(self) -> tuple[str, str]:
        return "sv", SWEDEN

    def statistics(self, year: int, country: str = SWEDEN) -> TeamStatistics:
        self.asked.append(year)
        if year == 2025:
            return TeamStatistics(year, figures(12, 7, praktik=12), ())
        return TeamStatistics(
            year,
            figures(23, 14, praktik=9),
            (
                UnitFigures(1, "Norr", figures(8, 6)),
                UnitFigures(2, "Söder", figures(15, 8, praktik=9)),
                UnitFigures(None, "", figures(None, None)),
            ),
        )


def cell(table: FiguresTable, label: str, column: int) -> str:
    model = table.figures_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data().strip() == label:
            return str(model.index(row, column).data())
    raise AssertionError(f"no line {label!r}")


def ended_label() -> str:
    return QCoreApplication.translate(CONTEXT, "Placements ended")


WOMAN, MAN, TOTAL = 1, 2, 5  # the columns: the figure, then each gender, then the total


@pytest.fixture
def window(qtbot: QtBot, swedish: None) -> ManagerWindow:
    shown = ManagerWindow(FakeFigures(), "maja@server/ambassador", SWEDEN)  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    return shown


def test_the_organisation_and_each_unit_have_a_table_of_the_newest_year(
    window: ManagerWindow,
) -> None:
    tabs = window.scope_tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names == [
        QCoreApplication.translate(CONTEXT, ORGANISATION),
        "Norr",
        "Söder",
        QCoreApplication.translate(CONTEXT, NO_UNIT),
    ]
    assert window.year_combo.currentData() == 2026
    assert cell(window.table(0), ended_label(), TOTAL) == "23"
    assert cell(window.table(0), ended_label(), WOMAN) == "14"
    assert cell(window.table(1), ended_label(), TOTAL) == "8"
    assert cell(window.table(2), "Praktik", TOTAL) == "9"


def test_a_withheld_figure_reads_fewer_than_five(window: ManagerWindow) -> None:
    fewer = QCoreApplication.translate(CONTEXT, FEWER_THAN)
    assert cell(window.table(0), ended_label(), MAN) == fewer
    assert cell(window.table(3), ended_label(), TOTAL) == fewer
    # A figure the views do not have (Norr's Praktik) is withheld too, never a made-up 0.
    assert cell(window.table(1), "Praktik", TOTAL) == fewer


def test_another_year_shows_its_own_figures(window: ManagerWindow) -> None:
    window.year_combo.setCurrentIndex(window.year_combo.findData(2025))
    assert window.scope_tabs.count() == 1
    assert cell(window.table(0), ended_label(), TOTAL) == "12"


def test_the_window_has_no_people_and_no_search(window: ManagerWindow) -> None:
    assert window.findChildren(QLineEdit) == []
    assert window.findChildren(QListWidget) == []
    # The one list is the year chooser's drop-down; every table is a table of figures.
    views = window.findChildren(QAbstractItemView)
    lists = [v for v in views if not isinstance(v, (QTableView, QHeaderView))]
    assert lists == [window.year_combo.view()]
    for table in window.findChildren(QTableView):
        assert isinstance(table, FiguresTable)
    assert window.menuBar().actions() == []


def test_the_figures_model_passes_qts_checks(window: ManagerWindow, qtmodeltester: object) -> None:
    qtmodeltester.check(window.table(0).figures_model)  # type: ignore[attr-defined]


@pytest.fixture
def staff(server_address: ServerAddress, clock: FixedClock) -> Iterator[Staff]:
    """Placements of 2026 registered by the owner (in no unit), and a manager to read them."""
    with team_on(server_address, clock) as team:
        for _ in range(6):
            make_ended_placement(team.owner_services, Gender.WOMAN, Outcome.EMPLOYMENT)
        for _ in range(2):
            make_ended_placement(team.owner_services, Gender.MAN, Outcome.EMPLOYMENT)
        yield staff_in_two_units(team)


@pytest.mark.postgresql_only
def test_a_manager_signed_in_gets_the_statistics_window(
    qtbot: QtBot, swedish: None, staff: Staff
) -> None:
    maja = staff.maja
    assert maja.services.connection.identity().is_manager
    opened = app._manager_window(maja.database, maja.services, maja.address, None)
    assert opened is not None
    window, _database, _services = opened
    qtbot.addWidget(window)
    assert window.year_combo.findData(date.today().year) >= 0
    window.year_combo.setCurrentIndex(window.year_combo.findData(2026))
    organisation = window.table(0)
    assert cell(organisation, ended_label(), TOTAL) == "8"
    assert cell(organisation, ended_label(), WOMAN) == "6"
    fewer = QCoreApplication.translate(CONTEXT, FEWER_THAN)
    assert cell(organisation, ended_label(), MAN) == fewer
    window.close()


def test_counts_align_right_and_labels_left(window: ManagerWindow) -> None:
    model = window.table(0).figures_model
    right = model.index(0, TOTAL).data(Qt.ItemDataRole.TextAlignmentRole)
    assert int(right) & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
