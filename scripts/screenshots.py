"""Every screen, detail pane and dialog of the window drawn on a laptop's screen, and measured:
`python scripts/screenshots.py --out DIR [--size 1366x768] [--scale 1.25] [--lang sv|en|da]
[--country se|dk] [--data small|empty] [--font-size PT]`.

Writes one PNG per view and DIR/report.json: each view's size, whether it fits the screen (the
screen `--size` in physical pixels at `--scale`, less a taskbar and the title bar), the
horizontal scrollbars it shows, the text it cuts (list cells, which of them names, headers,
labels, buttons, combos, fields, tabs) and the text not in the chosen language
(scripts/ui_report.py measures). Runs offscreen (no display needed) on a screen of that size,
on a fresh database with a fixed clock, so two runs of the same code give the same pictures
and figures. Exits 1 when a view does not fit, scrolls sideways or cuts a name.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The headers of the columns that hold a person's or an employer's name, in every language.
NAME_HEADERS = (
    *("Name", "Participant", "Employer"),
    *("Namn", "Deltagare", "Arbetsgivare"),
    *("Navn", "Deltager", "Virksomhed"),
)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for PNGs and report")
    parser.add_argument("--size", default="1366x768", help="the screen in physical pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="the system's scaling")
    parser.add_argument("--lang", default="sv", choices=("sv", "en", "da"))
    parser.add_argument(
        "--country",
        choices=("se", "dk"),
        help="the organisation's country, whose sample data is drawn (default: dk in Danish)",
    )
    parser.add_argument("--data", default="small", choices=("small", "empty"))
    parser.add_argument("--font-size", type=float, default=0.0, help="the system font, pt")
    return parser.parse_args()


def _offscreen_screen(folder: Path, width: int, height: int) -> None:
    """The offscreen platform given one screen of the laptop's size (before QApplication)."""
    config = folder / "screen.json"
    screen = {"name": f"Laptop {width}x{height}", "x": 0, "y": 0, "width": width}
    screen |= {"height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _file_name(number: int, name: str) -> str:
    return f"{number:02d}-" + re.sub(r"[^\w]+", "_", name).strip("_")[:60] + ".png"


def main() -> int:
    args = _arguments()
    width, height = (int(part) for part in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        _offscreen_screen(Path(folder), width, height)
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
        return _run(args, Path(folder), width, height)


def _run(args: argparse.Namespace, folder: Path, width: int, height: int) -> int:
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget

    from ambassador import paths
    from ambassador.app import build_window
    from ambassador.domain.clock import FixedClock
    from ambassador.services.opening import open_services
    from ambassador.services.sample_data import SampleDataService, Size
    from ambassador.ui import i18n
    from ambassador.ui.ui_state import UiState
    from scripts import ui_report

    app = QApplication(sys.argv[:1])
    if args.font_size:
        font = app.font()
        font.setPointSizeF(args.font_size)
        app.setFont(font)
    i18n.install(args.lang, paths.translations_dir())
    # English is the source: its window is measured against the Swedish translations.
    translated = "sv" if args.lang == "en" else args.lang
    ts_name = f"ambassador_{translated}.ts"
    language = ui_report.Language(
        paths.translations_dir() / ts_name
        if (paths.translations_dir() / ts_name).exists()
        else ROOT / "resources" / "translations" / ts_name,
        translated=args.lang != "en",
    )
    screen = ui_report.Screen.of((width, height), args.scale)
    clock = FixedClock(datetime(2026, 11, 24, 9, 0))
    database, services = open_services(folder / "shots.db", clock, create=True)
    country = args.country or ("dk" if args.lang == "da" else "se")
    if country != "se":
        services.settings.set_country(country)
    if args.data == "small":
        SampleDataService(database, clock).fill_if_empty(Size.SMALL)
    window = build_window(services, "shots.db", UiState())
    window.show()
    app.processEvents()

    reports: list[ui_report.ViewReport] = []
    files: list[str] = []

    def take(name: str, widget: QWidget) -> None:
        for _ in range(3):
            app.processEvents()
        target = widget.window()
        file_name = _file_name(len(reports), name)
        target.grab().save(str(args.out / file_name))
        reports.append(ui_report.measure(name, target, screen, language, NAME_HEADERS))
        files.append(file_name)

    def take_with_tabs(name: str, widget: QWidget) -> None:
        """The view, then each other tab of each tab widget it shows."""
        take(name, widget)
        for tabs in widget.window().findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            first = tabs.currentIndex()
            for tab in range(tabs.count()):
                if tab == first or not tabs.isTabEnabled(tab):
                    continue
                tabs.setCurrentIndex(tab)
                take(f"{name} / {tabs.tabText(tab).replace('&', '')}", widget)
            tabs.setCurrentIndex(first)

    for row in range(window.navigation_list.count()):
        window.show_screen(row)
        take_with_tabs(window.navigation_list.item(row).text(), window)

    # A record chosen on each record list: its detail pane, then each dialog it opens.
    shown: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        dialog.show()
        shown.append(dialog)
        return 0  # as if cancelled: nothing is written

    QDialog.exec = fake_exec  # type: ignore[method-assign]
    QMessageBox.exec = fake_exec  # type: ignore[method-assign, assignment]

    def dialog_view(name: str, open_it: Callable[[], Any]) -> None:
        before = {id(widget) for widget in QApplication.topLevelWidgets() if widget.isVisible()}
        try:
            result = open_it()
        except Exception as error:  # noqa: BLE001 - a view that cannot open is reported
            print(f"{name}: not opened ({error!r})", file=sys.stderr)
            return
        if isinstance(result, QDialog) and not result.isVisible():
            result.show()
        opened = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and id(widget) not in before and isinstance(widget, QDialog)
        ]
        for dialog in opened:
            app.processEvents()
            title = dialog.windowTitle() or name
            take_with_tabs(f"{name} – {title}" if title != name else name, dialog)
            dialog.hide()
            dialog.deleteLater()
        shown.clear()
        app.processEvents()

    lists = (
        (window.SCREEN_PARTICIPANTS, window.participants_screen),
        (window.SCREEN_EMPLOYERS, window.employers_screen),
        (window.SCREEN_PLACEMENTS, window.placements_screen),
    )
    for row, list_screen in lists:
        window.show_screen(row)
        screen_name = window.navigation_list.item(row).text()
        dialog_view(f"{screen_name}: new", list_screen.new_record)
        rows = list_screen.model.rows()
        if not rows:
            continue
        chosen = next((r for r in rows if getattr(r, "status", None) == _ongoing()), rows[0])
        list_screen.open_record(list_screen.row_id(chosen))
        take_with_tabs(f"{screen_name}: record", window)
        pane = list_screen.detail_pane
        for action in _pane_actions(pane):
            if action == "record_check_in":
                _select_planned_check_in(pane)
            dialog_view(f"{screen_name}: {action}", getattr(pane, action))

    window.show_screen(window.SCREEN_OVERVIEW)
    for name, open_it in _window_dialogs(window, services).items():
        dialog_view(name, open_it)

    window.close()
    database.dispose()
    return _write_report(args, screen, reports, files)


def _ongoing() -> object:
    from ambassador.domain.enums import PlacementStatus

    return PlacementStatus.ACTIVE


def _pane_actions(pane: object) -> list[str]:
    """The actions of a detail pane that open a form or a dialog (not those that print,
    save a file or delete), in a fixed order."""
    names = (
        "edit_participant",
        "edit_employer",
        "edit_placement",
        "add_note",
        "record_check_in",
        "schedule_check_in",
        "record_feedback",
        "end_placement",
        "new_placement",
        "suggest_employers",
        "give_consent",
        "erase_participant",
        "add_contact",
        "edit_contact",
    )
    if hasattr(pane, "contacts_table") and pane.contacts_table.model().rowCount():
        pane.contacts_table.selectRow(0)
    if hasattr(pane, "detail") and hasattr(pane, "select_check_in"):
        _select_planned_check_in(pane)
    return [name for name in names if callable(getattr(pane, name, None))]


def _select_planned_check_in(pane: Any) -> None:
    from ambassador.domain.enums import CheckInStatus
    from ambassador.domain.followup import CheckIn

    detail = pane.detail
    if detail is None:
        return
    planned = [
        entry.item
        for entry in detail.timeline
        if isinstance(entry.item, CheckIn) and entry.item.status == CheckInStatus.PLANNED
    ]
    if planned:  # the next one: the timeline shows the nearest, not every later one
        pane.select_check_in(min(planned, key=lambda item: item.scheduled_at).id)


def _window_dialogs(window: Any, services: Any) -> dict[str, Callable[[], Any]]:
    """The dialogs the window opens from anywhere, and those built from a few words."""
    from ambassador.ui.crash import CrashDialog
    from ambassador.ui.employers.task_catalogue import TaskCatalogueDialog
    from ambassador.ui.files.import_dialog import ImportDialog
    from ambassador.ui.placements.plan_editor import PlanDialog
    from ambassador.ui.safety.encryption_tab import EncryptionTab
    from ambassador.ui.safety.passphrase_dialogs import RecoveryKeyDialog
    from ambassador.ui.safety.unlock_form import UnlockDialog

    def encrypt() -> None:
        window.show_screen(window.SCREEN_SAFETY)
        tab = window.safety_screen.findChild(EncryptionTab)
        tab.encrypt_database()

    optional = {  # the Help menu's, where the window has them
        name: getattr(window, method)
        for name, method in (("Shortcuts", "show_shortcuts"), ("About", "show_about"))
        if callable(getattr(window, method, None))
    }
    return optional | {
        "Search": window.open_search,
        "Questionnaire entry": window.open_questionnaire_entry,
        "Import": lambda: ImportDialog(services, window, window),
        "Task catalogue": lambda: TaskCatalogueDialog(services, window),
        "Follow-up plan": lambda: PlanDialog(None, window),
        "Encrypt": encrypt,
        "Recovery key": lambda: RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX", window),
        "Unlock": lambda: UnlockDialog("ambassador.db", lambda _secret, _recovery: None),
        "Crash": lambda: CrashDialog(
            "Ambassador\nTraceback (most recent call last):\n  ...\nRuntimeError: example",
            window,
        ),
    }


def _write_report(
    args: argparse.Namespace, screen: Any, reports: list[Any], files: list[str]
) -> int:
    views = [asdict(report) | {"file": name} for report, name in zip(reports, files, strict=True)]
    summary = {
        "views": len(reports),
        "fit": sum(report.fits for report in reports),
        "horizontal_scrollbars": sum(report.horizontal_scrollbars for report in reports),
        "cut_names": sum(len(report.cut_names) for report in reports),
        "cut_texts": sum(len(report.cut_texts) for report in reports),
        "foreign_texts": sum(len(report.foreign_texts) for report in reports),
    }
    configuration = {
        "size": args.size,
        "scale": args.scale,
        "lang": args.lang,
        "data": args.data,
        "font_size": args.font_size or None,
        "screen": {"width": screen.width, "height": screen.height},
        "usable_height": screen.usable_height,
    }
    report = {"configuration": configuration, "summary": summary, "views": views}
    (args.out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    print(json.dumps(configuration | summary, ensure_ascii=False))
    for view in reports:
        if not view.clean:
            problems = [] if view.fits else [f"{view.width}×{view.height} does not fit"]
            if view.horizontal_scrollbars:
                problems.append(f"{view.horizontal_scrollbars} horizontal scrollbar(s)")
            problems.extend(view.cut_names)
            print(f"  {view.name}: " + "; ".join(problems))
    return 0 if all(view.clean for view in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
