"""Who did what: the audit and export logs name the signed-in user, the change log the
database's triggers write is read newest first and by user, a person's register extract holds
the changes to their own records, and the log retention period removes old changes too."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from ambassador.domain.audit import AuditAction
from ambassador.domain.change_log import ChangeAction
from ambassador.domain.documents import Letterhead
from ambassador.services.bundle import Services
from ambassador.services.register_extract import gather_register_extract
from ambassador.storage.database import Database
from ambassador.storage.signed_in import file_user
from tests.conftest import NOW
from tests.factories import make_participant, make_placement, note_fields
from tests.pdfs import pdf_words
from tests.peek import table

LONG_AGO = datetime(2022, 3, 1, 10, 0)


def signed_in(database: Database) -> str:
    """Whom the logs should name: the server's login, the computer's account on a file."""
    return database.server.user if database.server is not None else file_user()


def changer(database: Database) -> str:
    """Whom the change log names: a file's triggers cannot know anyone."""
    return database.server.user if database.server is not None else ""


def test_audit_and_export_entries_name_the_signed_in_user(
    services: Services, database: Database, tmp_path: Path
) -> None:
    placement = make_placement(services)
    services.documents.write_summary(placement, tmp_path / "s.pdf")
    services.settings.save(replace(services.settings.get(), lock_after_minutes=5))
    entries = services.audit.recent()
    assert [entry.action for entry in entries] == [AuditAction.SETTINGS, AuditAction.PRINT]
    assert {entry.user_name for entry in entries} == {signed_in(database)}
    assert table(database, "SELECT user_name FROM export_log") == [(signed_in(database),)]


def test_the_change_log_holds_each_change_by_kind_id_and_user_newest_first(
    services: Services, database: Database
) -> None:
    person = make_participant(services)
    placement = make_placement(services, person)
    saved = services.follow_up.add_note(note_fields(person, placement, NOW, text="Ringde"))
    services.follow_up.delete_note(saved.note.id)  # to the trash: the row is changed
    changes = services.audit.changes()
    newest = [(c.table_name, c.record_id, c.action) for c in changes[:2]]
    assert newest == [
        ("notes", saved.note.id, ChangeAction.UPDATE),
        ("notes", saved.note.id, ChangeAction.INSERT),
    ]
    kinds = {(c.table_name, c.record_id) for c in changes}
    assert {("participants", person), ("placements", placement)} <= kinds
    assert {c.user_name for c in changes} == {changer(database)}
    assert services.audit.change_users() == [changer(database)]
    assert services.audit.changes(user_name=changer(database)) == changes
    assert services.audit.changes(user_name="nobody_of_ours") == []
    assert len(services.audit.changes(limit=2)) == 2


def test_a_register_extract_holds_the_changes_to_the_persons_own_records(
    services: Services, database: Database, tmp_path: Path
) -> None:
    person = make_participant(services, first_name="Ilona")
    placement = make_placement(services, person)
    note = services.follow_up.add_note(note_fields(person, placement, NOW)).note.id
    other = make_participant(services, first_name="Ruben")
    other_note = services.follow_up.add_note(note_fields(other, None, NOW)).note.id
    with database.read() as uow:
        extract = gather_register_extract(uow, person, Letterhead(""), NOW)
    held = {(c.table_name, c.record_id) for c in extract.changes}
    assert {("participants", person), ("placements", placement), ("notes", note)} <= held
    assert ("participants", other) not in held and ("notes", other_note) not in held
    assert [c.at for c in extract.changes] == sorted(c.at for c in extract.changes)

    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    words = pdf_words(path)
    assert "Changes to your records" in words and "Added" in words
    # A file's log names no one; a server's names the login.
    assert (database.server.user in words) if database.server is not None else True


def test_the_log_period_removes_old_changes_with_the_old_audit_entries(
    services: Services, database: Database
) -> None:
    make_participant(services)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO change_log (at, user_name, table_name, record_id, action) "
                "VALUES (:at, '', 'participants', 999, 'delete')"
            ),
            {"at": LONG_AGO},
        )
    settings = services.settings.get()
    decision = "KS 2025-03-12 § 46"
    services.settings.save(
        replace(settings, log_retention_months=12, log_retention_decision=decision)
    )
    assert services.retention.may_purge_logs()
    plan = services.retention.preview()
    assert plan.log_entries == 1 and not plan.logs_for_administrator
    services.retention.purge()
    assert (999,) not in table(database, "SELECT record_id FROM change_log")
    assert table(database, "SELECT count(*) FROM change_log")[0][0] > 0  # the recent stay
