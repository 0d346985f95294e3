"""The task catalogue in the window: reached from Arbetsgivare (a button, the Employer menu and
Ctrl+Shift+T), searched and filtered, and opening a task selects its employer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.enums import Sector
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.employers.task_catalogue import TaskCatalogueDialog, TaskCatalogueModel
from ambassador.ui.main_window import MainWindow
from tests.factories import employer_fields, make_placement
from tests.ui.driving import choose, show

LAGER = "Lager och logistik"
KOK = "Kök och restaurang"
LYFT = "Tunga lyft"


def offering(
    services: Services, name: str, capacity: int, *tasks: EmployerTask, **more: object
) -> int:
    return services.employers.create(
        employer_fields(name=name, organisation_number=None, capacity=capacity, **more), tasks
    ).employer.id


def shown_titles(dialog: TaskCatalogueDialog) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(row, TaskCatalogueModel.TITLE).data() for row in range(proxy.rowCount())]


def test_every_task_listed_searched_and_filtered(
    qtbot: QtBot,
    services: Services,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    lager = offering(
        services,
        "Lagerhuset",
        1,
        EmployerTask(title="Plocka varor", category=LAGER, requirements=(LYFT,)),
        EmployerTask(title="Packa", category=LAGER),
    )
    offering(
        services,
        "Kommunens kök",
        2,
        EmployerTask(title="Diska", category=KOK),
        sector=Sector.MUNICIPAL,
    )
    plocka = services.employers.tasks(lager)[0].id
    assert plocka is not None
    make_placement(services, employer_id=lager, task_ids=(plocka,))  # Lagerhuset is full now

    dialog = show(qtbot, TaskCatalogueDialog(services))
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    assert shown_titles(dialog) == ["Diska", "Plocka varor", "Packa"]
    assert dialog.count_label.text() == "3 task(s)"
    model = dialog.model
    row = [model.index(1, column).data() for column in range(model.columnCount())]
    assert row == ["Plocka varor", LAGER, LYFT, "Lagerhuset", "Private", "0", "1"]

    dialog.search_edit.setText("lager")
    assert shown_titles(dialog) == ["Plocka varor", "Packa"]
    dialog.search_edit.clear()
    choose(dialog.category_combo, KOK)
    assert shown_titles(dialog) == ["Diska"]
    choose(dialog.category_combo, None)
    choose(dialog.requirement_combo, ("without", LYFT))
    assert shown_titles(dialog) == ["Diska", "Packa"]
    choose(dialog.requirement_combo, ("with", LYFT))
    assert shown_titles(dialog) == ["Plocka varor"]
    choose(dialog.requirement_combo, ("any", ""))
    choose(dialog.sector_combo, Sector.MUNICIPAL)
    assert shown_titles(dialog) == ["Diska"]
    choose(dialog.sector_combo, None)
    dialog.free_places_box.setChecked(True)
    assert shown_titles(dialog) == ["Diska"]
    dialog.search_edit.setText("finns inte")
    assert not dialog.table.isVisibleTo(dialog) and dialog.empty_label.isVisibleTo(dialog)
    assert "No task matches" in dialog.empty_label.text()
    qtmodeltester.check(dialog.proxy)

    # Sorting by a column sorts by its value: free places as numbers.
    dialog.search_edit.clear()
    dialog.free_places_box.setChecked(False)
    dialog.table.sortByColumn(TaskCatalogueModel.FREE, Qt.SortOrder.DescendingOrder)
    assert shown_titles(dialog)[0] == "Diska"


def test_an_empty_catalogue_says_where_tasks_are_added(qtbot: QtBot, services: Services) -> None:
    dialog = show(qtbot, TaskCatalogueDialog(services))
    assert dialog.empty_label.isVisibleTo(dialog) and "employer's form" in dialog.empty_label.text()
    assert not dialog.open_button.isEnabled()


def test_reached_from_employers_and_opening_a_task_selects_its_employer(
    qtbot: QtBot, services: Services
) -> None:
    offering(services, "Andra AB", 1, EmployerTask(title="Sortera"))
    lager = offering(services, "Lagerhuset", 1, EmployerTask(title="Plocka varor"))
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    window.show_screen(MainWindow.SCREEN_EMPLOYERS)
    screen = window.employers_screen
    action = screen.catalogue_action
    assert action is not None and action.shortcut() == QKeySequence("Ctrl+Shift+T")
    assert screen.catalogue_button.isVisible()
    assert action in window.menus.record_menu.actions()

    qtbot.mouseClick(screen.catalogue_button, Qt.MouseButton.LeftButton)
    dialog = screen.task_catalogue
    assert dialog is not None and dialog.isVisible()
    assert shown_titles(dialog) == ["Sortera", "Plocka varor"]
    dialog.table.selectRow(1)
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert screen.selected_id == lager
    assert screen.detail_pane.detail is not None and screen.detail_pane.detail.employer.id == lager

    # A task added meanwhile shows in the open catalogue.
    services.employers.update(
        lager,
        employer_fields(name="Lagerhuset", organisation_number=None, capacity=1),
        [*services.employers.tasks(lager), EmployerTask(title="Packa")],
    )
    screen.on_changes(Changes(employers=frozenset({lager})))
    assert "Packa" in shown_titles(dialog)
