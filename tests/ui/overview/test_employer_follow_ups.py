"""Översikt's employer follow-ups due: the network contacts whose follow-up is within a week or
past, "overdue" in words and colour; a new contact recorded from here marks it done, as does
Mark done; Enter opens the employer."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.network import NetworkContactFields
from ambassador.services.bundle import Services
from ambassador.ui import i18n
from ambassador.ui.employers.network_dialog import NetworkContactDialog
from ambassador.ui.overview.screen import OverviewScreen
from tests.factories import make_employer
from tests.ui.driving import RecordingNavigator, click_save, show


def add_contact(services: Services, clock: FixedClock, employer: int, days: int) -> int:
    fields = NetworkContactFields(
        employer_id=employer,
        occurred_at=clock.now() - timedelta(days=20),
        kind="Nätverksmöte",
        text="Träff om höstens rekryteringar.",
        follow_up_on=clock.today() + timedelta(days=days),
    )
    return services.network.add(fields).contact.id


def overview(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> OverviewScreen:
    screen = OverviewScreen(services.overview, navigator=navigator)
    screen.follow_up_section.set_services(services, navigator)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    i18n.use_list_names(screen, services.settings.list_names)
    screen.refresh()
    screen.show()
    screen.show_section(screen.follow_up_section)
    qtbot.waitExposed(screen)
    return screen


def test_follow_ups_due_say_when_and_overdue_in_colour(
    qtbot: QtBot, services: Services, clock: FixedClock, english: None
) -> None:
    employer = make_employer(services)
    add_contact(services, clock, employer, -3)
    add_contact(services, clock, employer, 2)
    add_contact(services, clock, employer, 9)  # more than a week ahead: not yet
    navigator = RecordingNavigator()
    screen = overview(qtbot, services, navigator)
    section = screen.follow_up_section
    assert section in screen.sections()
    assert section.count() == 2
    model = section.model
    texts = [[model.index(row, c).data() for c in range(model.columnCount())] for row in (0, 1)]
    assert texts[0][1] in ("Overdue 3 days", "Overdue 3 day(s)")
    assert texts[1][1] in ("In 2 days", "In 2 day(s)")
    assert texts[0][2] == "Bergströms Bygg AB"
    assert texts[0][3] == "Network meeting"  # the list's English name
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    section.table.setCurrentIndex(model.index(0, 0))
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert ("employer", employer) in navigator.calls


def test_mark_done_and_a_new_contact_close_the_follow_up(
    qtbot: QtBot, services: Services, clock: FixedClock, english: None
) -> None:
    employer = make_employer(services)
    first = add_contact(services, clock, employer, -1)
    second = add_contact(services, clock, employer, 0)
    navigator = RecordingNavigator()
    screen = overview(qtbot, services, navigator)
    section = screen.follow_up_section
    assert not section.done_button.isEnabled()
    section.table.selectRow(0)
    assert section.chosen() is not None and section.chosen().contact_id == first
    qtbot.mouseClick(section.done_button, Qt.MouseButton.LeftButton)
    assert services.network.get(first).follow_up_done
    assert section.count() == 1
    assert navigator.published[-1].network_contacts == {first}

    section.table.selectRow(0)
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    form = section.open_dialog
    assert isinstance(form, NetworkContactDialog)
    show(qtbot, form)
    assert "Network meeting" in form.follow_up_label.text()
    form.text_edit.setPlainText("Ringde upp: två platser i mars.")
    click_save(qtbot, form)
    assert services.network.get(second).follow_up_done
    assert len(services.network.of_employer(employer)) == 3
    screen.refresh()
    assert section.count() == 0
    assert section.empty_label.isVisible()
