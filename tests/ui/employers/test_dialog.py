"""The employer, contact and consent forms over real services."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import AgreementStatus, ConsentScope, ContactRole, Sector
from ambassador.services.bundle import Services
from ambassador.ui.employers.dialog import ContactDialog, EmployerDialog
from ambassador.ui.participants.consent_dialog import ConsentDialog
from tests.factories import (
    make_employer,
    make_organisation_number,
    make_participant,
    make_placement,
    make_supervisor,
)
from tests.ui.driving import click_save, show


def test_employer_with_bad_organisation_number_refused_beside_field(
    qtbot: QtBot, services: Services
) -> None:
    dialog = show(qtbot, EmployerDialog(services))
    qtbot.keyClicks(dialog.name_edit, "Ekby Bygg AB")
    good = make_organisation_number(4711)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    qtbot.keyClicks(dialog.organisation_number_edit, bad)

    error = dialog.error_labels["organisation_number"]
    assert error.isVisible() and error.text()
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.saved_employer is None
    assert services.employers.page() == []

    dialog.organisation_number_edit.clear()
    qtbot.keyClicks(dialog.organisation_number_edit, good)
    assert not error.isVisible()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert [e.organisation_number for e in services.employers.page()] == [good]


def test_employer_saves_what_was_typed(qtbot: QtBot, services: Services) -> None:
    dialog = show(qtbot, EmployerDialog(services))
    qtbot.keyClicks(dialog.name_edit, "Ekby kommun, Parkenheten")
    dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findData(Sector.MUNICIPAL))
    qtbot.keyClicks(dialog.industry_edit, "Park och natur")
    qtbot.keyClicks(dialog.address_edit, "Parkvagen 3")
    dialog.agreement_status_combo.setCurrentIndex(
        dialog.agreement_status_combo.findData(AgreementStatus.PARTNERSHIP)
    )
    qtbot.keyClicks(dialog.agreement_date_edit, "2026-02-01")
    qtbot.keyClicks(dialog.tasks_offered_edit, "Skotsel av planteringar")
    dialog.capacity_spin.setValue(3)

    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)

    saved = dialog.saved_employer
    assert saved is not None and saved.id in dialog.changes.employers
    stored = services.employers.get(saved.id)
    assert stored.name == "Ekby kommun, Parkenheten"
    assert stored.organisation_number is None
    assert stored.sector is Sector.MUNICIPAL
    assert (stored.industry, stored.address) == ("Park och natur", "Parkvagen 3")
    assert stored.agreement_status is AgreementStatus.PARTNERSHIP
    assert stored.agreement_date == date(2026, 2, 1)
    assert stored.tasks_offered == "Skotsel av planteringar"
    assert stored.capacity == 3


def test_employer_edit_shows_stored_values_without_errors(
    qtbot: QtBot, services: Services, english: None
) -> None:
    number = make_organisation_number(815)
    employer = services.employers.get(
        make_employer(services, organisation_number=number, industry="Bygg", capacity=4)
    )
    dialog = show(qtbot, EmployerDialog(services, employer))
    assert dialog.windowTitle() == "Edit employer"
    assert dialog.name_edit.text() == employer.name
    assert dialog.organisation_number_edit.text() == number
    assert dialog.sector_combo.currentData() == employer.sector
    assert dialog.capacity_spin.value() == 4
    assert not any(label.isVisible() for label in dialog.error_labels.values())

    dialog.capacity_spin.setValue(0)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.employers.get(employer.id).capacity == 0
    assert len(services.employers.page()) == 1


def test_unreadable_agreement_date_refused_beside_field(qtbot: QtBot, services: Services) -> None:
    dialog = show(qtbot, EmployerDialog(services))
    qtbot.keyClicks(dialog.name_edit, "Ekby Bygg AB")
    qtbot.keyClicks(dialog.agreement_date_edit, "2026-13-01")
    click_save(qtbot, dialog)
    assert dialog.error_labels["agreement_date"].isVisible()
    assert dialog.isVisible() and services.employers.page() == []


def test_contact_added_to_employer(qtbot: QtBot, services: Services) -> None:
    employer_id = make_employer(services)
    dialog = show(qtbot, ContactDialog(services, employer_id, None))
    qtbot.keyClicks(dialog.name_edit, "Kerstin Lind")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(ContactRole.HR))
    qtbot.keyClicks(dialog.phone_edit, "0451-123 45")
    qtbot.keyClicks(dialog.email_edit, "kerstin.lind@example.se")

    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)

    assert not dialog.isVisible()
    assert dialog.changes is not None and employer_id in dialog.changes.employers
    [contact] = services.employers.contacts(employer_id)
    assert contact == dialog.saved_contact
    assert (contact.name, contact.role) == ("Kerstin Lind", ContactRole.HR)
    assert (contact.phone, contact.email) == ("0451-123 45", "kerstin.lind@example.se")


def test_contact_with_bad_email_refused_then_edited(qtbot: QtBot, services: Services) -> None:
    employer_id = make_employer(services)
    contact_id = make_supervisor(services, employer_id, "Per Holm")
    [contact] = services.employers.contacts(employer_id)
    dialog = show(qtbot, ContactDialog(services, employer_id, contact))
    assert dialog.name_edit.text() == "Per Holm"
    assert not dialog.error_labels["email"].isVisible()
    qtbot.keyClicks(dialog.email_edit, "per.holm")
    assert dialog.error_labels["email"].isVisible() and dialog.error_labels["email"].text()
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.email_edit, "@example.se")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    [stored] = services.employers.contacts(employer_id)
    assert stored.id == contact_id and stored.email == "per.holm@example.se"


def test_consent_for_employer_scope_without_employer_shows_error_beside_employer(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant_id = make_participant(services)
    make_employer(services, name="Annan Arbetsgivare AB")
    dialog = show(qtbot, ConsentDialog(services, participant_id, clock.today()))
    dialog.scope_combo.setCurrentIndex(
        dialog.scope_combo.findData(ConsentScope.SHARE_NEEDS_WITH_EMPLOYER)
    )
    assert dialog.employer_combo.currentData() is None  # no placement: nothing preselected

    click_save(qtbot, dialog)

    error = dialog.error_labels["employer_id"]
    assert error.isVisible() and error.text()
    assert dialog.isVisible()
    assert services.participants.consents(participant_id) == []


def test_consent_with_placement_employer_first_is_recorded(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant_id = make_participant(services)
    other_id = make_employer(services, name="Annan Arbetsgivare AB")
    placement_employer_id = make_employer(services, name="Ekby Bygg AB")
    make_placement(services, participant_id, placement_employer_id)
    dialog = show(qtbot, ConsentDialog(services, participant_id, clock.today()))
    combo = dialog.employer_combo
    assert combo.itemData(0) is None
    assert combo.itemData(1) == placement_employer_id
    assert other_id in [combo.itemData(i) for i in range(combo.count())]
    assert combo.currentData() == placement_employer_id
    dialog.scope_combo.setCurrentIndex(
        dialog.scope_combo.findData(ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER)
    )
    qtbot.keyClicks(dialog.note_edit, "Skriftligt")

    click_save(qtbot, dialog)

    assert not dialog.isVisible()
    [consent] = services.participants.consents(participant_id)
    assert consent.scope is ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER
    assert consent.employer_id == placement_employer_id
    assert consent.given_on == clock.today()
    assert consent.note == "Skriftligt"


def test_consent_to_contact_referral_source_concerns_no_employer(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    participant_id = make_participant(services)
    make_placement(services, participant_id)
    dialog = show(qtbot, ConsentDialog(services, participant_id, clock.today()))
    dialog.scope_combo.setCurrentIndex(
        dialog.scope_combo.findData(ConsentScope.CONTACT_REFERRAL_SOURCE)
    )
    assert not dialog.employer_combo.isEnabled()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    [consent] = services.participants.consents(participant_id)
    assert consent.scope is ConsentScope.CONTACT_REFERRAL_SOURCE
    assert consent.employer_id is None
