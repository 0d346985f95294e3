"""The employer and contact forms when someone else saved the record after they opened: the
tasks are one field, a contact merges as the employer does."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.employer import ContactFields, EmployerFields
from ambassador.domain.tasks import TASKS_FIELD, EmployerTask
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.ui.common.conflict_dialog import ConflictDialog
from ambassador.ui.employers.dialog import ContactDialog, EmployerDialog
from tests.factories import make_employer, make_supervisor, without_ids
from tests.ui.conflicts import answer_conflicts, fields_of, save_merged
from tests.ui.driving import click_save, show

PICKING = EmployerTask(title="Plocka varor")
PACKING = EmployerTask(title="Packa varor")


@pytest.fixture
def other_user(database: Database, clock: FixedClock) -> Services:
    """A second coordinator's services on the same database."""
    return Services.build(database, clock)


def test_employer_tasks_both_changed_are_chosen_as_a_whole_and_other_fields_merged(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    employer_id = make_employer(services, organisation_number=None, industry="Handel")
    services.employers.update(
        employer_id, fields_of(services.employers.get(employer_id), EmployerFields), [PICKING]
    )
    form = show(qtbot, EmployerDialog(services, services.employers.get(employer_id)))
    form.tasks_editor.set_tasks([PICKING, PACKING])
    form.address_edit.setText("Hamngatan 2")
    stored = fields_of(other_user.employers.get(employer_id), EmployerFields)
    other_user.employers.update(
        employer_id,
        replace(stored, industry="Lager och logistik"),
        [EmployerTask(title="Köra truck")],
    )

    def take_their_tasks(conflict: ConflictDialog) -> None:
        conflict.choices[TASKS_FIELD].theirs_radio.click()
        save_merged(conflict)

    shown = answer_conflicts(monkeypatch, take_their_tasks)
    click_save(qtbot, form)

    [conflict] = shown
    assert list(conflict.choices) == [TASKS_FIELD]
    tasks = conflict.choices[TASKS_FIELD]
    assert tasks.merge_edit is None  # a list of tasks: mine or theirs
    assert tasks.mine_label.text() == "Plocka varor\nPacka varor"
    assert tasks.theirs_label.text() == "Köra truck"
    assert [d.name for d in conflict.taken] == ["industry"]
    employer = services.employers.get(employer_id)
    assert (employer.industry, employer.address) == ("Lager och logistik", "Hamngatan 2")
    assert without_ids(services.employers.tasks(employer_id)) == [EmployerTask(title="Köra truck")]


def test_contact_changed_elsewhere_merges_its_fields(
    qtbot: QtBot, services: Services, other_user: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    employer_id = make_employer(services, organisation_number=None)
    contact_id = make_supervisor(services, employer_id)
    [contact] = services.employers.contacts(employer_id)
    form = show(qtbot, ContactDialog(services, employer_id, contact))
    form.phone_edit.setText("070-333 33 33")
    other_user.employers.update_contact(
        contact_id, replace(fields_of(contact, ContactFields), email="kerstin@example.se")
    )
    shown = answer_conflicts(monkeypatch, save_merged)

    click_save(qtbot, form)

    [conflict] = shown
    assert conflict.choices == {} and [d.name for d in conflict.taken] == ["email"]
    [stored] = services.employers.contacts(employer_id)
    assert (stored.phone, stored.email) == ("070-333 33 33", "kerstin@example.se")
