"""One language at a time in the editable lists: the English window calls a note filed as
"Arbetsplatsbesök" a workplace visit, everywhere it shows it, while the record keeps what it
stores; the Swedish window shows the Swedish name; a name changed in Inställningar shows at
once."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador import paths
from ambassador.app import build_window
from ambassador.domain.enums import ListName
from ambassador.domain.list_names import ListEntry
from ambassador.services.bundle import Services
from ambassador.ui import i18n
from ambassador.ui.common import list_combo
from ambassador.ui.main_window import MainWindow
from ambassador.ui.placements.followup_dialogs import NoteDialog
from tests.factories import make_participant, make_placement, note_fields

VISIT = "Arbetsplatsbesök"


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, int]:
    person = make_participant(services)
    placement = make_placement(services, person)  # a Praktik
    services.follow_up.add_note(
        note_fields(person, placement, datetime(2026, 11, 20, 10, 0), kind=VISIT)
    )
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.open_placement(placement)
    return window, placement


def _timeline_texts(window: MainWindow) -> list[str]:
    timeline = window.placements_screen.detail_pane.timeline_view
    return [timeline.what(timeline.model.row_at(row)) for row in range(timeline.model.rowCount())]


def _column_texts(window: MainWindow, title: str) -> list[str]:
    table = window.placements_screen.table
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_english_window_names_the_note_kind_and_type_in_english(
    qtbot: QtBot, services: Services, english: None
) -> None:
    window, placement = _window(qtbot, services)

    assert "Note: Workplace visit" in _timeline_texts(window)
    assert _column_texts(window, "Type") == ["Internship"]
    assert "Internship" in window.placements_screen.detail_pane.status_label.text()
    # What is stored is what was filed.
    (note,) = [n for n in services.follow_up.notes_of_placement(placement) if n.kind == VISIT]
    assert note.kind == VISIT
    assert services.placements.get(placement).placement_type == "Praktik"


def test_swedish_window_names_them_in_swedish(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    window, _placement = _window(qtbot, services)
    assert "Anteckning: Arbetsplatsbesök" in _timeline_texts(window)
    assert _column_texts(window, "Typ") == ["Praktik"]


def test_switching_language_renames_the_entries_at_once(
    qtbot: QtBot, services: Services, swedish: None
) -> None:
    window, _placement = _window(qtbot, services)
    window.set_language("en")
    assert "Note: Workplace visit" in _timeline_texts(window)
    i18n.switch("sv", paths.translations_dir())


def test_a_name_saved_in_settings_shows_in_the_lists_at_once(
    qtbot: QtBot, services: Services, english: None
) -> None:
    services.settings.save(replace(services.settings.get(), language="en"))
    window, placement = _window(qtbot, services)
    entries = services.settings.list_entries(ListName.NOTE_KINDS, "en")
    renamed = [ListEntry(VISIT, "Site visit") if e.label == VISIT else e for e in entries]
    changes = services.settings.save(
        services.settings.get(), {ListName.NOTE_KINDS: renamed}, language="en"
    )
    window.publish(changes)
    window.open_placement(placement)
    assert "Note: Site visit" in _timeline_texts(window)


def test_note_form_offers_english_names_and_files_the_label(
    qtbot: QtBot, services: Services, english: None
) -> None:
    window, placement = _window(qtbot, services)
    dialog = NoteDialog(services, services.placements.get(placement), datetime(2026, 11, 24, 9))
    qtbot.addWidget(dialog)
    shown = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert "Workplace visit" in shown and VISIT not in shown
    dialog.kind_combo.setCurrentText("Workplace visit")
    assert list_combo.chosen(dialog.kind_combo) == VISIT
    assert window.isWindow()


def test_a_closed_window_leaves_no_names_behind(
    qtbot: QtBot, services: Services, english: None
) -> None:
    """Another window, or a form opened without one, must not read a closed file's names."""
    window, _placement = _window(qtbot, services)
    assert i18n.list_name(ListName.NOTE_KINDS, VISIT) == "Workplace visit"
    window.close()
    assert i18n.list_name(ListName.NOTE_KINDS, VISIT) == VISIT
