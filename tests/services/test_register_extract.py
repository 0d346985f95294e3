"""The register extract: everything stored about the person, theirs only."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from ambassador.domain.drafts import note_key
from ambassador.domain.enums import ConsentScope, Respondent
from ambassador.domain.errors import NotFoundError
from ambassador.domain.followup import FeedbackFields
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_identity_number, make_participant, make_placement, note_fields
from tests.pdfs import pdf_words

NOON = datetime(2026, 10, 1, 12, 0)


def test_extract_holds_everything_internal_and_trashed_included(
    services: Services, tmp_path: Path
) -> None:
    number = make_identity_number(date(1990, 5, 6))
    person = make_participant(
        services,
        first_name="Zeynep",
        personal_identity_number=number,
        phone="070-000 00 01",
        needs_and_adaptations="Behöver skriftliga instruktioner",
    )
    placement = make_placement(services, person, purpose="Prova lagerarbete")
    employer = services.placements.get(placement).employer_id
    services.participants.give_consent(
        person, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER, employer, date(2026, 9, 2)
    )
    follow_up = services.follow_up
    follow_up.add_note(note_fields(person, placement, NOON, text="Intern oro för boendet"))
    trashed = follow_up.add_note(note_fields(person, None, NOON, text="Raderad anteckning"))
    follow_up.delete_note(trashed.note.id)
    follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement,
            given_on=date(2026, 10, 3),
            respondent=Respondent.PARTICIPANT,
            felt_supported=5,
            strengths="Bra stöd",
        )
    )
    services.documents.write_summary(placement, tmp_path / "earlier-summary.pdf")
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    text = pdf_words(path)
    for expected in (
        "Register extract",
        "Zeynep",
        number,  # the whole number, unmasked: this paper is for the person
        "070-000 00 01",
        "Behöver skriftliga instruktioner",
        "Prova lagerarbete",
        "Intern oro för boendet",
        "Raderad anteckning",
        "in the trash since 2026-11-24",
        "Share needs",
        "Bra stöd",
        "Follow-up summary for the employer",
        "earlier-summary.pdf",  # long paths wrap in their cell
    ):
        assert expected in text, expected


def test_extract_holds_a_note_being_written(services: Services, tmp_path: Path) -> None:
    """A draft is stored about the person (so that a crash loses none of it): theirs to see,
    and another person's draft is not."""
    person = make_participant(services, first_name="Zeynep")
    placement = make_placement(services, person)
    other = make_participant(services, first_name="Sixten")
    fields = {"text": "Halvskriven rad om arbetstiderna", "shareable": False}
    services.drafts.keep(
        note_key(participant_id=person, placement_id=placement), person, placement, fields
    )
    services.drafts.keep(note_key(participant_id=other), other, None, {"text": "Sixtens utkast"})
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    text = pdf_words(path)
    assert "Notes being written, not yet saved" in text
    assert "Halvskriven rad om arbetstiderna" in text
    assert "Sixtens utkast" not in text


def test_extract_tells_nothing_about_anyone_else(services: Services, tmp_path: Path) -> None:
    person = make_participant(services, first_name="Zeynep")
    other = make_participant(services, first_name="Sixten", last_name="Ödmark")
    other_placement = make_placement(services, other)
    services.follow_up.add_note(note_fields(other, other_placement, NOON, text="Sixtens sak"))
    services.documents.write_summary(other_placement, tmp_path / "sixten.pdf")
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    text = pdf_words(path)
    assert "Zeynep" in text
    assert "Sixten" not in text and "Ödmark" not in text and "sixten.pdf" not in text
    assert "None before this extract." in text


def test_person_in_the_trash_is_still_extracted(services: Services, tmp_path: Path) -> None:
    person = make_participant(services, first_name="Zeynep")
    services.participants.delete(person)
    path = tmp_path / "extract.pdf"
    services.documents.write_register_extract(person, path, language="en")
    assert "In the trash" in pdf_words(path)


def test_unknown_person_writes_and_logs_nothing(
    services: Services, database: Database, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError):
        services.documents.write_register_extract(404, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with database.read() as uow:
        assert uow.export_log.count() == 0
