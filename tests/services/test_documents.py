"""DocumentService: a document and its line in the export log are written together or not at
all, in the language asked for or set."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc
from sqlalchemy.orm import SessionTransaction

from ambassador.domain.enums import ConsentScope, Outcome, Respondent, WithWhom
from ambassador.domain.errors import NotFoundError, StorageError
from ambassador.domain.followup import FeedbackFields
from ambassador.domain.placement import Ending
from ambassador.services import files as files_module
from ambassador.services.bundle import Services
from ambassador.services.files import CANNOT_WRITE
from ambassador.storage.database import Database
from tests.factories import make_placement, note_fields
from tests.pdfs import pdf_text
from tests.peek import table


def export_log(database: Database) -> list[tuple[Any, ...]]:
    return table(
        database,
        "SELECT kind, subject_kind, subject_ids, file_path, row_count FROM export_log ORDER BY id",
    )


def test_summary_written_whole_and_logged_with_whom_it_concerns(
    services: Services, database: Database, tmp_path: Path
) -> None:
    placement_id = make_placement(services)
    path = tmp_path / "summary.pdf"
    written = services.documents.write_summary(placement_id, path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert written.size == path.stat().st_size and written.subject_id == placement_id
    assert export_log(database) == [
        ("placement_summary", "placement", str(placement_id), str(path), 1)
    ]
    assert list(tmp_path.glob("*.part")) == []


def test_language_follows_the_setting_unless_asked(services: Services, tmp_path: Path) -> None:
    placement_id = make_placement(services)
    services.documents.write_summary(placement_id, tmp_path / "sv.pdf")
    services.documents.write_summary(placement_id, tmp_path / "en.pdf", language="en")
    assert "Uppföljning av placering" in pdf_text(tmp_path / "sv.pdf")
    assert "Follow-up of placement" in pdf_text(tmp_path / "en.pdf")


def test_unknown_placement_writes_and_logs_nothing(
    services: Services, database: Database, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError):
        services.documents.write_agreement(999, tmp_path / "a.pdf")
    with pytest.raises(NotFoundError):
        services.documents.summary_consented(999)
    assert not (tmp_path / "a.pdf").exists()
    assert export_log(database) == []


def test_unwritable_folder_refused_and_nothing_logged(
    services: Services, database: Database, tmp_path: Path
) -> None:
    placement_id = make_placement(services)
    path = tmp_path / "no-such-folder" / "summary.pdf"
    with pytest.raises(StorageError) as refused:
        services.documents.write_summary(placement_id, path)
    assert refused.value.message == CANNOT_WRITE and refused.value.path == str(path)
    assert export_log(database) == []
    assert list(tmp_path.glob("**/*.part")) == []


def test_log_that_cannot_be_committed_takes_the_file_away(
    services: Services, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    placement_id = make_placement(services)
    path = tmp_path / "summary.pdf"

    def fail(_transaction: SessionTransaction) -> None:
        raise exc.OperationalError("COMMIT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(SessionTransaction, "commit", fail)
    with pytest.raises(StorageError):
        services.documents.write_summary(placement_id, path)
    monkeypatch.undo()
    assert not path.exists()
    assert export_log(database) == []


def test_summary_consent_is_the_consent_to_share_it_with_this_employer(
    services: Services,
) -> None:
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    assert not services.documents.summary_consented(placement_id)
    services.participants.give_consent(
        placement.participant_id,
        ConsentScope.SHARE_NEEDS_WITH_EMPLOYER,
        placement.employer_id,
        date(2026, 9, 1),
    )
    assert not services.documents.summary_consented(placement_id)
    services.participants.give_consent(
        placement.participant_id,
        ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER,
        placement.employer_id,
        date(2026, 9, 1),
    )
    assert services.documents.summary_consented(placement_id)


def test_active_summaries_one_file_and_log_line_each(
    services: Services, database: Database, tmp_path: Path
) -> None:
    active = sorted(make_placement(services) for _ in range(2))
    ended = make_placement(services)
    services.placements.end(ended, Ending(ended_on=date(2026, 11, 1), outcome=Outcome.EMPLOYMENT))
    folder = tmp_path / "out"
    folder.mkdir()
    written = services.documents.write_active_summaries(folder, language="en")
    assert sorted(w.subject_id or 0 for w in written) == active
    assert sorted(p.name for p in folder.iterdir()) == [
        f"follow-up-placement-{placement_id}.pdf" for placement_id in active
    ]
    assert [row[2] for row in export_log(database)] == [str(i) for i in active]


def test_write_cut_off_halfway_keeps_the_old_file_whole(
    services: Services, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash or a full disk in the middle of writing: the file under the final name is the
    old one, whole, and no half of the new one is anywhere."""
    placement_id = make_placement(services)
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "summary.pdf"
    path.write_bytes(b"%PDF- the copy printed last week")

    def cut_off(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "fsync", cut_off)
    with pytest.raises(StorageError) as refused:
        services.documents.write_summary(placement_id, path)
    assert refused.value.message == CANNOT_WRITE
    assert path.read_bytes() == b"%PDF- the copy printed last week"
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]
    assert export_log(database) == []


def test_summary_reads_its_own_placements_timeline_and_shows_only_what_the_employer_may(
    services: Services, database: Database, tmp_path: Path
) -> None:
    """The timeline is read as plain rows (as the detail pane reads it): still only this
    placement's records, out of the trash, and of them only what employer_summary lets
    through: a shared note's text, a workplace contact's date and kind."""
    placement_id = make_placement(services)
    person = services.placements.get(placement_id).participant_id
    other = make_placement(services, person)
    follow_up = services.follow_up
    at = datetime(2026, 10, 6, 10, 0)
    follow_up.add_note(
        note_fields(person, placement_id, at, text="Delad och synlig", shareable=True)
    )
    follow_up.add_note(note_fields(person, placement_id, at.replace(day=7), text="Intern oro"))
    follow_up.add_note(
        note_fields(
            person,
            placement_id,
            at.replace(hour=8, minute=15, day=8),
            text="Samtal med myndigheten",
            with_whom=WithWhom.AUTHORITY,
        )
    )
    trashed = follow_up.add_note(
        note_fields(
            person, placement_id, at.replace(day=9), text="Delad men raderad", shareable=True
        )
    ).note
    follow_up.delete_note(trashed.id)
    follow_up.add_note(
        note_fields(person, other, at, text="Delad i en annan placering", shareable=True)
    )
    for respondent, strengths in (
        (Respondent.EMPLOYER, "Arbetsgivarens svar"),
        (Respondent.PARTICIPANT, "Deltagarens svar"),
    ):
        follow_up.record_feedback(
            FeedbackFields(
                placement_id=placement_id,
                given_on=date(2026, 10, 12),
                respondent=respondent,
                strengths=strengths,
            )
        )
    path = tmp_path / "summary.pdf"
    services.documents.write_summary(placement_id, path, language="en")
    text = re.sub(r"\s+", "", pdf_text(path))
    assert "Deladochsynlig" in text and "Arbetsgivarenssvar" in text
    assert "2026-10-0710:00" in text  # the internal note's contact: its date, not its text
    for absent in (
        "Interntoro",
        "myndigheten",
        "2026-10-0808:15",
        "Deladmenraderad",
        "Deladienannanplacering",
        "2026-10-0910:00",
        "Deltagarenssvar",
    ):
        assert absent not in text, absent
