"""Every form over a versioned record compares every field it saves: a field left out of the
comparison would be saved from the form's stale copy over another person's change, unseen."""

from __future__ import annotations

import dataclasses
from typing import Any

from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.employer import ContactFields, EmployerFields
from ambassador.domain.participant import ParticipantFields
from ambassador.domain.placement import Ending, PlacementFields
from ambassador.domain.tasks import TASKS_FIELD
from ambassador.services.bundle import Services
from ambassador.ui.common.versioned_form import VersionedFormDialog
from ambassador.ui.employers.dialog import ContactDialog, EmployerDialog
from ambassador.ui.participants.dialog import ParticipantDialog
from ambassador.ui.placements.dialog import PlacementDialog
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from tests.factories import make_employer, make_placement, make_supervisor

# Fields a form shows but cannot change on a saved record: the record they belong to.
FIXED = {"employer_id"}


def names(kind: type[Any]) -> set[str]:
    return {field.name for field in dataclasses.fields(kind)}


def compared(form: VersionedFormDialog[Any]) -> set[str]:
    return set(form.compared_fields())


def test_every_saved_field_is_compared_in_a_conflict(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    employer_id = make_employer(services, organisation_number=None)
    make_supervisor(services, employer_id)
    [contact] = services.employers.contacts(employer_id)
    forms: list[tuple[VersionedFormDialog[Any], set[str]]] = [
        (
            ParticipantDialog(services, services.participants.get(placement.participant_id)),
            names(ParticipantFields),
        ),
        (PlacementDialog(services, clock.today(), placement), names(PlacementFields)),
        (EndPlacementDialog(services, placement, clock.today()), names(Ending)),
        (
            EmployerDialog(services, services.employers.get(employer_id)),
            names(EmployerFields) | {TASKS_FIELD},
        ),
        (ContactDialog(services, employer_id, contact), names(ContactFields) - FIXED),
    ]
    for form, saved in forms:
        qtbot.addWidget(form)
        assert saved <= compared(form), type(form).__name__
        assert form.loaded_record is not None and form.expected_version() == 1
        assert form.record_table and form.record_noun() != "this record"
