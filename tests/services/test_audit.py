"""The audit log: what changed irreversibly or left the program, as codes, ids and counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ambassador.domain.audit import AuditAction
from ambassador.domain.enums import ListName
from ambassador.services.bundle import Services
from tests.factories import make_placement

SECRET_NAME = "Hemligsson"


def test_settings_change_is_logged_by_field_name_never_by_value(services: Services) -> None:
    services.settings.save(
        replace(services.settings.get(), coordinator_name=SECRET_NAME, lock_after_minutes=5)
    )
    services.settings.save(services.settings.get())  # nothing changed: nothing logged
    (entry,) = services.audit.recent()
    assert entry.action is AuditAction.SETTINGS
    assert entry.detail == "coordinator_name,lock_after_minutes" and entry.count == 2
    assert SECRET_NAME not in repr(entry)


def test_list_change_is_logged_by_list_name(services: Services) -> None:
    labels = services.settings.list_labels(ListName.NOTE_KINDS)
    services.settings.save_list(ListName.NOTE_KINDS, [*labels, "Studiebesök på skolan"])
    (entry,) = services.audit.recent()
    assert entry.detail == f"list:{ListName.NOTE_KINDS.value}"


def test_documents_appear_in_the_audit_history(services: Services, tmp_path: Path) -> None:
    placement = make_placement(services)
    services.documents.write_summary(placement, tmp_path / "s.pdf")
    participant = services.placements.get(placement).participant_id
    services.documents.write_register_extract(participant, tmp_path / "e.pdf")
    actions = [(e.action, e.subject_kind, e.subject_ids) for e in services.audit.recent()]
    assert actions == [
        (AuditAction.EXTRACT, "participant", (participant,)),
        (AuditAction.PRINT, "placement", (placement,)),
    ]
