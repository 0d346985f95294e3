"""A screen's first show reads what it shows once. The window builds a screen and then reads it
(MainWindow.screen_of calls its refresh()); a constructor that also filled its pickers read
them twice: on a large register, Placeringar's 10,000 employers twice, and Inställningar's
2,500 mentors twice."""

from __future__ import annotations

from collections import Counter

from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.enums import ListName
from ambassador.domain.mentors import MentorFields
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.ui.i18n import current_language, list_name
from ambassador.ui.main_window import MainWindow
from tests.factories import make_employer, make_placement
from tests.statements import Sent, sent_statements


def first_show(
    qtbot: QtBot, services: Services, database: Database, screen: int, names_shown: bool = False
) -> tuple[MainWindow, list[Sent]]:
    """A new window, and what showing `screen` for the first time in it sent. `names_shown`:
    after the window's own cache of the lists' names is read, as whatever first shows an
    entry (an Översikt with placements, say) reads it, once per language (ui/i18n.py)."""
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    if names_shown:
        list_name(ListName.NOTE_KINDS, "")
    with sent_statements(database) as sent:
        window.show_screen(screen)
    return window, sent


def repeated(sent: list[Sent]) -> list[str]:
    return [statement for (statement, _), count in Counter(sent).items() if count > 1]


def test_placeringar_first_shown_reads_each_thing_once(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    employer = make_employer(services, name="Bageriet", organisation_number=None)
    make_placement(services, employer_id=employer)
    window, sent = first_show(qtbot, services, database, MainWindow.SCREEN_PLACEMENTS)
    assert any("FROM employers" in statement for statement, _ in sent)
    assert repeated(sent) == []
    # Its pickers are filled all the same, by the refresh the window calls.
    screen = window.placements_screen
    types = services.settings.list_labels(ListName.PLACEMENT_TYPES)
    assert [screen.type_combo.itemData(i) for i in range(1, screen.type_combo.count())] == types
    employers = [screen.employer_combo.itemData(i) for i in range(screen.employer_combo.count())]
    assert employer in employers


def test_deltagare_first_shown_reads_its_referral_sources_once(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    window, sent = first_show(qtbot, services, database, MainWindow.SCREEN_PARTICIPANTS)
    sources = [p for s, p in sent if "list_items" in s and ListName.REFERRAL_SOURCES.value in p]
    assert len(sources) == 1
    combo = window.participants_screen.source_combo
    shown = [combo.itemData(i) for i in range(1, combo.count())]
    assert shown == services.settings.list_labels(ListName.REFERRAL_SOURCES) != []


def test_installningar_first_shown_reads_its_mentors_and_list_names_once(
    qtbot: QtBot, services: Services, database: Database
) -> None:
    services.mentors.add(MentorFields(name="Per Lund"))
    window, sent = first_show(
        qtbot, services, database, MainWindow.SCREEN_SETTINGS, names_shown=True
    )
    mentors = [s for s, _ in sent if "FROM mentors" in s and "mentors.name" in s]
    names = [s for s, _ in sent if "list_item_names" in s]
    assert len(mentors) == 1
    assert len(names) == 1
    screen = window.settings_screen
    assert screen.mentors_group.model.rowCount() == 1
    for editor in screen.list_editors():  # every list's editor filled from the one read
        expected = services.settings.list_entries(editor.name, current_language())
        assert editor.entries() == expected
