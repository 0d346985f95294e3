"""The main window over real services: navigation, and an Översikt filled from the database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ambassador import crash
from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.settings import Settings
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database
from ambassador.ui import screens
from ambassador.ui.main_window import MainWindow
from tests.factories import employer_fields, make_placement, note_fields


def test_overview_lists_filled_when_opened_on_sample_data(
    qtbot: QtBot, database: Database, clock: FixedClock, services: Services, swedish: None
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=1)
    window = build_window(services, "exempel.db")
    qtbot.addWidget(window)
    window.show()
    overview = window.overview_screen
    assert not overview.showing_start_page
    for section in (
        overview.today_section,
        overview.overdue_section,
        overview.at_risk_section,
        overview.ending_section,
        overview.feedback_section,
        overview.outcome_section,
    ):
        overview.show_section(section)
        assert section.model.rowCount() > 0, section.heading_label.text()
        assert section.table.isVisible() and not section.empty_label.isVisible()
    assert overview.title_label.text() == "Översikt"
    assert window.navigation_list.item(MainWindow.SCREEN_PARTICIPANTS).text() == "Deltagare"


def test_overview_says_what_belongs_there_when_empty(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    services.employers.create(employer_fields())  # a register, with nothing to do yet
    window = build_window(services, "tom.db")
    qtbot.addWidget(window)
    window.show()
    assert not window.overview_screen.showing_start_page
    for section in window.overview_screen.sections():
        window.overview_screen.show_section(section)
        assert section.model.rowCount() == 0
        assert section.empty_label.isVisible() and section.empty_label.text()
        assert not section.table.isVisible()


def test_overview_refreshes_when_data_changes(
    qtbot: QtBot, services: Services, clock: FixedClock, swedish: None
) -> None:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    assert window.overview_screen.at_risk_section.model.rowCount() == 0  # not refreshed yet
    window.data_changed.emit(
        services.follow_up.add_note(
            note_fields(
                services.placements.get(placement_id).participant_id,
                placement_id,
                clock.now() - timedelta(days=20),
            )
        ).changes
    )
    at_risk = window.overview_screen.at_risk_section.model
    assert at_risk.rowCount() == 1
    why = str(at_risk.data(at_risk.index(0, 2)))
    assert why.startswith("Ingen kontakt på 20 dagar – kontakt behövs minst en gång på 14 dagar")


def test_english_counts_days_in_singular_and_plural(
    qtbot: QtBot, services: Services, clock: FixedClock, english: None
) -> None:
    services.settings.save(Settings(silent_after_days=1))
    make_placement(services, start_date=clock.today() - timedelta(days=1))
    make_placement(services, start_date=clock.today() - timedelta(days=2))
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    at_risk = window.overview_screen.at_risk_section.model
    texts = sorted(at_risk.data(at_risk.index(row, 2)) for row in range(at_risk.rowCount()))
    # The plural comes from the English translation file (without it Qt shows "day(s)").
    assert texts[0].startswith("No contact for 1 day – ")
    assert texts[1].startswith("No contact for 2 days – ")
    assert window.overview_screen.title_label.text() == "Overview"


def test_navigation_by_keyboard_shows_each_screen(qtbot: QtBot, services: Services) -> None:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for position in range(window.navigation_list.count()):
        keys = QKeySequence(f"Ctrl+{position + 1}")
        qtbot.keySequence(window.navigation_list, keys)
        assert window.screens_stack.currentIndex() == position
    assert window.screens_stack.currentWidget() is window.safety_screen


def test_the_navigation_follows_the_list_of_screens(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    assert window.navigation_list.count() == len(screens.SCREENS) <= 9  # Ctrl+1 … Ctrl+9
    assert len({entry.key for entry in screens.SCREENS}) == len(screens.SCREENS)
    for row, entry in enumerate(screens.SCREENS):
        item = window.navigation_list.item(row)
        assert item.text() == QCoreApplication.translate(screens.CONTEXT, entry.name)
        assert item.text() != entry.name  # in Swedish
        assert item.toolTip() == f"Ctrl+{row + 1}"
    lists = [(entry.key, entry.splitter_key) for entry in screens.RECORD_LISTS]
    assert [key for key, _splitter in lists] == ["participants", "employers", "placements"]
    assert len({splitter for _key, splitter in lists}) == len(lists)


def test_table_models_pass_qt_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    database: Database,
    clock: FixedClock,
    services: Services,  # type: ignore[no-untyped-def]
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=2)
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    for section in window.overview_screen.sections():
        qtmodeltester.check(section.model)


# The server's SQL dialect (its drivers, ~45 ms) is heavy too for a file, which never uses it.
HEAVY = (
    "sqlalchemy",
    "sqlalchemy.dialects.postgresql",
    "alembic",
    "PySide6.QtNetwork",
    "reportlab",
    "openpyxl",
    "icalendar",
)


def _loaded_after(code: str, *args: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    """The heavy libraries a fresh interpreter has loaded after running `code`."""
    probe = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"{code}\n"
        f"heavy = {heavy!r}\n"
        "print(' '.join(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.split()


def test_the_window_frame_is_shown_before_the_database_layer_loads() -> None:
    """The program shows its window first: the window's own modules load neither SQLAlchemy
    nor the socket that answers a second start, let alone a file library; nor the signals
    and the socket that turn a request to stop into a close, which wait for the painted
    window."""
    assert _loaded_after("import ambassador.cli, ambassador.app") == []
    assert _loaded_after("import ambassador.cli, ambassador.app", heavy=("socket", "signal")) == []


def test_the_start_loads_the_crash_log_and_the_catalog_reader_only_when_used(
    tmp_path: Path,
) -> None:
    """The log's rotating file (logging.handlers: socket, pickle, queue), the translation
    catalog's XML parser and `platform` load with the first crash or the command line's
    first words, not at every start of the window; a crash still reaches the log."""
    code = (
        "import ambassador.cli, ambassador.app\n"
        "from pathlib import Path\n"
        "from ambassador import crash\n"
        "crash.install_log(Path(sys.argv[1]))\n"
        "unused = ('logging.handlers', 'xml.etree.ElementTree', 'platform')\n"
        "print('before', *[m for m in unused if m in sys.modules])\n"
        "crash.record(ValueError('Anna'), 'a probe')\n"
        "print('after')"
    )
    loaded = _loaded_after(code, str(tmp_path), heavy=("logging.handlers",))
    log = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert loaded == ["before", "after", "logging.handlers"]
    assert "an error escaped a probe" in log and "Anna" not in log


def test_the_window_loads_no_file_library_until_a_file_is_written_or_read(
    database_path: Path,
) -> None:
    """ReportLab, openpyxl and icalendar load with the first document, spreadsheet or
    calendar, and Alembic only to upgrade a file: a fresh interpreter opens a file at the
    newest revision and builds every screen without them."""
    code = (
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ambassador.app import build_window\n"
        "from ambassador.domain.clock import SystemClock\n"
        "from ambassador.ui.startup import open_services\n"
        "app = QApplication([])\n"
        "database, services = open_services(Path(sys.argv[1]), SystemClock())\n"
        "window = build_window(services, 'a.db')\n"
        "for row in range(window.navigation_list.count()):\n"
        "    window.show_screen(row)"
    )
    assert _loaded_after(code, str(database_path)) == ["sqlalchemy"]


def test_a_screen_loads_its_module_when_it_is_first_shown(database_path: Path) -> None:
    """Opening the window builds the Översikt alone; each other screen's module is imported
    the first time that screen is shown."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ambassador.app import build_window\n"
        "from ambassador.domain.clock import SystemClock\n"
        "from ambassador.ui.main_window import MainWindow\n"
        "from ambassador.ui.startup import open_services\n"
        "app = QApplication([])\n"
        "database, services = open_services(Path(sys.argv[1]), SystemClock())\n"
        "window = build_window(services, 'a.db')\n"
        "names = ('overview', 'calendar', 'reports')\n"
        "loaded = lambda: [n for n in names if f'ambassador.ui.{n}.screen' in sys.modules]\n"
        "print('before', *loaded())\n"
        "window.show_screen(MainWindow.SCREEN_CALENDAR)\n"
        "print('after', *loaded())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(database_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.splitlines() == ["before overview", "after overview calendar"]
