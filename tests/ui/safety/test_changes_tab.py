"""Datasäkerhet's Changes tab and the audit log's Who: every record added, changed or removed,
newest first, by kind of record and number; on a file no one is named in it (the file's
triggers cannot know who), on a server each change names its login and can be narrowed to
one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.services.bundle import Services
from ambassador.storage.signed_in import file_user
from ambassador.ui.safety.audit_tab import AuditTab
from ambassador.ui.safety.changes_tab import ChangesTab
from ambassador.ui.safety.screen import SafetyScreen
from tests.factories import make_placement, note_fields


def rows(tab: ChangesTab) -> list[list[str]]:
    model = tab.changes_model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_changes_are_listed_newest_first_by_kind_and_number(
    qtbot: QtBot, services: Services, screen: SafetyScreen
) -> None:
    placement = make_placement(services)
    person = services.placements.get(placement).participant_id
    note = services.follow_up.add_note(note_fields(person, placement, services.clock.now()))
    screen.refresh()
    tab = screen.changes_tab
    screen.tabs.setCurrentWidget(tab)
    assert screen.tabs.tabText(screen.tabs.indexOf(tab)) == "&Changes"
    shown = rows(tab)
    assert shown[0][ChangesTab.RECORD :] == ["Note", str(note.note.id), "Added"]
    assert ["Participant", str(person), "Added"] in [row[ChangesTab.RECORD :] for row in shown]
    assert tab.changes_table.isVisible() and not tab.no_changes_label.isVisible()
    # A file has one user at a time, whom its triggers cannot name: no Who, no filter.
    assert tab.changes_table.isColumnHidden(ChangesTab.USER)
    assert not tab.user_combo.isVisible()


def test_an_audit_entry_on_a_file_names_the_computers_account(
    qtbot: QtBot, services: Services, screen: SafetyScreen
) -> None:
    services.backups.take()
    screen.refresh()
    model = screen.audit_tab.audit_model
    assert model.headerData(AuditTab.USER, Qt.Orientation.Horizontal) == "Who"
    assert model.data(model.index(0, AuditTab.USER)) == file_user()
