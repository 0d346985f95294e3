"""On a server, signed in as a real coordinator's role: Inställningar and Datasäkerhet show the
organisation's settings read-only with the sentence that says whose they are, the
coordinator's own contact details and language stay theirs to change, and the Changes tab
names each change's login and narrows to one; the administrator's screens are editable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import ListName
from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services
from ambassador.storage.address import ServerAddress
from ambassador.ui.overview.start_page import StartPage, follow_country
from ambassador.ui.safety.changes_tab import ChangesTab
from ambassador.ui.safety.screen import SafetyScreen
from ambassador.ui.settings.screen import SettingsScreen
from tests.team import Member, Team, team_on
from tests.ui.driving import RecordingNavigator

pytestmark = pytest.mark.postgresql_only

ADMINISTRATOR_SETS = (
    "The organisation, follow-up, lists and reporting categories are set by your "
    "organisation's administrator; your contact details and language are your own."
)


@pytest.fixture
def team(server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as made:
        yield made


def coordinator(team: Team, name: str) -> Member:
    return team.add(name, StaffRole.COORDINATOR, "Norr")


def administrator(team: Team, name: str) -> Member:
    return team.add(name, StaffRole.ADMIN, "Norr")


def settings_screen(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator
) -> SettingsScreen:
    screen = SettingsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.refresh()
    screen.show()
    return screen


def test_a_coordinator_sees_the_organisations_settings_read_only_and_keeps_their_own(
    qtbot: QtBot, team: Team, navigator: RecordingNavigator
) -> None:
    services = coordinator(team, "anna").services
    screen = settings_screen(qtbot, services, navigator)

    assert screen.administrator_note_label.isVisible()
    assert screen.administrator_note_label.text() == ADMINISTRATOR_SETS
    assert not screen.organisation_group.isEnabled()
    assert not screen.organisation_edit.isEnabled()
    assert not screen.country_combo.isEnabled()
    assert not screen.choose_logo_button.isEnabled()
    assert not screen.follow_up_group.isEnabled() and not screen.lists_group.isEnabled()
    assert not screen.placement_types_list.isEnabled()
    assert not screen.report_mapping_editor.isEnabled()
    assert not screen.report_mapping_editor.save_action.isEnabled()
    assert screen.coordinator_name_edit.isEnabled() and screen.language_combo.isEnabled()
    assert not screen.coordinator_name_edit.isReadOnly()

    qtbot.keyClicks(screen.coordinator_name_edit, "Anna Berg")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.status_label.text() == "Saved."
    assert services.settings.get().coordinator_name == "Anna Berg"

    safety = SafetyScreen(services, navigator)
    qtbot.addWidget(safety)
    safety.resize(1366, 768)
    safety.show()
    safety.refresh()
    safety.tabs.setCurrentWidget(safety.settings_tab)
    tab = safety.settings_tab
    assert tab.administrator_note_label.isVisible()
    assert tab.administrator_note_label.text() == "Set by your organisation's administrator."
    assert not tab.save_action.isEnabled() and not tab.log_months_spin.isEnabled()
    assert safety.purge_tab.log_retention_label.text().endswith("An administrator purges the logs.")


def test_the_administrator_may_change_them(
    qtbot: QtBot, team: Team, navigator: RecordingNavigator
) -> None:
    services = administrator(team, "greta").services
    screen = settings_screen(qtbot, services, navigator)
    assert not screen.administrator_note_label.isVisible()
    assert screen.organisation_edit.isEnabled() and screen.lists_group.isEnabled()
    screen.organisation_edit.setText("Jobbcenter Syd")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.get().organisation_name == "Jobbcenter Syd"


def test_the_changes_tab_names_each_login_and_narrows_to_one(
    qtbot: QtBot, team: Team, navigator: RecordingNavigator
) -> None:
    annas, gretas = coordinator(team, "anna"), administrator(team, "greta")
    anna, greta = annas.name, gretas.name
    as_greta = gretas.services
    kinds = as_greta.settings.list_labels(ListName.NOTE_KINDS)
    as_greta.settings.save_list(ListName.NOTE_KINDS, [*kinds, "Studiebesök"])
    as_anna = annas.services
    safety = SafetyScreen(as_anna, navigator)
    qtbot.addWidget(safety)
    safety.resize(1366, 768)
    safety.show()
    safety.refresh()
    tab = safety.changes_tab
    safety.tabs.setCurrentWidget(tab)
    assert not tab.changes_table.isColumnHidden(ChangesTab.USER) and tab.user_combo.isVisible()
    model = tab.changes_model
    assert model.data(model.index(0, ChangesTab.USER)) == greta
    assert model.data(model.index(0, ChangesTab.RECORD)) == "List entry"
    # Everyone on the team is offered, Anna too, who changed nothing.
    tab.user_combo.setCurrentIndex(tab.user_combo.findData(anna))
    assert model.rowCount() == 0 and tab.no_changes_label.isVisible()
    tab.user_combo.setCurrentIndex(tab.user_combo.findData(greta))
    assert {model.data(model.index(r, ChangesTab.USER)) for r in range(model.rowCount())} == {greta}


def test_a_coordinators_start_page_shows_the_country_without_offering_it(
    qtbot: QtBot, team: Team
) -> None:
    """Their unit's register is empty (row-level security), but the country is the
    organisation's, chosen by its administrator."""
    services = coordinator(team, "anna").services
    page = StartPage()
    qtbot.addWidget(page)
    follow_country(page, services.settings, lambda _changes: None)
    assert not page.country_row.isEnabled()
    admin = administrator(team, "greta").services
    page = StartPage()
    qtbot.addWidget(page)
    follow_country(page, admin.settings, lambda _changes: None)
    assert page.country_row.isEnabled()
