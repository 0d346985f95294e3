"""The employer's network log: record a contact from the pane, see it in the timeline beside
the placements, change it, mark its follow-up done, move it to the trash."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.network import NetworkContact, NetworkContactFields
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.ui.common import dialogs
from ambassador.ui.employers.network_dialog import NetworkContactDialog
from ambassador.ui.employers.screen import EmployerDetailPane
from tests.conftest import NOW
from tests.factories import make_employer, make_placement, make_supervisor
from tests.ui.conflicts import answer_conflicts, fields_of, save_merged
from tests.ui.driving import RecordingNavigator, choose, click_save, show


def add_contact(services: Services, employer_id: int, **overrides: object) -> NetworkContact:
    values: dict[str, object] = {
        "employer_id": employer_id,
        "occurred_at": NOW - timedelta(days=2),
        "kind": "Nätverksmöte",
        "text": "Frukostmöte med handelsföreningen.",
    }
    values.update(overrides)
    return services.network.add(NetworkContactFields(**values)).contact  # type: ignore[arg-type]


def pane_with(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, employer: int
) -> EmployerDetailPane:
    pane = EmployerDetailPane(services, navigator)  # type: ignore[arg-type]
    qtbot.addWidget(pane)
    pane.show_employer(employer)
    return pane


def test_recording_a_contact_from_the_pane(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, swedish: None
) -> None:
    employer = make_employer(services)
    make_supervisor(services, employer, "Kerstin Lind")
    pane = pane_with(qtbot, services, navigator, employer)
    tab = pane.network_tab
    assert tab.record_action in pane.actions_for_menu()
    assert tab.record_action.shortcut().toString() == "Ctrl+Shift+N"
    assert tab.timeline.empty_label.isVisible() or not tab.timeline.model.rowCount()
    tab.record_action.trigger()
    form = pane.open_dialog
    assert isinstance(form, NetworkContactDialog)
    show(qtbot, form)
    names = [form.with_whom_combo.itemText(i) for i in range(form.with_whom_combo.count())]
    assert "Kerstin Lind" in names
    choose(form.kind_combo, "Rekryteringsbesök")
    form.with_whom_combo.setCurrentText("Kerstin Lind")
    form.text_edit.setPlainText("Två platser i lagret från januari.")
    form.minutes_edit.setText("45")
    form.follow_up_edit.setText((NOW + timedelta(days=5)).date().isoformat())
    click_save(qtbot, form)
    assert form.saved_contact is not None
    [saved] = services.network.of_employer(employer)
    assert (saved.kind, saved.with_whom, saved.minutes_spent) == (
        "Rekryteringsbesök",
        "Kerstin Lind",
        45,
    )
    assert saved.follow_up_on == (NOW + timedelta(days=5)).date()
    assert navigator.published[-1].network_contacts == {saved.id}


def test_a_form_refuses_a_contact_without_text(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, swedish: None
) -> None:
    employer = make_employer(services)
    form = show(qtbot, NetworkContactDialog(services, employer))
    click_save(qtbot, form)
    assert form.isVisible()
    assert form.error_labels["text"].text()
    assert services.network.of_employer(employer) == []


def test_the_timeline_holds_contacts_and_placements_and_acts_on_the_chosen_contact(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    swedish: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    employer = make_employer(services)
    placement = make_placement(
        services, employer_id=employer, start_date=(NOW - timedelta(days=30)).date()
    )
    contact = add_contact(services, employer, follow_up_on=(NOW - timedelta(days=1)).date())
    pane = pane_with(qtbot, services, navigator, employer)
    tab = pane.network_tab
    timeline = tab.timeline
    assert timeline.model.rowCount() == 2
    whats = [timeline.what(timeline.model.row_at(i)) for i in range(2)]
    assert "Nätverksmöte" in whats[0]
    assert timeline.marks(timeline.model.row_at(0)) != ""
    # The placement's participant named in the details, the kind on two lines at most.
    person = services.participants.get(services.placements.get(placement).participant_id)
    assert timeline.summary(timeline.model.row_at(1)) == f"{person.first_name} {person.last_name}"
    assert timeline.what(timeline.model.row_at(0)).count("\n") <= 1
    assert not tab.edit_action.isEnabled()
    timeline.table.selectRow(0)
    assert tab.selected_contact() == contact
    assert tab.edit_action.isEnabled() and tab.done_action.isEnabled()

    tab.mark_done()
    assert services.network.get(contact.id).follow_up_done
    pane.show_employer(employer)
    timeline.table.selectRow(0)
    assert not tab.done_action.isEnabled()

    tab.edit_action.trigger()
    form = pane.open_dialog
    assert isinstance(form, NetworkContactDialog)
    show(qtbot, form)
    assert form.text_edit.toPlainText() == contact.text
    form.text_edit.setPlainText("Frukostmöte, tre nya kontakter.")
    click_save(qtbot, form)
    assert services.network.get(contact.id).text == "Frukostmöte, tre nya kontakter."

    pane.show_employer(employer)
    timeline.table.selectRow(0)
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    tab.delete_action.trigger()
    assert services.network.of_employer(employer) == []


def test_closing_a_changed_form_asks_first(
    qtbot: QtBot,
    services: Services,
    swedish: None,
    _changed_forms_close_unsaved: list[str],
) -> None:
    employer = make_employer(services)
    form = show(qtbot, NetworkContactDialog(services, employer))
    form.reject()  # nothing typed: closes without asking
    assert _changed_forms_close_unsaved == []
    form = show(qtbot, NetworkContactDialog(services, employer))
    form.text_edit.setPlainText("Halvfärdig anteckning")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert _changed_forms_close_unsaved == [form.windowTitle()]
    assert services.network.of_employer(employer) == []


def test_a_contact_changed_elsewhere_is_merged_not_overwritten(
    qtbot: QtBot,
    services: Services,
    database: Database,
    clock: FixedClock,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other coordinator changed with whom; this form the minutes: both are kept."""

    employer = make_employer(services)
    contact = add_contact(services, employer, minutes_spent=30)
    other = Services.build(database, clock)
    form = show(qtbot, NetworkContactDialog(services, employer, contact))
    form.minutes_edit.setText("45")
    stored = fields_of(other.network.get(contact.id), NetworkContactFields)
    other.network.update(contact.id, replace(stored, with_whom="Platschefen"))
    shown = answer_conflicts(monkeypatch, save_merged)
    click_save(qtbot, form)
    assert len(shown) == 1  # shown, the two changes side by side
    saved = services.network.get(contact.id)
    assert (saved.minutes_spent, saved.with_whom) == (45, "Platschefen")
    assert saved.version == contact.version + 2
